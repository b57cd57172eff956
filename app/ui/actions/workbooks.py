"""The inventory's workbook actions: export the calculation workbook, send a data request, import data and reported figures.

Writing a workbook, reading one and storing an import run in background jobs (progress and Cancel; a cancelled
export leaves no file).  Imports never change anything before the verifier has seen what they will
change: a preview dialog shows the summary ("12 new records, 3 changed
values") and the changes, or every bad cell, and only "Import" stores them —
as one undoable edit.  The column mapping for a client's own workbook is
remembered per client in the user settings.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.inventory.activity_table import LABELS
from app.domain.inventory.cells import as_text, column_letter
from app.domain.inventory.data_request import ImportPlan
from app.domain.inventory.reported_import import UNITS, ColumnMapping, ReportedPlan
from app.domain.kernel.text import DomainError
from app.services import engagements as engagement_services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.ui.dialogs.import_preview import PREVIEW_ROWS, PreviewDialog
from app.ui.i18n import show
from app.ui.jobs import Job, run_with_progress
from app.ui.settings import Settings

XLSX_FILTER = "Excel (*.xlsx)"


def workbook_writer(workbench, engagement_id: str, path: str):
    """The background work writing the calculation workbook (its own unit of work; True once written)."""
    from app.reports.calculation_workbook import export_calculation_workbook

    uow = workbench.uow

    def work(_progress, cancelled) -> bool | None:
        _engagement, client = engagement_services.load(uow(), engagement_id)
        held = finding_services.list_findings(uow(), engagement_id)
        calculation = inventory_services.calculate(uow(), engagement_id)
        export_calculation_workbook(path, calculation, client, datetime.now().astimezone(), held, cancelled)
        return not cancelled() or None

    return work


def request_writer(workbench, engagement_id: str, path: str):
    """The background work writing the data request (its own unit of work; True once written)."""
    from app.reports.data_request import write_request

    uow = workbench.uow

    def work(_progress, cancelled) -> bool | None:
        _engagement, client = engagement_services.load(uow(), engagement_id)
        inventory = inventory_services.load_inventory(uow(), engagement_id)
        write_request(path, inventory, client, datetime.now().astimezone(), cancelled)
        return not cancelled() or None

    return work


class WorkbookActions(QWidget):
    """Two rows of two buttons (narrow enough beside the results on a laptop screen);
    ``page.engagement`` and ``page.client`` say which engagement they act on."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page, self.workbench = page, page.workbench
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: Job | None = None
        self.preview: ImportPreview | None = None
        self.said = ""  # what the last export or import did (a cancelled one says so)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(self.tr("Export calculation workbook…"))
        self.request_button = QPushButton(self.tr("Data request for the client…"))
        self.import_button = QPushButton(self.tr("Import client data…"))
        self.reported_button = QPushButton(self.tr("Import reported figures…"))
        self.export_button.setToolTip(self.tr("Every figure as a live formula, with factors, activity data and totals (Ctrl+E)"))
        self.export_button.setShortcut("Ctrl+E")
        for n, (button, slot) in enumerate((
            (self.export_button, self.export_workbook), (self.request_button, self.write_request),
            (self.import_button, self.import_data), (self.reported_button, self.import_reported),
        )):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            layout.addWidget(button, n // 2, n % 2)
        layout.setColumnStretch(2, 1)

    def ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save workbook"), suggested, XLSX_FILTER)
        return path

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workbook"), "", XLSX_FILTER)
        return path

    def _start(self, work, label: str, done) -> Job | None:
        """Run ``work(progress, cancelled)`` in the background, one at a time; ``done(result)`` back on the GUI thread
        (None when cancelled; a refusal goes to the workbench's ``error``)."""
        if self.running is not None:
            return None

        def finished(result, error) -> None:
            self.running = None
            if error is not None:
                self.said = show(error.message)
                self.workbench.error.emit(error)
                return
            if result is None:
                self.said = self.tr("Cancelled: nothing was written or changed.")
            done(result)

        self.running = run_with_progress(self, self.pool, work, label, finished)
        return self.running

    def export_workbook(self) -> Job | None:
        path = self.ask_save_path(f"{self.page.engagement.code}-calculation.xlsx")
        if not path:
            return None
        return self._start(workbook_writer(self.workbench, self.page.engagement.id, path), self.tr("Writing the calculation workbook…"),
                           lambda result: result and setattr(self, "said", self.tr("Written: %1").replace("%1", path)))

    def write_request(self) -> Job | None:
        path = self.ask_save_path(f"{self.page.engagement.code}-data-request.xlsx")
        if not path:
            return None
        return self._start(request_writer(self.workbench, self.page.engagement.id, path), self.tr("Writing the data request…"),
                           lambda result: result and setattr(self, "said", self.tr("Written: %1").replace("%1", path)))

    def import_data(self) -> Job | None:
        """Read and check the workbook in the background, then preview what it would change (``preview``)."""
        path = self.ask_open_path()
        if not path:
            return None
        wb, engagement_id = self.workbench, self.page.engagement.id

        def work(_progress, _cancelled):
            try:
                plan = wb.plan_import(engagement_id, path)
            except DomainError as error:  # every bad cell: shown in the preview, not as a banner
                return error, None
            return plan, preview_rows(plan, _names(wb, engagement_id))  # the preview's rows read here, not on the GUI thread

        def planned(result) -> None:
            if result is not None:
                planned_or_refused, rows = result
                self.preview = ImportPreview(wb, engagement_id, path, planned_or_refused, self, rows)
                self.preview.open()

        return self._start(work, self.tr("Reading %1…").replace("%1", Path(path).name), planned)

    def import_reported(self) -> ReportedImport | None:
        path = self.ask_open_path()
        if not path:
            return None
        dialog = ReportedImport(self.workbench, self.page.engagement.id, self.page.client.id, path, self)
        dialog.open()
        return dialog


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
                rows = preview_rows(self.plan, _names(workbench, engagement_id))
            self.show_changes(self.plan.summary(), rows, bool(self.plan.records))

    def apply(self) -> None:
        """Store the import in the background; the dialog closes once it is stored (and stays, saying why, if not)."""
        if self.plan is not None and self.workbench.busy is None:
            self.apply_button.setEnabled(False)
            self.workbench.apply_import(self.engagement_id, self.plan, self.tr("Import client data"), self,
                                        lambda ok: self.accept() if ok else self.apply_button.setEnabled(True))


def _names(workbench, engagement_id: str) -> dict[str, str]:
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

