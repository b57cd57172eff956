"""Opening the engagement store (re-exports :class:`StoreError`): version check, backup, migration, and a safely tuned engine.

The file is SQLite in WAL mode with ``foreign_keys=ON`` and ``synchronous=FULL``,
so a committed edit survives a crash or power loss.  A store opened with ``deferred_sync`` (the GUI's) commits
with ``synchronous=NORMAL`` instead, leaving the write-ahead log's fsync to :meth:`Store.sync`, which the GUI runs
on a worker after every edit: the edits reach the disk in the order they were committed (the log is appended to,
and SQLite fsyncs it before every checkpoint), and the GUI thread does not wait for the disk.  Before a migration the
file is copied aside, and the migration runs in one transaction; a file left
half-upgraded (by an older Verifield killed mid-upgrade) is restored from that
copy, and :attr:`Store.notices` says so.  A file written by a newer Verifield
is refused.
"""

from __future__ import annotations

import glob
import os
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.atomic import Pending
from app.domain.kernel.text import Text
from app.storage import migrations
from app.storage.encryption_at_rest import DB_ERRORS, connect, copy_database, engine_url
from app.storage.files import StoreError, stored_version
from app.storage.uow import SqlUnitOfWork


class Store:
    """An open engagement store."""

    def __init__(self, path: Path, engine: Engine, notices: list[Text] | None = None, deferred_sync: bool = False):
        self.path = path
        self.engine = engine
        self.deferred_sync = deferred_sync  # commits leave the fsync to sync() (the GUI's store)
        self.notices = notices or []  # what opening it did that the user must be told (a restore from backup)
        self.session_factory: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory)

    def integrity_check(self) -> list[str]:
        """SQLite's own integrity check; ``["ok"]`` when the file is sound."""
        with self.engine.connect() as connection:
            return [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]

    def foreign_key_problems(self) -> list[tuple]:
        with self.engine.connect() as connection:
            return list(connection.exec_driver_sql("PRAGMA foreign_key_check"))

    def schema_version(self) -> str:
        return stored_version(self.path) or ""

    def sync(self) -> None:
        """Make every committed edit durable: fsync the write-ahead log (and the file), as ``synchronous=FULL``
        does at each commit.  Safe on any thread; an ``OSError`` (a failing disk) is the caller's to say."""
        for name in (f"{self.path}-wal", str(self.path)):
            try:
                handle = os.open(name, os.O_RDWR | getattr(os, "O_BINARY", 0))
            except FileNotFoundError:  # no log yet (nothing written since the last checkpoint)
                continue
            try:
                os.fsync(handle)
            finally:
                os.close(handle)

    def close(self) -> None:
        if self.deferred_sync:
            with suppress(OSError):  # closing goes on: SQLite's own checkpoint on the last close fsyncs as well
                self.sync()
        self.engine.dispose()


def scratch_sessions() -> sessionmaker:
    """Sessions over a throw-away store in memory with the current schema (an imported revision opened read-only)."""
    from sqlalchemy.pool import StaticPool

    from app.storage.tables import Base

    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    Base.metadata.create_all(engine)
    return sessionmaker(engine, expire_on_commit=False)


def _set_pragmas(dbapi_connection, _record, synchronous: str = "FULL") -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA synchronous={synchronous}")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _set_pragmas_deferred(dbapi_connection, record) -> None:
    _set_pragmas(dbapi_connection, record, "NORMAL")


def make_engine(path: Path, deferred_sync: bool = False) -> Engine:
    engine = create_engine(engine_url(path))
    event.listen(engine, "connect", _set_pragmas_deferred if deferred_sync else _set_pragmas)
    return engine


def open_store(path: str | os.PathLike, deferred_sync: bool = False) -> Store:
    """Open (creating or upgrading as needed) the store at ``path``; a half-upgraded one is first restored.
    ``deferred_sync``: commits do not fsync; :meth:`Store.sync` does (the GUI runs it on a worker)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    version = stored_version(path)
    notices: list[Text] = []
    if version != migrations.HEAD:
        if version is not None and version not in migrations.known_revisions():
            raise StoreError(
                Text(
                    f"数据文件 {path} 由更新版本的 Verifield 写入（数据库版本 {version}），本版本无法打开。"
                    "请升级 Verifield；文件未作任何改动。",
                    f"The data file {path} was written by a newer Verifield (schema {version}); this version "
                    "cannot open it. Please upgrade Verifield; the file has not been changed.",
                )
            )
        made = None
        if version is not None:
            if _half_upgraded(path, version):
                notices.append(_restore(path, version))
            made = _backup_before_upgrade(path, version)
        _upgrade(path, made)
    return Store(path, make_engine(path, deferred_sync), notices, deferred_sync)


def backup(path: Path, version: str) -> Path:
    """Copy the store aside (consistently, WAL included) before a migration; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{_backup_prefix(path, version)}{stamp}{path.suffix}")
    pending = Pending(path.parent, target.name)
    try:
        copy_database(path, pending.temp)  # through SQLite, encrypted as the store is
        pending.commit(target)
    except BaseException:
        pending.discard()
        raise
    return target


