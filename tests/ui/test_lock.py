"""The passphrase in the window: set in the settings (the folder is encrypted, the recovery key shown once), asked for
at start (a wrong one said, Cancel stops), asked again after the idle minutes with the window hidden, and changed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.services import demo, engagements as services
from app.domain.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.storage import data_key
from app.storage.encrypt_folder import encrypt_folder
from app.storage.encryption_at_rest import is_plain
from app.storage.store import open_store
from app.ui import i18n
from app.ui.main import start
from app.ui.settings import LOCK_AFTER, Settings
from tests.ui.clicking import answering, choose_action, click, press, type_text

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _no_key_left_active():
    yield
    data_key.deactivate_all()


def _menu(qtbot, window, title: str, entry: str, *then) -> None:
    bar = window.menuBar()
    action = next(a for a in bar.actions() if a.text() == title)
    with answering(qtbot, choose_action(qtbot, entry), *then):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())


def _encrypted_folder(tmp_path):
    data = tmp_path / "data"
    store = open_store(data / "verifield.sqlite")
    demo.create_demo(store.uow(), "t", date(2026, 6, 1))
    store.close()
    encrypt_folder(data, PASSPHRASE, recovery=False)
    return data


def _unlock_with(qtbot, *attempts: str):
    """A handler typing each attempt into the unlock dialog in turn, pressing OK after each."""
    def handler(dialog) -> None:
        for attempt in attempts:
            type_text(qtbot, dialog.passphrase, attempt, leave=False)
            press(qtbot, dialog)
            qtbot.waitUntil(lambda: dialog.deriving is None, timeout=10000)  # the key unwrapped on a thread of the pool
            if dialog.isVisible():
                assert dialog.problem.text() == "The passphrase is wrong."
    return handler


def test_a_passphrase_set_in_the_settings_encrypts_the_folder_and_shows_the_recovery_key_once(qtbot, window, workbench):
    client = services.create_organisation(workbench.uow(), Organisation(name_en="Acme"), "t")
    services.create_engagement(workbench.uow(), Engagement(organisation_id=client, title="kept"), "t", date(2026, 1, 5))
    shown = []

    def recovery_box(box) -> None:
        assert isinstance(box, QMessageBox) and "shown only this once" in box.text()
        shown.append(box.text().split("\n\n")[1])
        press(qtbot, box)

    def passphrase(dialog) -> None:
        type_text(qtbot, dialog.new, PASSPHRASE)
        type_text(qtbot, dialog.repeat, "a different one")
        press(qtbot, dialog)
        assert dialog.problem.text() == "The two new passphrases differ."
        with answering(qtbot, recovery_box):
            type_text(qtbot, dialog.repeat, PASSPHRASE, leave=False)
            press(qtbot, dialog)

    def settings(dialog) -> None:
        assert "not encrypted" in dialog.lock.state.text()
        with answering(qtbot, passphrase):
            click(qtbot, dialog.lock.button)
        assert "is encrypted" in dialog.lock.state.text() and dialog.lock.button.text() == "Change passphrase…"
        type_text(qtbot, dialog.lock.idle, "5")
        press(qtbot, dialog)

    _menu(qtbot, window, "&File", "&Settings…", settings)

    folder = workbench.path.parent
    assert data_key.is_encrypted(folder) and is_plain(workbench.path) is False
    assert Settings().get(LOCK_AFTER) == 5
    assert [s.title for s in workbench.summaries()] == ["kept"]  # opened again with the new key
    assert data_key.unlock_with_recovery(folder, shown[0]) == data_key.unlock(folder, PASSPHRASE)


def test_an_encrypted_folder_asks_for_its_passphrase_at_start(qapp, qtbot, tmp_path):
    i18n.install("en")
    data = _encrypted_folder(tmp_path)
    with answering(qtbot, _unlock_with(qtbot, "not it at all", PASSPHRASE)):
        application = start(str(data))
    assert application is not None
    qtbot.addWidget(application.window)
    assert [s.code for s in application.workbench.summaries()] == ["DEMO-2026-0001"]
    qtbot.waitUntil(lambda: "Backed up" in application.window.statusBar().currentMessage(), timeout=10000)
    assert (data / "backups").is_dir() and all(is_plain(p) is False for p in (data / "backups").glob("*.sqlite"))
    application.workbench.close_store()
    application.errors.uninstall()
    data_key.deactivate_all()

    with answering(qtbot, lambda dialog: press(qtbot, dialog, "Cancel")):
        assert start(str(data)) is None


def test_a_passphrase_given_at_start_opens_the_folder_and_a_wrong_one_is_said_in_the_dialog(qapp, qtbot, tmp_path):
    """``verifield --passphrase-file P`` hands the passphrase to the window: the dialog tries it as if typed and
    closes once the key is unwrapped; a wrong one is said under the field and the dialog waits for the right one."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    i18n.install("en")
    data = _encrypted_folder(tmp_path)
    asked = []
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (dialog := QApplication.activeModalWidget()) and (asked.append(1), dialog.reject()))
    watchdog.start(10000)  # a dialog still waiting then was not given the passphrase: cancelled, so start says None
    application = start(str(data), passphrase=PASSPHRASE)
    watchdog.stop()
    assert application is not None and asked == []
    qtbot.addWidget(application.window)
    assert [s.code for s in application.workbench.summaries()] == ["DEMO-2026-0001"]
    application.workbench.close_store()
    application.errors.uninstall()
    data_key.deactivate_all()

    def wrong_then_right(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.problem.text() == "The passphrase is wrong.", timeout=10000)
        _unlock_with(qtbot, PASSPHRASE)(dialog)

    with answering(qtbot, wrong_then_right):
        application = start(str(data), passphrase="not it at all")
    assert application is not None
    qtbot.addWidget(application.window)
    application.workbench.close_store()
    application.errors.uninstall()


