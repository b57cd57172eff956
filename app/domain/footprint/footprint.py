"""An ISO 14067 product carbon footprint as the verifier reads it (programme P03).

:class:`ProductFootprint` (one per engagement): the product, its functional or declared unit and how many of those
units the study's data cover (the reference flow), the system boundary, the allocation method chosen and the cut-off
criteria.  :class:`Flow`: an input or output of one life-cycle stage over the study's period, calculated by the
inventory's own methods (an :class:`~app.domain.inventory.sources.EmissionSource` with its factors from the library),
with the kind of carbon it is (fossil, biogenic, land-use change), whether it is shared with co-products (and so
allocated) and whether it is cut off.  :class:`CoProduct`: the product studied or a co-product of the shared
processes, with its share under each allocation method (ISO 14067 §6.4.6); each method's shares sum to 100 %.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Iterable

from app.domain.inventory.factors import FactorUse, Priority
from app.domain.inventory.sources import EmissionSource
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

# How the store files them (beside the field-work records: one JSON document each).
FOOTPRINT_KIND, FLOW_KIND, COPRODUCT_KIND = "footprint", "footprint_flow", "footprint_coproduct"


class UnitKind(Choice):
    FUNCTIONAL = "functional", "功能单位", "functional unit"
    DECLARED = "declared", "声明单位", "declared unit"


class LifeStage(Choice):
    RAW_MATERIALS = "raw-materials", "原材料获取", "raw material acquisition"
    PRODUCTION = "production", "生产", "production"
    DISTRIBUTION = "distribution", "分销", "distribution"
    USE = "use", "使用", "use"
    END_OF_LIFE = "end-of-life", "生命末期", "end of life"


class Boundary(Choice):
    CRADLE_TO_GATE = "cradle-to-gate", "从摇篮到大门", "cradle to gate"
    CRADLE_TO_GRAVE = "cradle-to-grave", "从摇篮到坟墓", "cradle to grave"

    @property
    def stages(self) -> tuple[LifeStage, ...]:
        """The life-cycle stages inside the boundary."""
        every = tuple(LifeStage)
        return every[:2] if self is Boundary.CRADLE_TO_GATE else every


class AllocationMethod(Choice):
    MASS = "mass", "按质量分配", "mass allocation"
    ECONOMIC = "economic", "按经济价值分配", "economic allocation"
    PHYSICAL = "physical", "按其他物理关系分配", "physical allocation"


class Carbon(Choice):
    FOSSIL = "fossil", "化石", "fossil"
    BIOGENIC = "biogenic", "生物源", "biogenic"
    LAND_USE_CHANGE = "luc", "土地利用变化", "land-use change"


class Direction(Choice):
    INPUT = "input", "输入", "input"
    OUTPUT = "output", "输出", "output"


@dataclass(frozen=True)
class ProductFootprint:
    product: str = ""
    unit_kind: UnitKind = UnitKind.DECLARED
    unit_text: str = ""  # "1 t of packaged wheat flour"
    reference_flow: float = 1.0  # how many functional or declared units the study's flows cover
    boundary: Boundary = Boundary.CRADLE_TO_GATE
    allocation: AllocationMethod = AllocationMethod.MASS
    allocation_reason: str = ""
    cutoff_flow_pct: float = 1.0  # a flow left out may be at most this share of the footprint
    cutoff_total_pct: float = 5.0  # and all flows left out together at most this
    cutoff_text: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("product", "unit_kind", "unit_text", "reference_flow", "boundary", "allocation", "allocation_reason",
                "cutoff_flow_pct", "cutoff_total_pct", "cutoff_text")

    def validated(self) -> "ProductFootprint":
        if not _number(self.reference_flow) or self.reference_flow <= 0:
            raise DomainError(Text("基准流（数据覆盖的单位数）应为正数。",
                                   "The reference flow (how many units the data cover) must be a positive number."), "reference_flow")
        for name, label in (("cutoff_flow_pct", Text("单项取舍准则", "cut-off per flow")),
                            ("cutoff_total_pct", Text("合计取舍准则", "cut-off in total"))):
            value = getattr(self, name)
            if not _number(value) or not 0 <= value <= 100:
                raise DomainError(Text(f"{label.zh}应在 0–100 % 之间，输入的是 {value}。",
                                       f"The {label.en} must lie between 0 and 100 %; {value} was entered."), name)
        if self.cutoff_flow_pct > self.cutoff_total_pct:
            raise DomainError(Text("单项取舍准则不能大于合计取舍准则。", "The cut-off per flow cannot exceed the cut-off in total."),
                              "cutoff_flow_pct")
        return replace(self, product=self.product.strip(), unit_kind=UnitKind(self.unit_kind), boundary=Boundary(self.boundary),
                       allocation=AllocationMethod(self.allocation), reference_flow=float(self.reference_flow))


@dataclass(frozen=True)
class Flow:
    """An input or output of one life-cycle stage over the study's period, calculated as the inventory calculates a
    source from one activity figure."""

    source: EmissionSource
    stage: LifeStage = LifeStage.RAW_MATERIALS
    direction: Direction = Direction.INPUT
    carbon: Carbon = Carbon.FOSSIL
    quantity: float = 0.0
    unit: str = "t"
    allocated: bool = True  # shared with the co-products: only the product's share counts
    included: bool = True  # False: cut off
    justification: str = ""
    evidence: str = ""
    id: str = field(default_factory=new_id)

    OWN = ("stage", "direction", "carbon", "quantity", "unit", "allocated", "included", "justification", "evidence")
    SOURCE = ("name", "method", "gas")  # edited on its source
    OWN_FACTOR = ("factor_value", "factor_unit", "factor_source")  # a factor of the verifier's own (not the library's)

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def method(self):
        return self.source.method

    @property
    def gas(self):
        return self.source.gas

    @property
    def factor_id(self) -> str:
        """The library entry of its emission factor ("" for none, or a value of the verifier's own)."""
        return self.source.factor.library_id if self.source.factor else ""

    @property
    def factor_value(self) -> float:
        return self.source.factor.value if self.source.factor else 0.0

    @property
    def factor_unit(self) -> str:
        return self.source.factor.unit if self.source.factor else ""

    @property
    def factor_source(self) -> str:
        return self.source.factor.source if self.source.factor else ""

    @property
    def fuel(self) -> str:
        """The library fuel its fuel-combustion factors come from ("cn-fuel/diesel/")."""
        use = self.source.ncv
        return use.library_id.removesuffix("ncv") if use and use.library_id.endswith("/ncv") else ""

    def with_own_factor(self, changes: dict) -> "Flow":
        """This flow with ``changes`` to the value, unit or source of its own factor (its library link dropped)."""
        held = self.source.factor or FactorUse(0.0, "kgCO2e/t")
        own = FactorUse(changes.get("factor_value", held.value), changes.get("factor_unit", held.unit),
                        changes.get("factor_source", held.source), "", Priority.SUPPLIER, self.name)
        return replace(self, source=replace(self.source, factor=own))

    def validated(self) -> "Flow":
        try:
            checked = replace(self, stage=LifeStage(self.stage), direction=Direction(self.direction), carbon=Carbon(self.carbon))
        except ValueError:
            raise DomainError(Text("阶段、方向或碳类型无效。", "Unknown stage, direction or kind of carbon."), "stage") from None
        if not _number(self.quantity) or self.quantity < 0:
            raise DomainError(Text(f"{self.name} 的数量应为非负数。", f"The quantity of {self.name} must be a non-negative number."),
                              "quantity")
        if not checked.included and not checked.justification.strip():
            raise DomainError(Text(f"取舍（排除）{self.name} 须说明理由。", f"Give the reason {self.name} is cut off."), "justification")
        return replace(checked, quantity=float(self.quantity), source=self.source.validated())


@dataclass(frozen=True)
class CoProduct:
    """The product studied, or a co-product of the shared processes, with its share (%) under each method."""

    name: str
    studied: bool = False
    mass_pct: float = 0.0
    economic_pct: float = 0.0
    physical_pct: float = 0.0
    basis: str = ""  # what the shares rest on (tonnes sold, revenue, energy content …)
    id: str = field(default_factory=new_id)

    EDITABLE = ("name", "studied", "mass_pct", "economic_pct", "physical_pct", "basis")

    def share(self, method: AllocationMethod) -> float:
        return getattr(self, f"{AllocationMethod(method).value}_pct")

    def validated(self) -> "CoProduct":
        if not self.name.strip():
            raise DomainError(Text("请填写产品或共生产品名称。", "Enter the product's or co-product's name."), "name")
        for method in AllocationMethod:
            value = self.share(method)
            if not _number(value) or not 0 <= value <= 100:
                raise DomainError(Text(f"{self.name} 的{method.label.zh}比例应在 0–100 % 之间，输入的是 {value}。",
                                       f"{self.name}'s share by {method.label.en} must lie between 0 and 100 %; {value} was entered."),
                                  f"{method.value}_pct")
        return replace(self, name=self.name.strip())


def product_shares(coproducts: Iterable[CoProduct]) -> dict[AllocationMethod, float]:
    """The studied product's share (0–1) under each method; refused, naming the method and the sum, when a method's
    shares do not sum to 100 % or there is not exactly one product studied.  No co-products: the product takes all."""
    items = list(coproducts)
    if not items:
        return {method: 1.0 for method in AllocationMethod}
    studied = [c for c in items if c.studied]
    if len(studied) != 1:
        raise DomainError(Text(f"共生产品中应恰有一个为所研究的产品（现有 {len(studied)} 个）。",
                               f"Exactly one of the co-products must be the product studied ({len(studied)} are)."), "studied")
    out = {}
    for method in AllocationMethod:
        total = math.fsum(c.share(method) for c in items)
        if abs(total - 100.0) > 1e-6:
            raise DomainError(Text(f"{method.label.zh}的比例合计为 {total:g} %，应为 100 %。",
                                   f"The shares for {method.label.en} sum to {total:g} %, not 100 %."), f"{method.value}_pct")
        out[method] = studied[0].share(method) / 100.0
    return out


def _number(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)
