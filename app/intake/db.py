"""The intake service's database: SQLite in its data folder, or PostgreSQL (psycopg 3) by URL; Alembic-migrated.

``serve`` migrates before any worker starts, so that workers never race to create the schema. Every write is a
short transaction; a state change is a compare-and-set (``UPDATE … WHERE offset = :old``), so two workers taking
requests for one upload cannot both advance it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

_HERE = Path(__file__).resolve().parent / "migrations"
HEAD = "i0002"
DATABASE = "intake.sqlite"


def database_url(data_dir: Path, url: str | None) -> str:
    """``url`` as SQLAlchemy spells it (``postgresql://`` is taken to mean psycopg 3), or the SQLite file in ``data_dir``."""
    if not url:
        return f"sqlite:///{Path(data_dir) / DATABASE}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    return url


def engine_for(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None  # BEGIN IMMEDIATE below: a write never upgrades a read lock
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=30000", "foreign_keys=ON"):
                dbapi_connection.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def _begin(connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to :data:`HEAD` in one transaction (PostgreSQL and SQLite both run DDL transactionally here)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_HERE))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":  # two `serve`s started at once: one migrates, the other waits
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7310001)")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM intake_alembic_version").scalar()
        except sa.exc.DBAPIError:
            return None


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
