"""Use cases of an ISO 14067 product footprint engagement (P03): the product with its unit, boundary, allocation and
cut-off criteria, the flows of each life-cycle stage with their library factors, the co-products and their shares,
and the footprint calculated from them with the factor library's GWPs.

Every change runs in one unit of work, is refused whole when a rule fails (naming the field), and is recorded field
by field in the hash-chained history, as the project's parts are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.footprint.footprint import COPRODUCT_KIND, FLOW_KIND, FOOTPRINT_KIND, CoProduct, Flow, ProductFootprint
from app.domain.footprint.result import FootprintResult, calculate
from app.domain.kernel.choices import Programme
from app.domain.kernel.text import DomainError, Text
from app.services.engagements import record_changes
from app.services.fieldwork import held_under, put_record, record_diff
from app.services.ports import UnitOfWork
from app.services.project import source_changes

if TYPE_CHECKING:
    from app.reports.footprint_workbook import FootprintWorkbook

KIND_OF = {ProductFootprint: FOOTPRINT_KIND, Flow: FLOW_KIND, CoProduct: COPRODUCT_KIND}


@dataclass(frozen=True)
class Footprint:
    """Everything a footprint engagement holds, and its result."""

    engagement: Engagement
    client: Organisation
    product: ProductFootprint | None
    flows: list[Flow]
    coproducts: list[CoProduct]
    result: FootprintResult


def footprint(uow: UnitOfWork, engagement_id: str) -> Footprint:
    """The footprint as stored, with its result per unit, by stage and carbon, under each allocation method."""
    with uow:
        engagement = uow.engagements.get(engagement_id)
        client = uow.organisations.get(engagement.organisation_id)
        held = {kind: uow.records.of(engagement_id, kind) for kind in KIND_OF.values()}
        gwps = uow.factors.gwp_table()
    product = held[FOOTPRINT_KIND][0] if held[FOOTPRINT_KIND] else None
    result = calculate(product, held[FLOW_KIND], held[COPRODUCT_KIND], gwps, engagement.gwp_report)
    return Footprint(engagement, client, product, held[FLOW_KIND], held[COPRODUCT_KIND], result)


def workbook(uow: UnitOfWork, engagement_id: str) -> FootprintWorkbook:
    """What the footprint workbook and the footprint verification statement are written from."""
    held = footprint(uow, engagement_id)
    with uow:
        gwps = uow.factors.gwp_table()
    from app.reports.footprint_workbook import FootprintWorkbook  # xlsxwriter only when a workbook is made

    return FootprintWorkbook(held.engagement, held.client, held.product, held.flows, held.coproducts, held.result, gwps)


def save(uow: UnitOfWork, engagement_id: str, item: Any, actor: str, position: int | None = None) -> Any:
    """Add or change one part of the footprint (validated by its rules); returns what was held before (None when new)."""
    kind = KIND_OF[type(item)]
    item = item.validated()
    with uow:
        held, old = held_under(uow, engagement_id, Programme.ISO_14067,
                               Text(" ISO 14067 产品碳足迹核查", "ISO 14067 product carbon footprint"), kind, item)
        if kind == FOOTPRINT_KIND and held and old is None:
            raise DomainError(Text("本项目已有产品碳足迹描述。", "This engagement already has its product footprint."), "product")
        put_record(uow, engagement_id, kind, old, item, actor, position)
        uow.commit()
    return old


def update_flow(uow: UnitOfWork, engagement_id: str, flow: Flow, changes: dict[str, Any], actor: str) -> Flow | None:
    """Change a flow: its own fields, its source's name, method and gas, its emission factor (``factor_id``) or its
    fuel (``fuel``), both from the library, or the value, unit and source of a factor of the verifier's own."""
    unknown = set(changes) - set(Flow.OWN) - set(Flow.SOURCE) - set(Flow.OWN_FACTOR) - {"factor_id", "fuel"}
    if unknown:
        raise DomainError(Text(f"不能直接修改：{', '.join(sorted(unknown))}", f"Not editable: {', '.join(sorted(unknown))}"))
    if set(changes) & set(Flow.OWN_FACTOR):
        flow = flow.with_own_factor(changes)
    source = source_changes(uow, changes, Flow.SOURCE)
    own = {name: changes[name] for name in Flow.OWN if name in changes}
    return save(uow, engagement_id, replace(flow, source=replace(flow.source, **source), **own), actor)


def remove_by_id(uow: UnitOfWork, engagement_id: str, item_id: str, actor: str) -> int:
    """Remove the part of the footprint with id ``item_id`` (whatever its kind); returns its position (for undo)."""
    with uow:
        held = [h for kind in KIND_OF.values() for h in uow.records.of(engagement_id, kind) if h.id == item_id]
    if not held:
        raise DomainError(Text("该记录已不存在（可能已被删除）。", "That record no longer exists (it may have been removed)."))
    return remove(uow, engagement_id, held[0], actor)


def remove(uow: UnitOfWork, engagement_id: str, item: Any, actor: str) -> int:
    """Remove one part of the footprint; returns its position (for undo)."""
    kind = KIND_OF[type(item)]
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        held = uow.records.get(engagement_id, kind, item.id)
        position = uow.records.remove(engagement_id, kind, item.id)
        record_changes(uow, engagement_id, record_diff(engagement_id, kind, held, None), actor)
        uow.commit()
    return position
