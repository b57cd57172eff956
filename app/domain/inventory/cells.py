"""Reading spreadsheet cells the client filled in: values as text, numbers and dates, and problems by cell.

The domain sees cells as plain Python values (str, int, float, bool, date,
datetime, None).  Every importer reports each bad cell as ``Sheet!Cell: reason``
in both languages and refuses the whole file when there is any.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Iterable, Iterator

from app.domain.inventory.activity_table import parse_date, parse_number
from app.domain.kernel.text import DomainError, Text

MAX_REPORTED = 50
HEADER_SEARCH_ROWS = 10
MAX_NUMBER = 1e15  # no cell a client fills holds more; the importers set tighter, physical limits


@dataclass(frozen=True)
class CellFault:
    """A cell whose value cannot be taken as it stands: a formula never computed, or an error value.

    ``shown`` is what the cell holds (``=SUM(H4:H9)``, ``#DIV/0!``), ``reason`` why it cannot be read.
    """

    shown: str
    reason: Text


def uncomputed(formula: str) -> CellFault:
    """A formula saved without its result (written by a program that does not calculate)."""
    return CellFault(formula, Text(f"公式 {formula} 没有计算结果（请在 Excel 或 LibreOffice 中打开、保存后再发回）",
                                   f"the formula {formula} has no computed value (open the file in Excel or LibreOffice, "
                                   "save it and send it again)"))


def error_value(code: str) -> CellFault:
    """A cell showing an error such as ``#DIV/0!`` or ``#N/A``."""
    return CellFault(code, Text(f"单元格为错误值 {code}", f"the cell shows the error {code}"))


@dataclass(frozen=True)
class SheetColumn:
    """A column of a workbook Verifield sends out and reads back: its key, bilingual header, and whether it is
    hidden (ids) or for the client to fill in."""

    key: str
    label: Text
    hidden: bool = False
    entry: bool = False
    width: float = 12


def data_rows(
    rows: Iterable[tuple], find_header: Callable[[list[tuple]], tuple[int, dict[str, int]]]
) -> tuple[dict[str, int], Iterator[tuple[int, tuple]]]:
    """The header's columns (found by ``find_header`` among the first rows), and the rows below it numbered as
    a spreadsheet numbers them."""
    rows = iter(rows)
    head: list[tuple] = []
    for row in rows:
        head.append(tuple(row))
        if len(head) == HEADER_SEARCH_ROWS:
            break
    index, columns = find_header(head)

    def numbered() -> Iterator[tuple[int, tuple]]:
        yield from ((number, row) for number, row in enumerate(head, start=1) if number > index + 1)
        yield from ((number, tuple(row)) for number, row in enumerate(rows, start=len(head) + 1))

    return columns, numbered()


class RowReader:
    """Reads a row's cells by column key and reports a bad one by its cell (``H7``), or its row when the
    column is missing (``7:7``)."""

    def __init__(self, columns: dict[str, int], problems: "CellProblems"):
        self.columns, self.problems = columns, problems

    def ref(self, key: str, row: int) -> str:
        return f"{column_letter(self.columns[key])}{row}" if key in self.columns else f"{row}:{row}"

    def value(self, cells: tuple, key: str) -> Any:
        position = self.columns.get(key)
        return cells[position] if position is not None and position < len(cells) else None

    def text(self, cells: tuple, key: str) -> str:
        return as_text(self.value(cells, key))

    def faulty(self, row: int, cells: tuple) -> bool:
        """Report every known column's cell that cannot be read (:class:`CellFault`); True if there was one."""
        faults = [(key, v) for key in self.columns if isinstance(v := self.value(cells, key), CellFault)]
        for key, fault in faults:
            self.bad(key, row, fault.reason.zh, fault.reason.en)
        return bool(faults)

    def bad(self, key: str, row: int, zh: str, en: str) -> None:
        self.problems.add(self.ref(key, row), zh, en)


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a zero-based index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_columns(row: tuple, by_label: dict[str, str]) -> dict[str, int]:
    """Which known column each header cell names: ``by_label`` maps a casefolded label to its key.

    A bilingual header ("数量\nQuantity") matches on either line; the first cell naming a key wins.
    """
    columns: dict[str, int] = {}
    for position, value in enumerate(row):
        if isinstance(value, str):
            for line in value.splitlines():
                key = by_label.get(line.strip().casefold())
                if key and key not in columns:
                    columns[key] = position
    return columns


def find_header(
    sheet: str, head: list[tuple], by_label: dict[str, str], is_header: Callable[[dict[str, int]], bool],
    missing: Callable[[dict[str, int]], list[Text]], example: Text,
) -> tuple[int, dict[str, int]]:
    """The header row's index among the first rows and each known column's position.

    The first row ``is_header`` accepts is the header; any column ``missing``
    names refuses the sheet, as does a sheet with no header (``example`` lists
    a few column names to look for).
    """
    for index, row in enumerate(head[:HEADER_SEARCH_ROWS]):
        columns = header_columns(row, by_label)
        if is_header(columns):
            names = missing(columns)
            if names:
                raise DomainError(
                    Text(f"{sheet}：缺少列 {'、'.join(n.zh for n in names)}。", f"{sheet}: the column(s) {', '.join(n.en for n in names)} are missing."),
                    "file",
                )
            return index, columns
    raise DomainError(
        Text(f"{sheet}：前 {HEADER_SEARCH_ROWS} 行中找不到表头（{example.zh}……）。",
             f"{sheet}: no header row ({example.en}, …) in the first {HEADER_SEARCH_ROWS} rows."),
        "file",
    )


class CellProblems:
    """Collects ``Sheet!Cell: reason`` messages."""

    def __init__(self, sheet: str):
        self.sheet, self.items = sheet, []

    def add(self, ref: str, zh: str, en: str) -> None:
        self.items.append(Text(f"{self.sheet}!{ref}：{zh}", f"{self.sheet}!{ref}: {en}"))

    def raise_if_any(self) -> None:
        if self.items:
            shown = self.items[:MAX_REPORTED]
            more = len(self.items) - len(shown)
            tail = [Text(f"……另有 {more} 处错误。", f"… and {more} more.")] if more else []
            raise DomainError(Text("\n".join(p.zh for p in shown + tail), "\n".join(p.en for p in shown + tail)), "file")


def cell_number(value: Any) -> float | None | Text:
    """A cell as a non-negative finite number, None when blank, or the reason it is not one."""
    if isinstance(value, CellFault):
        return value.reason
    if is_blank(value):
        return None
    if isinstance(value, (bool, date)) or not isinstance(value, (int, float, str)):
        return _not_a_number(value)
    try:
        number = parse_number(value) if isinstance(value, str) else float(value)
    except OverflowError:
        number = math.inf
    except ValueError as error:
        return _not_a_number(value, error)
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        return Text(f"数值 {as_text(value)} 过大（上限 {MAX_NUMBER:g}）", f"{as_text(value)} is too large (the limit is {MAX_NUMBER:g})")
    if number < 0:
        return Text(f"不能为负数（{number:g}）", f"must not be negative ({number:g})")
    return number


def _not_a_number(value: Any, error: Exception | None = None) -> Text:
    hint = getattr(error, "hint", None)
    return Text(f"“{as_text(value)}”不是数字" + (f"（{hint.zh}）" if hint else ""),
                f"“{as_text(value)}” is not a number" + (f" ({hint.en})" if hint else ""))


def cell_date(value: Any) -> date | None | Text:
    """A cell as a date (a date cell or text such as 2025-01-31), None when blank, or the reason it is not one."""
    if isinstance(value, CellFault):
        return value.reason
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if is_blank(value):
        return None
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError:
            pass
    return Text(f"“{as_text(value)}”不是日期（应如 2025-01-31）", f"“{as_text(value)}” is not a date (e.g. 2025-01-31)")


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, CellFault):
        return value.shown
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()
