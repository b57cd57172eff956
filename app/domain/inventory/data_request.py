"""The client's data request: which rows to ask for, and reading the filled-in rows back as a plan of changes.

The request lists, for every source (and every stream of a mass balance), the
records already held — pre-filled, with their ids — and one blank row for each
month of the reporting period that no record covers.  Reading it back is all
or nothing: every bad cell is reported as ``Sheet!Cell: reason`` (not a number,
negative, unknown unit, unknown source, duplicate period, date outside the
reporting period) and no plan is returned until every row is good.  A row left
blank is a month the client had nothing to report and is skipped.

The domain sees cells as plain Python values (str, int, float, bool, date,
datetime, None); reading the file itself is the reports layer's job.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from app.domain.inventory import cells, units
from app.domain.inventory.activity_table import origin_from_text
from app.domain.inventory.cells import CellProblems, RowReader, SheetColumn, cell_date, cell_number, data_rows, is_blank
from app.domain.inventory.snapshot import Inventory
from app.domain.inventory.sources import ActivityRecord, EmissionSource, Method, Origin
from app.domain.kernel.text import DomainError, Text

COLUMNS = (
    SheetColumn("record_id", Text("记录编号（勿改）", "Record id (do not edit)"), hidden=True),
    SheetColumn("source_id", Text("排放源编号（勿改）", "Source id (do not edit)"), hidden=True),
    SheetColumn("stream_id", Text("物料编号（勿改）", "Stream id (do not edit)"), hidden=True),
    SheetColumn("source", Text("排放源", "Source")),
    SheetColumn("stream", Text("物料", "Stream")),
    SheetColumn("period_start", Text("开始日期", "Start")),
    SheetColumn("period_end", Text("结束日期", "End")),
    SheetColumn("quantity", Text("数量", "Quantity"), entry=True),
    SheetColumn("unit", Text("单位", "Unit"), entry=True),
    SheetColumn("origin", Text("数据来源", "Origin"), entry=True),
    SheetColumn("opening_stock", Text("期初库存", "Opening stock"), entry=True),
    SheetColumn("closing_stock", Text("期末库存", "Closing stock"), entry=True),
    SheetColumn("evidence", Text("凭证", "Evidence"), entry=True),
    SheetColumn("note", Text("备注", "Note"), entry=True),
)
_BY_LABEL = {name.casefold(): c.key for c in COLUMNS for name in (c.label.zh, c.label.en)}
REQUIRED = ("source", "period_start", "period_end", "quantity", "unit")
_INPUTS = ("quantity", "opening_stock", "closing_stock", "evidence", "note")
# The most of each kind of quantity one record can hold, in the dimension's base unit: some ten times what
# the largest plants handle in a year (a 5 GW coal plant burns about 15 Mt of coal and makes 30 TWh).
PLAUSIBLE = {"mass": (1e9, "t"), "gas": (1e12, "Nm3"), "volume": (1e10, "m3"), "energy": (1e11, "GJ")}
_VALUE_FIELDS = ("period_start", "period_end", "quantity", "unit", "origin", "opening_stock", "closing_stock", "evidence", "note")


@dataclass(frozen=True)
class RequestRow:
    """One row of the request: where it belongs, and the record it pre-fills (None for a blank month)."""

    source: EmissionSource
    stream_id: str
    stream_name: str
    period_start: date
    period_end: date
    record: ActivityRecord | None
    unit: str


def request_rows(inventory: Inventory) -> list[RequestRow]:
    """Existing records, then a blank row per month of the period not yet covered, per source and stream."""
    e = inventory.engagement
    months = _months(e.period_start, e.period_end)
    by_key: dict[tuple[str, str], list[ActivityRecord]] = {}
    for record in inventory.records:
        by_key.setdefault((record.source_id, record.stream_id), []).append(record)
    rows = []
    for source in inventory.sources:
        streams = [(s.id, s.name) for s in source.streams] if source.method is Method.MASS_BALANCE else [("", "")]
        for stream_id, stream_name in streams:
            held = sorted(by_key.get((source.id, stream_id), []), key=lambda r: (r.period_start, r.period_end))
            unit = _default_unit(source, stream_id)
            rows += [RequestRow(source, stream_id, stream_name, r.period_start, r.period_end, r, r.unit) for r in held]
            for start, end in months:
                if not any(r.period_start <= end and start <= r.period_end for r in held):
                    rows.append(RequestRow(source, stream_id, stream_name, start, end, None, unit))
    return rows


def _months(start: date | None, end: date | None) -> list[tuple[date, date]]:
    if start is None or end is None:
        return []
    out, year, month = [], start.year, start.month
    while date(year, month, 1) <= end:
        first = max(date(year, month, 1), start)
        last = min(date(year, month, calendar.monthrange(year, month)[1]), end)
        out.append((first, last))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _default_unit(source: EmissionSource, stream_id: str) -> str:
    try:
        return source.activity_unit(stream_id) or ""
    except DomainError:
        return ""


# --- reading it back -----------------------------------------------------------------------
@dataclass(frozen=True)
class ImportPlan:
    """What an import would change: new records, and changed ones as (before, after)."""

    added: list[ActivityRecord]
    changed: list[tuple[ActivityRecord, ActivityRecord]]
    unchanged: int

    @property
    def changed_values(self) -> int:
        return sum(getattr(old, f) != getattr(new, f) for old, new in self.changed for f in _VALUE_FIELDS)

    @property
    def records(self) -> list[ActivityRecord]:
        """Every record to store (new and changed)."""
        return self.added + [new for _old, new in self.changed]

    def summary(self) -> Text:
        n, m = len(self.added), self.changed_values
        return Text(
            f"{n} 条新记录，{m} 个数值有变化，{self.unchanged} 条未变。",
            f"{n} new record{'s' * (n != 1)}, {m} changed value{'s' * (m != 1)}, {self.unchanged} unchanged.",
        )





def find_header(sheet: str, rows: list[tuple]) -> tuple[int, dict[str, int]]:
    """The header row's index among ``rows`` and each known column's position."""
    return cells.find_header(
        sheet, rows, _BY_LABEL, lambda columns: "quantity" in columns and len(columns) >= 3,
        lambda columns: [
            c.label for c in COLUMNS
            if c.key in REQUIRED and c.key not in columns and not (c.key == "source" and "source_id" in columns)
        ],
        Text("数量、单位、开始日期", "Quantity, Unit, Start"),
    )


def plan_import(inventory: Inventory, sheet: str, rows: Iterable[tuple]) -> ImportPlan:
    """Read the filled-in request's rows (as cell values, top to bottom) into a plan; all rows good or a DomainError."""
    columns, numbered = data_rows(rows, lambda head: find_header(sheet, head))
    reader = _RowReader(inventory, columns, CellProblems(sheet))
    for number, row in numbered:
        reader.read(number, row)
    return reader.plan()