def _backup_prefix(path: Path, version: str) -> str:
    return f"{path.stem}.before-upgrade-from-{version}-"


def _backup_before_upgrade(path: Path, version: str) -> Path:
    try:
        return backup(path, version)
    except (OSError, *DB_ERRORS) as error:
        raise StoreError(
            Text(
                f"升级数据文件 {path} 之前无法先做备份（{_reason(error)}），因此没有升级。文件未作任何改动。",
                f"The data file {path} was not upgraded because the backup made first could not be written "
                f"({_reason(error)}). The file has not been changed.",
            )
        ) from None


def _upgrade(path: Path, backup_made: Path | None) -> None:
    """Run the migrations in one transaction: on any failure the file stays as it was."""
    from sqlalchemy.exc import SQLAlchemyError

    engine = migrations.upgrading_engine(engine_url(path))
    try:
        migrations.upgrade(engine)
    except (SQLAlchemyError, *DB_ERRORS, OSError, migrations.ForeignKeysBroken) as error:
        kept = f"；升级前的备份在 {backup_made}" if backup_made else ""
        kept_en = f"; the backup made before the upgrade is {backup_made}" if backup_made else ""
        raise StoreError(
            Text(
                f"数据文件 {path} 无法升级到版本 {migrations.HEAD}（{_reason(error)}）；文件未作任何改动{kept}。",
                f"The data file {path} could not be upgraded to schema {migrations.HEAD} ({_reason(error)}); "
                f"the file has not been changed{kept_en}.",
            )
        ) from None
    finally:
        engine.dispose()


def _schema(path: Path) -> frozenset[tuple[str, str]]:
    with closing(connect(path, read_only=True)) as connection:
        return frozenset(migrations.schema_of(connection))


def _half_upgraded(path: Path, version: str) -> bool:
    """Whether the file holds other tables or indexes than its recorded revision has (an upgrade stopped half-way)."""
    return _schema(path) != migrations.expected_schema(version)


def _restore(path: Path, version: str) -> Text:
    """Put back the newest sound backup made before upgrading from ``version``; returns the notice saying so."""
    expected = migrations.expected_schema(version)
    prefix = _backup_prefix(path, version)
    for candidate in sorted(path.parent.glob(f"{glob.escape(prefix)}*{path.suffix}"), reverse=True):
        if not _sound(candidate, version, expected):
            continue  # a backup of a store that was already half-upgraded, made by an older Verifield's retry
        with closing(connect(candidate, read_only=True)) as source, closing(connect(path)) as target:
            source.backup(target)  # through SQLite, so the store's own journal is respected; all at once
        return Text(
            f"数据文件 {path} 上次从版本 {version} 升级时被中断，只升级了一半，已无法打开。已用升级前所做的备份 "
            f"{candidate.name} 恢复并重新升级；该备份之后没有任何改动丢失（升级了一半的文件无法写入）。",
            f"The data file {path} had been left half-upgraded by an interrupted upgrade from schema {version} and "
            f"could not be opened. It has been restored from the backup made before that upgrade ({candidate.name}) "
            "and upgraded again; nothing made after that backup was lost (a half-upgraded file could not be written).",
        )
    raise StoreError(
        Text(
            f"数据文件 {path} 上次从版本 {version} 升级时被中断，只升级了一半；旁边找不到升级前所做的完好备份"
            f"（{prefix}*{path.suffix}）。文件未作任何改动；请从您自己的备份恢复。",
            f"The data file {path} was left half-upgraded by an interrupted upgrade from schema {version}, and no "
            f"sound backup made before that upgrade ({prefix}*{path.suffix}) is beside it. The file has not been "
            "changed; restore it from a backup of your own.",
        )
    )


def _sound(candidate: Path, version: str, expected: frozenset[tuple[str, str]]) -> bool:
    try:
        if stored_version(candidate) != version or _schema(candidate) != expected:
            return False
        with closing(connect(candidate, read_only=True)) as connection:
            return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except (StoreError, *DB_ERRORS):
        return False


def _reason(error: BaseException) -> str:
    detail = getattr(error, "orig", None) or error
    return getattr(detail, "strerror", None) or str(detail).splitlines()[0]
