"""Reading a workbook's cells as plain values (openpyxl, read-only), with a clear error for any file that is not one.

Importers (the data request, the client's reported figures) take the rows this
module gives and decide what they mean; nothing here knows about sources or
periods.
"""

from __future__ import annotations

import zipfile
from xml.etree.ElementTree import ParseError
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from app.domain.text import DomainError, Text

_UNREADABLE = (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError, AttributeError, IndexError, ParseError, InvalidFileException)


def _open(path: Path):
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise DomainError(Text(f"找不到文件 {path}。", f"The file {path} does not exist."), "file") from None
    except _UNREADABLE as error:
        raise DomainError(
            Text(f"{path.name} 不是可读取的 xlsx 工作簿（{error}）。", f"{path.name} is not a readable xlsx workbook ({error})."), "file"
        ) from None


def sheet_names(path: Path | str) -> list[str]:
    book = _open(Path(path))
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_rows(path: Path | str, preferred: str = "", limit: int | None = None) -> tuple[str, list[tuple]]:
    """The named sheet's (or else the first sheet's) rows as plain values, at most ``limit`` of them."""
    path = Path(path)
    book = _open(path)
    try:
        if not book.sheetnames:
            raise DomainError(Text(f"{path.name} 中没有工作表。", f"{path.name} has no sheets."), "file")
        name = preferred if preferred in book.sheetnames else book.sheetnames[0]
        try:
            rows = []
            for row in book[name].iter_rows(values_only=True):
                rows.append(tuple(row))
                if limit is not None and len(rows) >= limit:
                    break
        except _UNREADABLE as error:
            raise DomainError(
                Text(f"{path.name} 的工作表 {name} 无法读取（{error}）。", f"The sheet {name} of {path.name} cannot be read ({error})."), "file"
            ) from None
        return name, rows
    finally:
        book.close()
