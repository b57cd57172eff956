"""Opening SQLite files of a data folder that may be encrypted (SQLCipher), with the folder's active data key.

Every raw connection to a store file (its version, the list read before the
ORM loads, backups, restores, the copy made before an upgrade) goes through
:func:`connect`, and every engine through :func:`engine_url`: with no data key
active they are the standard library's ``sqlite3`` and ``sqlite:///``; with one
active (see :mod:`app.storage.data_key`) they are ``sqlcipher3`` and SQLAlchemy's
``sqlite+pysqlcipher`` dialect, keyed with the raw 256-bit key (``PRAGMA key =
"x'…'"``, so SQLCipher's own passphrase derivation is skipped: the key already
comes from Argon2id).  A file that starts with SQLite's plain header is opened
without a key (a folder being converted), one that does not is opened keyed; a
new file is created encrypted.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.domain.kernel.text import Text
from app.storage.data_key import KEY_FILE, Locked, active_for

PLAIN_HEADER = b"SQLite format 3\x00"

try:
    import sqlcipher3

    DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, sqlcipher3.dbapi2.Error)
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency; without it nothing encrypted opens
    sqlcipher3 = None
    DB_ERRORS = (sqlite3.Error,)


def is_plain(path: Path) -> bool | None:
    """True for a plain SQLite file, False for an encrypted (or foreign) one, None for a missing or empty one."""
    try:
        with open(path, "rb") as file:
            head = file.read(16)
    except OSError:
        return None
    return None if not head else head == PLAIN_HEADER


# SQLITE_READONLY_ROLLBACK, _RECOVERY and _CANTINIT: a read-only connection met a journal a writer must first
# roll back or recover
NEEDS_A_WRITER = frozenset({776, 264, 1288})


def connect(path: Path, read_only: bool = False):
    """A DB-API connection to ``path`` (read-only if asked), keyed when the folder's data key is active.

    A file left with a hot journal (its writer killed mid-transaction) cannot be read by a read-only connection;
    then, where the folder is writable, a writing connection is returned instead: its first read rolls the
    unfinished transaction back, as any later opening of the store would."""
    if read_only:
        connection = _connect(path, True)
        if not _needs_a_writer(connection) or not writable(path):
            return connection
        connection.close()
    return _connect(path, False)


def _needs_a_writer(connection) -> bool:
    try:
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except DB_ERRORS as error:
        return getattr(error, "sqlite_errorcode", None) in NEEDS_A_WRITER or "readonly database" in str(error)
    return False


def writable(path: Path) -> bool:
    """Whether ``path`` (a file, or one not made yet) and its folder can be written."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _connect(path: Path, read_only: bool):
    key = active_for(path)
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only)
    connection = sqlcipher3.connect(target, uri=read_only)
    if is_plain(path) is not True:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def copy_database(source: Path, target: Path) -> None:
    """Copy a database with SQLite's backup API (consistently, WAL included) into the new file ``target``, in
    rollback-journal mode; encrypted with the same key when the source is."""
    from contextlib import closing

    key = active_for(target)
    if key is not None and is_plain(source):  # a plain file into an encrypted folder: SQLite's backup cannot mix them
        export_encrypted(source, target, key)
        return
    with closing(connect(source, read_only=True)) as reader, closing(connect(target)) as writer:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")


def export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """The plain store ``source`` exported, encrypted with ``key``, into the new file ``target`` (``sqlcipher_export``),
    flushed to disk; what the WAL held is checkpointed into ``source`` first."""
    import os
    from contextlib import closing

    with closing(sqlcipher3.connect(source)) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("ATTACH DATABASE ? AS sealed KEY ?", (str(target), f"x'{key.hex()}'"))
        plain.execute("SELECT sqlcipher_export('sealed')")
        plain.execute("DETACH DATABASE sealed")
    with open(target, "rb+") as file:
        os.fsync(file.fileno())


def engine_url(path: Path):
    """The SQLAlchemy URL of the store at ``path``."""
    from sqlalchemy.engine import URL

    key = active_for(path)
    if key is None or is_plain(path) is True:
        return URL.create("sqlite", database=str(path))
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


def locked(path: Path) -> Locked | None:
    """The refusal for an encrypted store opened without its key (None when it is not that)."""
    path = Path(path)
    if is_plain(path) is not False or active_for(path) is not None or not (path.parent / KEY_FILE).is_file():
        return None
    return Locked(
        Text(f"数据文件夹 {path.parent} 已加密，需要口令才能打开（命令行用 --passphrase-file P）。文件未作任何改动。",
             f"The data folder {path.parent} is encrypted and needs its passphrase to be opened (from the command "
             "line: --passphrase-file P). Nothing has been changed."),
        "passphrase",
    )
