"""Opening the engagement store (re-exports :class:`StoreError`): version check, backup, migration, and a safely tuned engine.

The file is SQLite in WAL mode with ``foreign_keys=ON`` and ``synchronous=FULL``,
so a committed edit survives a crash or power loss.  Before a migration the
file is copied aside; a file written by a newer Verifield is refused.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.text import Text
from app.storage import migrations
from app.storage.files import StoreError, stored_version
from app.storage.uow import SqlUnitOfWork


class Store:
    """An open engagement store."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
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

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_store(path: str | os.PathLike) -> Store:
    """Open (creating or upgrading as needed) the store at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    version = stored_version(path)
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
        if version is not None:
            backup(path, version)
        engine = make_engine(path)
        migrations.upgrade(engine)
        return Store(path, engine)
    return Store(path, make_engine(path))


def backup(path: Path, version: str) -> Path:
    """Copy the store aside (consistently, WAL included) before a migration; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-from-{version}-{stamp}{path.suffix}")
    partial = target.with_name(target.name + ".partial")
    with sqlite3.connect(path) as source, sqlite3.connect(partial) as copy:
        source.backup(copy)
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target
