"""The preview every client-workbook import shows first: what it would change, or every reason it cannot be imported.

:class:`PreviewDialog` is the common part; :class:`ImportPreview` the filled-in data request's preview, its rows
made by :func:`preview_rows` (off the GUI thread, by the workbook actions' background job).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.inventory.activity_table import LABELS
from app.domain.inventory.data_request import ImportPlan
from app.domain.kernel.text import DomainError, Text
from app.services import inventory as inventory_services
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


class ImportPreview(PreviewDialog):
    """What a filled-in data request would change, or why it cannot be imported."""

    def __init__(self, workbench, engagement_id: str, path: str, planned: ImportPlan | DomainError, parent=None,
                 rows: list[tuple[str, ...]] | None = None):
        """``rows``: the preview's rows, when read already (off the GUI thread) with :func:`preview_rows`."""
        headers = [self.tr("Source"), self.tr("Period"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        super().__init__(self.tr("Import client data: %1").replace("%1", Path(path).name), headers, parent)
        self.workbench, self.engagement_id = workbench, engagement_id
        self.plan: ImportPlan | None = self.planned(lambda: _raised(planned))
        if self.plan is not None:
            if rows is None:
                rows = preview_rows(self.plan, source_names(workbench, engagement_id))
            self.show_changes(self.plan.summary(), rows, bool(self.plan.records))

    def apply(self) -> None:
        """Store the import in the background; the dialog closes once it is stored (and stays, saying why, if not)."""
        if self.plan is not None and self.workbench.busy is None:
            self.apply_button.setEnabled(False)
            self.workbench.apply_import(self.engagement_id, self.plan, self.tr("Import client data"), self,
                                        lambda ok: self.accept() if ok else self.apply_button.setEnabled(True))


def source_names(workbench, engagement_id: str) -> dict[str, str]:
    """The names of the engagement's sources by id (the preview's first column)."""
    return {s.id: s.name for s in inventory_services.sources_of(workbench.uow(), engagement_id)}


def preview_rows(plan: ImportPlan, names: dict[str, str]) -> list[tuple[str, ...]]:
    """The first PREVIEW_ROWS changes of ``plan`` as the preview lists them (the summary counts them all); plain
    values only, so that the import's background job makes them."""
    new_record = QCoreApplication.translate("ImportPreview", "new record")
    rows = []
    for record in plan.added[:PREVIEW_ROWS]:
        period = f"{record.period_start} – {record.period_end}"
        rows.append((names.get(record.source_id, ""), period, new_record, "", f"{record.quantity:g} {record.unit}"))
    for old, new in plan.changed[:PREVIEW_ROWS]:
        period = f"{new.period_start} – {new.period_end}"
        for field in ("period_start", "period_end", "quantity", "unit", "origin", "opening_stock", "closing_stock", "evidence", "note"):
            if getattr(old, field) != getattr(new, field):
                label = show(LABELS[field])
                rows.append((names.get(new.source_id, ""), period, label, _shown(getattr(old, field)), _shown(getattr(new, field))))
    return rows


def _raised(planned: ImportPlan | DomainError) -> ImportPlan:
    if isinstance(planned, DomainError):
        raise planned
    return planned


def _shown(value) -> str:
    if value is None:
        return ""
    label = getattr(value, "label", None)
    return show(label) if label is not None else (f"{value:g}" if isinstance(value, float) else str(value))
