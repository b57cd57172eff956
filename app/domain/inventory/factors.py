"""The factor library: emission factors, calorific values, carbon contents, oxidation rates, GWPs.

Every factor carries where it came from (``source``), how far that has been
checked (``status``) and its priority class of seed 001 §6.2 (measured or mass
balance > supplier > regional > national > international).  A source does not
point at a library entry: it holds a :class:`FactorUse`, a frozen copy of the
value it used, so editing the library later never changes an engagement's
figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from app.domain.inventory import units
from app.domain.kernel.choices import Choice, Gas, GwpReport
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class FactorKind(Choice):
    """What a factor is, and so which method needs it."""

    EMISSION = "ef", "排放因子", "emission factor"
    GRID = "grid", "电网/热力排放因子", "grid or heat emission factor"
    NCV = "ncv", "低位发热量", "net calorific value"
    CARBON_PER_HEAT = "cc", "单位热值含碳量", "carbon content per unit heat"
    OXIDATION = "of", "碳氧化率", "oxidation rate"
    CARBON = "carbon", "含碳量", "carbon content"


class Priority(Choice):
    """Seed 001 §6.2: which kind of factor to prefer, best first."""

    MEASURED = "measured", "实测或质量平衡", "measured or mass balance"
    SUPPLIER = "supplier", "供应商提供", "supplier"
    REGIONAL = "regional", "区域", "regional"
    NATIONAL = "national", "国内", "national"
    INTERNATIONAL = "international", "国际", "international"

    @property
    def rank(self) -> int:
        """1 for the most preferred class."""
        return list(Priority).index(self) + 1


# A transcription or a secondary source is never shown as checked, even when it "agrees with a second source".
_UNCHECKED_MARKS = ("not yet checked", "confirm", "secondary source", "transcription", "未核对")


def is_checked(status: str) -> bool:
    """False when the status says the value still has to be checked against its source document."""
    lowered = status.lower()
    return bool(status.strip()) and not any(mark in lowered for mark in _UNCHECKED_MARKS)


@dataclass(frozen=True)
class FactorUse:
    """The value a source uses, with its provenance, frozen into the engagement."""

    value: float
    unit: str
    source: str = ""
    status: str = ""
    priority: Priority = Priority.NATIONAL
    name: str = ""
    library_id: str = ""
    version: int = 0

    def __str__(self) -> str:
        origin = f" ({self.source})" if self.source else ""
        return f"{self.value:g} {self.unit}{origin}"

    @property
    def checked(self) -> bool:
        return is_checked(self.status)

    def validate(self, field_name: str, label: Text) -> "FactorUse":
        """Refuse a value that is not a finite, non-negative number or a unit that cannot be read."""
        if not isinstance(self.value, (int, float)) or not math.isfinite(self.value) or self.value < 0:
            raise DomainError(
                Text(f"{label.zh}应为非负数，输入的是 {self.value}。", f"The {label.en} must be a non-negative number; {self.value} was entered."),
                field_name,
            )
        try:
            units.ratio(self.unit)
        except DomainError as error:
            raise DomainError(error.message, field_name) from None
        return replace(self, value=float(self.value), priority=Priority(self.priority))


@dataclass(frozen=True)
class Factor:
    """A library entry.  Shipped entries come from ``resources/factors``; verifiers add their own."""

    kind: FactorKind
    name: Text
    value: float
    unit: str
    source: str
    status: str = ""
    priority: Priority = Priority.NATIONAL
    year: str = ""
    group: str = ""
    shipped: bool = False
    version: int = 1
    id: str = field(default_factory=new_id)

    EDITABLE = ("kind", "name", "value", "unit", "source", "status", "priority", "year", "group")

    @property
    def checked(self) -> bool:
        return is_checked(self.status)

    def use(self) -> FactorUse:
        return FactorUse(
            self.value, self.unit, self.source, self.status, self.priority,
            self.name.both(), self.id, self.version,
        )

    def ensure_editable(self) -> None:
        if self.shipped:
            raise DomainError(Text("随软件提供的因子不能修改，请另建一条。", "Shipped factors cannot be edited; add your own entry instead."))

    def validate(self) -> None:
        self.ensure_editable()
        if not (self.name.zh.strip() or self.name.en.strip()):
            raise DomainError(Text("请填写因子名称。", "Enter the factor's name."), "name")
        if not self.source.strip():
            raise DomainError(
                Text("请注明因子来源（文件、检测报告或供应商证明）。", "Give the factor's source (document, lab report or supplier statement)."),
                "source",
            )
        FactorUse(self.value, self.unit).validate("value", self.kind.label)


@dataclass(frozen=True)
class GwpTable:
    """100-year GWPs by gas formula and IPCC report, with the note each row carries."""

    values: dict[str, dict[str, float]]
    names: dict[str, str]

    def species(self, gas: Gas) -> list[str]:
        """The formulas a source of ``gas`` may name: HFCs and PFCs need a species; other gases are their own."""
        if gas is Gas.HFCS:
            return [f for f, name in self.names.items() if name.startswith("HFC")]
        if gas is Gas.PFCS:
            return [f for f, name in self.names.items() if name.startswith("PFC")]
        return [gas.value]

    def formula_of(self, species: str) -> str:
        """The formula for a species given by formula or by name (``HFC-134a`` → ``CH2FCF3``)."""
        wanted = species.strip().casefold()
        return next((f for f, name in self.names.items() if wanted in (f.casefold(), name.casefold())), species)

    def gwp(self, gas: Gas, species: str, report: GwpReport) -> float:
        formula = self.formula_of(species) if gas in (Gas.HFCS, Gas.PFCS) else gas.value
        try:
            return self.values[formula][report.value]
        except KeyError:
            raise DomainError(
                Text(
                    f"{gas.label.zh}需要指明具体物质（如 HFC-134a 的 CH2FCF3）。",
                    f"{gas.label.en} needs a named species (e.g. CH2FCF3 for HFC-134a).",
                ),
                "species",
            ) from None
