"""Reading a workbook's cells as plain values, with a clear bilingual refusal for any file that is not one.

Importers (the data request, the findings reply, the client's reported
figures) take the rows this module gives and decide what they mean; nothing
here knows about sources or periods.  A damaged or hostile file is refused as
a :class:`DomainError`, never a traceback:

* the zip is checked before anything is inflated: a file that is no zip, an
  encrypted member, a compression method xlsx never uses, or more than
  :data:`MAX_UNPACKED` bytes declared (a zip bomb; a member never inflates
  past its declared size, so the declaration is the bound);
* any error while openpyxl reads the structure, the styles or a sheet
  (a corrupted deflate stream, malformed XML, a bad style index, …) is
  "the file is damaged", naming the part;
* the named sheet must exist (no silent fallback to another one);
* a sheet is read to its last row and column, whatever its ``<dimension>``
  claims (openpyxl's read-only sheets stop there), and rows out of order or a
  cell given twice are refused rather than dropped;
* a formula with no computed value, or an error value (``#DIV/0!``), comes
  back as a :class:`~app.domain.inventory.cells.CellFault` for the importer to name; a
  number in a date-formatted cell that is no date comes back as the number.
"""

from __future__ import annotations

import stat
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

from app.domain.inventory.cells import error_value, uncomputed
from app.domain.kernel.text import DomainError, Text

MAX_UNPACKED = 256 * 2**20  # bytes; a 50,000-row data request unpacks to some 40 MB
MAX_MEMBERS = 10_000
MAX_ROWS, MAX_COLUMNS = 1_048_576, 16_384  # what Excel and LibreOffice can hold
# Cells held while reading (each row up to its last cell): a 240,000-row data request holds some 4 million; a few
# cells far to the right on every row would otherwise make a tiny file fill the memory.
MAX_CELLS = 20_000_000
# What openpyxl, lxml, zipfile and zlib raise on a damaged file (RuntimeError: an encrypted member and
# RecursionError; SyntaxError: lxml's XMLSyntaxError and ElementTree's ParseError; LookupError: a style or
# shared-string index out of range).
_DAMAGE = (
    zipfile.BadZipFile, zlib.error, struct.error, EOFError, OSError, RuntimeError, LookupError, ValueError,
    TypeError, AttributeError, SyntaxError, InvalidFileException, OverflowError,
)
_UNSET = object()
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")  # a Compound File: .xls, or an encrypted xlsx


class _Damaged(Exception):
    """A sheet whose structure is wrong in a way worth naming (rows out of order, a cell given twice)."""

    def __init__(self, reason: Text):
        super().__init__(reason.en)
        self.reason = reason


def _refused(path: Path, zh: str, en: str) -> DomainError:
    return DomainError(Text(f"{path.name} {zh}", f"{path.name} {en}"), "file")


def _damaged(path: Path, part: Text, reason: Text | None = None) -> DomainError:
    why = Text(f"（{reason.zh}）", f" ({reason.en})") if reason else Text("", "")
    return _refused(
        path, f"已损坏：无法读取{part.zh}{why.zh}。请在 Excel 或 LibreOffice 中打开、另存后再导入。",
        f"is damaged: {part.en} cannot be read{why.en}. Open it in Excel or LibreOffice, save it again and import that copy.",
    )


