"""Use cases of an ISO 14064-2 project engagement (P02): the project description, its monitoring periods, the SSRs of
the baseline, project and leakage, their data ex ante and ex post, the monitoring plan's parameters, and the
reductions calculated from them with the factor library's GWPs.

Every change runs in one unit of work, is refused whole when a rule fails (naming the field), and is recorded field
by field in the hash-chained history, as the field-work records are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.domain.engagement.engagement import Engagement
from app.domain.kernel.choices import Programme
from app.domain.kernel.text import DomainError, Text
from app.domain.project.project import (
    DATA_KIND,
    PARAMETER_KIND,
    PERIOD_KIND,
    PROJECT_KIND,
    SSR_KIND,
    MonitoringParameter,
    MonitoringPeriod,
    ProjectData,
    ProjectDescription,
    Ssr,
    check_periods,
)
from app.domain.project.reductions import Reductions, calculate
from app.services.engagements import record_changes
from app.services.fieldwork import held_under, put_record, record_diff
from app.services.ports import UnitOfWork

if TYPE_CHECKING:
    from app.reports.project_workbook import ProjectWorkbook

KIND_OF = {ProjectDescription: PROJECT_KIND, MonitoringPeriod: PERIOD_KIND, Ssr: SSR_KIND, ProjectData: DATA_KIND,
           MonitoringParameter: PARAMETER_KIND}


@dataclass(frozen=True)
class Project:
    """Everything a project engagement holds, and its reductions."""

    engagement: Engagement
    description: ProjectDescription | None
    periods: list[MonitoringPeriod]
    ssrs: list[Ssr]
    data: list[ProjectData]
    parameters: list[MonitoringParameter]
    reductions: Reductions


def project(uow: UnitOfWork, engagement_id: str) -> Project:
    """The project as stored, with ER = BE − PE − LE per monitoring period and vintage."""
    with uow:
        engagement = uow.engagements.get(engagement_id)
        held = {kind: uow.records.of(engagement_id, kind) for kind in KIND_OF.values()}
        gwps = uow.factors.gwp_table()
    reductions = calculate(held[SSR_KIND], held[DATA_KIND], held[PERIOD_KIND], gwps, engagement.gwp_report)
    description = held[PROJECT_KIND][0] if held[PROJECT_KIND] else None
    return Project(engagement, description, held[PERIOD_KIND], held[SSR_KIND], held[DATA_KIND], held[PARAMETER_KIND], reductions)


def workbook(uow: UnitOfWork, engagement_id: str) -> ProjectWorkbook:
    """What the project workbook is written from."""
    held = project(uow, engagement_id)
    with uow:
        client = uow.organisations.get(held.engagement.organisation_id)
        gwps = uow.factors.gwp_table()
    from app.reports.project_workbook import ProjectWorkbook  # xlsxwriter only when a workbook is made

    return ProjectWorkbook(held.engagement, client, held.description, held.periods, held.ssrs, held.data, held.reductions, gwps)


def save(uow: UnitOfWork, engagement_id: str, item: Any, actor: str, position: int | None = None) -> Any:
    """Add or change one part of the project (validated by its rules); returns what was held before (None when new)."""
    kind = KIND_OF[type(item)]
    item = item.validated()
    with uow:
        held, old = held_under(uow, engagement_id, Programme.ISO_14064_2,
                               Text(" ISO 14064-2 项目审定与核查", "ISO 14064-2 project validation/verification"), kind, item)
        if kind == PROJECT_KIND and held and old is None:
            raise DomainError(Text("本项目已有项目描述。", "This engagement already has its project description."), "title")
        if kind in (PERIOD_KIND, PROJECT_KIND):
            description = item if kind == PROJECT_KIND else _first(uow.records.of(engagement_id, PROJECT_KIND))
            periods = uow.records.of(engagement_id, PERIOD_KIND)
            if kind == PERIOD_KIND:
                periods = [p for p in periods if p.id != item.id] + [item]
            check_periods(description, periods)
        if kind in (DATA_KIND, PARAMETER_KIND) and item.ssr_id and item.ssr_id not in {s.id for s in uow.records.of(engagement_id, SSR_KIND)}:
            raise DomainError(Text("请选择本项目的源、汇或库。", "Pick one of this project's sources, sinks or reservoirs."), "ssr_id")
        put_record(uow, engagement_id, kind, old, item, actor, position)
        uow.commit()
    return old


def update_ssr(uow: UnitOfWork, engagement_id: str, ssr: Ssr, changes: dict[str, Any], actor: str) -> Ssr | None:
    """Change an SSR: its own fields, its source's name, method and gas, its emission factor (``factor_id``, a library
    entry) or its fuel (``fuel``: the library fuel whose NCV, carbon content and oxidation rate it takes)."""
    unknown = set(changes) - set(Ssr.OWN) - set(Ssr.SOURCE) - {"factor_id", "fuel"}
    if unknown:
        raise DomainError(Text(f"不能直接修改：{', '.join(sorted(unknown))}", f"Not editable: {', '.join(sorted(unknown))}"))
    source = source_changes(uow, changes, Ssr.SOURCE)
    own = {name: changes[name] for name in Ssr.OWN if name in changes}
    return save(uow, engagement_id, replace(ssr, source=replace(ssr.source, **source), **own), actor)


def source_changes(uow: UnitOfWork, changes: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The changes to a calculated item's source: its own ``fields``, its emission factor (``factor_id``, a library
    entry) and its fuel (``fuel``: the library fuel's NCV, carbon content and oxidation rate)."""
    source = {name: changes[name] for name in fields if name in changes}
    with uow:
        if "factor_id" in changes:
            source["factor"] = uow.factors.get(changes["factor_id"]).use() if changes["factor_id"] else None
        if changes.get("fuel"):
            for slot, suffix in (("ncv", "ncv"), ("carbon_per_heat", "cc"), ("oxidation", "of")):
                source[slot] = uow.factors.get(changes["fuel"] + suffix).use()
    return source


def remove_by_id(uow: UnitOfWork, engagement_id: str, item_id: str, actor: str) -> int:
    """Remove the part of the project with id ``item_id`` (whatever its kind); returns its position (for undo)."""
    with uow:
        held = [h for kind in KIND_OF.values() for h in uow.records.of(engagement_id, kind) if h.id == item_id]
    if not held:
        raise DomainError(Text("该记录已不存在（可能已被删除）。", "That record no longer exists (it may have been removed)."))
    return remove(uow, engagement_id, held[0], actor)


def remove(uow: UnitOfWork, engagement_id: str, item: Any, actor: str) -> int:
    """Remove one part of the project; returns its position (for undo).  An SSR with data or parameters stays."""
    kind = KIND_OF[type(item)]
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        if kind == SSR_KIND:
            users = [d for d in uow.records.of(engagement_id, DATA_KIND) if d.ssr_id == item.id]
            users += [p for p in uow.records.of(engagement_id, PARAMETER_KIND) if p.ssr_id == item.id]
            if users:
                raise DomainError(Text(f"{item.name} 还有数据或监测参数，不能删除。",
                                       f"{item.name} still has data or monitoring parameters; it cannot be removed."), "ssr_id")
        held = uow.records.get(engagement_id, kind, item.id)
        position = uow.records.remove(engagement_id, kind, item.id)
        record_changes(uow, engagement_id, record_diff(engagement_id, kind, held, None), actor)
        uow.commit()
    return position


def _first(items: list) -> Any:
    return items[0] if items else None
