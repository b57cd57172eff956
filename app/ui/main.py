"""Starting the GUI: settings, language, store, the demo offered on first start, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.domain.text import DomainError, Text
from app.paths import database_path
from app.storage.files import stored_version
from app.storage.migrations import HEAD
from app.ui import i18n
from app.ui.fonts import use_bundled_font
from app.ui.main_window import MainWindow
from app.ui.settings import FIRST_START_DONE, Settings
from app.ui.workbench import Workbench

EXIT_WHEN_SHOWN_ENV = "VERIFIELD_EXIT_WHEN"  # used by benchmarks/startup.py


class Application:
    """Holds the one main window and rebuilds it when the language changes."""

    def __init__(self, workbench: Workbench, settings: Settings):
        self.workbench = workbench
        self.settings = settings
        self.window: MainWindow | None = None
        self.notices: list[QMessageBox] = []

    def build(self, engagement_id: str | None = None) -> MainWindow:
        i18n.install(self.settings.language())
        old, self.window = self.window, MainWindow(self.workbench, self.settings)
        self.window.language_changed.connect(self._rebuild)
        if engagement_id:
            self.window.open_engagement(engagement_id)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.show()
        return self.window

    def tell(self, notice: Text) -> QMessageBox:
        """Show ``notice`` over the main window without stopping it (a store restored from its backup, say)."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, i18n.show(notice), QMessageBox.StandardButton.Ok, self.window)
        box.open()
        self.notices.append(box)
        return box

    def _rebuild(self) -> None:
        current = self.window.workspace.engagement_id if self.window.stack.currentWidget() is self.window.workspace else None
        self.build(current)


def start(data_dir: str | None = None) -> Application | None:
    """Open the store and show the main window; None (after telling the user why) when the store cannot be opened."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    use_bundled_font(app)
    settings = Settings()
    i18n.install(settings.language())
    try:
        workbench = Workbench(database_path(data_dir), settings.actor())
        # An up-to-date store shows its list before the ORM is loaded; a new,
        # old or foreign one is created, migrated or refused before any window.
        if stored_version(workbench.path) != HEAD:
            workbench.open()
    except DomainError as error:  # a store that cannot be opened, a data folder that is a file
        QMessageBox.critical(None, APP_NAME, i18n.show(error.message))
        return None
    application = Application(workbench, settings)
    first_engagement, refused = None, None
    if not settings.get(FIRST_START_DONE) and workbench.is_empty():
        try:
            first_engagement = offer_demo(workbench)
        except DomainError as error:  # a read-only store or a full disk: the window still opens
            refused = error.message
    settings.set(FIRST_START_DONE, True)
    application.build(first_engagement)
    for notice in [*(workbench.store.notices if workbench.is_open else ()), *([refused] if refused else [])]:
        application.tell(notice)
    return application


def offer_demo(workbench: Workbench) -> str | None:
    """First start on an empty store: ask whether to create the demo engagement; its id when the answer is yes."""
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        None, APP_NAME,
        translate("FirstStart", "Create a demo engagement?") + "\n\n" + translate(
            "FirstStart",
            "A machinery manufacturer's invented 2025 inventory, with findings, field work and a draft statement, to "
            "look around. It is marked DEMO on the list and on every document, has a code of its own, and can be "
            "deleted from the list.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
    )
    return workbench.create_demo() if answer == QMessageBox.StandardButton.Yes else None


def run_gui(data_dir: str | None = None) -> int:
    application = start(data_dir)
    if application is None:
        return 2
    app = QApplication.instance()
    exit_when = os.environ.get(EXIT_WHEN_SHOWN_ENV)  # "shown" or "ready": quit there (benchmarks)
    if exit_when == "shown":
        QTimer.singleShot(0, app.quit)
        return app.exec()
    if not application.workbench.is_open:
        QTimer.singleShot(0, application.workbench.open)
    if exit_when == "ready":
        QTimer.singleShot(0, app.quit)
    return app.exec()
