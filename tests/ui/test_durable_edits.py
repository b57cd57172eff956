"""An edit's commit does not wait for the disk on the GUI thread (issue 22): the GUI's store commits without fsync
and the Workbench fsyncs its log on a worker after each change; a run of edits all land, in their order, with the
undo stack holding them in the same order."""

from __future__ import annotations

import threading

from app.services import engagements as services
from app.storage.store import Store, open_store
from app.ui.commands.workbench import Workbench


def test_edits_are_fsynced_on_a_worker_and_all_land_in_order(qapp, qtbot, tmp_path, monkeypatch):
    synced_on: list[str] = []
    real_sync = Store.sync

    def recording_sync(store):
        synced_on.append(threading.current_thread().name)
        real_sync(store)

    monkeypatch.setattr(Store, "sync", recording_sync)
    path = tmp_path / "verifield.sqlite"
    workbench = Workbench(path, "tester")
    engagement_id = workbench.create_demo()
    with workbench.store.engine.connect() as connection:  # the GUI's store leaves the fsync to the worker
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    titles = [f"Edit {n}" for n in range(12)]
    for title in titles:
        assert workbench.edit_engagement(engagement_id, "title", title, "title")
    workbench.wait_synced()
    assert synced_on and threading.main_thread().name not in synced_on
    assert workbench.undo_stack.count() == len(titles)
    workbench.store.close()

    reopened = open_store(path)  # another engine on the same file: what reached it
    try:
        assert services.load(reopened.uow(), engagement_id)[0].title == titles[-1]
        changes = [e.change.new for e in services.engagement_history(reopened.uow(), engagement_id)
                   if e.change.field == "title" and e.change.new.startswith("Edit ")]
        assert changes == titles
    finally:
        reopened.close()


def test_undoing_after_the_edits_reverses_them_in_order(qapp, tmp_path):
    workbench = Workbench(tmp_path / "verifield.sqlite", "tester")
    engagement_id = workbench.create_demo()
    first = workbench.load(engagement_id)[0].title
    for title in ("A", "B", "C"):
        workbench.edit_engagement(engagement_id, "title", title, "title")
    seen = []
    for _ in range(3):
        workbench.undo_stack.undo()
        seen.append(workbench.load(engagement_id)[0].title)
    workbench.wait_synced()
    assert seen == ["B", "A", first]
    workbench.store.close()
