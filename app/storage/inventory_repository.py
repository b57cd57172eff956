"""Inventory and factor-library repositories: rows ↔ sources, records, production, offsets, factors.

Sources and records are read with one query per engagement (a group's 20,000
sources and 240,000 records), straight from the driver's cursor, not through
ORM objects.
"""

from __future__ import annotations

import json
from collections import namedtuple
from contextlib import contextmanager
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


_CATEGORIES, _METHODS, _GASES = ({m.value: m for m in kind} for kind in (Category, Method, Gas))


def _source_from(row) -> EmissionSource:
    """A source from its mapped row."""
    return _source(row, _uses_from(row.factors), _streams_from(row.streams))


def _source(row, uses: dict[str, FactorUse | None], streams: tuple[Stream, ...]) -> EmissionSource:
    """A source from a row's scalar columns, its factors and its streams as read from their JSON."""
    return EmissionSource(
        name=row.name, category=_CATEGORIES[row.category], method=_METHODS[row.method], gas=_GASES[row.gas],
        species=row.species, site_id=row.site_id, emission_unit=row.emission_unit, equipment=row.equipment,
        streams=streams, reported=row.reported, note=row.note, id=row.id, **uses,
    )


def _uses_from(factors: dict) -> dict[str, FactorUse | None]:
    return {slot: _use_from(factors.get(slot)) for slot in _SLOTS}


def _streams_from(streams: list) -> tuple[Stream, ...]:
    return tuple(Stream(s["name"], Direction(s["direction"]), _use_from(s.get("carbon")), s["id"]) for s in streams)


# A source's columns as read by position from the driver (its JSON columns still text).
_SourceRow = namedtuple("_SourceRow", (
    "name", "category", "method", "gas", "species", "site_id", "emission_unit", "equipment", "factors", "streams",
    "reported", "note", "id",
))


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
        if kind == "source":
            return self._sources(EmissionSourceRow.engagement_id == engagement_id)
        query = select(row_type).where(row_type.engagement_id == engagement_id).order_by(row_type.position)
        return [from_row(r) for r in self.session.scalars(query)]

    def sources_by_id(self, engagement_id: str, ids) -> dict[str, EmissionSource]:
        """The engagement's sources among ``ids``, by id (another engagement's source is left out)."""
        table = EmissionSourceRow.__table__
        wanted = set(ids)
        condition = table.c.engagement_id == engagement_id
        if len(wanted) <= 500:  # a batch naming more (an imported data request) reads them all: no long IN list
            condition = condition & table.c.id.in_(wanted)
        return {s.id: s for s in self._sources(condition) if s.id in wanted}

    def _sources(self, condition) -> list[EmissionSource]:
        """The sources matching ``condition`` in their order (20,000 at a group's scale).

        Read as the driver gives them, their JSON parsed once per distinct text: a group's sources share their
        library factors, and the frozen factor uses they make are shared as they are immutable."""
        table = EmissionSourceRow.__table__
        query = select(*(table.c[name] for name in _SourceRow._fields)).where(condition).order_by(table.c.position)
        uses: dict[str, dict[str, FactorUse | None]] = {}
        streams: dict[str, tuple[Stream, ...]] = {}
        sources = []
        with self._driver_rows(query) as rows:
            for values in rows:
                row = _SourceRow._make(values)
                used, kept = uses.get(row.factors), streams.get(row.streams)
                if used is None:
                    used = uses[row.factors] = _uses_from(json.loads(row.factors or "null") or {})
                if kept is None:
                    kept = streams[row.streams] = _streams_from(json.loads(row.streams or "null") or [])
                sources.append(_source(row, used, kept))
        return sources

    @contextmanager
    def _driver_rows(self, query):
        """The rows of ``query`` straight from the driver's cursor, as tuples of the values it stores (dates and JSON
        as their text), in this session's transaction."""
        compiled = query.compile(dialect=self.session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
        result = self.session.connection().exec_driver_sql(str(compiled), tuple(compiled.params[k] for k in compiled.positiontup))
        try:
            yield result.cursor
        finally:
            result.close()

    def records_of(self, source_id: str) -> list[ActivityRecord]:
        return self._records(ActivityRecordRow.source_id == source_id)

    def _records(self, condition) -> list[ActivityRecord]:
        """The records matching ``condition`` by period (start, end), then in the order they were stored.

        Read as the driver gives them, from its own cursor (SQLAlchemy's row objects took a third of the time at
        240,000 records): rows in storage order (free for a table scan; SQLite's own ORDER BY built a temporary
        B-tree that took half the time), the ISO dates parsed once per distinct day (a year of months repeats
        twelve), and gathered per distinct period, which ISO text orders as the dates. One ``list.sort`` of them all
        held the GIL for 0.1 s in a reading thread, a frozen window meanwhile; this loop lets it go as any other."""
        table = ActivityRecordRow.__table__
        query = select(*(table.c[name] for name in _RECORD_ORDER)).where(condition).order_by(literal_column("rowid"))
        days: dict[str, date] = {}
        periods: dict[tuple[str, str], list[ActivityRecord]] = {}
        with self._driver_rows(query) as rows:
            for s, start, end, q, unit, origin, opening, closing, stream, evidence, note, i in rows:
                first, last = days.get(start), days.get(end)
                if first is None:
                    first = days[start] = date.fromisoformat(start)
                if last is None:
                    last = days[end] = date.fromisoformat(end)
                record = ActivityRecord(s, first, last, q, unit, _ORIGINS[origin], opening, closing, stream, evidence, note, i)
                period = periods.get((start, end))
                if period is None:
                    periods[start, end] = [record]
                else:
                    period.append(record)
        records: list[ActivityRecord] = []
        for period in sorted(periods):
            records += periods[period]
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
