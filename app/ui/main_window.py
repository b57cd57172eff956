"""The main window: the engagement list and the workspace, with menus for every action and its shortcut."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from app import APP_NAME, __version__
from app.domain.engagement.engagement import DEMO_MARK
from app.ui.actions import outbox as outbox_view
from app.ui.collector import held
from app.ui.commands.workbench import Workbench
from app.ui.dialogs.new_engagement import NewEngagementWizard
from app.ui.dialogs.people import PeopleDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.pages.engagement_list import EngagementListPage
from app.ui.settings import GEOMETRY, Settings


# What the workspace's pages import from outside the user interface that the window has not: their reports, PDF
# signing, packages and more, which took the GUI thread seconds when the first engagement was opened
# (tests/ui/test_stalls.py checks the list is whole).  Qt's own modules are left to the GUI thread.
WORKSPACE_IMPORTS = (
    "app.domain.certification.surveillance_report", "app.services.certification", "app.services.evaluation",
    "app.services.issued_documents", "app.services.review_points", "app.services.surveillance",
)


def _prepare_workspace(workbench: Workbench) -> None:
    """A warm-up of the store-opening thread (``Workbench.warm_up``): import :data:`WORKSPACE_IMPORTS`, and read what
    the workspace's refresh reads for the engagement listed first, so that its SQL is compiled before one is opened."""
    from app.services import fieldwork

    for name in WORKSPACE_IMPORTS:
        importlib.import_module(name)
    listed = workbench.summaries()
    if listed:
        engagement_id = listed[0].id
        workbench.load(engagement_id)
        workbench.blocker_inputs(engagement_id, ("findings", "statements", "review", "changes", "own"))
        fieldwork.progress(workbench.uow(), engagement_id)


