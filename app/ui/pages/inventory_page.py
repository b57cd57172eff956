"""The inventory page: sources, each source's period grid (paste from a spreadsheet), production, and the results panel.

Every edit is stored at once and re-totals the panel (an inventory of more than ``background_from`` records is
read and recalculated off the GUI thread, the newest reading alone being shown): reported vs verified
per source, totals by category, direct / indirect, the findings' conservative
estimates, the verified total, intensity, and the materiality gauge with its
verdict.  A figure nothing was reported for shows "—"; every percentage is of
the reported total.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.inventory.activity_table import records_from_rows, split_pasted
from app.domain.inventory.calculation import Verdict
from app.domain.inventory.sources import ActivityRecord, Production
from app.domain.kernel.dates import add_months
from app.domain.kernel.text import DomainError
from app.domain.statement.programme_parts import INVENTORY
from app.ui.actions.workbooks import WorkbookActions
from app.ui.dialogs.source import SourceDialog
from app.services import inventory as inventory_services
from app.ui.i18n import counted, show, unit
from app.ui.jobs import Latest, built_apart
from app.ui.letting_go import let_go
from app.ui.models.inventory import RecordsModel, SourcesModel, factor_provenance, tonnes
from app.ui.pages.base import LazyPage, scrolling
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.charts import BLUE, GREY, BarChart, MaterialityGauge
from app.ui.widgets.field_specs import production_specs
from app.ui.widgets.forms import row_table

BACKGROUND_ROWS = 200  # pasted rows: this many are stored by a background job
ROWS_MEASURED = 60  # rows a column's width is measured on (Qt's default, 1,000, formats them all for every reload)

_VERDICT_COLOURS = {
    Verdict.NOT_MATERIAL: "#1b6e20", Verdict.MATERIAL: "#b00020", Verdict.OFFSETTING: "#9a5b00", Verdict.NO_REPORT: "#555",
    Verdict.INCOMPLETE: "#9a5b00",
}


class ResultsPanel(QWidget):
    """Totals, materiality gauge and verdict, and charts by category and of reported vs verified."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        rows = [
            ("direct", self.tr("Direct emissions (category 1)")), ("indirect", self.tr("Indirect emissions (categories 2–6)")),
            ("estimates", self.tr("Conservative estimates (findings)")),
            ("total", self.tr("Total verified (estimates included)")), ("reported", self.tr("Total reported")),
            ("difference", self.tr("Reported − verified (% of reported total)")), ("intensity", self.tr("Intensity")),
        ]
        grid.setColumnStretch(0, 1)
        for row, (key, label) in enumerate(rows):
            name = QLabel(label)
            name.setObjectName(f"result_label_{key}")
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            value = QLabel()
            value.setObjectName(f"result_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        self.values["total"].setStyleSheet("font-weight: bold;")
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.gauge = MaterialityGauge()
        self.by_category = BarChart([(self.tr("verified"), BLUE)])
        self.compare = BarChart([(self.tr("reported"), GREY), (self.tr("verified"), BLUE)])
        self.incomplete = QLabel()
        self.incomplete.setWordWrap(True)
        self.incomplete.setStyleSheet("color: #b00020;")
        self.unreported = QLabel()
        self.unreported.setObjectName("result_unreported")
        self.unreported.setWordWrap(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Results (tCO₂e)"))
        heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.incomplete)
        layout.addWidget(self.unreported)
        materiality = QLabel(self.tr("Materiality (net and gross misstatement, % of reported total)"))
        materiality.setWordWrap(True)
        layout.addWidget(materiality)
        layout.addWidget(self.gauge)
        layout.addWidget(self.verdict)
        layout.addWidget(QLabel(self.tr("By category")))
        layout.addWidget(self.by_category)
        layout.addWidget(QLabel(self.tr("Key sources: reported vs verified")))
        layout.addWidget(self.compare)
        layout.addStretch()

    NAMED = 12  # sources named in a line; a group's 12,000 unreported ones made a label that took a second to lay out

    def _named(self, names: dict[str, str], ids: tuple[str, ...]) -> str:
        shown = ", ".join(names[i] for i in ids[:self.NAMED])
        more = len(ids) - self.NAMED
        return shown if more <= 0 else shown + " " + self.tr("and %1 more").replace("%1", f"{more:,}")

    def show_results(self, sources, results) -> None:
        v = self.values
        v["direct"].setText(tonnes(results.direct))
        v["indirect"].setText(tonnes(results.indirect))
        v["estimates"].setText("\n".join(f"{e.label} +{tonnes(e.tonnes)}" for e in results.estimates) or "—")
        v["estimates"].setToolTip("\n".join(f"{e.label}: {e.basis}" for e in results.estimates))
        v["total"].setText(tonnes(results.total))
        v["reported"].setText(tonnes(results.reported_total))
        pct = results.difference_pct
        v["difference"].setText(tonnes(results.difference) + ("" if pct is None else f"  ({pct:+.2f} %)"))
        v["intensity"].setText(
            "\n".join(f"{p.product}\n{value:,.4f} tCO₂e/{unit(p.unit)}" for p, value in results.intensity) or "—"
        )
        names = {s.id: s.name for s in sources}
        self.incomplete.setText(
            "⚠ " + self.tr("Not in the totals until their data are complete: %1").replace("%1", self._named(names, results.incomplete))
            if results.incomplete else ""
        )
        self.unreported.setText(
            self.tr("Not reported by the client (outside the reported total): %1").replace("%1", self._named(names, results.unreported))
            if results.unreported else ""
        )
        m = results.materiality
        self.gauge.set_values(m.threshold_pct, m.net_pct, m.gross_pct)
        self.verdict.setText(show(m.verdict.label))
        self.verdict.setStyleSheet(f"color: {_VERDICT_COLOURS[m.verdict]}; font-weight: bold;")
        self.by_category.set_rows(
            [(f"{c.iso_category} · {show(c.label)}", [value]) for c, value in results.by_category.items() if value]
        )
        self.compare.set_rows(
            [(names[i], [results.sources[i].reported, results.sources[i].verified]) for i in results.key_sources]
        )


class InventoryPage(LazyPage):
    part = INVENTORY
    background_from = 2000  # records: a bigger inventory is read and recalculated by a background job

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Inventory")
        self.reading = Latest(self)
        self.calculation = None
        self.sources_model = SourcesModel(self)
        self.sources = row_table(self.sources_model, read_only=True)
        self.sources.setObjectName("sources_table")
        self._arrange_source_columns()
        self.sources.doubleClicked.connect(lambda _index: self.edit_source())
        self.add_button = QPushButton(self.tr("Add source…"))
        self.edit_button = QPushButton(self.tr("Edit source…"))
        self.remove_button = QPushButton(self.tr("Remove source"))
        self.add_button.clicked.connect(self.add_source)
        self.edit_button.clicked.connect(self.edit_source)
        self.remove_button.clicked.connect(self.remove_source)
        self.summary = QLabel()
        self.summary.setObjectName("inventory_summary")
        self.factors = QLabel()  # the selected source's factors as the recalculation uses them
        self.factors.setObjectName("source_factors")
        self.factors.setWordWrap(True)
        self.factors.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.factors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.records_model = RecordsModel(self)
        self.records = row_table(self.records_model)
        self.records.setObjectName("records_table")
        for table in (self.sources, self.records):  # sized to the rows on screen, not to 1,000 of 2,000 sources
            table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        self.records.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.records.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.records_model.edited.connect(self._record_edited)
        self.records_model.refused.connect(self.workbench.error.emit)
        self.add_row_button = QPushButton(self.tr("Add period"))
        self.remove_rows_button = QPushButton(self.tr("Remove selected rows"))
        self.paste_button = QPushButton(self.tr("Paste from spreadsheet"))
        self.paste_button.setToolTip(self.tr("Tab-separated rows, with or without a header row (Chinese or English): period, quantity, unit, origin, …"))
        self.add_row_button.clicked.connect(self.add_record)
        self.remove_rows_button.clicked.connect(self.remove_records)
        self.paste_button.clicked.connect(self.paste)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.records)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        for widget, key, action in (
            (self.sources, QKeySequence.StandardKey.Delete, self.remove_source),
            (self.sources, QKeySequence(Qt.Key.Key_Return), self.edit_source),
            (self.sources, QKeySequence(Qt.Key.Key_Insert), self.add_source),
            (self.records, QKeySequence(Qt.Key.Key_Insert), self.add_record),
            (self.records, QKeySequence.StandardKey.Delete, self.remove_records),
        ):
            shortcut = QShortcut(key, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.add_button.setToolTip("Insert")
        self.remove_button.setToolTip("Delete")
        self.add_row_button.setToolTip("Insert")
        self.remove_rows_button.setToolTip("Delete")

        self.production = ChildEditor(
            workbench,
            [(self.tr("Product"), lambda p: p.product), (self.tr("Quantity"), lambda p: f"{p.quantity:,g}"), (self.tr("Unit"), lambda p: unit(p.unit))],
            production_specs(),
            lambda: Production(self.tr("New product"), 1.0, "t"),
            {"add": self.tr("Add product"), "remove": self.tr("Remove product"), "edit": self.tr("Edit production")},
        )
        self.forms = [self.production.form]
        self.results = ResultsPanel()
        self.results.setMinimumWidth(380)

        source_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            source_buttons.addWidget(button)
        source_buttons.addStretch()
        self.workbooks = WorkbookActions(self)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.workbooks)
        top_layout.addWidget(self.sources)
        top_layout.addLayout(source_buttons)
        record_buttons = QHBoxLayout()
        for button in (self.add_row_button, self.remove_rows_button, self.paste_button):
            record_buttons.addWidget(button)
        record_buttons.addStretch()
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.addWidget(self.records)
        grid_layout.addLayout(record_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(grid_tab, self.tr("Activity data"))
        self.tabs.addTab(self.production, self.tr("Production"))
        self.tabs.addTab(scrolling(self.factors), self.tr("Factors used"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(top)
        left.addWidget(self.tabs)
        left.setSizes([330, 270])  # the sources first: a demo's five rows in view at 1280×720 in either language
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        panel = scrolling(self.results)  # the panel scrolls on its own, so the tables keep the page's height
        panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.setMinimumWidth(self.results.minimumWidth() + panel.verticalScrollBar().sizeHint().width())
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.sources.selectionModel().selectionChanged.connect(lambda *_: self._show_records())

    def _arrange_source_columns(self) -> None:
        """The figures a verifier came for (activity, verified, reported, difference) next to the name, category and
        method after them; the name and category are elided at a fixed width (the whole text is their tooltip)."""
        header = self.sources.horizontalHeader()
        for place, column in enumerate((SourcesModel.COL_ACTIVITY, SourcesModel.COL_VERIFIED, SourcesModel.COL_REPORTED,
                                        SourcesModel.COL_DIFFERENCE, SourcesModel.COL_PCT), start=2):
            header.moveSection(header.visualIndex(column), place)
        for column, width in ((SourcesModel.COL_NAME, 200), (SourcesModel.COL_CATEGORY, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.sources.setColumnWidth(column, width)
        self.sources.setTextElideMode(Qt.TextElideMode.ElideRight)

    # --- loading ---------------------------------------------------------------------------
    def refresh(self, engagement, client) -> None:
        """After an edit of one source or its records, re-total that source alone; after the materiality threshold
        alone changed, re-total; otherwise reload."""
        touched = self.workbench.touched_source
        same = self.engagement is not None and self.engagement.id == engagement.id
        held = same and self.reading.job is None and self.calculation is not None and not self._stale
        if held and touched and touched in self.calculation.recalculator.sources:
            self.engagement, self.client = engagement, client
            self._retotal(touched)
            return
        before = self.engagement
        if held and not touched and before.materiality_pct != engagement.materiality_pct and engagement == replace(
                before, materiality_pct=engagement.materiality_pct, materiality_reason=engagement.materiality_reason,
                revision=engagement.revision):
            self.engagement, self.client = engagement, client
            self.calculation.recalculator.set_materiality(engagement.materiality_pct)
            self._show(self.selected_source())
            return
        super().refresh(engagement, client)

    @property
    def loading(self):
        """The background reading whose result will be shown (None when the page shows the stored inventory)."""
        return self.reading.job

    def load(self) -> None:
        """Read and recalculate the inventory: at once when small, else in the background (the newest reading wins)."""
        keep = self.selected_source()
        wb, engagement_id = self.workbench, self.engagement.id
        if self.reading.job is None and inventory_services.record_count(wb.uow(), engagement_id) < self.background_from:
            self._loaded(wb.calculate(engagement_id), keep)
            return
        uow = wb.uow
        self.summary.setText(self.tr("Reading and recalculating the inventory…"))
        self.reading.start(lambda _progress, _cancelled: built_apart(lambda: inventory_services.calculate(uow(), engagement_id)),
                           lambda calculation: self._loaded(calculation, keep), wb.error.emit)

    def _loaded(self, calculation, keep) -> None:
        if self.engagement is None or calculation.inventory.engagement.id != self.engagement.id:
            return  # another engagement was opened meanwhile: this reading is not its
        old, self.calculation = self.calculation, calculation
        self.inventory = calculation.inventory
        self._show(keep)
        if old is not None:  # the page's alone (no other page holds its calculation): freed in slices, not at once
            let_go(old.recalculator.records, old.inventory.records, old.inventory.sources, old.recalculator.sources)

    def _retotal(self, source_id: str) -> None:
        """After an edit of one source or its records: read them again, recalculate that source, re-total."""
        keep = self.selected_source()
        source = inventory_services.find_source(self.workbench.uow(), source_id)
        self.inventory.sources[:] = [source if s.id == source_id else s for s in self.inventory.sources]
        self.calculation.recalculator.update_source(source, self.workbench.records_of(source_id))
        self._show(keep)

    def _show(self, keep) -> None:
        e = self.engagement
        results = self.calculation.recalculator.results
        records = sum(len(r) for r in self.calculation.recalculator.records.values())
        self.summary.setText(
            self.tr("GWP: %1 · materiality threshold %2 % · %3, %4")
            .replace("%1", e.gwp_report.value).replace("%2", f"{e.materiality_pct:g}")
            .replace("%3", counted(len(self.inventory.sources), self.tr("%1 source"), self.tr("%1 sources")))
            .replace("%4", counted(records, self.tr("%1 record"), self.tr("%1 records")))
        )
        self.sources_model.set_inventory(self.inventory.sources, results, self.calculation.recalculator.measured)
        self.results.show_results(self.inventory.sources, results)
        self.production.set_items(e.id, self.inventory.production)
        ids = [s.id for s in self.inventory.sources]
        row = ids.index(keep.id) if keep and keep.id in ids else 0 if ids else None
        if row is not None:
            self.sources.selectRow(row)
        self._show_records()

    def selected_source(self):
        model = self.sources.selectionModel()
        rows = model.selectedRows() if model else []
        return self.sources_model.sources[rows[0].row()] if rows and rows[0].row() < len(self.sources_model.sources) else None

    def _show_records(self) -> None:
        source = self.selected_source()
        records = list(self.calculation.recalculator.records.get(source.id, ())) if source and self.calculation else []
        self.records_model.set_records(source, records)
        self.factors.setText(factor_provenance(source, self.calculation.recalculator.measured.get(source.id, ()))
                             if source and self.calculation else "")
        for widget in (self.edit_button, self.remove_button, self.add_row_button, self.remove_rows_button, self.paste_button):
            widget.setEnabled(source is not None)

    # --- sources ---------------------------------------------------------------------------
    def add_source(self) -> None:
        dialog = SourceDialog(self.workbench, self.engagement, None, self)
        if dialog.exec() and dialog.saved:
            self._select_source(dialog.source_id)

    def edit_source(self) -> None:
        source = self.selected_source()
        if source is not None:
            SourceDialog(self.workbench, self.engagement, source, self).exec()

    def remove_source(self) -> None:
        source = self.selected_source()
        if source is not None:
            self.workbench.remove_source(self.engagement.id, source, self.tr("Remove emission source"))

    def _select_source(self, source_id: str) -> None:
        ids = [s.id for s in self.sources_model.sources]
        if source_id in ids:
            self.sources.selectRow(ids.index(source_id))

    # --- records ---------------------------------------------------------------------------
    def _record_edited(self, record: ActivityRecord) -> None:
        """Store the edited cell once the view has closed its editor (storing reloads the grid)."""
        QTimer.singleShot(
            0, lambda: self.workbench.save_records(self.engagement.id, record.source_id, [record], [], self.tr("Edit activity data"))
        )

    def add_record(self) -> None:
        source = self.selected_source()
        if source is None:
            return
        records = self.records_model.records
        if records:
            last = records[-1]
            start = last.period_end + timedelta(days=1)
            unit = last.unit
        else:
            start = self.engagement.period_start or date.today().replace(day=1)
            unit = source.activity_unit() or "t"
        end = add_months(start, 1) - timedelta(days=1)
        if self.engagement.period_end and end > self.engagement.period_end:
            start = end = self.engagement.period_end
        stream = source.streams[0].id if source.streams else ""
        record = ActivityRecord(source.id, start, end, 0.0, unit, stream_id=stream)
        if self.workbench.save_records(self.engagement.id, source.id, [record], [], self.tr("Add activity data")):
            row = next((i for i, r in enumerate(self.records_model.records) if r.id == record.id), None)
            if row is not None:
                column = next(i for i, c in enumerate(self.records_model.columns) if c[0] == "quantity")
                self.records.setCurrentIndex(self.records_model.index(row, column))
                self.records.setFocus()

    def remove_records(self) -> None:
        source = self.selected_source()
        rows = sorted({index.row() for index in self.records.selectionModel().selectedIndexes()})
        ids = [self.records_model.records[row].id for row in rows]
        if source is not None and ids:
            self.workbench.save_records(self.engagement.id, source.id, [], ids, self.tr("Remove activity data"))

    def paste(self) -> None:
        """Add the records pasted from a spreadsheet, all or none; bad cells are named by row and column."""
        source = self.selected_source()
        if source is None:
            return
        try:
            records = records_from_rows(
                split_pasted(QGuiApplication.clipboard().text()), source, (self.engagement.period_start, self.engagement.period_end)
            )
        except DomainError as error:
            self.workbench.error.emit(error)
            return
        self.workbench.save_records(
            self.engagement.id, source.id, records, [], counted(len(records), self.tr("Paste %1 record"), self.tr("Paste %1 records")),
            self if len(records) >= BACKGROUND_ROWS else None,  # many rows: stored (and undone) in the background
        )
