"""Backups and restore over real SQLite files: a restore brings back every edit committed up to the backup and none
after, keeps the replaced store aside, refuses a damaged or tampered backup unchanged, and names missing evidence."""

import json
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta

import pytest

from app.services import fieldwork as fieldwork_services, engagements as services
from app.domain.engagement import Engagement
from app.services.fieldwork import Attached
from app.domain.engagement.organisation import Organisation
from app.storage import backups
from app.storage.evidence_files import EvidenceFiles
from app.storage.files import StoreError
from app.storage.store import open_store


def _titles(path):
    store = open_store(path)
    try:
        return sorted(s.title for s in services.list_engagements(store.uow()))
    finally:
        store.close()


@pytest.fixture
def laptop(tmp_path):
    data = tmp_path / "data"
    store = open_store(data / "verifield.sqlite")
    client = services.create_organisation(store.uow(), Organisation(name_en="Acme"), "t")
    engagement = services.create_engagement(store.uow(), Engagement(organisation_id=client, title="first"), "t", date(2026, 1, 5))
    yield data, store, client, engagement
    store.close()


def test_restore_brings_back_every_edit_up_to_the_backup_and_none_after(laptop, tmp_path):
    data, store, client, engagement = laptop
    services.update_engagement(store.uow(), engagement, {"title": "renamed before"}, "t")
    photo = tmp_path / "meter.txt"
    photo.write_bytes(b"meter 1234\n" * 50)
    [kept] = EvidenceFiles(data / "evidence").add_many([photo])
    fieldwork_services.attach(store.uow(), engagement, fieldwork_services.evidence_for([Attached(kept.sha256, "meter.txt", kept.size)], "t", date(2026, 1, 6)), "t")
    made = backups.write_backup(store.path, tmp_path / "usb" / "saved.sqlite")  # the store open and in use
    assert made.evidence == (kept.sha256,)
    manifest = json.loads(backups.manifest_path(made.path).read_text())
    assert manifest["evidence"] == [kept.sha256] and manifest["schema"] == store.schema_version()
    services.update_engagement(store.uow(), engagement, {"title": "renamed after"}, "t")
    services.create_engagement(store.uow(), Engagement(organisation_id=client, title="second"), "t", date(2026, 2, 1))
    history_before = len(services.engagement_history(store.uow(), engagement))
    store.close()

    restored = backups.restore(made.path, data / "verifield.sqlite", data / "evidence")

    assert _titles(data / "verifield.sqlite") == ["renamed before"]
    assert restored.missing == () and restored.evidence == (kept.sha256,)
    assert _titles(restored.kept_aside) == ["renamed after", "second"]  # the replaced store, kept whole
    again = open_store(data / "verifield.sqlite")
    assert services.verify_history(again.uow()) == []
    assert len(services.engagement_history(again.uow(), engagement)) < history_before
    again.close()


def test_restore_names_the_evidence_the_folder_lacks(laptop, tmp_path):
    data, store, _client, engagement = laptop
    photo = tmp_path / "p.txt"
    photo.write_bytes(b"photo")
    [kept] = EvidenceFiles(data / "evidence").add_many([photo])
    fieldwork_services.attach(store.uow(), engagement, fieldwork_services.evidence_for([Attached(kept.sha256, "p.txt", 5)], "t", date(2026, 1, 6)), "t")
    made = backups.write_backup(store.path, tmp_path / "b.sqlite")
    store.close()
    EvidenceFiles(data / "evidence").path(kept.sha256).unlink()
    restored = backups.restore(made.path, data / "verifield.sqlite", data / "evidence")
    assert restored.missing == (kept.sha256,)
    assert kept.sha256 in restored.said().en and kept.sha256 in restored.said().zh


