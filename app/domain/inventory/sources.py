"""The emission inventory of an engagement: sources, activity records and production.

Categories follow seed 004 §8.2.2 (direct: stationary, mobile, process,
fugitive; indirect: purchased energy, transport, purchased goods, use of sold
products, other), each mapped to ISO 14064-1:2018 categories 1–6.  A source's
method says which formula recalculates it (seed 004 §8.2.5) and so which
factors it needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from app.domain.inventory import units
from app.domain.inventory.factors import FactorKind, FactorUse
from app.domain.kernel.choices import Choice, Gas
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class Category(Choice):
    """Emission category (seed 004 §8.2.2) with its ISO 14064-1:2018 category number."""

    STATIONARY = "stationary", "固定源燃烧", "stationary combustion"
    MOBILE = "mobile", "移动源燃烧", "mobile combustion"
    PROCESS = "process", "工业生产过程", "industrial process"
    FUGITIVE = "fugitive", "无组织排放", "fugitive emissions"
    ENERGY = "energy", "输入能源（外购电力、热力、蒸汽）", "purchased electricity, heat and steam"
    TRANSPORT = "transport", "运输", "transport"
    GOODS = "goods", "组织使用的产品和服务", "purchased goods and services"
    SOLD = "sold", "使用本组织的产品", "use of sold products"
    OTHER = "other", "其他间接排放", "other indirect emissions"

    @property
    def direct(self) -> bool:
        return self in _DIRECT

    @property
    def iso_category(self) -> int:
        return 1 if self.direct else _ISO[self]


_DIRECT = (Category.STATIONARY, Category.MOBILE, Category.PROCESS, Category.FUGITIVE)
_ISO = {Category.ENERGY: 2, Category.TRANSPORT: 3, Category.GOODS: 4, Category.SOLD: 5, Category.OTHER: 6}


class Method(Choice):
    """How a source is recalculated (seed 004 §8.2.5)."""

    FACTOR = "factor", "排放因子法 E = AD × EF", "emission factor: E = AD × EF"
    FUEL = "fuel", "燃料燃烧 E = FC × NCV × CC × OF × 44/12", "fuel combustion: E = FC × NCV × CC × OF × 44/12"
    MASS_BALANCE = "mass-balance", "物料平衡法 E = [Σ(AD×C)入 − Σ(AD×C)出] × 44/12", "mass balance: E = [Σ(AD×C)in − Σ(AD×C)out] × 44/12"
    MEASURED = "measured", "实测法（CEMS 或检测结果）", "direct measurement (CEMS or lab result)"
    ENERGY = "energy", "外购电力/热力 E = 用量 × 排放因子", "purchased electricity/heat: E = quantity × factor"

    @property
    def short(self) -> Text:
        """A name short enough for a table column."""
        return _SHORT[self]

    @property
    def factor_slots(self) -> tuple[tuple[str, FactorKind], ...]:
        """The source fields holding this method's factors, with the kind each takes."""
        return _SLOTS[self]


_SHORT = {
    Method.FACTOR: Text("排放因子法", "emission factor"),
    Method.FUEL: Text("燃料燃烧", "fuel combustion"),
    Method.MASS_BALANCE: Text("物料平衡", "mass balance"),
    Method.MEASURED: Text("实测", "measured"),
    Method.ENERGY: Text("外购能源", "purchased energy"),
}
_SLOTS = {
    Method.FACTOR: (("factor", FactorKind.EMISSION),),
    Method.ENERGY: (("factor", FactorKind.GRID),),
    Method.FUEL: (("ncv", FactorKind.NCV), ("carbon_per_heat", FactorKind.CARBON_PER_HEAT), ("oxidation", FactorKind.OXIDATION)),
    Method.MASS_BALANCE: (),
    Method.MEASURED: (),
}


class Origin(Choice):
    """Where an activity figure comes from."""

    INVOICE = "invoice", "发票/结算单", "invoice"
    METER = "meter", "计量表读数", "meter reading"
    PRODUCTION_REPORT = "production-report", "生产报表", "production report"
    WEIGHBRIDGE = "weighbridge", "地磅/衡器", "weighbridge"
    LEDGER = "ledger", "台账", "ledger"
    LAB = "lab", "检测报告", "lab report"
    CEMS = "cems", "在线监测（CEMS）", "CEMS"
    ESTIMATE = "estimate", "估算", "estimate"
    OTHER = "other", "其他", "other"


class Direction(Choice):
    IN = "in", "输入", "input"
    OUT = "out", "输出", "output"


@dataclass(frozen=True)
class Stream:
    """A mass-balance input or output with its carbon content (e.g. tC/t)."""

    name: str
    direction: Direction = Direction.IN
    carbon: FactorUse | None = None
    id: str = field(default_factory=new_id)

    def __str__(self) -> str:
        return f"{self.direction.label.en} {self.name}: {self.carbon or '—'}"