class MainWindow(QMainWindow):
    """``language_changed`` asks the application to rebuild the window in the new language, ``switch_profile``
    to open another person's profile."""

    language_changed = Signal()
    switch_profile = Signal()

    def __init__(self, workbench: Workbench, settings: Settings, parent=None):
        super().__init__(parent)
        held.install()  # cycles freed on this thread only (app/ui/collector.py)
        self.workbench = workbench
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.list_page = EngagementListPage(workbench)
        self._workspace = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self._head_office = None
        self.setCentralWidget(self.stack)
        self._menus()
        self.list_page.open_requested.connect(self.open_engagement)
        self.list_page.new_requested.connect(self.new_engagement)
        workbench.changed.connect(self._list_changed)
        workbench.warm_up(_prepare_workspace)  # on the store-opening thread, before an engagement is first opened
        self.statusBar().showMessage(str(workbench.path))
        if not self.restoreGeometry(settings.get(GEOMETRY)):
            self.resize(1280, 820)

    def _action(self, menu, text: str, slot, *keys) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(file, self.tr("&New engagement…"), self.new_engagement, QKeySequence.StandardKey.New)
        self.list_action = self._action(file, self.tr("Engagement &list"), self.show_list, "Ctrl+L")
        self.people_action = self._action(file, self.tr("&People…"), self.show_people, "Ctrl+Shift+P")
        self.head_office_action = self._action(file, self.tr("&Head office"), self.show_head_office, "Ctrl+Shift+H")
        file.addSeparator()
        self._action(file, self.tr("&Import packages from folder…"), lambda: self.import_packages())
        self._action(file, self.tr("Imported packages (read-only)…"), self.show_imported)
        outbox_view.install(self, file)  # Outbox…, the status-bar indicator
        file.addSeparator()
        self._action(file, self.tr("&Restore from backup…"), self.restore_backup)
        self._action(file, self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
        self._action(file, self.tr("S&witch profile…"), self.switch_profile.emit)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        # Undo acts on the open engagement only: on the list, where no engagement is shown, it is off.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.workbench.undo_stack)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Copy &log"), self.copy_log)
        self._action(help_menu, self.tr("&About Verifield"), self.about)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.list_action)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)

    @property
    def workspace(self):
        """The engagement workspace, built when first needed: its fifteen pages are not part of start-up."""
        if self._workspace is None:
            from app.ui.workspace import Workspace

            self._workspace = Workspace(self.workbench)
            self.stack.addWidget(self._workspace)
        return self._workspace

    @property
    def head_office(self):
        """Head office's pages, built when first asked for, like the workspace."""
        if self._head_office is None:
            from app.ui.pages.head_office_page import HeadOfficePage

            self._head_office = HeadOfficePage(self.workbench)
            self.stack.addWidget(self._head_office)
        return self._head_office

    # --- navigation ------------------------------------------------------------------------
    def open_engagement(self, engagement_id: str) -> None:
        self.workspace.open(engagement_id)
        self.stack.setCurrentWidget(self.workspace)
        self.undo_group.setActiveStack(self.workbench.undo_stack)
        engagement = self.workbench.load(engagement_id)[0]
        demo = f" — {DEMO_MARK}" if engagement.is_demo else ""
        self.setWindowTitle(f"{engagement.code}  {engagement.title}{demo} — {APP_NAME}")

    def show_list(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.undo_group.setActiveStack(None)
        self.list_page.reload()
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.search.setFocus()

    def show_head_office(self) -> None:
        """Head-office mode: the inbox, review, decision and the certificate register."""
        self.setWindowTitle(self.tr("Head office") + f" — {APP_NAME}")
        self.undo_group.setActiveStack(None)
        self.stack.setCurrentWidget(self.head_office)
        self.head_office.reload()

    def new_engagement(self) -> None:
        wizard = NewEngagementWizard(self.workbench, self)
        if wizard.exec() and wizard.created_id:
            self.open_engagement(wizard.created_id)

    def show_people(self) -> PeopleDialog:
        """The person register (team members, reviewers and decision-makers are picked from it)."""
        dialog = PeopleDialog(self.workbench, self)
        dialog.open()
        return dialog

    def import_packages(self, folder: str = "", key: str | None = None):
        """Head office: verify and import every audit package in a folder (a USB stick, a share), or one package file
        (``folder`` a .vfpkg: a file opened with Verifield), in the background."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.ui.actions.packages import PackageActions

        if getattr(self, "packages", None) is not None and self.packages.running is not None:
            return None  # one import at a time
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Folder with packages"))
        if not folder:
            return None
        if key is None:  # an encrypted package needs head office's age key; Cancel for packages not encrypted
            key, _ = QFileDialog.getOpenFileName(self, self.tr("Head office's age key (Cancel if not encrypted)"))
        self.packages = PackageActions(self.workbench, self)
        return self.packages.import_folder(Path(folder), [Path(key)] if key else [], self._imported_said)

    def _imported_said(self, said: str) -> None:
        self.statusBar().showMessage(said.splitlines()[0] if said else "")
        self.imported_dialog = self.show_imported(said)

    def show_imported(self, said: str = ""):
        """The revisions imported at head office, read-only (``said``: what the last import did)."""
        from app.ui.actions.packages import ImportedDialog

        dialog = ImportedDialog(self.workbench, self, said)
        dialog.open()
        return dialog

    def _list_changed(self) -> None:
        if self.stack.currentWidget() is self.list_page:
            self.list_page.reload()

    def edit_settings(self) -> None:
        before = self.settings.language()
        if SettingsDialog(self.settings, self, self.workbench).exec():
            self.workbench.actor = self.settings.actor()
            if self.settings.language() != before:
                self.language_changed.emit()

    def restore_backup(self):
        from app.ui.actions.backups import restore_from_backup

        self.show_list()
        self.restored_box = restore_from_backup(self, self.workbench)
        self.show_list()
        return self.restored_box

    def copy_log(self) -> None:
        from app.ui.dialogs.error import copy_log

        copy_log()
        self.statusBar().showMessage(self.tr("The log is on the clipboard (ids only: no client names, figures or file contents)."), 10_000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Verifield"),
            f"{APP_NAME} {__version__}\n" + self.tr("Workbench for greenhouse-gas and carbon-neutrality verifiers."),
        )

    def dispose_later(self) -> None:
        """Delete this window, replaced by one in another language, a piece per turn of the event loop: its workspace's
        pages one by one, then the rest (all at once, they took the GUI thread 50–70 ms)."""
        pieces = self._workspace.dismantle() if self._workspace is not None else []

        def step() -> None:
            if pieces:
                pieces.pop().deleteLater()
                QTimer.singleShot(0, step)
            else:
                self.deleteLater()

        step()

    def closeEvent(self, event) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
