"""Use cases of the monitoring plan (seed 004 §8.2.4, Table 3) and of the lab results that vary by period: the plan's
items per source, the NCV or carbon content of each delivery or month, the check of the data against the plan, a
finding raised from one of its gaps, and what the offset priority of §8.4.2 needs to know of each offset.

Every change runs in one unit of work, is refused whole when a rule fails (naming the field), and is recorded field
by field in the hash-chained history, as the field-work records are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.engagement.engagement import Engagement
from app.domain.findings.finding import Finding, Kind, Severity, raise_finding
from app.domain.inventory.measured import MEASURED_KIND, MeasuredValue, Weighting, by_source, weightings
from app.domain.inventory.monitoring import CLAUSE, PLAN_KIND, Gap, PlanItem, check_plan
from app.domain.inventory.offset_priority import CLASS_KIND, OffsetClass, PriorityReview, review
from app.domain.inventory.sources import ActivityRecord, EmissionSource
from app.domain.kernel.text import DomainError, Text
from app.services import findings as finding_services
from app.services.fieldwork import put_record, remove_one_of
from app.services.ports import UnitOfWork

KIND_OF = {PlanItem: PLAN_KIND, MeasuredValue: MEASURED_KIND, OffsetClass: CLASS_KIND}


@dataclass(frozen=True)
class Monitoring:
    """An engagement's monitoring plan, its lab results, their weighted means and the plan's gaps."""

    engagement: Engagement
    sources: list[EmissionSource]
    items: list[PlanItem]
    measured: list[MeasuredValue]
    gaps: list[Gap]
    classes: list[OffsetClass]
    priority: PriorityReview

    def weightings(self) -> dict[str, list[Weighting]]:
        """Per source id: each measured parameter's weighted mean (a mass-balance stream's carbon among them)."""
        return {source_id: weightings(results) for source_id, results in by_source(self.measured).items()}


def monitoring(uow: UnitOfWork, engagement_id: str) -> Monitoring:
    """The plan as stored, checked against the period's activity records and lab results, and the offsets ranked."""
    with uow:
        engagement = uow.engagements.get(engagement_id)
        sources = uow.inventory.items("source", engagement_id)
        records: list[ActivityRecord] = uow.inventory.items("record", engagement_id)
        items = uow.records.of(engagement_id, PLAN_KIND)
        measured = uow.records.of(engagement_id, MEASURED_KIND)
        offsets = uow.inventory.items("offset", engagement_id)
        classes = uow.records.of(engagement_id, CLASS_KIND)
    gaps = check_plan(items, sources, records, measured, engagement.period_start, engagement.period_end)
    return Monitoring(engagement, sources, items, measured, gaps, classes, review(offsets, classes))


def measured_values(uow: UnitOfWork, engagement_id: str) -> list[MeasuredValue]:
    """The engagement's lab results (call inside an open unit of work)."""
    return uow.records.of(engagement_id, MEASURED_KIND)


def save(uow: UnitOfWork, engagement_id: str, item: Any, actor: str, position: int | None = None) -> Any:
    """Add or change a plan item, a lab result or an offset's class (validated by its rules); returns what was held
    before (None when new)."""
    kind = KIND_OF[type(item)]
    with uow:
        engagement = uow.engagements.get(engagement_id)
        engagement.ensure_open()
        held = uow.records.of(engagement_id, kind)
        if kind == CLASS_KIND:
            _check_class(uow, engagement_id, item, held)
        else:
            sources = {s.id: s for s in uow.inventory.items("source", engagement_id)}
            if item.source_id not in sources:
                raise DomainError(Text("请选择本项目的排放源。", "Pick one of this engagement's emission sources."), "source_id")
        if kind == MEASURED_KIND:
            item = item.validated(sources[item.source_id], [h for h in held if h.source_id == item.source_id])
        else:
            item = item.validated()
        old = next((h for h in held if h.id == item.id), None)
        put_record(uow, engagement_id, kind, old, item, actor, position)
        uow.commit()
    return old


def _check_class(uow: UnitOfWork, engagement_id: str, item: OffsetClass, held: list[OffsetClass]) -> None:
    if item.offset_id not in {o.id for o in uow.inventory.items("offset", engagement_id)}:
        raise DomainError(Text("请选择本项目的抵销量。", "Pick one of this engagement's offsets."), "offset_id")
    if any(h.offset_id == item.offset_id and h.id != item.id for h in held):
        raise DomainError(Text("该抵销量已有分类。", "That offset is classified already."), "offset_id")


def remove_by_id(uow: UnitOfWork, engagement_id: str, item_id: str, actor: str) -> int:
    """Remove a plan item, lab result or offset class by id; returns its position (for undo)."""
    return remove_one_of(uow, engagement_id, KIND_OF.values(), item_id, actor)


def raise_from_gap(uow: UnitOfWork, engagement_id: str, gap: Gap, actor: str, today: date,
                   finding: Finding | None = None) -> Finding:
    """A minor nonconformity against §8.2.4 for one gap of the plan, on its source (refused when the gap has raised
    one already).  ``finding``: the one raised before (redo after undo), stored again as it was."""
    with uow:
        e = uow.engagements.get(engagement_id)
        description = f"{gap.message.zh}\n{gap.message.en}"
        if finding is None and any(f.description == description for f in uow.findings.of(engagement_id)):
            raise DomainError(Text("该偏差已提出发现。", "This gap has raised its finding already."), "finding_id")
        finding = finding or raise_finding(
            Kind.NONCONFORMITY, description, actor, today, severity=Severity.MINOR,
            criterion=e.criteria[0] if e.criteria else "", clause=CLAUSE, evidence=gap.kind.label.en,
            source_id=gap.source_id, site_visit=e.site_visit_last,
        )
        finding = finding_services.put_new(uow, engagement_id, finding, actor)
        uow.commit()
    return finding