@dataclass(frozen=True)
class EmissionSource:
    """An emission source: where it is (site, emission unit, equipment), what it emits and how it is recalculated."""

    name: str
    category: Category = Category.STATIONARY
    method: Method = Method.FACTOR
    gas: Gas = Gas.CO2
    species: str = ""
    site_id: str = ""
    emission_unit: str = ""
    equipment: str = ""
    factor: FactorUse | None = None
    ncv: FactorUse | None = None
    carbon_per_heat: FactorUse | None = None
    oxidation: FactorUse | None = None
    streams: tuple[Stream, ...] = ()
    reported: float | None = None
    note: str = ""
    id: str = field(default_factory=new_id)

    _FACTOR_LABELS = {
        "factor": FactorKind.EMISSION.label, "ncv": FactorKind.NCV.label,
        "carbon_per_heat": FactorKind.CARBON_PER_HEAT.label, "oxidation": FactorKind.OXIDATION.label,
    }

    def validated(self) -> "EmissionSource":
        """This source with choices normalised, or a DomainError naming the field at fault."""
        name = self.name.strip()
        if not name:
            raise DomainError(Text("请填写排放源名称。", "Enter the emission source's name."), "name")
        method, gas = Method(self.method), Gas(self.gas)
        if method in (Method.FUEL, Method.MASS_BALANCE) and gas is not Gas.CO2:
            raise DomainError(
                Text(f"{method.label.zh}只计算 CO₂。", f"{method.label.en} yields CO₂ only; choose CO₂ as the gas."), "gas"
            )
        if gas in (Gas.HFCS, Gas.PFCS) and not self.species.strip():
            raise DomainError(
                Text(f"{gas.label.zh}排放源需要指明具体物质。", f"A source of {gas.label.en} needs its species (e.g. HFC-134a)."), "species"
            )
        changes: dict[str, Any] = {"name": name, "method": method, "gas": gas, "category": Category(self.category)}
        for slot, label in self._FACTOR_LABELS.items():
            use = getattr(self, slot)
            if use is not None:
                changes[slot] = use.validate(slot, label)
        self._check_factor_units(method, gas)
        streams = []
        for stream in self.streams:
            if not stream.name.strip():
                raise DomainError(Text("物料平衡的每股物料都需要名称。", "Every mass-balance stream needs a name."), "streams")
            carbon = stream.carbon.validate("streams", FactorKind.CARBON.label) if stream.carbon else None
            if carbon is not None:
                try:
                    units.mass_fraction(carbon.unit)
                except DomainError as error:
                    raise DomainError(
                        Text(f"物料“{stream.name}”的含碳量单位：{error.message.zh}", f"Carbon content of stream “{stream.name}”: {error.message.en}"),
                        "streams",
                    ) from None
            streams.append(replace(stream, name=stream.name.strip(), direction=Direction(stream.direction), carbon=carbon))
        changes["streams"] = tuple(streams)
        if self.reported is not None and (not math.isfinite(self.reported) or self.reported < 0):
            raise DomainError(
                Text("客户报告的排放量应为非负数。", "The client's reported emission must be a non-negative number."), "reported"
            )
        return replace(self, **changes)

    def _check_factor_units(self, method: Method, gas: Gas) -> None:
        """An emission factor must be of the source's gas (or CO2e, or carbon for CO2); an oxidation rate at most 100 %."""
        if self.factor is not None and method in (Method.FACTOR, Method.ENERGY):
            substance = units.ratio(self.factor.unit).substance
            if substance not in ("", "CO2e", gas.value) and not (substance == "C" and gas is Gas.CO2):
                raise DomainError(
                    Text(
                        f"排放因子单位 {self.factor.unit} 与所选气体 {gas.value} 不一致。",
                        f"The factor's unit {self.factor.unit} does not match the source's gas {gas.value}.",
                    ),
                    "factor",
                )
        if self.oxidation is not None and method is Method.FUEL:
            if self.oxidation.value * units.factor(units.ratio(self.oxidation.unit).numerator, "1") > 1:
                raise DomainError(
                    Text(
                        f"碳氧化率不能超过 100%（输入的是 {self.oxidation.value:g} {self.oxidation.unit}），百分数请选单位 %。",
                        f"The oxidation rate cannot exceed 100 % ({self.oxidation.value:g} {self.oxidation.unit} was entered); "
                        "use the unit % for a percentage.",
                    ),
                    "oxidation",
                )

    def activity_unit(self, stream_id: str = "") -> str | None:
        """The unit a record of this source (or stream) is converted to, or None while no factor says."""
        if self.method is Method.MEASURED:
            return "t"
        if self.method is Method.MASS_BALANCE:
            stream = next((s for s in self.streams if s.id == stream_id), None)
            return units.mass_fraction(stream.carbon.unit)[0] if stream and stream.carbon else None
        use = self.ncv if self.method is Method.FUEL else self.factor
        return units.ratio(use.unit).per if use else None


