"""The engagement list: search as you type, filters by client, stage, year and programme; the demo can be deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.engagement.stages import Stage
from app.domain.engagement.summary import EngagementSummary
from app.domain.kernel.choices import Programme
from app.domain.kernel.text import DomainError
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.models.tables import ID_ROLE, EngagementFilterProxy, EngagementListModel, ListFilter
from app.ui.widgets.field_specs import options


class EngagementListPage(QWidget):
    """Lists engagements; ``open_requested(id)`` when the user opens one."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.model = EngagementListModel(self)
        self.proxy = EngagementFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search code, title or client…"))
        self.search.setClearButtonEnabled(True)
        self.client = self._combo("client_filter", self.tr("All clients"))
        self.status = self._combo("status_filter", self.tr("All stages"), options(Stage))
        self.year = self._combo("year_filter", self.tr("All years"))
        self.programme = self._combo("programme_filter", self.tr("All programmes"), options(Programme))
        self.new_button = QPushButton(self.tr("New engagement…"))
        self.new_button.setObjectName("new_engagement")
        self.delete_button = QPushButton(self.tr("Delete demo…"))
        self.delete_button.setObjectName("delete_engagement")
        self.delete_button.setToolTip(self.tr("Only the demo engagement can be deleted; a real engagement can only be terminated."))
        self.delete_button.setEnabled(False)
        self.notice = QLabel()
        self.notice.setObjectName("list_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b00020;")
        self.notice.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.client, self.status, self.year, self.programme):
            bar.addWidget(combo, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)

        self.table = QTableView()
        self.table.setObjectName("engagements")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EngagementListModel.COL_CODE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EngagementListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would measure every row on each keystroke.
        for column, width in ((EngagementListModel.COL_CODE, 120), (EngagementListModel.COL_CLIENT, 280),
                              (EngagementListModel.COL_PROGRAMME, 260), (EngagementListModel.COL_STATUS, 110),
                              (EngagementListModel.COL_PERIOD, 190)):
            header.resizeSection(column, width)
        self.table.setAlternatingRowColors(True)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_text = QLabel(self.tr("No engagements yet. Start a new one, or open the demo engagement to look around."))
        empty_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo engagement"))
        self.demo_button.setObjectName("demo")
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.client, self.status, self.year, self.programme):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.delete_button.setEnabled(self.selected() is not None)
        )
        self.demo_button.clicked.connect(lambda: self.open_requested.emit(self.workbench.create_demo()))
        self.reload()

    def selected(self) -> EngagementSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        engagement_id = rows[0].data(ID_ROLE)
        return next((r for r in self.workbench.summaries() if r.id == engagement_id), None)

    def delete_selected(self) -> bool:
        """Delete the selected demo after asking; a real engagement is refused with the reason shown above the list."""
        summary = self.selected()
        if summary is None:
            return False
        self.notice.hide()
        if summary.is_demo and not self.confirm(
            self.tr("Delete demo"),
            self.tr("Delete the demo engagement %1 and everything recorded in it? This cannot be undone.").replace("%1", summary.code),
        ):
            return False
        refusals: list[DomainError] = []
        self.workbench.error.connect(refusals.append)
        try:
            deleted = self.workbench.delete_engagement(summary.id)
        finally:
            self.workbench.error.disconnect(refusals.append)
        if refusals:
            self.notice.setText(show(refusals[0].message))
            self.notice.show()
        self.reload()
        return deleted

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _combo(self, name: str, any_label: str, items=()) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_label, None)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def reload(self) -> None:
        """Read the list again from the store, keeping the filters."""
        rows = self.workbench.summaries()
        self.model.set_rows(rows)
        self._refill(self.client, sorted({(r.organisation_id, r.client_zh or r.client_en) for r in rows}, key=lambda p: p[1]))
        self._refill(self.year, [(y, str(y)) for y in sorted({r.year for r in rows if r.year}, reverse=True)])
        self.empty.setVisible(not rows)
        self.apply_filter()

    def _refill(self, combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def apply_filter(self) -> None:
        self.proxy.set_filter(
            ListFilter(
                self.search.text(),
                self.client.currentData(),
                self.status.currentData(),
                self.year.currentData(),
                self.programme.currentData(),
            )
        )
