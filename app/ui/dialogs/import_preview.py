"""The preview every client-workbook import shows first: what it would change, or every reason it cannot be imported."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.kernel.text import DomainError, Text
from app.ui.i18n import show

PREVIEW_ROWS = 500


class PreviewDialog(QDialog):
    """A summary, the problems or a table of changes, and Import (enabled only when there is something to store)."""

    def __init__(self, title: str, headers: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("preview_problems")
        self.problems.setReadOnly(True)
        self.changes = QTableWidget(0, len(headers))
        self.changes.setHorizontalHeaderLabels(headers)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.horizontalHeader().setResizeContentsPrecision(50)  # widths from 50 rows, not all 500
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.problems, self.changes, buttons):
            layout.addWidget(widget)
        self.resize(820, 520)

    def planned(self, plan_of: Callable[[], Any]) -> Any | None:
        """The plan, or None after showing why the file cannot be imported (nothing was changed)."""
        try:
            plan = plan_of()
        except DomainError as error:
            self.summary.setText(self.tr("Nothing can be imported until every cell below is corrected; nothing was changed."))
            self.problems.setPlainText(show(error.message))
            self.changes.hide()
            self.apply_button.setEnabled(False)
            return None
        self.problems.hide()
        return plan

    def show_changes(self, summary: Text, rows: list[tuple[str, ...]], can_apply: bool) -> None:
        self.summary.setText(show(summary))
        self.changes.setRowCount(min(len(rows), PREVIEW_ROWS))
        for r, row in enumerate(rows[:PREVIEW_ROWS]):
            for c, value in enumerate(row):
                self.changes.setItem(r, c, QTableWidgetItem(value))
        self.changes.resizeColumnsToContents()
        self.apply_button.setEnabled(can_apply)

    def apply(self) -> None:
        """Store the plan (subclasses)."""
