"""Inventory and factor-library repositories: rows ↔ sources, records, production, offsets, factors.

Records are read with one Core query per engagement (tens of thousands of
rows), not through ORM objects.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any, Callable

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from app.domain.inventory.factors import Factor, FactorKind, FactorUse, GwpTable, Priority
from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.inventory.sources import (
    ActivityRecord,
    Category,
    Direction,
    EmissionSource,
    Method,
    Origin,
    Production,
    Stream,
)
from app.domain.kernel.choices import Gas
from app.domain.kernel.text import NotFound, Text
from app.storage import reference
from app.storage.tables import ActivityRecordRow, EmissionSourceRow, EngagementRow, FactorRow, OffsetRow, ProductionRow

_SLOTS = ("factor", "ncv", "carbon_per_heat", "oxidation")


def _use_from(data: dict | None) -> FactorUse | None:
    if not data:
        return None
    return FactorUse(**{**data, "priority": Priority(data["priority"]), "source": reference.current_source(data.get("source", ""))})


def _use_to(use: FactorUse | None) -> dict | None:
    return {**asdict(use), "priority": use.priority.value} if use else None


def _source_from(row) -> EmissionSource:
    """A source from its mapped row or a plain row of its table."""
    return EmissionSource(
        name=row.name, category=Category(row.category), method=Method(row.method), gas=Gas(row.gas),
        species=row.species, site_id=row.site_id, emission_unit=row.emission_unit, equipment=row.equipment,
        streams=tuple(
            Stream(s["name"], Direction(s["direction"]), _use_from(s.get("carbon")), s["id"]) for s in row.streams
        ),
        reported=row.reported, note=row.note, id=row.id,
        **{slot: _use_from(row.factors.get(slot)) for slot in _SLOTS},
    )


def _source_to(source: EmissionSource) -> dict[str, Any]:
    return {
        "name": source.name, "category": source.category.value, "method": source.method.value, "gas": source.gas.value,
        "species": source.species, "site_id": source.site_id, "emission_unit": source.emission_unit,
        "equipment": source.equipment, "reported": source.reported, "note": source.note,
        "factors": {slot: _use_to(getattr(source, slot)) for slot in _SLOTS if getattr(source, slot) is not None},
        "streams": [
            {"id": s.id, "name": s.name, "direction": s.direction.value, "carbon": _use_to(s.carbon)} for s in source.streams
        ],
    }


_RECORD_COLUMNS = (
    "source_id", "period_start", "period_end", "quantity", "unit", "opening_stock", "closing_stock",
    "stream_id", "evidence", "note", "id",
)


def _record_from(row) -> ActivityRecord:
    return ActivityRecord(origin=Origin(row.origin), **{c: getattr(row, c) for c in _RECORD_COLUMNS})


# ActivityRecord's fields in declaration order: rows read by position build records several times faster.
_RECORD_ORDER = (
    "source_id", "period_start", "period_end", "quantity", "unit", "origin", "opening_stock", "closing_stock",
    "stream_id", "evidence", "note", "id",
)
_ORIGINS = {o.value: o for o in Origin}


def _record_to(record: ActivityRecord) -> dict[str, Any]:
    values = {c: getattr(record, c) for c in _RECORD_COLUMNS if c != "id"}
    return {**values, "origin": record.origin.value}


_OFFSET_SCALARS = ("serial_first", "serial_last", "vintage", "quantity", "issued", "retired_on", "retirement_evidence", "beneficiary", "note")


def _offset_from(row: OffsetRow) -> Offset:
    return Offset(kind=OffsetKind(row.kind), registry=row.registry_name, id=row.id, **{c: getattr(row, c) for c in _OFFSET_SCALARS})


def _offset_to(offset: Offset) -> dict[str, Any]:
    return {"kind": offset.kind.value, "registry_name": offset.registry, **{c: getattr(offset, c) for c in _OFFSET_SCALARS}}


_KINDS: dict[str, tuple[type, Callable, Callable]] = {
    "source": (EmissionSourceRow, _source_from, _source_to),
    "record": (ActivityRecordRow, _record_from, _record_to),
    "production": (
        ProductionRow,
        lambda r: Production(r.product, r.quantity, r.unit, r.id),
        lambda p: {"product": p.product, "quantity": p.quantity, "unit": p.unit},
    ),
    "offset": (OffsetRow, _offset_from, _offset_to),
}


class InventoryRepository:
    def __init__(self, session: Session):
        self.session = session

    def items(self, kind: str, engagement_id: str) -> list[Any]:
        row_type, from_row, _ = _KINDS[kind]
        if kind == "record":
            return self._records(ActivityRecordRow.engagement_id == engagement_id)
        if kind == "source":  # 20,000 at a group's scale: plain rows (their names are the columns'), not ORM objects
            table = row_type.__table__
            query = select(table).where(table.c.engagement_id == engagement_id).order_by(table.c.position)
            return [from_row(r) for r in self.session.execute(query)]
        query = select(row_type).where(row_type.engagement_id == engagement_id).order_by(row_type.position)
        return [from_row(r) for r in self.session.scalars(query)]

    def sources_by_id(self, engagement_id: str, ids) -> dict[str, EmissionSource]:
        """The engagement's sources among ``ids``, by id (another engagement's source is left out)."""
        table = EmissionSourceRow.__table__
        wanted = set(ids)
        query = select(table).where(table.c.engagement_id == engagement_id)
        if len(wanted) <= 500:  # a batch naming more (an imported data request) reads them all: no long IN list
            query = query.where(table.c.id.in_(wanted))
        return {r.id: _source_from(r) for r in self.session.execute(query) if r.id in wanted}

    def records_of(self, source_id: str) -> list[ActivityRecord]:
        return self._records(ActivityRecordRow.source_id == source_id)

    def _records(self, condition) -> list[ActivityRecord]:
        """The records matching ``condition`` by period (start, end), then in the order they were stored.

        Read as the driver gives them: rows in storage order (free for a table scan; SQLite's own ORDER BY built a
        temporary B-tree that took half the time at 240,000 records), the ISO dates parsed once per distinct day
        (a year of months repeats twelve), and sorted here, stably, on the periods."""
        table = ActivityRecordRow.__table__
        query = select(*(table.c[name] for name in _RECORD_ORDER)).where(condition).order_by(literal_column("rowid"))
        compiled = query.compile(dialect=self.session.get_bind().dialect)
        cursor = self.session.connection().exec_driver_sql(str(compiled), tuple(compiled.params[k] for k in compiled.positiontup))
        days: dict[str, date] = {}

        def day(text: str) -> date:
            found = days.get(text)
            if found is None:
                found = days[text] = date.fromisoformat(text)
            return found

        records = [
            ActivityRecord(s, day(start), day(end), q, unit, _ORIGINS[origin], opening, closing, stream, evidence, note, i)
            for s, start, end, q, unit, origin, opening, closing, stream, evidence, note, i in cursor
        ]
        records.sort(key=lambda r: (r.period_start, r.period_end))
        return records

    def get(self, kind: str, item_id: str) -> Any:
        row_type, from_row, _ = _KINDS[kind]
        row = self.session.get(row_type, item_id)
        if row is None:
            raise NotFound(f"{kind} {item_id}")
        return from_row(row)

    def put(self, kind: str, engagement_id: str, item: Any, position: int | None = None) -> None:
        """Insert or update ``item``; a new positioned item goes at ``position`` (or last)."""
        row_type, _, to_row = _KINDS[kind]
        row = self.session.get(row_type, item.id)
        if row is None:
            row = row_type(id=item.id, engagement_id=engagement_id)
            if hasattr(row_type, "position"):
                row.position = self._place(row_type, engagement_id, position)
            self.session.add(row)
        for name, value in to_row(item).items():
            setattr(row, name, value)

    def _place(self, row_type, engagement_id: str, position: int | None) -> int:
        if position is None:
            last = self.session.scalar(select(func.max(row_type.position)).where(row_type.engagement_id == engagement_id))
            return 0 if last is None else last + 1
        for row in self.session.scalars(
            select(row_type).where(row_type.engagement_id == engagement_id, row_type.position >= position)
        ):
            row.position += 1
        return position

    def remove(self, kind: str, item_id: str) -> int:
        """Delete an item; returns its stored position (0 for records), which ``put`` takes to restore it in place."""
        row_type = _KINDS[kind][0]
        row = self.session.get(row_type, item_id)
        if row is None:
            raise NotFound(f"{kind} {item_id}")
        position = getattr(row, "position", 0)
        self.session.delete(row)
        self.session.flush()
        return position

    def record_count(self, engagement_id: str) -> int:
        table = ActivityRecordRow.__table__
        return self.session.scalar(select(func.count()).select_from(table).where(table.c.engagement_id == engagement_id))

    def record_span(self, engagement_id: str) -> tuple[date, date] | None:
        """The earliest start and latest end of an engagement's records (None without records)."""
        table = ActivityRecordRow.__table__
        first, last = self.session.execute(
            select(func.min(table.c.period_start), func.max(table.c.period_end)).where(table.c.engagement_id == engagement_id)
        ).one()
        return (first, last) if first is not None else None

    def all_offsets(self) -> list[tuple[str, str, Offset]]:
        """Every offset in the store with its engagement's code and id."""
        query = select(EngagementRow.code, OffsetRow).join(EngagementRow, EngagementRow.id == OffsetRow.engagement_id)
        return [(code, row.engagement_id, _offset_from(row)) for code, row in self.session.execute(query)]


