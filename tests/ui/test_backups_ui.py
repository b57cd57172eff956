"""Backups in the window: one at start (into a second folder too), one after N minutes of work, their settings edited
in the settings dialog, and *File → Restore from backup…* clicked, which brings back the backed-up edits only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services import engagements as services
from app.domain.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.storage import backups
from app.storage.store import open_store
from app.ui import i18n
from app.ui.main import start
from app.ui.settings import BACKUP_EVERY, BACKUP_KEEP, BACKUP_SECOND_FOLDER, Settings
from tests.ui.clicking import answering, choose_action, pick_file, press, type_text


def _menu(qtbot, window, title: str, entry: str, *then) -> None:
    """Click ``title`` on the menu bar, then ``entry`` in the menu it opens; ``then`` answers the dialogs that follow."""
    bar = window.menuBar()
    action = next(a for a in bar.actions() if a.text() == title)
    with answering(qtbot, choose_action(qtbot, entry), *then):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())


def _engagement(path, title: str) -> str:
    store = open_store(path)
    client = services.create_organisation(store.uow(), Organisation(name_en="Acme"), "t")
    made = services.create_engagement(store.uow(), Engagement(organisation_id=client, title=title), "t", date(2026, 1, 5))
    store.close()
    return made


def test_backups_at_start_into_both_folders_and_after_minutes_of_work(qapp, qtbot, tmp_path):
    i18n.install("en")
    data, usb = tmp_path / "data", tmp_path / "usb"
    _engagement(data / "verifield.sqlite", "at start")
    Settings().set(BACKUP_SECOND_FOLDER, str(usb))
    application = start(str(data))
    qtbot.addWidget(application.window)
    qtbot.waitUntil(lambda: "Backed up" in application.window.statusBar().currentMessage(), timeout=10000)  # written on a worker
    assert backups.backups_in(usb) and backups.backups_in(data / "backups")
    assert not application.lock.armed  # a plain folder has nothing to lock: no event filter at all
    assert not application.backups.changed_since
    application.backups.back_up_if_due()  # nothing changed: no new backup
    application.backups.wait()
    assert len(backups.backups_in(data / "backups")) == 1
    application.workbench.changed.emit()  # an edit
    application.backups.back_up_if_due()  # but not yet N minutes
    application.backups.wait()
    assert len(backups.backups_in(data / "backups")) == 1
    application.backups.last -= 15 * 60
    (data / ".encrypting").mkdir()  # the folder being encrypted (verifield encrypt's staging area): no plain backup now
    application.backups.back_up_if_due()
    application.backups.wait()
    assert len(backups.backups_in(data / "backups")) == 1
    (data / ".encrypting").rmdir()
    assert application.backups.back_up_if_due() is not None  # on a worker: the GUI thread goes on
    application.backups.wait()
    assert len(backups.backups_in(data / "backups")) == 2 and len(backups.backups_in(usb)) == 2
    application.workbench.close_store()


def test_an_unplugged_second_folder_is_said_and_the_work_goes_on(qapp, qtbot, tmp_path):
    i18n.install("en")
    data = tmp_path / "data"
    _engagement(data / "verifield.sqlite", "x")
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the folder should be")
    Settings().set(BACKUP_SECOND_FOLDER, str(blocker / "backups"))
    application = start(str(data))
    qtbot.addWidget(application.window)
    qtbot.waitUntil(lambda: "Backup not written" in application.window.statusBar().currentMessage(), timeout=10000)
    assert len(backups.backups_in(data / "backups")) == 1
    application.workbench.close_store()


def test_backup_settings_are_edited_in_the_settings_dialog(qtbot, window):
    def edit(dialog) -> None:
        type_text(qtbot, dialog.backups.every, "30")
        type_text(qtbot, dialog.backups.keep, "5")
        type_text(qtbot, dialog.backups.second, "/media/usb/verifield")
        press(qtbot, dialog)

    _menu(qtbot, window, "&File", "&Settings…", edit)
    settings = Settings()
    assert (settings.get(BACKUP_EVERY), settings.get(BACKUP_KEEP), settings.get(BACKUP_SECOND_FOLDER)) == (30, 5, "/media/usb/verifield")


def test_restore_from_backup_is_clicked_and_brings_back_the_backed_up_edits_only(qtbot, window, workbench, tmp_path, monkeypatch):
    client = services.create_organisation(workbench.uow(), Organisation(name_en="Acme"), "t")
    first = services.create_engagement(workbench.uow(), Engagement(organisation_id=client, title="kept"), "t", date(2026, 1, 5))
    made = backups.write_backup(workbench.path, tmp_path / "usb" / "friday.sqlite")
    services.update_engagement(workbench.uow(), first, {"title": "after the backup"}, "t")
    services.create_engagement(workbench.uow(), Engagement(organisation_id=client, title="also after"), "t", date(2026, 2, 5))
    window.list_page.reload()
    pick_file(monkeypatch, made.path)

    _menu(qtbot, window, "&File", "&Restore from backup…", lambda box: press(qtbot, box, "Yes"))

    qtbot.waitUntil(lambda: getattr(window, "restored_box", None) is not None and window.restored_box.isVisible(), timeout=10000)
    assert "Restored from the backup" in window.restored_box.text()
    assert [s.title for s in workbench.summaries()] == ["kept"]
    assert window.list_page.table.model().rowCount() == 1
    assert list(workbench.path.parent.glob("ui.before-restore-*.sqlite"))
    window.restored_box.done(0)


def test_a_refused_restore_says_why_and_changes_nothing(qtbot, window, workbench, tmp_path, monkeypatch):
    client = services.create_organisation(workbench.uow(), Organisation(name_en="Acme"), "t")
    services.create_engagement(workbench.uow(), Engagement(organisation_id=client, title="current"), "t", date(2026, 1, 5))
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\0" * 4096)
    pick_file(monkeypatch, junk)
    _menu(qtbot, window, "&File", "&Restore from backup…", lambda box: press(qtbot, box, "Yes"))
    qtbot.waitUntil(lambda: getattr(window, "restored_box", None) is not None and window.restored_box.isVisible(), timeout=10000)
    assert "not a Verifield data file" in window.restored_box.text() and "Nothing has been changed" in window.restored_box.text()
    assert [s.title for s in workbench.summaries()] == ["current"]
    window.restored_box.done(0)
