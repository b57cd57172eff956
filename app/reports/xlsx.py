"""Writing workbooks: shared styles, bilingual headers, and formulas that carry their cached value.

Every workbook Verifield writes (the calculation workbook, the client's data
request, and the sheets later issues add) goes through :class:`Book`, so that
they look alike: a title row, a note row, a frozen bilingual header row, input
cells in blue and formulas in black.

XlsxWriter is used rather than openpyxl because it stores a formula's cached
value next to the formula: viewers that do not recalculate still show the
figures, and a reader can compare them with what a spreadsheet program
computes.  Rows are streamed (``constant_memory``), so a sheet of 50,000
records never sits in memory as cells.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from app.atomic import Pending, named, refuse_special
from app.domain.engagement.engagement import DEMO_MARK
from app.domain.kernel.cancelling import Cancelled
from app.domain.kernel.text import Text, unwritable

TITLE_ROW, NOTE_ROW, HEADER_ROW = 0, 1, 2
FIRST_DATA_ROW = 3  # zero-based; the fourth row in a spreadsheet program
ENTRY_FILL = "#DDEBF7"  # the light blue of a cell the reader fills in ("蓝色底色")


@dataclass(frozen=True)
class Formula:
    """A formula (``=A1*B1``) with the value Verifield computed for it, stored as the cell's cached value."""

    text: str
    value: float | str | bool | None


@dataclass(frozen=True)
class Column:
    """A column: bilingual header, width in characters, and how its cells look.

    ``style`` is one of ``text``, ``number`` (inputs, full precision),
    ``tonnes`` (two decimals), ``factor``, ``percent`` (a figure already in %),
    ``date`` or ``integer``.  ``entry`` marks a column the user types into.
    """

    header: Text
    width: float = 14
    style: str = "text"
    entry: bool = False


_NUMBER_FORMATS = {
    "text": "@", "number": "#,##0.00########", "tonnes": "#,##0.00", "factor": "0.00########",
    "percent": "0.00", "date": "yyyy-mm-dd", "integer": "0",
}


def number_literal(value: float) -> str:
    """A float as a formula literal that reads back as the same double (``repr`` is the shortest such)."""
    return repr(float(value)).upper().replace("E+", "E")


def cell(row: int, col: int, absolute: bool = False) -> str:
    """A1-style reference of a zero-based row and column."""
    return xl_rowcol_to_cell(row, col, row_abs=absolute, col_abs=absolute)


def column_range(sheet: str, col: int, first: int, last: int) -> str:
    """``Sheet!$C$4:$C$99`` for zero-based rows ``first``..``last`` (an empty range still spans one row)."""
    letter = xl_col_to_name(col)
    return f"{sheet}!${letter}${first + 1}:${letter}${max(last, first) + 1}"


class _Worksheet(Worksheet):
    """A worksheet whose cell formulas are written as given.

    XlsxWriter runs some sixty regular expressions over every formula to
    prefix functions newer than Excel 2007 (``_xlfn.``); our formulas use only
    older ones (SUM, SUMIF(S), SUMPRODUCT, IF, AND, OR, N, ABS, COUNT(A),
    MAX, ISNUMBER), and skipping the pass makes a 50,000-record export about
    40 % faster.  Data-validation formulas still take XlsxWriter's path.
    """

    def _prepare_formula(self, formula, expand_future_functions=False):
        if expand_future_functions:
            return super()._prepare_formula(formula, expand_future_functions)
        return formula[1:] if formula.startswith("=") else formula


class _Nowhere:
    """Where a dropped workbook's half-made zip writes its last words when it is collected: nothing is kept, but the
    positions it reads back add up (written to a closed or full file, it printed a traceback at the end)."""

    def __init__(self):
        self.position = self.end = 0

    def write(self, data) -> int:
        self.position += len(data)
        self.end = max(self.end, self.position)
        return len(data)

    def tell(self) -> int:
        return self.position

    def seek(self, offset: int, whence: int = 0) -> int:
        self.position = offset if whence == 0 else self.position + offset if whence == 1 else self.end + offset
        return self.position

    def flush(self) -> None:
        pass


