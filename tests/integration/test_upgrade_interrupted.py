"""Schema upgrades are all or nothing: killed at any point, a store opens afterwards at the head revision with its data.

Each saved store of ``tests/data`` is upgraded in a child process that is
killed (SIGKILL) either right after its n-th SQL statement (a class-wide
SQLAlchemy event in the child, so the migration runner itself carries no test
hook) or after a random delay.  The parent then opens the file with the
current code.  A store left half-upgraded by an older Verifield (the new
table committed, the revision still old) is restored from the backup made
before that upgrade, with a notice saying so.
"""

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.storage import migrations
from app.storage.store import StoreError, open_store
from tests.integration.test_migrations import SAVED, assert_holds_the_saved_demo

UPGRADER = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from app.storage.store import open_store

    kill_after, executed = int(sys.argv[2]), [0]

    @event.listens_for(Engine, "after_cursor_execute")
    def _count(*_args):
        executed[0] += 1
        if executed[0] == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    print("ready", flush=True)
    sys.stdin.readline()
    open_store(sys.argv[1]).close()
    print("done", executed[0], flush=True)
    """
)

SEED = 15  # kill points are drawn from this seed, so a failure can be replayed


def _upgrade_killed(path: Path, kill_after: int = 0, delay: float | None = None) -> str:
    """Upgrade ``path`` in a child killed after statement ``kill_after`` or after ``delay`` seconds; its last line."""
    child = subprocess.Popen([sys.executable, "-c", UPGRADER, str(path), str(kill_after)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    try:
        assert child.stdout.readline().strip() == "ready"
        child.stdin.write("go\n")
        child.stdin.flush()
        if delay is not None:
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
        out = child.stdout.read()
    finally:
        child.wait(timeout=60)
    return out.strip()


def _statements_to_upgrade(saved: Path, tmp_path: Path) -> int:
    path = tmp_path / "count.sqlite"
    shutil.copy(saved, path)
    done, count = _upgrade_killed(path).split()
    assert done == "done"
    return int(count)


def _opens_whole(path: Path, old_version: str) -> None:
    store = open_store(path)
    try:
        assert_holds_the_saved_demo(store, old_version)
        assert all("restored from the backup" in n.en for n in store.notices)
    finally:
        store.close()
    assert not list(path.parent.glob("*.partial"))


OLD = [p for p in SAVED if p.stem.removeprefix("schema_") != migrations.HEAD]


@pytest.mark.slow
@pytest.mark.parametrize("saved", OLD, ids=[p.stem for p in OLD])
def test_an_upgrade_killed_anywhere_leaves_a_store_that_opens_with_its_data(saved, tmp_path):
    old_version = saved.stem.removeprefix("schema_")
    total = _statements_to_upgrade(saved, tmp_path)
    chosen = random.Random(f"{SEED}-{old_version}")
    points = sorted({1, total - 1, *chosen.sample(range(2, total - 1), k=min(4, total - 3))})
    for run, point in enumerate(points):
        path = tmp_path / f"killed-at-{point}" / "store.sqlite"
        path.parent.mkdir()
        shutil.copy(saved, path)
        assert _upgrade_killed(path, kill_after=point) == "", f"the child was not killed at statement {point}"
        _opens_whole(path, old_version)
    path = tmp_path / "killed-after-a-delay" / "store.sqlite"
    path.parent.mkdir()
    shutil.copy(saved, path)
    _upgrade_killed(path, delay=chosen.uniform(0.0, 0.4))
    _opens_whole(path, old_version)


KILLED_MID_TRANSACTION = textwrap.dedent(
    """
    import os, sqlite3, sys
    store = sqlite3.connect(sys.argv[1], isolation_level=None)
    store.execute("PRAGMA cache_size=1")  # the change spills into the file: the journal is needed to undo it
    store.execute("BEGIN")
    store.execute("UPDATE history SET old = old || hex(zeroblob(2048))")
    store.execute("DELETE FROM engagements")
    os._exit(0)
    """
)


def test_a_store_left_with_a_hot_journal_is_rolled_back_and_opens_with_its_data(tmp_path):
    """A writer killed mid-transaction in rollback-journal mode (as an old store is until its upgrade turns WAL on)
    leaves a hot journal that a read-only reading cannot undo: the version is still read, never called foreign."""
    saved = next(p for p in OLD if p.stem == "schema_0007")
    path = tmp_path / "store.sqlite"
    shutil.copy(saved, path)
    subprocess.run([sys.executable, "-c", KILLED_MID_TRANSACTION, str(path)], check=True, timeout=60)
    assert path.with_name("store.sqlite-journal").stat().st_size > 0
    _opens_whole(path, "0007")


def _half_upgraded_by_an_old_release(tmp_path: Path) -> Path:
    """What an older Verifield left when killed upgrading 0003 → 0004: ``statements`` created, revision still 0003."""
    path = tmp_path / "verifield.sqlite"
    shutil.copy(SAVED[2], path)
    with closing(sqlite3.connect(SAVED[3])) as newer:
        created = [sql for (sql,) in newer.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'statements' AND sql IS NOT NULL")]
    with closing(sqlite3.connect(path)) as store:
        for sql in created:
            store.execute(sql)
        assert store.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    return path


def test_a_half_upgraded_store_is_restored_from_its_backup_and_says_so(tmp_path):
    path = _half_upgraded_by_an_old_release(tmp_path)
    shutil.copy(SAVED[2], tmp_path / "verifield.before-upgrade-from-0003-20261120-090000.sqlite")
    # A retry by the old release backed up the half-upgraded file too: that one must not be restored.
    shutil.copy(path, tmp_path / "verifield.before-upgrade-from-0003-20261120-090500.sqlite")
    store = open_store(path)
    assert [n.en for n in store.notices] == [
        f"The data file {path} had been left half-upgraded by an interrupted upgrade from schema 0003 and could not be "
        "opened. It has been restored from the backup made before that upgrade "
        "(verifield.before-upgrade-from-0003-20261120-090000.sqlite) and upgraded again; nothing made after that "
        "backup was lost (a half-upgraded file could not be written)."
    ]
    assert "已用升级前所做的备份" in store.notices[0].zh
    assert_holds_the_saved_demo(store, "0003")


def test_a_half_upgraded_store_without_a_backup_is_refused_untouched(tmp_path):
    path = _half_upgraded_by_an_old_release(tmp_path)
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert "left half-upgraded by an interrupted upgrade from schema 0003" in caught.value.message.en
    assert "no sound backup made before that upgrade" in caught.value.message.en
    assert "只升级了一半" in caught.value.message.zh
    assert path.read_bytes() == before


def test_db_check_reports_the_restore(tmp_path):
    _half_upgraded_by_an_old_release(tmp_path)
    shutil.copy(SAVED[2], tmp_path / "verifield.before-upgrade-from-0003-20261120-090000.sqlite")
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), "db", "check"],
                            capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    assert f"schema version: {migrations.HEAD}" in result.stdout
    assert "restored from the backup made before that upgrade" in result.stderr
    assert "已用升级前所做的备份" in result.stderr


def test_an_upgrade_that_fails_leaves_the_store_as_it_was_and_names_the_backup(tmp_path):
    from tests.integration.disks import dump, read_only

    path = tmp_path / "verifield.sqlite"
    shutil.copy(SAVED[2], path)
    before = dump(path)
    with read_only(path), pytest.raises(StoreError) as caught:
        open_store(path)
    assert f"could not be upgraded to schema {migrations.HEAD}" in caught.value.message.en
    assert "the file has not been changed; the backup made before the upgrade is" in caught.value.message.en
    assert "升级前的备份在" in caught.value.message.zh
    [made] = tmp_path.glob("verifield.before-upgrade-from-0003-*.sqlite")
    assert str(made) in caught.value.message.en
    assert dump(path) == before
    assert_holds_the_saved_demo(open_store(path), "0003")  # writable again: it upgrades
