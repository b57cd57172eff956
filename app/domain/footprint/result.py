"""A product's carbon footprint per functional or declared unit, split by stage and by kind of carbon, and its
sensitivity to the allocation method.

Each flow inside the boundary is calculated exactly as the inventory recalculates a source
(:func:`app.domain.inventory.calculation.source_result`) from its one activity figure, giving the study's tCO₂e.
A flow shared with co-products counts at the studied product's share under the chosen method (its shares summing to
100 %, :func:`~app.domain.footprint.footprint.product_shares`); a flow of the product alone counts whole.  The
result per unit is ``Σ tCO₂e × share × 1000 / reference flow`` in kgCO₂e, and the same sum under each of the three
methods is the sensitivity.  A flow cut off is calculated too, and its share of the footprint checked against the
cut-off criteria; a flow outside the boundary, or whose calculation fails, is a problem named in the result, never a
zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from app.domain.footprint.footprint import AllocationMethod, Carbon, CoProduct, Flow, LifeStage, ProductFootprint, product_shares
from app.domain.inventory.calculation import source_result
from app.domain.inventory.factors import GwpTable
from app.domain.inventory.sources import ActivityRecord
from app.domain.kernel.choices import GwpReport
from app.domain.kernel.text import DomainError, Text

KG_PER_T = 1000.0


@dataclass(frozen=True)
class FlowFigure:
    """One flow's figures: the study's tCO₂e, the share counted, and kgCO₂e per unit under the chosen method."""

    flow_id: str
    stage: LifeStage
    carbon: Carbon
    included: bool
    activity: float
    activity_unit: str
    tco2e: float
    share: float
    kg_per_unit: float


@dataclass(frozen=True)
class FootprintResult:
    method: AllocationMethod
    figures: tuple[FlowFigure, ...]
    sensitivity: dict[AllocationMethod, float]  # kgCO₂e per unit under each method (empty when the shares are wrong)
    problems: tuple[Text, ...]
    cut_off_pct: float = 0.0  # the flows cut off, as a share of the footprint

    @property
    def counted(self) -> list[FlowFigure]:
        return [f for f in self.figures if f.included]

    @property
    def per_unit(self) -> float | None:
        """kgCO₂e per functional or declared unit, under the chosen allocation; None while the shares are wrong."""
        return self.sensitivity.get(self.method)

    def by_stage(self) -> dict[LifeStage, float]:
        return {stage: math.fsum(f.kg_per_unit for f in self.counted if f.stage is stage) for stage in LifeStage}

    def by_carbon(self) -> dict[Carbon, float]:
        return {carbon: math.fsum(f.kg_per_unit for f in self.counted if f.carbon is carbon) for carbon in Carbon}


def flow_record(flow: Flow, quantity: float, unit: str) -> ActivityRecord:
    """The one activity figure the inventory's calculation reads for a flow (a footprint's data cover the study's
    period as a whole, so the record's dates are a placeholder no rule reads)."""
    day = date(2000, 1, 1)
    return ActivityRecord(flow.source.id, day, day, quantity, unit, id=flow.id)


def calculate(footprint: ProductFootprint | None, flows: Iterable[Flow], coproducts: Iterable[CoProduct], gwps: GwpTable,
              report: GwpReport) -> FootprintResult:
    """The footprint per unit, by stage and carbon, under the chosen allocation and under each of the three."""
    footprint = footprint or ProductFootprint()
    problems: list[Text] = []
    try:
        shares = product_shares(coproducts)
    except DomainError as error:
        problems.append(error.message)
        shares = {}
    inside = footprint.boundary.stages
    raw: list[tuple[Flow, float, float, str]] = []
    for flow in flows:
        if flow.stage not in inside:
            problems.append(Text(f"{flow.name} 属于{flow.stage.label.zh}阶段，不在{footprint.boundary.label.zh}的系统边界内",
                                 f"{flow.name} is in the {flow.stage.label.en} stage, outside a {footprint.boundary.label.en} boundary"))
            continue
        result = source_result(flow.source, [flow_record(flow, flow.quantity, flow.unit)], gwps, report)
        if result.problem is not None or result.verified is None:
            why = result.problem or Text("无法计算", "cannot be calculated")
            problems.append(Text(f"{flow.name}：{why.zh}", f"{flow.name}: {why.en}"))
            continue
        raw.append((flow, result.verified, result.activity or 0.0, result.activity_unit))

    def per_unit(method: AllocationMethod, flow: Flow, tco2e: float) -> float:
        return tco2e * (shares[method] if flow.allocated else 1.0) * KG_PER_T / footprint.reference_flow

    sensitivity = {m: math.fsum(per_unit(m, f, t) for f, t, _, _ in raw if f.included) for m in shares}
    chosen = footprint.allocation
    figures = tuple(FlowFigure(f.id, f.stage, f.carbon, f.included, activity, unit, t,
                               (shares.get(chosen, 0.0) if f.allocated else 1.0), per_unit(chosen, f, t) if shares else 0.0)
                    for f, t, activity, unit in raw)
    cut_pct = 0.0
    total = sensitivity.get(chosen)
    if total:
        cut = [(f, fig) for (f, *_), fig in zip(raw, figures) if not f.included]
        for flow, fig in cut:
            pct = fig.kg_per_unit / total * 100
            if pct > footprint.cutoff_flow_pct:
                problems.append(Text(f"取舍的 {flow.name} 占碳足迹 {pct:.2f} %，超过单项取舍准则 {footprint.cutoff_flow_pct:g} %",
                                     f"{flow.name}, cut off, is {pct:.2f} % of the footprint, above the cut-off per flow of "
                                     f"{footprint.cutoff_flow_pct:g} %"))
        cut_pct = math.fsum(fig.kg_per_unit for _, fig in cut) / total * 100
        if cut_pct > footprint.cutoff_total_pct:
            problems.append(Text(f"取舍的流合计占碳足迹 {cut_pct:.2f} %，超过合计取舍准则 {footprint.cutoff_total_pct:g} %",
                                 f"the flows cut off are {cut_pct:.2f} % of the footprint together, above the cut-off in total of "
                                 f"{footprint.cutoff_total_pct:g} %"))
    return FootprintResult(chosen, figures, sensitivity, tuple(problems), cut_pct)