class _Destination:
    """The workbook's file under a temporary name in its folder, opened when the book is closed and XlsxWriter
    writes the zip, which thus streams to disk (assembled in memory it grew with every record).  After its first
    failure (the error goes to XlsxWriter) or a discard, the rest goes :class:`_Nowhere`."""

    def __init__(self, path: Path):
        self.path, self.pending, self.nowhere = path, None, None

    def open(self) -> None:
        """Make the temporary file (before the zip is written: the zip module swallows an error of its first use)."""
        refuse_special(self.path)
        self.pending = Pending(self.path.parent, self.path.name)

    def _do(self, what: str, *args):
        if self.nowhere is not None:
            return getattr(self.nowhere, what)(*args)
        try:
            return getattr(self.pending.file, what)(*args)
        except OSError:
            self.nowhere = _Nowhere()
            raise

    @property
    def name(self) -> str:
        return str(self.path)

    def write(self, data) -> int:
        return self._do("write", data)

    def tell(self) -> int:
        return self._do("tell")

    def seek(self, *where) -> int:
        return self._do("seek", *where)

    def flush(self) -> None:
        self._do("flush")

    def discard(self) -> None:
        self.nowhere = self.nowhere or _Nowhere()
        if self.pending is not None:
            self.pending.discard()


class Book:
    """One workbook being written: ``with Book(path) as book:`` — the file at ``path`` changes only when the block
    ends without an error and without being cancelled (a good file is never replaced by half of one)."""

    def __init__(self, path: Path | str, demo: bool = False, cancelled: Callable[[], bool] | None = None):
        """``demo``: the demo engagement's workbook, marked DEMO in every sheet's title and printed header;
        ``cancelled()``, asked every few hundred rows, stops the writing (raising Cancelled) and no file is written."""
        self.demo, self.cancelled = demo, cancelled
        self.path = Path(path)
        self._destination = _Destination(self.path)
        self.workbook = xlsxwriter.Workbook(
            self._destination, {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False}
        )
        add = self.workbook.add_format
        self.title = add({"bold": True, "font_size": 14})
        self.note = add({"italic": True, "font_color": "#555555"})
        self.header = add({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#E8EEF4", "bottom": 1})
        self.label = add({"bold": True, "valign": "top"})
        self.formats = {}
        for style, pattern in _NUMBER_FORMATS.items():
            self.formats[style, False] = add({"num_format": pattern, **({"text_wrap": True, "valign": "top"} if style == "text" else {})})
            self.formats[style, True] = add({"num_format": pattern, "font_color": "#1F4E9E", "bg_color": ENTRY_FILL})

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, kind, error, _trace) -> None:
        if kind is None:
            self._close()
            return
        self._destination.discard()  # a writer failed or was cancelled: what was made goes nowhere
        try:
            self.workbook.close()  # which releases its temporary files
        except Exception:  # noqa: BLE001 — the writer's own error is the one to report
            pass
        if isinstance(error, OSError):  # the sheets stream through temporary files, which a full disk refuses
            raise unwritable(named(error, self.path)) from None

    def sheet(self, name: str, title: Text, note: Text | str, columns: list[Column]) -> "Sheet":
        return Sheet(self, name, title, note, columns)

    def instructions(self, note: str, lines: Iterable[Text], facts: Iterable[str]) -> None:
        """An Instructions sheet: each line in Chinese, then English, then a few facts (client, period, when made)."""
        sheet = self.sheet("Instructions", Text("填写说明", "Instructions"), note, [Column(Text("", ""), 120)])
        for line in lines:
            sheet.row([line.zh])
            sheet.row([line.en])
        sheet.row([""])
        for fact in facts:
            sheet.row([fact])

    def lists(self, name: str, columns: list[list[str]]) -> list[str]:
        """A hidden sheet of drop-down values, one list per column; returns each list's range (``Lists!$A$1:$A$19``).

        Written row by row: in constant-memory mode a cell written above a row already done is silently
        dropped, which once left the second list (origins) empty.
        """
        ws = self.workbook.add_worksheet(name)
        for row in range(max(map(len, columns), default=0)):
            for col, values in enumerate(columns):
                if row < len(values):
                    ws.write_string(row, col, values[row])
        ws.hide()
        return [column_range(name, col, 0, len(values) - 1) for col, values in enumerate(columns)]

    def define_name(self, name: str, sheet: str, row: int, col: int) -> None:
        """A workbook-level name for one cell (``EF_S01`` → ``Factors!$D$4``)."""
        self.workbook.define_name(name, f"={sheet}!{cell(row, col, absolute=True)}")

    def _close(self) -> None:
        """Write the file whole or not at all; one that cannot be written (a full disk, open in Excel) is a DomainError."""
        try:
            self._destination.open()
            self.workbook.close()  # its sheets are streamed through temporary files, which a full disk refuses
            if self.cancelled is not None and self.cancelled():
                self._destination.discard()  # cancelled: nothing is written
                return
            self._destination.pending.commit(self.path)
            return
        except FileCreateError as error:
            failure = unwritable(named(error.args[0], self.path) if error.args and isinstance(error.args[0], OSError) else error)
        except OSError as error:
            failure = unwritable(named(error, self.path))
        self._destination.discard()
        # The half-made zip, no longer held by the error, goes now while the file it writes to is open:
        # left to the end of the process it fails to close and prints a traceback.
        gc.collect()
        raise failure


class Sheet:
    """A worksheet written row by row, top to bottom."""

    def __init__(self, book: Book, name: str, title: Text, note: Text | str, columns: list[Column]):
        self.book, self.name, self.columns = book, name, columns
        self.ws = book.workbook.add_worksheet(name, worksheet_class=_Worksheet)
        mark = f"  ·  {DEMO_MARK}" if book.demo else ""
        self.ws.write_string(TITLE_ROW, 0, f"{title.zh}  {title.en}{mark}", book.title)
        if book.demo:
            self.ws.set_header(f"&C{DEMO_MARK}")
        self.ws.write_string(NOTE_ROW, 0, note if isinstance(note, str) else f"{note.zh}  {note.en}", book.note)
        for col, column in enumerate(columns):
            self.ws.set_column(col, col, column.width)
            self.ws.write_string(HEADER_ROW, col, f"{column.header.zh}\n{column.header.en}", book.header)
        self.ws.set_row(HEADER_ROW, 32)
        self.ws.freeze_panes(FIRST_DATA_ROW, 0)
        # Printed: A4 landscape, one page wide, the header row repeated on every page.
        self.ws.set_landscape()
        self.ws.set_paper(9)
        self.ws.fit_to_pages(1, 0)
        self.ws.repeat_rows(HEADER_ROW)
        self.next_row = FIRST_DATA_ROW

    def row(self, values: Iterable[Any]) -> int:
        """Write the next row; returns its zero-based index.  An entry column left blank is still shaded."""
        row = self.next_row
        if row % 256 == 0 and self.book.cancelled is not None and self.book.cancelled():
            raise Cancelled
        for col, value in enumerate(values):
            column = self.columns[col] if col < len(self.columns) else Column(Text("", ""))
            if value is not None and value != "":
                self.write(row, col, value, column.style, column.entry)
            elif column.entry:
                self.ws.write_blank(row, col, None, self.book.formats[column.style, True])
        self.next_row += 1
        return row

    def blank_rows(self, count: int) -> None:
        """``count`` empty rows below the last, their entry columns shaded, for rows the reader adds."""
        for _ in range(count):
            self.row([None] * len(self.columns))

    def drop_down(self, col: int, last: int, source: str, title: Text, message: Text) -> None:
        """A drop-down over column ``col`` from the first data row to ``last``, its values in ``source``
        (a range from :meth:`Book.lists`); another value is warned about, not refused."""
        self.ws.data_validation(FIRST_DATA_ROW, col, last, col, {
            "validate": "list", "source": f"={source}", "error_type": "warning",
            "error_title": f"{title.zh} {title.en}", "error_message": f"{message.zh}{message.en}",
        })

    def write(self, row: int, col: int, value: Any, style: str = "text", entry: bool = False) -> None:
        fmt = self.book.formats[style, entry]
        if isinstance(value, Formula):
            self.ws.write_formula(row, col, value.text, fmt, "" if value.value is None else value.value)
        elif isinstance(value, bool):
            self.ws.write_boolean(row, col, value, fmt)
        elif isinstance(value, (int, float)):
            self.ws.write_number(row, col, value, fmt)
        elif isinstance(value, (date, datetime)):
            self.ws.write_datetime(row, col, value, self.book.formats["date", entry])
        elif isinstance(value, Text):
            self.ws.write_string(row, col, value.both(), fmt)
        else:
            self.ws.write_string(row, col, str(value), fmt)

    def labelled(self, label: Text, value: Any, style: str = "text") -> int:
        """A "label | value" row, as on a cover sheet."""
        row = self.next_row
        self.ws.write_string(row, 0, f"{label.zh}  {label.en}", self.book.label)
        if value is not None and value != "":
            self.write(row, 1, value, style)
        self.next_row += 1
        return row

    def figure(self, label: Text, col: int, value: Any, style: str = "tonnes") -> str:
        """A labelled figure in column ``col`` of the next row; returns the figure's A1 reference."""
        row = self.next_row
        self.labelled(label, None)
        self.write(row, col, value, style)
        return cell(row, col)

    def autofilter(self) -> None:
        self.ws.autofilter(HEADER_ROW, 0, max(self.next_row - 1, HEADER_ROW), len(self.columns) - 1)