def test_the_passphrase_is_derived_off_the_gui_thread_while_the_dialog_says_so(qapp, qtbot, tmp_path, monkeypatch):
    """OK starts the Argon2id derivation on a thread of the pool: while it runs the dialog says it is opening the
    folder with its buttons and field off, and the GUI thread goes on turning (a timer fires); once the key is
    unwrapped the dialog closes with it.  The derivation is held on an event to catch it under way."""
    import threading

    from PySide6.QtCore import QTimer

    from app.ui.dialogs.unlock import UnlockDialog

    i18n.install("en")
    data = _encrypted_folder(tmp_path)
    held, derived_on = threading.Event(), []
    real_unlock = data_key.unlock

    def held_unlock(folder, passphrase):
        derived_on.append(threading.current_thread() is threading.main_thread())
        assert held.wait(10)
        return real_unlock(folder, passphrase)

    monkeypatch.setattr(data_key, "unlock", held_unlock)
    dialog = UnlockDialog(data)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.passphrase, PASSPHRASE, leave=False)
    press(qtbot, dialog)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    assert derived_on == [False] and dialog.isVisible() and dialog.deriving is not None
    assert dialog.problem.text() == "Opening the folder…"
    assert not dialog.ok.isEnabled() and not dialog.cancel.isEnabled() and dialog.passphrase.isReadOnly()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not taken while the key is unwrapped
    assert dialog.isVisible()
    held.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == 1 and dialog.key == real_unlock(data, PASSPHRASE)
    timer.stop()


def test_the_window_locks_after_the_idle_minutes_and_opens_again_with_the_passphrase(qapp, qtbot, tmp_path):
    i18n.install("en")
    data = _encrypted_folder(tmp_path)
    with answering(qtbot, _unlock_with(qtbot, PASSPHRASE)):
        application = start(str(data))
    window, lock = application.window, application.lock
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    lock.lock_if_idle()
    assert not lock.locked and window.isVisible()  # not idle yet
    assert lock.armed  # the event filter waits for a key or the mouse
    lock.last -= 10 * 60
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # a key pressed: not idle any more
    assert not lock.armed  # and the filter is gone until the next check: the events in between reach no Python
    lock.lock_if_idle()
    assert not lock.locked and lock.armed
    lock.last -= 10 * 60
    lock.lock_if_idle()
    assert lock.locked and not window.isVisible() and lock.dialog.isVisible()
    _unlock_with(qtbot, "wrong passphrase", PASSPHRASE)(lock.dialog)
    qtbot.waitUntil(lambda: window.isVisible() and not lock.locked, timeout=5000)
    application.workbench.close_store()


