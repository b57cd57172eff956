"""The inventory page: sources, each source's period grid (paste from a spreadsheet), production, and the results panel.

Every edit is stored at once and re-totals the panel: reported vs verified
per source, totals by category, direct / indirect, the findings' conservative
estimates, the verified total, intensity, and the materiality gauge with its
verdict.  A figure nothing was reported for shows "—"; every percentage is of
the reported total.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTabWidget,
    QVBoxLayout, QWidget,
)

from app.domain.activity_table import records_from_rows, split_pasted
from app.domain.calculation import Verdict
from app.domain.dates import add_months
from app.domain.inventory import ActivityRecord, Production
from app.domain.text import DomainError
from app.ui.charts import BLUE, GREY, BarChart, MaterialityGauge
from app.ui.fields import production_specs
from app.ui.forms import row_table
from app.ui.i18n import counted, show, unit
from app.ui.inventory_models import RecordsModel, SourcesModel, tonnes
from app.ui.pages.base import LazyPage, scrolling
from app.ui.pages.child_editor import ChildEditor
from app.ui.source_dialog import SourceDialog
from app.ui.workbook_actions import WorkbookActions

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
            "⚠ " + self.tr("Not in the totals until their data are complete: %1").replace("%1", ", ".join(names[i] for i in results.incomplete))
            if results.incomplete else ""
        )
        self.unreported.setText(
            self.tr("Not reported by the client (outside the reported total): %1").replace("%1", ", ".join(names[i] for i in results.unreported))
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
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Inventory")
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

        self.records_model = RecordsModel(self)
        self.records = row_table(self.records_model)
        self.records.setObjectName("records_table")
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
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(top)
        left.addWidget(self.tabs)
        left.setSizes([300, 300])
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
        """After an edit of one source's records, re-total that source alone; otherwise reload."""
        touched = self.workbench.touched_source
        same = self.engagement is not None and self.engagement.id == engagement.id
        if same and touched and not self._stale and touched in self.calculation.recalculator.sources:
            self.engagement, self.client = engagement, client
            self._retotal(touched)
            return
        super().refresh(engagement, client)

    def load(self) -> None:
        keep = self.selected_source()
        self.calculation = self.workbench.calculate(self.engagement.id)
        self.inventory = self.calculation.inventory
        self._show(keep)

    def _retotal(self, source_id: str) -> None:
        """After an edit of one source's records: reload those records, recalculate that source, re-total."""
        keep = self.selected_source()
        recalculator = self.calculation.recalculator
        recalculator.update_source(recalculator.sources[source_id], self.workbench.records_of(source_id))
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
        self.sources_model.set_inventory(self.inventory.sources, results)
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
        records = list(self.calculation.recalculator.records.get(source.id, ())) if source else []
        self.records_model.set_records(source, records)
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
            self.engagement.id, source.id, records, [], counted(len(records), self.tr("Paste %1 record"), self.tr("Paste %1 records"))
        )
