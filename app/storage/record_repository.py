"""The field-work records repository: one JSON document per record, converted by :mod:`app.domain.kernel.records`.

The same table keeps the engagement's contract review and contract changes (:mod:`app.domain.engagement.contract_review`)
an ISO 14064-2 project's description, periods, SSRs, data and monitoring parameters (:mod:`app.domain.project.project`),
an ISO 14067 footprint's product, flows and co-products (:mod:`app.domain.footprint.footprint`), and an inventory's
monitoring plan, lab results and offset classes (:mod:`app.domain.inventory.monitoring`, :mod:`.measured`,
:mod:`.offset_priority`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from app.domain.engagement.contract_review import CHANGE_KIND, REVIEW_KIND, ContractChange, ContractReview
from app.domain.fieldwork.aup import PROCEDURE_KIND, TERMS_KIND, AupTerms, Procedure
from app.domain.footprint.footprint import COPRODUCT_KIND, FLOW_KIND, FOOTPRINT_KIND, CoProduct, Flow, ProductFootprint
from app.domain.fieldwork.records import record_kinds
from app.domain.inventory.measured import MEASURED_KIND, MeasuredValue
from app.domain.inventory.monitoring import PLAN_KIND, PlanItem
from app.domain.inventory.offset_priority import CLASS_KIND, OffsetClass
from app.domain.kernel.records import from_plain, to_plain
from app.domain.project.project import (
    DATA_KIND, PARAMETER_KIND, PERIOD_KIND, PROJECT_KIND, SSR_KIND, MonitoringParameter, MonitoringPeriod, ProjectData,
    ProjectDescription, Ssr,
)
from app.domain.kernel.text import NotFound
from app.storage.tables import RecordRow


def stored_kinds() -> dict[str, type]:
    """Every kind of record this table holds and its class: the field work's, the contract review and its changes,
    an ISO 14064-2 project's parts, an ISO 14067 footprint's, the terms and procedures of agreed-upon procedures, the
    monitoring plan and lab results."""
    return {**record_kinds(), REVIEW_KIND: ContractReview, CHANGE_KIND: ContractChange, PROJECT_KIND: ProjectDescription,
            PERIOD_KIND: MonitoringPeriod, SSR_KIND: Ssr, DATA_KIND: ProjectData, PARAMETER_KIND: MonitoringParameter,
            TERMS_KIND: AupTerms, PROCEDURE_KIND: Procedure, FOOTPRINT_KIND: ProductFootprint, FLOW_KIND: Flow,
            COPRODUCT_KIND: CoProduct, PLAN_KIND: PlanItem, MEASURED_KIND: MeasuredValue, CLASS_KIND: OffsetClass}


class RecordRepository:
    def __init__(self, session: Session):
        self.session = session
        self.kinds = stored_kinds()

    def of(self, engagement_id: str, kind: str) -> list[Any]:
        query = (select(RecordRow).where(RecordRow.engagement_id == engagement_id, RecordRow.kind == kind)
                 .order_by(RecordRow.position, RecordRow.id))
        return [from_plain(self.kinds[kind], row.data) for row in self.session.scalars(query)]

    def mentioning(self, engagement_id: str, kind: str, text: str) -> list[Any]:
        """The records of ``kind`` whose stored JSON contains ``text`` (an id): a cheap pre-filter before reading them."""
        query = (select(RecordRow).where(RecordRow.engagement_id == engagement_id, RecordRow.kind == kind,
                                         cast(RecordRow.data, String).contains(text))
                 .order_by(RecordRow.position, RecordRow.id))
        return [from_plain(self.kinds[kind], row.data) for row in self.session.scalars(query)]

    def count(self, engagement_id: str, kind: str) -> int:
        return self.session.scalar(select(func.count()).select_from(RecordRow).where(
            RecordRow.engagement_id == engagement_id, RecordRow.kind == kind)) or 0

    def get(self, engagement_id: str, kind: str, record_id: str) -> Any:
        row = self.session.get(RecordRow, record_id)
        if row is None or row.kind != kind or row.engagement_id != engagement_id:
            raise NotFound(f"{kind} {record_id}")
        return from_plain(self.kinds[kind], row.data)

    def put(self, engagement_id: str, kind: str, record: Any, position: int | None = None, key: str = "") -> None:
        """Store a new record (at ``position``, else last) or replace a held one in place."""
        row = self.session.get(RecordRow, record.id)
        if row is None:
            last = self.session.scalar(select(func.max(RecordRow.position)).where(
                RecordRow.engagement_id == engagement_id, RecordRow.kind == kind))
            row = RecordRow(id=record.id, engagement_id=engagement_id, kind=kind,
                            position=(last or 0) + 1 if position is None else position)
            if position is not None:
                self._shift(engagement_id, kind, position, +1)
            self.session.add(row)
        elif row.kind != kind or row.engagement_id != engagement_id:
            raise NotFound(f"{kind} {record.id}")
        row.data, row.key = to_plain(record), key

    def add_many(self, engagement_id: str, kind: str, records: list[Any], keys: list[str]) -> None:
        """Store new records after the held ones (one position query, however many: thousands of photos at once)."""
        last = self.session.scalar(select(func.max(RecordRow.position)).where(
            RecordRow.engagement_id == engagement_id, RecordRow.kind == kind)) or 0
        self.session.add_all(RecordRow(id=record.id, engagement_id=engagement_id, kind=kind, position=last + n, key=key,
                                       data=to_plain(record)) for n, (record, key) in enumerate(zip(records, keys), start=1))

    def remove(self, engagement_id: str, kind: str, record_id: str) -> int:
        """Remove a record; returns its position (for undo)."""
        row = self.session.get(RecordRow, record_id)
        if row is None or row.kind != kind or row.engagement_id != engagement_id:
            raise NotFound(f"{kind} {record_id}")
        position = row.position
        self.session.delete(row)
        self.session.flush()
        return position

    def keys(self, kind: str) -> set[str]:
        """Every key of ``kind`` in the store (all engagements): the evidence files still referenced."""
        return set(self.session.scalars(select(RecordRow.key).where(RecordRow.kind == kind)))

    def _shift(self, engagement_id: str, kind: str, from_position: int, by: int) -> None:
        for row in self.session.scalars(select(RecordRow).where(
                RecordRow.engagement_id == engagement_id, RecordRow.kind == kind, RecordRow.position >= from_position)):
            row.position += by