class FactorRepository:
    """Shipped factors (read-only, from resources) followed by the verifiers' own."""

    def __init__(self, session: Session):
        self.session = session

    def all(self) -> list[Factor]:
        own = self.session.scalars(select(FactorRow).order_by(FactorRow.kind, FactorRow.name_zh))
        return [*reference.shipped_factors(), *(_factor_from(r) for r in own)]

    def get(self, factor_id: str) -> Factor:
        shipped = next((f for f in reference.shipped_factors() if f.id == factor_id), None)
        if shipped is not None:
            return shipped
        row = self.session.get(FactorRow, factor_id)
        if row is None:
            raise NotFound(f"factor {factor_id}")
        return _factor_from(row)

    def add(self, factor: Factor) -> None:
        row = FactorRow(id=factor.id)
        _factor_fill(row, factor)
        self.session.add(row)

    def save(self, factor: Factor) -> None:
        _factor_fill(self.session.get(FactorRow, factor.id), factor)

    def gwp_table(self) -> GwpTable:
        return reference.gwp_table()


def _factor_from(row: FactorRow) -> Factor:
    return Factor(
        FactorKind(row.kind), Text(row.name_zh, row.name_en), row.value, row.unit, row.source, row.status,
        Priority(row.priority), row.year, row.group_name, False, row.version, row.id,
    )


def _factor_fill(row: FactorRow, factor: Factor) -> None:
    row.kind, row.name_zh, row.name_en = factor.kind.value, factor.name.zh, factor.name.en
    row.value, row.unit, row.source, row.status = factor.value, factor.unit, factor.source, factor.status
    row.priority, row.year, row.group_name, row.version = factor.priority.value, factor.year, factor.group, factor.version
