"""Schema migrations: the scripts match the tables, saved old stores upgrade, newer stores are refused."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.domain.kernel.text import DomainError
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
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
    assert [r.code for r in rows] == ["VF-2026-0001" if old_version < "0007" else "DEMO-2026-0001"]  # the demo got its own codes in 0007
    calculation = inventory_services.calculate(store.uow(), rows[0].id)  # an old store has an empty inventory
    assert len(calculation.results.sources) == (0 if old_version == "0001" else 5)
    held = finding_services.list_findings(store.uow(), rows[0].id)  # findings came with 0003
    assert len(held) == (3 if old_version >= "0003" else 0)
    assert services.verify_history(store.uow()) == []
    assert store.integrity_check() == ["ok"]


def test_factor_sources_frozen_by_an_old_store_name_the_standard_not_a_file(tmp_path):
    """Stores written before the fuel defaults named their table froze "…; fuel_defaults_cn.csv": read, it is the table."""
    path = tmp_path / "old.sqlite"
    shutil.copy(SAVED[0].parent / "schema_0006.sqlite", path)  # the last written before the table was named
    assert b"fuel_defaults_cn.csv" in path.read_bytes()
    store = open_store(path)
    calculation = inventory_services.calculate(store.uow(), services.list_engagements(store.uow())[0].id)
    sources = [getattr(s, slot).source for s in calculation.inventory.sources for slot, _ in s.method.factor_slots if getattr(s, slot)]
    assert not [s for s in sources if ".csv" in s]
    assert sources.count("GB/T 32151.22-2024 附录 C 表 C.1 / Annex C Table C.1") == 6  # NCV, CC and OF of the natural gas and of the diesel
    store.close()


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
    from app.services import demo

    path = tmp_path / "s.sqlite"
    store = open_store(path)
    demo.create_demo(store.uow(), "t")
    copy = backup(path, "0001")
    assert copy.name.startswith("s.before-upgrade-from-0001-")
    assert [r.code for r in services.list_engagements(open_store(copy).uow())] == [
        r.code for r in services.list_engagements(store.uow())
    ]


def test_0005_to_0006_keeps_the_site_visit_and_makes_people_of_the_names(tmp_path):
    """Each distinct team-member, reviewer and decision-maker name becomes one person (same text, or the same Chinese or
    English part of a fuller name, same person),
    referred to by id; the site-visit day becomes the visit's first day; nothing else is lost."""
    from datetime import date

    from app.services import people as people_services

    path = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parent.parent / "data" / "schema_0005.sqlite", path)
    with sqlite3.connect(path) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"
        old.execute("UPDATE engagements SET site_visit = '2026-03-02', reviewer = 'Wang Lei', decision_maker = ' 王磊 Wang Lei'")
        team = [row[0] for row in old.execute("SELECT name FROM team_members ORDER BY position")]
    store = open_store(path)
    [row] = services.list_engagements(store.uow())
    e, _client = services.load(store.uow(), row.id)
    assert (e.site_visit_start, e.site_visit_end) == (date(2026, 3, 2), None)
    assert [m.name for m in e.team] == team == ["王磊 Wang Lei", "李娜 Li Na", "张伟 Zhang Wei", "陈晨 Chen Chen"]
    people = {p.id: p for p in people_services.list_people(store.uow())}
    # Four members: "Wang Lei" the reviewer is the team's "王磊 Wang Lei" by his English name (the independence bypass
    # the trial found must not come back through an upgrade), and the decision-maker the same text, spaces aside.
    assert len(people) == 4
    assert (people[e.team[0].person_id].name_zh, people[e.team[0].person_id].name_en) == ("王磊", "Wang Lei")
    assert e.reviewer_id == e.team[0].person_id == e.decision_maker_id
    with pytest.raises(DomainError, match="on the team"):
        e.validate()
    assert store.foreign_key_problems() == [] and services.verify_history(store.uow()) == []
