"""The log and unexpected errors: an exception raised inside a slot is said in a dialog (with *Copy log*), the window
keeps working and the edit committed before it stays stored; the log names ids only, never a client's name or figures."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app import logs
from app.services import demo, engagements as services
from app.storage.store import open_store
from app.ui import i18n
from app.ui.main import start
from tests.ui.clicking import answering, choose_action, click

SECRET_TITLE = "秘密项目 Secret Works 4711.25"


def _demo_folder(tmp_path):
    data = tmp_path / "data"
    store = open_store(data / "verifield.sqlite")
    engagement_id = demo.create_demo(store.uow(), "tester", date(2026, 6, 1))
    client = services.load(store.uow(), engagement_id)[1]
    store.close()
    return data, engagement_id, client


@pytest.mark.qt_no_exception_capture  # the application's own hook must see the exception, as it does for a user
def test_an_exception_in_a_slot_is_a_dialog_the_work_is_kept_and_the_app_runs_on(qapp, qtbot, tmp_path):
    i18n.install("en")
    data, engagement_id, client = _demo_folder(tmp_path)
    application = start(str(data))
    window = application.window
    qtbot.addWidget(window)
    try:
        window.open_engagement(engagement_id)

        def edit_then_fail() -> None:
            application.workbench.edit_engagement(engagement_id, "title", SECRET_TITLE, "Title")
            raise RuntimeError(f"{client.name_zh} {SECRET_TITLE}")  # a message quoting client data

        button = QPushButton("fail", window)
        button.clicked.connect(edit_then_fail)
        button.show()
        click(qtbot, button)

        qtbot.waitUntil(lambda: application.errors.box is not None and application.errors.box.isVisible(), timeout=5000)
        box = application.errors.box
        assert "Everything stored before it is kept" in box.text()
        assert "unexpected RuntimeError at test_errors_and_log.py" in box.informativeText()
        assert client.name_zh not in box.informativeText() + box.text()
        copy = next(b for b in box.buttons() if b.text() == "Copy log")
        click(qtbot, copy)
        copied = QApplication.clipboard().text()
        assert "unexpected RuntimeError" in copied and "in edit_then_fail" in copied

        assert [s.title for s in application.workbench.summaries()] == [SECRET_TITLE]  # committed before the raise
        click(qtbot, button)  # the window still answers: a second failure, a second dialog
        qtbot.waitUntil(lambda: application.errors.box is not box and application.errors.box.isVisible(), timeout=5000)
        application.errors.box.done(0)
        application.workbench.close_store()
        again = open_store(data / "verifield.sqlite")
        assert services.load(again.uow(), engagement_id)[0].title == SECRET_TITLE
        again.close()

        written = (data / "logs" / "verifield.log").read_text(encoding="utf-8")
        assert written.count("unexpected RuntimeError") == 2 and f"edit stored (engagement {engagement_id})" in written
        for secret in (client.name_zh, client.name_en, "Secret Works", "4711", client.credit_code):
            assert secret not in written
    finally:
        application.errors.uninstall()


def test_help_copy_log_puts_the_log_on_the_clipboard(qapp, qtbot, tmp_path):
    i18n.install("en")
    data, _engagement_id, client = _demo_folder(tmp_path)
    application = start(str(data))
    window = application.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=10000)
        QApplication.clipboard().setText("")
        bar = window.menuBar()
        help_menu = next(a for a in bar.actions() if a.text() == "&Help")
        with answering(qtbot, choose_action(qtbot, "Copy &log")):
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_menu).center())
        copied = QApplication.clipboard().text()
        assert "start Verifield" in copied and "backup verifield-backup-" in copied
        assert client.name_zh not in copied
        assert "on the clipboard" in window.statusBar().currentMessage()
        assert logs.current() == data / "logs" / "verifield.log"
    finally:
        application.errors.uninstall()
        application.workbench.close_store()
