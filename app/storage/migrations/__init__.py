"""Alembic migrations of the store, run from code (there is no alembic.ini), each upgrade all or nothing.

``HEAD`` names the newest revision so that opening an up-to-date store needs
no Alembic import; a test checks it matches the scripts.

Python's sqlite3 driver opens a transaction by itself only before INSERT,
UPDATE and DELETE, and otherwise runs statements (CREATE TABLE, ALTER, DROP)
in autocommit: an upgrade killed half-way left the new tables behind while
the recorded revision stayed old.  The engine that upgrades therefore turns
the driver's own transaction handling off and issues ``BEGIN IMMEDIATE``
itself (SQLAlchemy's "pysqlite: serializable isolation / transactional DDL"
recipe), so every statement of every migration, and the new revision, commit
together or not at all.  Foreign keys are off while it runs (SQLite's own
procedure for schema changes: a table rebuilt by a batch operation must not
cascade), and checked before the commit: an upgrade that leaves rows pointing
at nothing is rolled back.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

HEAD = "0009"
_HERE = Path(__file__).resolve().parent


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_HERE))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrading_engine(url: str) -> "Engine":
    """An engine whose transactions really are transactions, schema changes included."""
    from sqlalchemy import create_engine, event

    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # the driver issues no BEGIN or COMMIT of its own
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=5000", "foreign_keys=OFF"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # takes the write lock now: no other writer mid-upgrade

    return engine


class ForeignKeysBroken(Exception):
    """An upgrade would leave rows pointing at nothing; it has been rolled back."""


def upgrade(engine: "Engine", revision: str = "head") -> None:
    """Upgrade the store behind ``engine`` (made by :func:`upgrading_engine`) in one transaction."""
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        broken_before = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        command.upgrade(config, revision)
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if len(broken) > broken_before:  # rows the store already had wrong (`db check` names them) are not the upgrade's
            raise ForeignKeysBroken(broken[:5])


def schema_of(connection) -> set[tuple[str, str]]:
    """The tables and indexes a store holds, as (type, name), SQLite's own left out."""
    rows = connection.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')")
    return {(kind, name) for kind, name in rows if not name.startswith("sqlite_")}


@lru_cache(maxsize=None)
def expected_schema(revision: str) -> frozenset[tuple[str, str]]:
    """The tables and indexes a store recorded at ``revision`` must hold, from migrating an empty store there."""
    engine = upgrading_engine("sqlite://")  # in memory; one connection, kept for the engine's life
    try:
        upgrade(engine, revision)
        with engine.connect() as connection:
            return frozenset(schema_of(connection.connection.dbapi_connection))
    finally:
        engine.dispose()
