"""Starting the GUI on a data folder that fails: a dialog says why (never a traceback), and a restored store says so."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage import migrations
from app.ui import i18n
from app.ui.main import start

SAVED = Path(__file__).parent.parent / "data"


def _answer_the_dialog(seen: list[str]) -> None:
    """Close the modal message box start() shows, keeping its text."""
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


def test_a_data_folder_that_is_a_file_is_said_in_a_dialog(qapp, tmp_path):
    i18n.install("en")
    afile = tmp_path / "notes.txt"
    afile.write_text("mine", encoding="utf-8")
    seen: list[str] = []
    _answer_the_dialog(seen)
    assert start(str(afile)) is None
    assert seen == [f"The data folder {afile} cannot be used: it is a file, not a folder. Choose another folder (--data-dir)."]
    assert afile.read_text(encoding="utf-8") == "mine"


def test_a_half_upgraded_store_is_restored_and_the_window_says_so(qapp, qtbot, tmp_path):
    i18n.install("en")
    data = tmp_path / "data"
    data.mkdir()
    path = data / "verifield.sqlite"
    shutil.copy(SAVED / "schema_0003.sqlite", path)
    shutil.copy(SAVED / "schema_0003.sqlite", data / "verifield.before-upgrade-from-0003-20261120-090000.sqlite")
    with closing(sqlite3.connect(SAVED / "schema_0004.sqlite")) as newer, closing(sqlite3.connect(path)) as store:
        for (sql,) in newer.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'statements' AND sql IS NOT NULL"):
            store.execute(sql)  # what an older release left when killed mid-upgrade
    application = start(str(data))
    assert application is not None
    qtbot.addWidget(application.window)
    [box] = application.notices
    assert box.isVisible()
    assert "restored from the backup made before that upgrade" in box.text()
    assert application.workbench.store.schema_version() == migrations.HEAD
    assert [s.code for s in application.workbench.summaries()] == ["VF-2026-0001"]
    box.done(0)
    application.workbench.store.close()


def test_an_edit_to_a_read_only_store_is_refused_in_the_window_and_changes_nothing(qapp, qtbot, tmp_path):
    from app.services import demo
    from app.services import engagements as services
    from app.storage.store import open_store
    from app.ui.commands.workbench import Workbench
    from app.ui.main_window import MainWindow
    from app.ui.pages.scope_page import ScopePage
    from app.ui.settings import Settings
    from tests.integration.disks import dump, read_only
    from tests.ui.test_workspace import commit, show_page

    i18n.install("en")
    path = tmp_path / "data" / "verifield.sqlite"
    made = open_store(path)
    engagement_id = demo.create_demo(made.uow(), "tester")
    made.close()
    before = dump(path)
    with read_only(path):
        store = open_store(path)
        window = MainWindow(Workbench(path, "tester", store), Settings())
        qtbot.addWidget(window)
        window.show()
        window.open_engagement(engagement_id)
        scope = show_page(window, ScopePage)
        commit(qtbot, scope.basics, "title", "Revised title")
        banner = window.workspace.banner
        assert banner.isVisible() and f"The data file {path} cannot be written" in banner.text()
        assert "read-only" in banner.text()
        assert services.load(store.uow(), engagement_id)[0].title != "Revised title"
        store.close()
    assert dump(path) == before
