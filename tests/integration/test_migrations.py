"""Schema migrations: the scripts match the tables, saved old stores upgrade, newer stores are refused."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.domain import finding_services, inventory_services, services
from app.storage import migrations
from app.storage.store import StoreError, backup, open_store
from app.storage.tables import Base

SAVED = sorted((Path(__file__).parent.parent / "data").glob("schema_*.sqlite"))


def test_head_constant_matches_the_scripts():
    assert migrations.HEAD == migrations.script_head()


def test_migrated_schema_matches_the_tables(store):
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_a_saved_store_of_every_released_schema_exists():
    assert {p.stem.removeprefix("schema_") for p in SAVED} == migrations.known_revisions()


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_store_upgrades_and_keeps_its_data(saved, tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(saved, path)
    old_version = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    store = open_store(path)
    backups = list(tmp_path.glob("old.before-upgrade-from-*.sqlite"))
    assert len(backups) == (0 if old_version == migrations.HEAD else 1)
    assert_holds_the_saved_demo(store, old_version)


def assert_holds_the_saved_demo(store, old_version: str) -> None:
    """The store is at the head revision, sound, and holds what the saved store of ``old_version`` held."""
    assert store.schema_version() == migrations.HEAD
    rows = services.list_engagements(store.uow())
    assert [r.code for r in rows] == ["VF-2026-0001"]
    calculation = inventory_services.calculate(store.uow(), rows[0].id)  # an old store has an empty inventory
    assert len(calculation.results.sources) == (0 if old_version == "0001" else 5)
    held = finding_services.list_findings(store.uow(), rows[0].id)  # findings came with 0003
    assert len(held) == (3 if old_version >= "0003" else 0)
    assert services.verify_history(store.uow()) == []
    assert store.integrity_check() == ["ok"]


def test_store_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.sqlite"
    open_store(path).close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert "written by a newer Verifield (schema 9999)" in caught.value.message.en
    assert "更新版本" in caught.value.message.zh
    assert path.read_bytes() == before


def test_a_foreign_file_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert "is not a Verifield data file" in caught.value.message.en


def test_backup_is_a_complete_consistent_copy(tmp_path):
    from app.domain import demo

    path = tmp_path / "s.sqlite"
    store = open_store(path)
    demo.create_demo(store.uow(), "t")
    copy = backup(path, "0001")
    assert copy.name.startswith("s.before-upgrade-from-0001-")
    assert [r.code for r in services.list_engagements(open_store(copy).uow())] == [
        r.code for r in services.list_engagements(store.uow())
    ]
