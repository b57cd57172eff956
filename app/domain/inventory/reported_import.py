"""The client's own reported figures, read from their calculation workbook through a column mapping.

Client workbooks have no fixed shape, so the verifier says where the figures
are: the sheet, the header row, the column naming the source and the column
holding its emission (in t, kg or kt CO2e).  A row whose name matches a source
(ignoring case and surrounding spaces) sets that source's reported figure; rows
naming nothing Verifield knows (sub-totals, notes) are listed as ignored; a bad
number or a source named twice refuses the whole import, cell by cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from app.domain.inventory import units
from app.domain.inventory.cells import CellFault, CellProblems, as_text, cell_number, column_letter
from app.domain.inventory.sources import EmissionSource
from app.domain.kernel.text import DomainError, Text

UNITS = ("t", "kg", "kt")
# No single source emits more in a year: the largest plants emit some tens of millions of tonnes.
MAX_REPORTED_T = 1e9


@dataclass(frozen=True)
class ColumnMapping:
    """Where a client's workbook keeps its figures (header row 1-based, columns as letters)."""

    sheet: str
    header_row: int = 1
    name_column: str = "A"
    value_column: str = "B"
    unit: str = "t"

    def validated(self) -> "ColumnMapping":
        for name in ("name_column", "value_column"):
            letters = getattr(self, name).strip().upper()
            if not letters.isalpha() or not letters.isascii() or len(letters) > 3:
                raise DomainError(Text(f"列应写成字母（如 C），不是“{letters}”。", f"Give the column as letters (e.g. C), not “{letters}”."), name)
        if self.header_row < 1:
            raise DomainError(Text("表头行号应从 1 开始。", "The header row number starts at 1."), "header_row")
        if self.unit not in UNITS:
            raise DomainError(Text(f"单位应为 {'、'.join(UNITS)} CO₂e。", f"The unit must be {', '.join(UNITS)} CO₂e."), "unit")
        return ColumnMapping(self.sheet, self.header_row, self.name_column.strip().upper(), self.value_column.strip().upper(), self.unit)


def column_index(letters: str) -> int:
    """Zero-based index of spreadsheet column letters (A → 0, AA → 26)."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1


@dataclass(frozen=True)
class ReportedPlan:
    """New reported figures per source (tCO2e), with the old ones, and the rows that matched no source."""

    figures: dict[str, float]
    before: dict[str, float | None]
    ignored: list[Text]

    def summary(self) -> Text:
        changed = sum(self.before[k] != v for k, v in self.figures.items())
        n, ignored = len(self.figures), len(self.ignored)
        return Text(
            f"{n} 个排放源有报告值，其中 {changed} 个有变化；忽略 {ignored} 行。",
            f"{n} source{'s' * (n != 1)} {'have' if n != 1 else 'has'} a reported figure, {changed} changed; "
            f"{ignored} row{'s' * (ignored != 1)} ignored.",
        )


def plan_reported(sources: list[EmissionSource], mapping: ColumnMapping, rows: list[tuple]) -> ReportedPlan:
    """Read the mapped columns below the header row; all good or a DomainError naming each bad cell."""
    mapping = mapping.validated()
    by_name = {s.name.strip().casefold(): s for s in sources}
    name_at, value_at = column_index(mapping.name_column), column_index(mapping.value_column)
    scale = units.factor(mapping.unit, "t")
    problems = CellProblems(mapping.sheet)
    figures: dict[str, float] = {}
    seen: dict[str, int] = {}
    ignored: list[Text] = []
    for number, cells in enumerate(rows[mapping.header_row:], start=mapping.header_row + 1):
        raw = _cell(cells, name_at)
        if isinstance(raw, CellFault):
            problems.add(f"{mapping.name_column}{number}", raw.reason.zh, raw.reason.en)
            continue
        name = as_text(raw)
        if not name:
            continue
        source = by_name.get(name.casefold())
        ref = f"{column_letter(value_at)}{number}"
        if source is None:
            ignored.append(Text(f"第 {number} 行“{name}”不是排放源", f"row {number} “{name}” is not a source"))
            continue
        if source.id in seen:
            problems.add(f"{mapping.name_column}{number}", f"排放源“{name}”已在第 {seen[source.id]} 行出现", f"the source “{name}” is already on row {seen[source.id]}")
            continue
        seen[source.id] = number
        value = cell_number(_cell(cells, value_at))
        if isinstance(value, Text):
            problems.add(ref, value.zh, value.en)
        elif value is None:
            ignored.append(Text(f"第 {number} 行“{name}”没有数值", f"row {number} “{name}” has no figure"))
        elif not math.isfinite(value * scale) or value * scale > MAX_REPORTED_T:
            problems.add(ref, f"{value:g} {mapping.unit}CO₂e 超出任何排放源一年的排放量（上限 {MAX_REPORTED_T:,.0f} tCO₂e）",
                         f"{value:g} {mapping.unit}CO₂e is more than any source emits in a year (the limit is {MAX_REPORTED_T:,.0f} tCO₂e)")
        else:
            figures[source.id] = value * scale
    problems.raise_if_any()
    if not figures:
        raise DomainError(
            Text(f"{mapping.sheet}：所选列中没有与排放源名称匹配的数值。", f"{mapping.sheet}: no figures found for any source in the chosen columns."), "file"
        )
    before = {s.id: s.reported for s in sources if s.id in figures}
    return ReportedPlan(figures, before, ignored)


def _cell(cells: tuple, index: int) -> Any:
    return cells[index] if index < len(cells) else None