def difference(a: float, b: float) -> float:
    """``a − b``, but exactly 0 when the two agree to within 2⁻⁴⁸ of ``a``.

    Figures that agree to rounding noise are equal, as spreadsheet programs
    treat them (LibreOffice's ``approxSub``), so a reported figure that matches
    shows a difference of 0, not 1.8e-15, here and in the exported workbook.
    """
    if ((a > 0 and b > 0) or (a < 0 and b < 0)) and abs(a - b) < abs(a) * 2.0**-48:
        return 0.0
    return a - b


@dataclass(frozen=True)
class ActivityRecord:
    """One figure of activity data for a sub-period: quantity, unit, origin, stock change, evidence.

    For fuels and materials the consumption is the quantity received plus the
    opening stock minus the closing stock (seed 004 §8.2.5.2 note 2).
    """

    source_id: str
    period_start: date
    period_end: date
    quantity: float
    unit: str
    origin: Origin = Origin.INVOICE
    opening_stock: float | None = None
    closing_stock: float | None = None
    stream_id: str = ""
    evidence: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)

    @property
    def consumption(self) -> float:
        if self.opening_stock is None and self.closing_stock is None:  # most records (the same figure, sooner)
            return self.quantity + 0.0
        return difference(self.quantity + (self.opening_stock or 0.0), self.closing_stock or 0.0)

    def validated(self, source: EmissionSource, period: tuple[date | None, date | None]) -> "ActivityRecord":
        """This record checked against its source and the engagement's reporting period."""
        for name in ("quantity", "opening_stock", "closing_stock"):
            value = getattr(self, name)
            if value is None and name != "quantity":
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise DomainError(
                    Text(f"{_RECORD_LABELS[name].zh}应为非负数，输入的是 {value}。", f"The {_RECORD_LABELS[name].en} must be a non-negative number; {value} was entered."),
                    name,
                )
        if self.period_end < self.period_start:
            raise DomainError(
                Text(f"记录期间结束 {self.period_end} 早于开始 {self.period_start}。", f"The record's period ends ({self.period_end}) before it starts ({self.period_start})."),
                "period_end",
            )
        start, end = period
        if (start and self.period_start < start) or (end and self.period_end > end):
            raise DomainError(
                Text(
                    f"记录期间 {self.period_start}–{self.period_end} 超出核查期 {start}–{end}。",
                    f"The record's period {self.period_start} – {self.period_end} lies outside the reporting period {start} – {end}.",
                ),
                "period_start" if start and self.period_start < start else "period_end",
            )
        symbol = units.unit(self.unit).symbol
        if source.method is Method.MASS_BALANCE and self.stream_id not in {s.id for s in source.streams}:
            raise DomainError(Text("请为物料平衡记录选择物料。", "Choose the stream this mass-balance record belongs to."), "stream_id")
        target = source.activity_unit(self.stream_id)
        if target is not None:
            units.factor(symbol, target)
        return replace(
            self, unit=symbol, origin=Origin(self.origin), quantity=float(self.quantity),
            stream_id=self.stream_id if source.method is Method.MASS_BALANCE else "",
        )


_RECORD_LABELS = {
    "quantity": Text("数量", "quantity"),
    "opening_stock": Text("期初库存", "opening stock"),
    "closing_stock": Text("期末库存", "closing stock"),
}


@dataclass(frozen=True)
class Production:
    """A product output for intensity figures (tCO2e per unit of product)."""

    product: str
    quantity: float
    unit: str
    id: str = field(default_factory=new_id)


    def validated(self) -> "Production":
        if not self.product.strip():
            raise DomainError(Text("请填写产品名称。", "Enter the product's name."), "product")
        if not isinstance(self.quantity, (int, float)) or not math.isfinite(self.quantity) or self.quantity <= 0:
            raise DomainError(Text("产量应大于 0。", "The production quantity must be above 0."), "quantity")
        if not self.unit.strip():
            raise DomainError(Text("请填写产量单位。", "Enter the production unit."), "unit")
        return replace(self, product=self.product.strip(), unit=self.unit.strip(), quantity=float(self.quantity))


def history_fields(item: Any) -> dict[str, str]:
    """A dataclass item's fields (but its id) as text, for the change history."""
    out = {}
    for f in fields(item):
        if f.name == "id":
            continue
        value = getattr(item, f.name)
        if value is None:
            out[f.name] = ""
        elif isinstance(value, tuple):
            out[f.name] = "; ".join(str(v) for v in value)
        elif isinstance(value, float):
            out[f.name] = f"{value:.15g}"
        else:
            out[f.name] = str(value.isoformat() if isinstance(value, date) else value)
    return out
