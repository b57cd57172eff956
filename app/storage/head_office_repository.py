"""Head office's records repository: one JSON document per record, converted by :mod:`app.domain.certification.plain`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.certification.plain import read, to_plain
from app.domain.kernel.text import NotFound
from app.storage.tables import HeadOfficeRow


class HeadOfficeRepository:
    def __init__(self, session: Session):
        self.session = session

    def all(self, kind: str) -> list[Any]:
        query = select(HeadOfficeRow).where(HeadOfficeRow.kind == kind).order_by(HeadOfficeRow.key, HeadOfficeRow.id)
        return [read(kind, row.data) for row in self.session.scalars(query)]

    def of(self, engagement_id: str, kind: str) -> list[Any]:
        query = (select(HeadOfficeRow).where(HeadOfficeRow.kind == kind, HeadOfficeRow.engagement_id == engagement_id)
                 .order_by(HeadOfficeRow.key, HeadOfficeRow.id))
        return [read(kind, row.data) for row in self.session.scalars(query)]

    def get(self, kind: str, record_id: str) -> Any:
        row = self.session.get(HeadOfficeRow, record_id)
        if row is None or row.kind != kind:
            raise NotFound(f"{kind} {record_id}")
        return read(kind, row.data)

    def by_key(self, kind: str, key: str) -> Any:
        row = self.session.scalar(select(HeadOfficeRow).where(HeadOfficeRow.kind == kind, HeadOfficeRow.key == key))
        if row is None:
            raise NotFound(f"{kind} {key}")
        return read(kind, row.data)

    def keys(self, kind: str) -> list[str]:
        return list(self.session.scalars(select(HeadOfficeRow.key).where(HeadOfficeRow.kind == kind)))

    def put(self, kind: str, record: Any, engagement_id: str | None = None, key: str = "") -> None:
        """Store a new record or replace a held one."""
        row = self.session.get(HeadOfficeRow, record.id)
        if row is None:
            row = HeadOfficeRow(id=record.id, kind=kind, engagement_id=engagement_id or None)
            self.session.add(row)
        elif row.kind != kind:
            raise NotFound(f"{kind} {record.id}")
        row.data, row.key = to_plain(record), key