def _check_archive(path: Path) -> None:
    """Refuse what is no zip, or a zip no spreadsheet program writes, before anything is inflated."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise DomainError(Text(f"找不到文件 {path}。", f"The file {path} does not exist."), "file") from None
    except OSError as error:
        raise _refused(path, f"无法打开（{error.strerror}）。", f"cannot be opened ({error.strerror}).") from None
    if not stat.S_ISREG(mode):
        raise _refused(path, "不是普通文件。", "is not a regular file.")
    with open(path, "rb") as handle:
        if handle.read(len(_OLE)) == _OLE:  # Excel saves a workbook with a password to open in this container
            raise _refused(path, "设有打开密码，或是旧的 .xls 工作簿。请取消密码、另存为 xlsx 后再导入。",
                           "has a password to open, or is an old .xls workbook. Save it as xlsx without a password and import that copy.")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except PermissionError as error:
        raise _refused(path, f"无法打开（{error.strerror}）。", f"cannot be opened ({error.strerror}).") from None
    except _DAMAGE:
        raise _refused(path, "不是可读取的 xlsx 工作簿：它不是 zip 压缩包（是 .xls 或改了扩展名的 CSV 吗？）。",
                       "is not a readable xlsx workbook: it is not a zip archive (an .xls, or a CSV renamed?).") from None
    declared = sum(m.file_size for m in members)
    if len(members) > MAX_MEMBERS or declared > MAX_UNPACKED:
        mb, limit = -(-declared // 2**20), MAX_UNPACKED // 2**20
        raise _refused(path, f"解压后有 {mb:,} MB（{len(members):,} 个部件），超过 Verifield 读取的上限 {limit} MB；这不是客户填写的工作簿。",
                       f"would unpack to {mb:,} MB in {len(members):,} parts, more than the {limit} MB Verifield reads; "
                       "it is not a workbook a client filled in.")
    for member in members:
        if member.flag_bits & 0x1:
            raise _refused(path, "已加密（设有打开密码）。请取消密码、另存后再导入。",
                           "is encrypted (it has a password to open). Save it without the password and import that copy.")
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refused(path, f"已损坏或不是 xlsx 工作簿：{member.filename} 使用了 xlsx 不用的压缩方式（{member.compress_type}）。",
                           f"is damaged or not an xlsx workbook: {member.filename} uses a compression method xlsx files do not use "
                           f"({member.compress_type}).")


def _open(path: Path):
    _check_archive(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of what it drops (extensions, bad dates): we say it ourselves
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _DAMAGE:
        raise _damaged(path, Text("工作簿结构或样式", "its structure or styles")) from None


def sheet_names(path: Path | str) -> list[str]:
    book = _open(Path(path))
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_rows(path: Path | str, sheet: str, limit: int | None = None) -> tuple[str, list[tuple]]:
    """The named sheet's rows as plain values (at most ``limit`` of them), each up to its last cell; a sheet
    that is not there is refused, naming the sheets there are."""
    path = Path(path)
    book = _open(path)
    try:
        if sheet not in book.sheetnames:
            there = book.sheetnames
            raise _refused(path, f"中没有工作表“{sheet}”（有：{'、'.join(there) or '无'}）。",
                           f"has no sheet “{sheet}” (it has: {', '.join(there) or 'none'}).")
        try:
            return sheet, _rows(book, book[sheet], limit)
        except _Damaged as error:
            raise _damaged(path, Text(f"工作表“{sheet}”", f"the sheet “{sheet}”"), error.reason) from None
        except _DAMAGE:
            raise _damaged(path, Text(f"工作表“{sheet}”", f"the sheet “{sheet}”")) from None
    finally:
        book.close()


class _Cells(WorkSheetParser):
    """openpyxl's sheet parser (cached values) giving each row as a tuple of values, with a formula never
    computed and an error value told apart from a blank, and the number in a date-formatted cell that holds no
    date given back as the number."""

    def parse_row(self, row):
        number, cells = super().parse_row(row)
        if number > MAX_ROWS:
            raise _Damaged(Text(f"行号 {number} 超出范围", f"row number {number} is out of range"))
        width = max((c["column"] for c in cells), default=0)
        if width > MAX_COLUMNS:
            raise _Damaged(Text(f"第 {number} 行的列号 {width} 超出范围", f"row {number} has a column number {width} out of range"))
        values: list = [_UNSET] * width
        for element, c in zip(row, cells):
            value, column = c["value"], c["column"] - 1
            if c["row"] != number or column < 0 or values[column] is not _UNSET:
                raise _Damaged(Text(f"第 {number} 行的单元格重复或错位", f"row {number} has a cell given twice or out of place"))
            if value is None:
                if element.find(VALUE_TAG) is None and element.find(FORMULA_TAG) is not None:
                    value = uncomputed("=" + (element.findtext(FORMULA_TAG) or ""))
            elif c["data_type"] == "e":
                raw = element.findtext(VALUE_TAG) or ""
                value = float(raw) if element.get("t", "n") == "n" else error_value(raw)
            values[column] = value
        return number, tuple(None if v is _UNSET else v for v in values)


def _rows(book, ws, limit: int | None) -> list[tuple]:
    """Every row of ``ws`` from the sheet's XML itself: missing rows as ``()``, missing cells as None."""
    rows: list[tuple] = []
    held = 0
    with book._archive.open(ws._worksheet_path) as source, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser = _Cells(source, book.shared_strings, data_only=True, epoch=book.epoch,
                        date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        for number, values in parser.parse():
            if number <= len(rows):
                raise _Damaged(Text(f"第 {number} 行出现在第 {len(rows)} 行之后", f"row {number} comes after row {len(rows)}"))
            rows.extend([()] * (number - 1 - len(rows)))
            rows.append(values)
            held += len(values)
            if held > MAX_CELLS:
                raise _Damaged(Text(f"工作表的单元格超过 {MAX_CELLS:,} 个（到第 {number} 行为止）",
                                    f"the sheet holds more than {MAX_CELLS:,} cells (by row {number})"))
            if limit is not None and len(rows) >= limit:
                break
    return rows[:limit] if limit is not None else rows
