"""Importing a client's own calculation workbook: map its sheet, header row and columns, preview, import.

The column mapping is remembered per client in the user settings; nothing is stored before "Import".
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.inventory.cells import as_text, column_letter
from app.domain.inventory.reported_import import UNITS, ColumnMapping, ReportedPlan
from app.domain.kernel.text import DomainError
from app.ui.i18n import show
from app.ui.settings import Settings


class ReportedImport(QDialog):
    """Map a client's calculation workbook (sheet, header row, name and figure columns), preview, import."""

    def __init__(self, workbench, engagement_id: str, client_id: str, path: str, parent=None):
        super().__init__(parent)
        from app.reports.workbook_reader import sheet_names

        self.setWindowTitle(self.tr("Import reported figures: %1").replace("%1", Path(path).name))
        self.workbench, self.engagement_id, self.client_id, self.path = workbench, engagement_id, client_id, path
        self.settings = Settings()
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.name_column, self.value_column = QLineEdit("A"), QLineEdit("B")
        self.unit = QComboBox()
        for symbol in UNITS:
            self.unit.addItem(f"{symbol}CO₂e", symbol)
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow(self.tr("Column with source names"), self.name_column)
        form.addRow(self.tr("Column with emissions"), self.value_column)
        form.addRow(self.tr("Unit of the emissions"), self.unit)
        self.preview = QTableWidget()
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setMaximumHeight(120)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.resize(860, 600)
        self.plan: ReportedPlan | None = None
        try:
            self.sheet.addItems(sheet_names(path))
        except DomainError as error:
            self.result.setPlainText(show(error.message))
            self.apply_button.setEnabled(False)
            return
        self._restore()
        self.sheet.currentTextChanged.connect(self._show_sheet)
        for widget in (self.name_column, self.value_column):
            widget.textChanged.connect(self.check)
        self.header_row.valueChanged.connect(self.check)
        self.unit.currentIndexChanged.connect(self.check)
        self._show_sheet()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(self.sheet.currentText(), self.header_row.value(), self.name_column.text(), self.value_column.text(), self.unit.currentData())

    def _key(self) -> str:
        return f"import/reported/{self.client_id}"

    def _restore(self) -> None:
        try:
            mapping = ColumnMapping(**json.loads(self.settings.value(self._key()) or "null"))
        except (ValueError, TypeError):  # nothing saved yet, or saved by another version: start from the defaults
            return
        if mapping.sheet and mapping.sheet not in [self.sheet.itemText(i) for i in range(self.sheet.count())]:
            # Never read another sheet in its place: the refusal names the sheets there are, to pick from.
            self.sheet.addItem(mapping.sheet)
        self.sheet.setCurrentText(mapping.sheet)
        self.header_row.setValue(mapping.header_row)
        self.name_column.setText(mapping.name_column)
        self.value_column.setText(mapping.value_column)
        self.unit.setCurrentIndex(max(0, self.unit.findData(mapping.unit)))

    def _show_sheet(self) -> None:
        from app.reports.workbook_reader import read_rows

        try:
            _name, rows = read_rows(self.path, self.sheet.currentText(), limit=30)
        except DomainError as error:
            self.plan = None
            self.result.setPlainText(show(error.message))
            self.apply_button.setEnabled(False)
            return
        width = max((len(r) for r in rows), default=0)
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(as_text(value)))
        self.check()

    def check(self) -> None:
        """Plan the import with the current mapping and show what it would do (or why it cannot)."""
        try:
            self.plan = self.workbench.plan_reported(self.engagement_id, self.path, self.mapping())
        except DomainError as error:
            self.plan = None
            self.result.setPlainText(show(error.message))
            self.apply_button.setEnabled(False)
            return
        ignored = "\n".join(show(t) for t in self.plan.ignored[:20])
        self.result.setPlainText(show(self.plan.summary()) + ("\n" + ignored if ignored else ""))
        self.apply_button.setEnabled(True)

    def apply(self) -> None:
        if self.plan is None:
            return
        mapping = self.mapping().validated()
        self.settings.set_value(self._key(), json.dumps(mapping.__dict__))
        if self.workbench.apply_reported(self.engagement_id, self.plan, self.tr("Import reported figures")):
            self.accept()
