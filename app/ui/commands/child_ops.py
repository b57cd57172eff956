"""Which use cases add, update and remove each kind of engagement child, for the workbench's generic child edits."""

from __future__ import annotations

from dataclasses import replace

from app.domain.engagement.contract_review import ContractChange
from app.domain.engagement.engagement import Site
from app.domain.engagement.team import TeamMember
from app.domain.fieldwork.records import record_kinds
from app.domain.inventory.neutrality import Offset
from app.domain.inventory.sources import Production
from app.domain.fieldwork.aup import Procedure
from app.domain.footprint.footprint import CoProduct, Flow
from app.domain.inventory.measured import MeasuredValue
from app.domain.inventory.monitoring import PlanItem
from app.domain.inventory.offset_priority import OffsetClass
from app.domain.project.project import MonitoringParameter, MonitoringPeriod, ProjectData, Ssr
from app.services import aup as aup_services
from app.services import contract_review as contract_services
from app.services import footprint as footprint_services
from app.services import monitoring as monitoring_services
from app.services import project as project_services
from app.services import engagements as services
from app.services import fieldwork as fieldwork_services
from app.services import inventory as inventory_services


class _ChildOps:
    """How one kind of engagement child is added (at a position), updated and removed (returning its position)."""

    def __init__(self, add, update, remove):
        self.add, self.update, self.remove = add, update, remove


def _inventory_ops(kind: str, save) -> _ChildOps:
    return _ChildOps(
        lambda uow, e, item, actor, position: save(uow, e, item, actor, position),
        lambda uow, e, item, changes, actor: save(uow, e, replace(item, **changes), actor),
        lambda uow, e, item_id, actor: inventory_services.remove_item(uow, e, kind, item_id, actor)[1],
    )


_OPS = {
    Site: _ChildOps(services.add_site, lambda uow, e, item, changes, actor: services.update_site(uow, e, item.id, changes, actor),
                    lambda uow, e, item_id, actor: services.remove_site(uow, e, item_id, actor)[1]),
    TeamMember: _ChildOps(services.add_member, lambda uow, e, item, changes, actor: services.update_member(uow, e, item.id, changes, actor),
                          lambda uow, e, item_id, actor: services.remove_member(uow, e, item_id, actor)[1]),
    Production: _inventory_ops("production", inventory_services.save_production),
    Offset: _inventory_ops("offset", inventory_services.save_offset),
    ContractChange: _ChildOps(
        lambda uow, e, item, actor, position: contract_services.save_change(uow, e, item, actor, position),
        lambda uow, e, item, changes, actor: contract_services.save_change(uow, e, replace(item, **changes), actor),
        lambda uow, e, item_id, actor: contract_services.remove_change(uow, e, item_id, actor)[1],
    ),
}


def _record_ops(kind: str) -> _ChildOps:
    return _ChildOps(
        lambda uow, e, item, actor, position: fieldwork_services.save_record(uow, e, kind, item, actor, position),
        lambda uow, e, item, changes, actor: fieldwork_services.save_record(uow, e, kind, replace(item, **changes), actor),
        lambda uow, e, item_id, actor: fieldwork_services.remove_record(uow, e, kind, item_id, actor)[1],
    )


_OPS.update({cls: _record_ops(kind) for kind, cls in record_kinds().items()})


def _project_ops(update=None) -> _ChildOps:
    return _ChildOps(
        lambda uow, e, item, actor, position: project_services.save(uow, e, item, actor, position),
        update or (lambda uow, e, item, changes, actor: project_services.save(uow, e, replace(item, **changes), actor)),
        lambda uow, e, item_id, actor: project_services.remove_by_id(uow, e, item_id, actor),
    )


_OPS.update({MonitoringPeriod: _project_ops(), ProjectData: _project_ops(), MonitoringParameter: _project_ops(),
             Ssr: _project_ops(project_services.update_ssr)})
_OPS.update({kind: _ChildOps(
    lambda uow, e, item, actor, position: footprint_services.save(uow, e, item, actor, position),
    update, lambda uow, e, item_id, actor: footprint_services.remove_by_id(uow, e, item_id, actor),
) for kind, update in ((Flow, footprint_services.update_flow),
                       (CoProduct, lambda uow, e, item, changes, actor: footprint_services.save(uow, e, replace(item, **changes), actor)))})
_OPS[Procedure] = _ChildOps(
    lambda uow, e, item, actor, position: aup_services.save(uow, e, item, actor, position),
    lambda uow, e, item, changes, actor: aup_services.save(uow, e, replace(item, **changes), actor),
    aup_services.remove,
)


_OPS.update({cls: _ChildOps(
    monitoring_services.save,
    lambda uow, e, item, changes, actor: monitoring_services.save(uow, e, replace(item, **changes), actor),
    monitoring_services.remove_by_id,
) for cls in (PlanItem, MeasuredValue, OffsetClass)})


def child_ops(kind: type) -> _ChildOps:
    """The add, update and remove use cases of one kind of engagement child (a site, a team member, a record …)."""
    return _OPS[kind]
