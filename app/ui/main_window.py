"""The main window: the engagement list and the workspace, with menus for every action and its shortcut."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from app import APP_NAME, __version__
from app.domain.engagement import DEMO_MARK
from app.ui.list_page import EngagementListPage
from app.ui.people_dialog import PeopleDialog
from app.ui.settings import GEOMETRY, Settings
from app.ui.settings_dialog import SettingsDialog
from app.ui.wizard import NewEngagementWizard
from app.ui.workbench import Workbench
from app.ui.workspace import Workspace


class MainWindow(QMainWindow):
    """``language_changed`` asks the application to rebuild the window in the new language."""

    language_changed = Signal()

    def __init__(self, workbench: Workbench, settings: Settings, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.list_page = EngagementListPage(workbench)
        self.workspace = Workspace(workbench)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._menus()
        self.list_page.open_requested.connect(self.open_engagement)
        self.list_page.new_requested.connect(self.new_engagement)
        workbench.changed.connect(self._list_changed)
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
        file.addSeparator()
        self._action(file, self.tr("&Import packages from folder…"), lambda: self.import_packages())
        self._action(file, self.tr("Imported packages (read-only)…"), self.show_imported)
        file.addSeparator()
        self._action(file, self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
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
        self._action(help_menu, self.tr("&About Verifield"), self.about)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.list_action)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)

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
        """Head office: verify and import every audit package in a folder (a USB stick, a share), in the background."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.ui.package_actions import PackageActions

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
        from app.ui.package_actions import ImportedDialog

        dialog = ImportedDialog(self.workbench, self, said)
        dialog.open()
        return dialog

    def _list_changed(self) -> None:
        if self.stack.currentWidget() is self.list_page:
            self.list_page.reload()

    def edit_settings(self) -> None:
        before = self.settings.language()
        if SettingsDialog(self.settings, self).exec():
            self.workbench.actor = self.settings.actor()
            if self.settings.language() != before:
                self.language_changed.emit()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Verifield"),
            f"{APP_NAME} {__version__}\n" + self.tr("Workbench for greenhouse-gas and carbon-neutrality verifiers."),
        )

    def closeEvent(self, event) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