def test_the_passphrase_is_changed_in_the_settings(qtbot, window, workbench):
    folder = workbench.path.parent
    workbench.close_store()
    encrypt_folder(folder, PASSPHRASE, recovery=False, store_name=workbench.path.name)
    data_key.activate(folder, data_key.unlock(folder, PASSPHRASE))
    store_bytes = workbench.path.read_bytes()

    def change(dialog) -> None:
        type_text(qtbot, dialog.current, "wrong wrong wrong")
        type_text(qtbot, dialog.new, "the new passphrase")
        type_text(qtbot, dialog.repeat, "the new passphrase")
        press(qtbot, dialog)
        assert dialog.problem.text() == "The passphrase is wrong."
        type_text(qtbot, dialog.current, PASSPHRASE)
        press(qtbot, dialog)

    def settings(dialog) -> None:
        with answering(qtbot, change):
            click(qtbot, dialog.lock.button)
        press(qtbot, dialog)

    _menu(qtbot, window, "&File", "&Settings…", settings)
    assert data_key.unlock(folder, "the new passphrase")
    with pytest.raises(data_key.Locked):
        data_key.unlock(folder, PASSPHRASE)
    assert workbench.path.read_bytes() == store_bytes  # nothing re-encrypted


def test_encrypting_from_the_settings_runs_off_the_gui_thread_and_cancel_changes_nothing(qtbot, window, workbench, monkeypatch):
    """The conversion runs as a Job behind a progress dialog: while it is held on its first file the window still
    answers; Cancel leaves every file as it was (no key file, no staging, no extra backup); OK again encrypts."""
    import threading

    from app.storage import encrypt_folder as conversion

    demo.create_demo(workbench.uow(), "t", date(2026, 6, 1))
    folder = workbench.path.parent
    workbench.close_store()
    before = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file() and "-wal" not in p.name and "-shm" not in p.name}
    held, release, real_export = threading.Event(), threading.Event(), conversion._export

    def export_when_released(*args):  # the real export, started only once the test has pressed Cancel
        held.set()
        release.wait(20)
        return real_export(*args)

    monkeypatch.setattr(conversion, "_export", export_when_released)

    def passphrase(dialog) -> None:
        type_text(qtbot, dialog.new, PASSPHRASE)
        type_text(qtbot, dialog.repeat, PASSPHRASE)
        click(qtbot, dialog.make_recovery)  # no recovery key this time
        press(qtbot, dialog)
        qtbot.waitUntil(held.is_set, timeout=10000)
        progress = dialog.running.dialog
        qtbot.waitUntil(progress.isVisible, timeout=5000)  # shown while the work waits: the GUI thread is free
        assert not dialog.buttons.isEnabled()
        click(qtbot, next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"))
        release.set()
        qtbot.waitUntil(lambda: dialog.running is None, timeout=20000)
        assert dialog.problem.text() == "Cancelled: nothing was encrypted."
        assert not data_key.is_encrypted(folder) and not (folder / ".encrypting").exists()
        after = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file() and "-wal" not in p.name and "-shm" not in p.name}
        assert after.keys() == before.keys() and all(is_plain(folder / p) is not False for p in after if p.suffix == ".sqlite")
        press(qtbot, dialog)  # again, to the end this time
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    def settings(dialog) -> None:
        with answering(qtbot, passphrase, timeout=60000):
            click(qtbot, dialog.lock.button)
        assert "is encrypted" in dialog.lock.state.text()
        press(qtbot, dialog)

    _menu(qtbot, window, "&File", "&Settings…", settings)
    assert data_key.is_encrypted(folder) and is_plain(workbench.path) is False
    assert [s.code for s in workbench.summaries()] == ["DEMO-2026-0001"]