def test_a_backup_whose_history_was_altered_is_refused_and_nothing_changes(laptop, tmp_path):
    data, store, _client, engagement = laptop
    made = backups.write_backup(store.path, tmp_path / "b.sqlite")
    with closing(sqlite3.connect(made.path)) as tampered:
        tampered.execute("UPDATE history SET new = 'forged' WHERE seq = (SELECT max(seq) FROM history)")
        tampered.commit()
    services.update_engagement(store.uow(), engagement, {"title": "current"}, "t")
    store.close()
    before = (data / "verifield.sqlite").read_bytes()
    with pytest.raises(StoreError) as refused:
        backups.restore(made.path, data / "verifield.sqlite", data / "evidence")
    assert "cannot be restored" in refused.value.message.en and "不能用于恢复" in refused.value.message.zh
    assert (data / "verifield.sqlite").read_bytes() == before
    assert not list(data.glob("*.before-restore-*")) and not list(data.glob(".restoring-*"))


def test_a_file_that_is_not_a_store_is_refused(laptop, tmp_path):
    data, store, *_ = laptop
    store.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        backups.restore(junk, data / "verifield.sqlite", data / "evidence")
    assert _titles(data / "verifield.sqlite") == ["first"]


def test_rotation_keeps_the_last_k_and_one_a_day_for_a_week(laptop, tmp_path):
    _data, store, *_ = laptop
    folder = tmp_path / "rot"
    start = datetime(2026, 3, 1, 9, 0)
    for day in range(10):  # three backups a day for ten days
        for hour in (9, 12, 17):
            backups.back_up(store.path, folder, keep=4, now=start + timedelta(days=day, hours=hour - 9))
    left = [backups.made_at(p) for p in backups.backups_in(folder)]
    last_day = (start + timedelta(days=9)).date()
    newest_four = sorted([datetime.combine(start.date() + timedelta(days=d), datetime.min.time()).replace(hour=h)
                          for d in range(10) for h in (9, 12, 17)], reverse=True)[:4]
    daily = [datetime.combine(last_day - timedelta(days=d), datetime.min.time()).replace(hour=17) for d in range(7)]
    assert sorted(left, reverse=True) == sorted(set(newest_four) | set(daily), reverse=True)
    assert all(backups.manifest_path(p).exists() for p in backups.backups_in(folder))
    assert len(list(folder.glob("*.json"))) == len(left)


def test_a_backup_is_made_through_sqlite_not_copied(laptop, tmp_path):
    """Edits still in the WAL (not yet checkpointed into the main file) are in the backup."""
    _data, store, _client, engagement = laptop
    services.update_engagement(store.uow(), engagement, {"title": "only in the wal"}, "t")
    assert store.path.with_name(store.path.name + "-wal").stat().st_size > 0
    made = backups.write_backup(store.path, tmp_path / "b.sqlite")
    with closing(sqlite3.connect(f"file:{made.path}?mode=ro", uri=True)) as backup:
        assert backup.execute("SELECT title FROM engagements").fetchall() == [("only in the wal",)]
        assert backup.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not list(tmp_path.glob("*.partial"))


def test_a_backup_from_a_newer_verifield_is_refused_by_name(laptop, tmp_path):
    data, store, *_ = laptop
    made = backups.write_backup(store.path, tmp_path / "b.sqlite")
    store.close()
    with closing(sqlite3.connect(made.path)) as newer:
        newer.execute("UPDATE alembic_version SET version_num = 'ffff'")
        newer.commit()
    with pytest.raises(StoreError) as refused:
        backups.restore(made.path, data / "verifield.sqlite", data / "evidence")
    assert "newer Verifield (schema ffff)" in refused.value.message.en and str(made.path) in refused.value.message.en
    assert _titles(data / "verifield.sqlite") == ["first"]


def test_an_older_backup_is_upgraded_as_it_is_restored(laptop, tmp_path):
    from pathlib import Path

    data, store, *_ = laptop
    store.close()
    import shutil

    saved = tmp_path / "old-backup.sqlite"  # a copy: opening the saved file would leave its WAL index beside it
    shutil.copy(Path(__file__).parent.parent / "data" / "schema_0005.sqlite", saved)
    restored = backups.restore(saved, data / "verifield.sqlite", data / "evidence")
    again = open_store(data / "verifield.sqlite")
    assert restored.schema == again.schema_version() and services.verify_history(again.uow()) == []
    again.close()
    assert not list(data.glob(".restoring-*"))
