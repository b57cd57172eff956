"""The running GUI of one data folder: its store opened, the demo offered on first start, the main window.

:func:`app.ui.main.start` asks for the folder (and, encrypted, its passphrase) first; this module, which imports the
main window and everything it shows, is imported on a thread meanwhile, and :func:`open_folder` then opens the store
and shows the window.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from app import APP_NAME, __version__, logs
from app.domain.kernel.text import DomainError, Text
from app.storage.files import stored_version
from app.storage.migrations import HEAD
from app.ui import i18n
from app.ui.actions.backups import Backups
from app.ui.commands.workbench import Workbench
from app.ui.dialogs.error import ErrorReporter
from app.ui.dialogs.profile_chooser import ProfileDialog
from app.ui.lock import IdleLock
from app.ui.main_window import MainWindow
from app.ui.settings import FIRST_START_DONE, Settings

GIL_SWITCH_SECONDS = 0.001


class Application:
    """Holds the one main window and rebuilds it when the language changes."""

    def __init__(self, workbench: Workbench, settings: Settings, reopen: Callable[[str], Application | None]):
        """``reopen`` starts the application of another data folder (*Switch profile…*): :func:`app.ui.main.start`."""
        # A job running Python on a worker keeps the GIL for the whole switch interval (5 ms by default) each time
        # the GUI thread needs it, and painting a table asks for it once per cell (the models are Python): 1 ms
        # shortens each wait fivefold (benchmarks/responsiveness.py) for a little more switching on the workers.
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self.workbench = workbench
        self.settings = settings
        self.window: MainWindow | None = None
        self.notices: list[QMessageBox] = []
        self.backups = Backups(workbench, settings, workbench)  # at start, then every N minutes of work
        self.backups.said.connect(self._said)
        self.errors = ErrorReporter(lambda: self.window, workbench)  # an exception in a slot: a dialog, work goes on
        self.errors.install()
        self.lock = IdleLock(workbench.path.parent, settings, lambda: self.window, workbench)  # encrypted folders
        self.reopen = reopen
        self.successor: Application | None = None  # the application of the profile switched to
        workbench.changed.connect(lambda: logs.log.info("edit stored (engagement %s)", workbench.undo_engagement or "-"))

    def _said(self, text: str) -> None:
        """A backup's outcome on the status bar, if the window is still there (a backup outlives a closed one)."""
        if self.window is not None and isValid(self.window):
            self.window.statusBar().showMessage(text, 10_000)

    def build(self, engagement_id: str | None = None) -> MainWindow:
        i18n.install(self.settings.language())
        old, self.window = self.window, MainWindow(self.workbench, self.settings)
        self.window.language_changed.connect(self._rebuild)
        self.window.switch_profile.connect(self.switch_profile)
        if engagement_id:
            self.window.open_engagement(engagement_id)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.dispose_later()
        self.window.show()
        return self.window

    def tell(self, notice: Text) -> QMessageBox:
        """Show ``notice`` over the main window without stopping it (a store restored from its backup, say)."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, i18n.show(notice), QMessageBox.StandardButton.Ok, self.window)
        box.open()
        self.notices.append(box)
        return box

    def switch_profile(self) -> Application | None:
        """*File → Switch profile…*: open the chosen profile's folder with its own settings (and lock) in a new
        window and close this one; this one stays when the choice is cancelled or the other cannot be opened."""
        dialog = ProfileDialog(self.workbench.path.parent, self.settings.actor(), self.window)
        if not dialog.exec() or Path(dialog.folder).resolve() == self.workbench.path.parent.resolve():
            return None
        self.errors.uninstall()
        successor = self.reopen(dialog.folder)
        if successor is None:  # its passphrase not given, say: this one goes on, in its own language
            self.errors.install()
            i18n.install(self.settings.language())
            return None
        self.backups.timer.stop()
        self.backups.wait()
        self.lock.stop()
        self.window.close()
        self.workbench.close_store()
        logs.log.info("profile switched")
        self.successor = successor
        return successor

    def _rebuild(self) -> None:
        shown = self.window.stack.currentWidget()
        current = shown.engagement_id if shown is not self.window.list_page else None
        self.build(current)


def open_folder(path: Path, settings: Settings, reopen: Callable[[str], Application | None]) -> Application | None:
    """Open the store at ``path`` (unlocked, if encrypted) and show its main window; None (after telling the user why)
    when the store cannot be opened."""
    try:
        workbench = Workbench(path, settings.actor())
        # An up-to-date store shows its list before the ORM is loaded; a new,
        # old or foreign one is created, migrated or refused before any window.
        if stored_version(workbench.path) != HEAD:
            workbench.open()
    except DomainError as error:  # a store that cannot be opened, a data folder that is a file
        QMessageBox.critical(None, APP_NAME, i18n.show(error.message))
        return None
    logs.setup(workbench.path.parent)
    logs.log.info("start %s %s, schema %s", APP_NAME, __version__, stored_version(workbench.path) or "new")
    application = Application(workbench, settings, reopen)
    first_engagement, refused = None, None
    if not settings.get(FIRST_START_DONE) and workbench.is_empty():
        try:
            first_engagement = offer_demo(workbench)
        except DomainError as error:  # a read-only store or a full disk: the window still opens
            refused = error.message
    settings.set(FIRST_START_DONE, True)
    application.build(first_engagement)
    application.backups.start()
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
