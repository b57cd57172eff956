"""Head office's Inbox of received packages (Head office ▸ *Received packages*): what the intake service received
(verified, or refused with its reason) and what was imported from a folder, each with its engagement code, client,
revision, when it arrived, its signer and its state; sorted by any column, filtered as you type and by state, and
one opened read-only in the imported-engagement view (Enter or double-click); *Assign an engagement…* sends one
down to a verifier's laptops (:mod:`app.ui.dialogs.assign`); *Import received packages* makes what the intake service
received head office's engagements, to review and decide on (:mod:`app.ui.actions.taking_in`).

The intake service's data folder (and its PostgreSQL URL, if it has one) is chosen on the page and remembered in
the settings; the list is read off the GUI thread (:class:`app.ui.jobs.Latest`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.kernel.text import DomainError, Text
from app.intake import inbox
from app.ui.i18n import show
from app.ui.jobs import Latest
from app.ui.models.tables import ROW_ROLE, RowsModel
from app.ui.widgets.forms import row_table

DATA_DIR_KEY, DATABASE_KEY = "head_office/intake_data_dir", "head_office/intake_database_url"


class InboxPage(QWidget):
    """The received packages, newest first."""

    def __init__(self, workbench, parent=None):
        from app.ui.settings import Settings

        super().__init__(parent)
        self.workbench, self.settings = workbench, Settings()
        self.entries: list[inbox.Entry] = []
        self.loader = Latest(self)
        self.folder = QLineEdit(self.settings.value(DATA_DIR_KEY))
        self.folder.setObjectName("intake_folder")
        self.folder.setPlaceholderText(self.tr("The intake service's data folder (verifield serve --data-dir)"))
        self.database = QLineEdit(self.settings.value(DATABASE_KEY))
        self.database.setObjectName("intake_database")
        self.database.setPlaceholderText(self.tr("PostgreSQL URL, if the service uses one"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("inbox_refresh")
        self.refresh_button.clicked.connect(self.remember_and_reload)
        self.search = QLineEdit()
        self.search.setObjectName("inbox_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by code, client, signer or reason… (Ctrl+F)"))
        self.state = QComboBox()
        self.state.setObjectName("inbox_state")
        for label, value in ((self.tr("All states"), ""), (self.tr("Received"), inbox.RECEIVED), (self.tr("Refused"), inbox.REFUSED)):
            self.state.addItem(label, value)
        self.model = RowsModel([
            (self.tr("Code"), lambda e: e.engagement_code or e.engagement_id[:8]), (self.tr("Client"), lambda e: e.client),
            (self.tr("Revision"), lambda e: "" if e.revision is None else f"{e.revision:03d}"),
            (self.tr("Received at"), lambda e: e.received_at[:19].replace("T", " ")), (self.tr("Signer"), lambda e: e.signer),
            (self.tr("From"), lambda e: e.sender), (self.tr("State"), self.state_text),
            (self.tr("Source"), lambda e: self.tr("intake service") if e.source == inbox.INTAKE else self.tr("imported")),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = row_table(self.proxy, read_only=True)
        self.table.setObjectName("received_table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self.tr("Open read-only"))
        self.open_button.setObjectName("inbox_open")
        self.open_button.clicked.connect(self.open_selected)
        self.assign_button = QPushButton(self.tr("Assign an engagement…"))
        self.assign_button.setObjectName("inbox_assign")
        self.assign_button.clicked.connect(self.assign)
        self.import_button = QPushButton(self.tr("Import received packages"))
        self.import_button.setObjectName("inbox_import")
        self.import_button.clicked.connect(self.import_received)
        self.importing = None
        self.load_refusal = ""  # what the last reading refused, cleared by the next good one
        self.said = QLabel()
        self.said.setObjectName("inbox_said")
        self.said.setWordWrap(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.state.currentIndexChanged.connect(lambda _: self.show_entries())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        where = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("Intake data folder")), 0), (self.folder, 3), (choose, 0), (self.database, 2),
                                (self.refresh_button, 0)):
            where.addWidget(widget, stretch)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.said)
        self.view = None

    def state_text(self, entry: inbox.Entry) -> str:
        if entry.state == inbox.RECEIVED:
            return self.tr("received, verified")
        return self.tr("refused: %1").replace("%1", show(Text(entry.reason.get("zh", ""), entry.reason.get("en", ""))))

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("The intake service's data folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.remember_and_reload()

    def remember_and_reload(self) -> None:
        self.settings.set_value(DATA_DIR_KEY, self.folder.text().strip())
        self.settings.set_value(DATABASE_KEY, self.database.text().strip())
        self.reload()

    def reload(self) -> None:
        """Read the Inbox again, off the GUI thread."""
        store, folder, url = self.workbench.store, self.folder.text().strip(), self.database.text().strip() or None

        def work(_progress, _cancelled):
            if not folder:
                return inbox.entries(store, None, None)
            engine = inbox.intake_engine(Path(folder), url)
            try:
                return inbox.entries(store, Path(folder), engine)
            finally:
                engine.dispose()

        self.loader.start(work, self.loaded, self.refused)

    def loaded(self, entries: list[inbox.Entry]) -> None:
        """Show the entries; clear an earlier reading's refusal, never what an import or an assignment said."""
        self.entries = entries
        if self.said.text() == self.load_refusal:
            self.said.setText("")
        self.load_refusal = ""
        self.show_entries()

    def refused(self, error: DomainError) -> None:
        self.entries = []
        self.load_refusal = show(error.message)
        self.said.setText(self.load_refusal)
        self.show_entries()

    def show_entries(self) -> None:
        wanted = self.state.currentData()
        self.model.set_rows([e for e in self.entries if not wanted or e.state == wanted])

    def selected(self) -> inbox.Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def open_selected(self):
        """The selected package in the read-only imported-engagement view (a refused one is not kept: said)."""
        from app.services.packages import Imported
        from app.ui.actions.packages import ImportedDialog

        entry = self.selected()
        if entry is None:
            return None
        if entry.path is None:
            self.said.setText(self.tr("A refused package is not kept at head office: there is nothing to open."))
            return None
        try:
            path = inbox.readable(entry, inbox.scratch_folder())
        except (OSError, DomainError, ValueError) as error:
            message = error.message if isinstance(error, DomainError) else Text(f"无法打开数据包：{error}", f"The package cannot be opened: {error}")
            self.said.setText(show(message))
            return None
        kept = Imported(path, entry.engagement_id, entry.engagement_code, entry.revision or 0, "", entry.received_at, entry.sender,
                        entry.signer, entry.received_at)
        self.view = ImportedDialog(self.workbench, self, kept=[kept])
        self.view.open()
        return self.view

    def import_received(self):
        """Import every package the intake service of the folder chosen received into head office's store."""
        from PySide6.QtCore import QThreadPool

        from app.ui.actions.taking_in import import_received

        folder = self.folder.text().strip()
        if not folder:
            self.said.setText(self.tr("Choose the intake service's data folder first."))
            return None
        if self.importing is not None:
            return self.importing  # one import at a time

        def shown(text: str) -> None:
            self.importing = None
            self.said.setText(text)
            self.reload()

        self.importing = import_received(self.workbench, self, QThreadPool.globalInstance(), Path(folder),
                                         self.database.text().strip() or None, shown)
        return self.importing

    def assign(self):
        """*Assign an engagement…* to an enrolled verifier, through the intake service of the folder chosen."""
        from app.ui.dialogs.assign import assign_dialog

        folder = self.folder.text().strip()
        if not folder:
            self.said.setText(self.tr("Choose the intake service's data folder first."))
            return None

        def assigned(body) -> None:
            self.said.setText(self.tr("Assigned to %1: made on their laptop at its next sync.").replace("%1", body["verifier"]))

        self.assign_form = assign_dialog(self.workbench, Path(folder), self.database.text().strip() or None, assigned, self)
        self.assign_form.open()
        return self.assign_form
