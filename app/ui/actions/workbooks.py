"""The inventory's workbook actions: export the calculation workbook, send a data request, import data and reported figures.

Writing a workbook, reading one and storing an import run in background jobs (progress and Cancel; a cancelled
export leaves no file).  Imports never change anything before the verifier has seen what they will
change: a preview dialog shows the summary ("12 new records, 3 changed
values") and the changes, or every bad cell, and only "Import" stores them —
as one undoable edit.  The column mapping for a client's own workbook is
remembered per client in the user settings.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QGridLayout, QPushButton, QWidget

from app.domain.kernel.text import DomainError
from app.services import engagements as engagement_services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.ui.dialogs.import_preview import ImportPreview, preview_rows, source_names
from app.ui.dialogs.reported_import import ReportedImport
from app.ui.i18n import show
from app.ui.jobs import Job, run_with_progress

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
            return plan, preview_rows(plan, source_names(wb, engagement_id))  # the preview's rows read here, not on the GUI thread

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