class _RowReader(RowReader):
    """Turns rows into records, checking each cell and the periods across rows."""

    def __init__(self, inventory: Inventory, columns: dict[str, int], problems: CellProblems):
        super().__init__(columns, problems)
        self.inventory = inventory
        e = inventory.engagement
        self.period = (e.period_start, e.period_end)
        self.sources = {s.id: s for s in inventory.sources}
        self.by_name = {s.name.strip().casefold(): s for s in inventory.sources}
        self.existing = {r.id: r for r in inventory.records}
        self.held: dict[tuple[str, str], list[ActivityRecord]] = {}
        for record in inventory.records:
            self.held.setdefault((record.source_id, record.stream_id), []).append(record)
        self.seen: dict[tuple, int] = {}
        self.kept: list[tuple[int, ActivityRecord, ActivityRecord | None]] = []

    def read(self, row: int, cells: tuple) -> None:
        record_id = self.text(cells, "record_id")
        if not record_id and all(is_blank(self.value(cells, k)) for k in _INPUTS):
            return
        if self.faulty(row, cells):
            return
        count = len(self.problems.items)
        source = self._source(row, cells)
        stream_id = self._stream(row, cells, source) if source else ""
        start, end = self._date(row, cells, "period_start"), self._date(row, cells, "period_end")
        numbers = {k: self._number(row, cells, k) for k in ("quantity", "opening_stock", "closing_stock")}
        if is_blank(self.value(cells, "quantity")):
            self.bad("quantity", row, "缺少数量", "the quantity is missing")
        unit = self._unit(row, cells, source, stream_id)
        origin = self._origin(row, cells)
        if unit:
            for key, number in numbers.items():
                self._plausible(row, key, number, unit)
        old = self._existing(row, record_id, source, stream_id, start, end)
        if len(self.problems.items) > count:
            return
        record = ActivityRecord(
            source.id, start, end, numbers["quantity"], unit, origin if origin is not None else (old.origin if old else Origin.INVOICE),
            numbers["opening_stock"], numbers["closing_stock"], stream_id, self.text(cells, "evidence"), self.text(cells, "note"),
            **({"id": old.id} if old else {}),
        )
        try:
            record = record.validated(source, self.period)
        except DomainError as error:
            key = "stream" if error.field == "stream_id" else error.field or "quantity"
            self.bad(key, row, error.message.zh, error.message.en)
            return
        self._keep(row, record, old)

    def _source(self, row: int, cells: tuple) -> EmissionSource | None:
        source_id, name = self.text(cells, "source_id"), self.text(cells, "source")
        source = self.sources.get(source_id) if source_id else self.by_name.get(name.casefold())
        if source is None:
            shown = name or source_id
            self.bad("source" if "source" in self.columns else "source_id", row, f"未知的排放源“{shown}”", f"unknown source “{shown}”")
        return source

    def _stream(self, row: int, cells: tuple, source: EmissionSource) -> str:
        if source.method is not Method.MASS_BALANCE:
            return ""
        stream_id, name = self.text(cells, "stream_id"), self.text(cells, "stream")
        stream = next((s for s in source.streams if (stream_id and s.id == stream_id) or (not stream_id and s.name == name)), None)
        if stream is None:
            self.bad("stream", row, f"排放源“{source.name}”没有物料“{name}”",
                     f"the source “{source.name}” has no stream “{name}”")
            return ""
        return stream.id

    def _date(self, row: int, cells: tuple, key: str) -> date | None:
        day = cell_date(self.value(cells, key))
        if day is None:
            self.bad(key, row, "缺少日期", "the date is missing")
        elif isinstance(day, Text):
            self.bad(key, row, day.zh, day.en)
            return None
        return day

    def _number(self, row: int, cells: tuple, key: str) -> float | None:
        number = cell_number(self.value(cells, key))
        if isinstance(number, Text):
            self.bad(key, row, number.zh, number.en)
            return None
        return number

    def _plausible(self, row: int, key: str, number: float | None, unit: str) -> None:
        """Refuse a figure no plant handles in a reporting period (9e14 kt of coal), naming the limit."""
        measure = units.unit(unit)
        limit = PLAUSIBLE.get(measure.dimension)
        if number is None or limit is None or number * measure.to_base <= limit[0]:
            return
        most = limit[0] / measure.to_base
        self.bad(key, row, f"{number:g} {unit} 超出任何工厂一个期间的用量（上限 {most:,.10g} {unit}，即 {limit[0]:,.0f} {limit[1]}）",
                 f"{number:g} {unit} is more than any plant handles in a period (the limit is {most:,.10g} {unit}, "
                 f"{limit[0]:,.0f} {limit[1]})")

    def _unit(self, row: int, cells: tuple, source: EmissionSource | None, stream_id: str) -> str:
        text = self.text(cells, "unit") or (_default_unit(source, stream_id) if source else "")
        if not text:
            self.bad("unit", row, "缺少单位", "the unit is missing")
            return ""
        try:
            return units.unit(text).symbol
        except DomainError:
            self.bad("unit", row, f"未知的单位“{text}”", f"unknown unit “{text}”")
            return ""

    def _origin(self, row: int, cells: tuple) -> Origin | None:
        text = self.text(cells, "origin")
        if not text:
            return None
        origin = origin_from_text(text) or origin_from_text(text.split(" / ")[-1])
        if origin is None:
            self.bad("origin", row, f"未知的数据来源“{text}”", f"unknown origin “{text}”")
        return origin

    def _existing(self, row: int, record_id: str, source, stream_id: str, start, end) -> ActivityRecord | None:
        """The held record a row changes: by its id, or else the one record of that source, stream and period."""
        if record_id:
            old = self.existing.get(record_id)
            if old is None or (source is not None and old.source_id != source.id):
                self.bad("record_id", row, "该记录已不在 Verifield 中（发出数据请求后被删除或移动）",
                         "this record is no longer in Verifield (removed or moved since the request was sent)")
            return old
        if source is None or start is None or end is None:
            return None
        same = [r for r in self.held.get((source.id, stream_id), []) if (r.period_start, r.period_end) == (start, end)]
        if len(same) > 1:
            self.bad("period_start", row, "Verifield 中该期间有多条记录，请使用数据请求中预填的行",
                     "Verifield holds several records for this period; use the request's pre-filled rows for them")
        return same[0] if len(same) == 1 else None

    def _keep(self, row: int, record: ActivityRecord, old: ActivityRecord | None) -> None:
        """Refuse a second row for the same record; periods are checked across all rows in :meth:`plan`."""
        if old is not None:
            if ("record", old.id) in self.seen:
                self.bad("period_start", row, f"与第 {self.seen['record', old.id]} 行是同一条记录", f"row {self.seen['record', old.id]} is the same record")
                return
            self.seen["record", old.id] = row
            record = _without_noise(old, record)
        self.kept.append((row, record, old))

    def _check_periods(self) -> None:
        """A new or re-dated record may not land on a period another row or an unmoved held record has."""
        moved = {old.id for _row, record, old in self.kept if old is not None and _period(old) != _period(record)}
        claims: dict[tuple, list[tuple[int, str]]] = {}
        for row, record, old in self.kept:
            if old is None or old.id in moved:
                claims.setdefault((record.source_id, record.stream_id, *_period(record)), []).append((row, record.id))
        for key, rows in claims.items():
            first = rows[0][0]
            for row, _id in rows[1:]:
                self.bad("period_start", row, f"与第 {first} 行期间重复", f"duplicate period: row {first} has the same source and period")
            ids = {record_id for _row, record_id in rows}
            if any(r.id not in moved and r.id not in ids and _period(r) == key[2:] for r in self.held.get(key[:2], [])):
                self.bad("period_start", first, "Verifield 中已有该期间的另一条记录", "Verifield already holds another record for this period")

    def plan(self) -> ImportPlan:
        """The changes, once every row is read; a DomainError if any cell or period is bad."""
        self._check_periods()
        self.problems.raise_if_any()
        added, changed, unchanged = [], [], 0
        for _row, record, old in self.kept:
            if old is None:
                added.append(record)
            elif old == record:
                unchanged += 1
            else:
                changed.append((old, record))
        return ImportPlan(added, changed, unchanged)


def _period(record: ActivityRecord) -> tuple[date, date]:
    return record.period_start, record.period_end


def _without_noise(old: ActivityRecord, new: ActivityRecord) -> ActivityRecord:
    """``new`` with the held figures kept where the workbook gave them back within 1e-15 (its 16-digit rounding)."""
    same = {
        name: getattr(old, name) for name in ("quantity", "opening_stock", "closing_stock")
        if getattr(old, name) is not None and getattr(new, name) is not None
        and math.isclose(getattr(old, name), getattr(new, name), rel_tol=1e-15)
    }
    return replace(new, **same)
