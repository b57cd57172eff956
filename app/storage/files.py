"""What can be learnt about a store file without SQLAlchemy (its schema revision and the engagement list), and
opening a file the verifier names only if it is a regular file.

Start-up reads these with the standard library alone, so the main window can
show the list before the (slow to import) ORM is loaded.  The list query is
shared with :class:`app.storage.repositories.EngagementRepository`.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path
from typing import BinaryIO

from app.domain.engagement.summary import EngagementSummary
from app.domain.kernel.text import DomainError, Text
from app.storage.encryption_at_rest import DB_ERRORS, connect, locked, writable

SUMMARY_SQL = """
SELECT e.id, e.code, e.title, o.name_zh, o.name_en, e.organisation_id, e.programme, e.status,
       e.period_start, e.period_end, e.is_demo
FROM engagements AS e JOIN organisations AS o ON o.id = e.organisation_id
ORDER BY e.code DESC
"""


class StoreError(DomainError):
    """The store cannot be opened; the message says why and what to do."""


def summary_from(row) -> EngagementSummary:
    """One row of :data:`SUMMARY_SQL` (dates as ISO text or ``date``) as a summary."""
    from datetime import date

    start, end = (date.fromisoformat(d) if isinstance(d, str) else d for d in (row[8], row[9]))
    year = (end or start).year if (end or start) else 0
    return EngagementSummary(*row[:8], start, end, year, bool(row[10]))


def read_summaries(path: Path) -> list[EngagementSummary]:
    with connect(path, read_only=True) as connection:
        return [summary_from(row) for row in connection.execute(SUMMARY_SQL)]


def stored_version(path: Path) -> str | None:
    """The schema revision written in the file; None for a missing or empty file; StoreError for a foreign one."""
    if not path.exists():
        return None
    try:
        with connect(path, read_only=True) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise StoreError(_not_ours(path))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except DB_ERRORS as exc:
        if (refused := locked(path)) is not None:  # encrypted, and no passphrase given
            raise refused from None
        if not writable(path):
            raise StoreError(cannot_write(path, exc)) from exc
        raise StoreError(_not_ours(path, str(exc))) from exc


# SQLite's primary result codes that mean the file could not be written or reached, not that a statement was wrong
# (an SQL error is a fault of ours and is left to surface as itself, not dressed as a disk's).
REFUSALS = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN,
                      sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PERM})


def _primary(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (an extended one, SQLITE_READONLY_DBMOVED, … less its detail)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if code is not None else None


def refuses_writing(error: BaseException) -> bool:
    """Whether SQLite's ``error`` is the file or disk refusing (full, read-only, failing, held by another program)."""
    return _primary(error) in REFUSALS


def cannot_write(path: Path, error: BaseException) -> Text:
    """Why the store at ``path`` could not be written (SQLite's error, or the operating system's), in plain words."""
    primary = _primary(error)
    number = getattr(error, "errno", None)
    if primary == sqlite3.SQLITE_FULL or number in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        zh, en = "磁盘已满", "the disk is full"
    elif primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        zh, en = "另一个程序正在写入它，请稍后再试", "another program is writing to it; try again in a moment"
    elif primary == sqlite3.SQLITE_READONLY or number in (errno.EROFS, errno.EACCES, errno.EPERM) or not writable(path):
        zh, en = "数据文件或其所在文件夹是只读的（Verifield 需要在数据文件旁写入日志文件）", (
            "the data file or its folder is read-only (Verifield writes a journal beside the data file)")
    else:
        detail = getattr(error, "strerror", None) or str(error)
        zh, en = f"写入失败，磁盘可能已满或出现故障：{detail}", f"writing failed, the disk may be full or failing: {detail}"
    return Text(f"无法写入数据文件 {path}：{zh}。没有作任何改动。", f"The data file {path} cannot be written: {en}. Nothing has been changed.")


def _not_ours(path: Path, detail: str = "") -> Text:
    suffix_zh = f"（{detail}）" if detail else ""
    suffix_en = f" ({detail})" if detail else ""
    return Text(
        f"{path} 不是 Verifield 数据文件，或已损坏{suffix_zh}。文件未作任何改动。",
        f"{path} is not a Verifield data file, or it is damaged{suffix_en}. The file has not been changed.",
    )


class SpecialFile(OSError):
    """The path names a folder, a device, a named pipe or a socket: not a file to read."""

    def __init__(self, path: Path, kind: Text):
        super().__init__(errno.EINVAL, kind.en, str(path))
        self.kind = kind


_KINDS = (
    (stat.S_ISDIR, Text("文件夹", "a folder")),
    (stat.S_ISFIFO, Text("命名管道", "a named pipe (FIFO)")),
    (stat.S_ISCHR, Text("设备文件", "a device")),
    (stat.S_ISBLK, Text("设备文件", "a device")),
    (stat.S_ISSOCK, Text("套接字", "a socket")),
)


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading (unbuffered) if it is a regular file; SpecialFile, without waiting, if not.

    It is opened without blocking (a named pipe would otherwise wait for a writer for ever) and checked by
    its handle, so what is read is what was checked.
    """
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    kind = os.fstat(handle).st_mode
    if not stat.S_ISREG(kind):
        os.close(handle)
        raise SpecialFile(path, next((name for test, name in _KINDS if test(kind)), Text("特殊文件", "a special file")))
    if hasattr(os, "set_blocking"):
        os.set_blocking(handle, True)
    return open(handle, "rb", buffering=0)
