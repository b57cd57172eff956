"""The monitoring page of an organisation's inventory (seed 004 §8.2.4, Table 3): the monitoring plan per source
(parameter, method and frequency, instrument and its calibration, responsible person, QA/QC), the lab results that
vary by delivery or month with their quantity-weighted means, the gaps between the period's data and the plan (each
raised as a finding from here), the offsets in the order of §8.4.2 (each offset's project type and whether it is
local), and the carbon-neutrality evaluation report of §8.4.6.  Every field is saved when it
is left; shown for every programme that has an organisation's inventory.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.inventory.measured import MeasuredValue, Parameter
from app.domain.inventory.monitoring import Frequency, Monitored, PlanItem
from app.domain.inventory.offset_priority import OffsetClass, ProjectType
from app.domain.inventory.sources import Method
from app.domain.statement.programme_parts import MONITORING
from app.services import evaluation as evaluation_services
from app.services import findings as finding_services
from app.services import monitoring as monitoring_services
from app.ui.i18n import show
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldSpec


def plan_specs(sources) -> list[FieldSpec]:
    return [
        FieldSpec("source_id", QCoreApplication.translate("MonitoringPage", "Emission source"), "choice", sources), FieldSpec("name", QCoreApplication.translate("MonitoringPage", "Monitored item")),
        FieldSpec("monitored", QCoreApplication.translate("MonitoringPage", "Monitors"), "choice", options(Monitored)), FieldSpec("unit", QCoreApplication.translate("MonitoringPage", "Unit")),
        FieldSpec("method", QCoreApplication.translate("MonitoringPage", "Method and standard"), "text"), FieldSpec("frequency", QCoreApplication.translate("MonitoringPage", "Minimum frequency"), "choice", options(Frequency)),
        FieldSpec("instrument", QCoreApplication.translate("MonitoringPage", "Instrument")), FieldSpec("model", QCoreApplication.translate("MonitoringPage", "Model")), FieldSpec("location", QCoreApplication.translate("MonitoringPage", "Measuring point")),
        FieldSpec("calibrated_on", QCoreApplication.translate("MonitoringPage", "Calibrated on"), "date"), FieldSpec("calibration_due", QCoreApplication.translate("MonitoringPage", "Calibration due"), "date"),
        FieldSpec("responsible", QCoreApplication.translate("MonitoringPage", "Responsible")), FieldSpec("qa_qc", QCoreApplication.translate("MonitoringPage", "QA/QC"), "text"), FieldSpec("evidence", QCoreApplication.translate("MonitoringPage", "Evidence")),
    ]


def result_specs(sources, streams=()) -> list[FieldSpec]:
    """A lab result's fields: ``sources`` the fuel and mass-balance sources, ``streams`` the mass balances' inputs and
    outputs (a stream's carbon content is measured, a fuel's NCV or carbon per heat)."""
    return [
        FieldSpec("source_id", QCoreApplication.translate("MonitoringPage", "Emission source"), "choice", sources),
        FieldSpec("stream_id", QCoreApplication.translate("MonitoringPage", "Input or output (mass balance)"), "choice",
                  (("", QCoreApplication.translate("MonitoringPage", "— (a fuel's own factor)")), *streams)),
        FieldSpec("parameter", QCoreApplication.translate("MonitoringPage", "Parameter"), "choice", options(Parameter)),
        FieldSpec("period_start", QCoreApplication.translate("MonitoringPage", "From"), "date"), FieldSpec("period_end", QCoreApplication.translate("MonitoringPage", "To"), "date"),
        FieldSpec("quantity", QCoreApplication.translate("MonitoringPage", "Quantity (weight)"), "number", decimals=4), FieldSpec("quantity_unit", QCoreApplication.translate("MonitoringPage", "Quantity unit")),
        FieldSpec("value", QCoreApplication.translate("MonitoringPage", "Lab value"), "number", decimals=6), FieldSpec("unit", QCoreApplication.translate("MonitoringPage", "Value unit")),
        FieldSpec("evidence", QCoreApplication.translate("MonitoringPage", "Lab report")), FieldSpec("note", QCoreApplication.translate("MonitoringPage", "Note")),
    ]


MEASURABLE = (Method.FUEL, Method.MASS_BALANCE)  # the sources whose factors a lab measures


def _measuring(source, stream_id: str) -> dict:
    """What a lab result of ``source`` measures by default: a stream's carbon content, or the fuel's NCV, each as the
    source states it (its value and unit, and the unit its quantity is weighed in)."""
    if source.method is Method.MASS_BALANCE:
        carbon = next((st.carbon for st in source.streams if st.id == stream_id), None)
        return {"stream_id": stream_id, "parameter": Parameter.CARBON, "value": carbon.value if carbon else 1.0,
                "unit": carbon.unit if carbon else "tC/t", "quantity_unit": source.activity_unit(stream_id) or "t"}
    ncv = source.ncv
    return {"stream_id": "", "parameter": Parameter.NCV, "value": ncv.value if ncv else 1.0,
            "unit": ncv.unit if ncv else "GJ/t", "quantity_unit": source.activity_unit() or "t"}


def class_specs(offsets) -> list[FieldSpec]:
    return [
        FieldSpec("offset_id", QCoreApplication.translate("MonitoringPage", "Offset"), "choice", offsets),
        FieldSpec("project_type", QCoreApplication.translate("MonitoringPage", "Project type"), "choice", options(ProjectType)),
        FieldSpec("local", QCoreApplication.translate("MonitoringPage", "Local project"), "bool"),
    ]


class MonitoringPage(LazyPage):
    part = MONITORING

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Monitoring plan")
        self.held = None
        self._choices = None
        self.plan = ChildEditor(
            workbench, [(self.tr("Source"), self._source_name), (self.tr("Item"), lambda i: i.name),
                        (self.tr("Frequency"), lambda i: show(i.frequency.label)), (self.tr("Instrument"), lambda i: i.instrument),
                        (self.tr("Calibration due"), lambda i: str(i.calibration_due or "—"))],
            plan_specs(()), self._new_item,
            {"add": self.tr("Add plan item"), "remove": self.tr("Remove plan item"), "edit": self.tr("Edit plan item")})
        self.results = ChildEditor(
            workbench, [(self.tr("Source"), self._source_name), (self.tr("Parameter"), lambda r: show(r.parameter.label)),
                        (self.tr("From"), lambda r: str(r.period_start)), (self.tr("To"), lambda r: str(r.period_end)),
                        (self.tr("Quantity"), lambda r: f"{r.quantity:g} {r.quantity_unit}"), (self.tr("Value"), lambda r: f"{r.value:g} {r.unit}")],
            result_specs(()), self._new_result,
            {"add": self.tr("Add lab result"), "remove": self.tr("Remove lab result"), "edit": self.tr("Edit lab result")},
            self._expand_result)
        self.means = QLabel()
        self.means.setObjectName("weighted_means")
        self.means.setWordWrap(True)
        self.gaps = QTableWidget(0, 2)
        self.gaps.setObjectName("plan_gaps")
        self.gaps.setHorizontalHeaderLabels([self.tr("Gap"), self.tr("What is wrong")])
        self.gaps.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.gaps.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.gaps.horizontalHeader().setStretchLastSection(True)
        self.finding_button = QPushButton(self.tr("Raise finding for the gap"))
        self.finding_button.setObjectName("raise_gap_finding")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.classes = ChildEditor(
            workbench, [(self.tr("Offset"), self._offset_name), (self.tr("Project type"), lambda c: show(c.project_type.label)),
                        (self.tr("Local"), lambda c: "✓" if c.local else "")],
            class_specs(()), self._new_class,
            {"add": self.tr("Classify offset"), "remove": self.tr("Remove offset class"), "edit": self.tr("Edit offset class")})
        self.priority = QLabel()
        self.priority.setObjectName("offset_priority")
        self.priority.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Evaluation report (PDF)…"))
        self.report_button.setObjectName("evaluation_report")
        body = QWidget()
        layout = QVBoxLayout(body)
        for title, widgets in ((self.tr("Monitoring plan (T/CIECCPA 061 §8.2.4, Table 3)"), (self.plan,)),
                               (self.tr("Lab results by delivery or month (weighted Σq·v / Σq)"), (self.results, self.means)),
                               (self.tr("Data checked against the plan"), (self.gaps, self.finding_button, self.note)),
                               (self.tr("Offset priority (§8.4.2)"), (self.classes, self.priority)),
                               (self.tr("Carbon-neutrality evaluation (§8.4.6)"), (self.report_button,))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            for widget in widgets:
                inner.addWidget(widget)
            layout.addWidget(box)
        self.set_body(body)
        self.finding_button.clicked.connect(self.raise_finding)
        self.report_button.clicked.connect(self.write_report)
        self.gaps.itemSelectionChanged.connect(lambda: self.finding_button.setEnabled(bool(self.gaps.selectedItems())))

    def load(self) -> None:
        if not self.applies(self.engagement):
            return
        held = self.held = monitoring_services.monitoring(self.workbench.uow(), self.engagement.id)
        named = tuple((s.id, s.name) for s in held.sources)
        measurable = tuple((s.id, s.name) for s in held.sources if s.method in MEASURABLE)
        streams = tuple((st.id, f"{s.name} / {st.name}") for s in held.sources if s.method is Method.MASS_BALANCE for st in s.streams)
        offsets = tuple((line.offset.id, self._offset_text(line.offset)) for line in held.priority.lines)
        if (named, measurable, streams, offsets) != self._choices:
            self._choices = (named, measurable, streams, offsets)
            self.plan.set_specs(plan_specs(named))
            self.results.set_specs(result_specs(measurable, streams))
            self.classes.set_specs(class_specs(offsets))
        self.forms = [self.plan.form, self.results.form, self.classes.form]
        self.plan.set_items(self.engagement.id, held.items)
        self.results.set_items(self.engagement.id, held.measured)
        self.classes.set_items(self.engagement.id, held.classes)
        self._show_means()
        self._show_gaps()
        self._show_priority()

    def _show_priority(self) -> None:
        review = self.held.priority
        lines = [f"{show(line.rank.label)}: {self._offset_text(line.offset)}" for line in review.lines]
        lines += ["⚠ " + show(d) for d in review.departures] or ([self.tr("The offsets follow the order of §8.4.2.")] if review.lines else [])
        self.priority.setText("\n".join(lines) or self.tr("No offsets."))

    @staticmethod
    def _offset_text(offset) -> str:
        return f"{show(offset.kind.label)} {offset.serial_first or offset.registry} {offset.quantity:,.2f} tCO₂e"

    def _offset_name(self, item: OffsetClass) -> str:
        lines = self.held.priority.lines if self.held else ()
        return next((self._offset_text(line.offset) for line in lines if line.offset.id == item.offset_id), "—")

    def _new_class(self) -> OffsetClass | None:
        classified = {c.offset_id for c in (self.held.classes if self.held else ())}
        bare = [line.offset for line in (self.held.priority.lines if self.held else ()) if line.offset.id not in classified]
        if not bare:
            self.priority.setText(self.tr("Every offset is classified; add offsets on the Neutrality page."))
            return None
        return OffsetClass(bare[0].id)

    def write_report(self) -> None:
        """The carbon-neutrality evaluation report of §8.4.6, items a)–j), bilingual."""
        from app.reports.evaluation_report_pdf import write_evaluation_report

        path = self.ask_save_path(f"{self.engagement.code}-evaluation.pdf", self.tr("PDF (*.pdf)"))
        if path:
            facts = evaluation_services.evaluation(self.workbench.uow(), self.engagement.id)
            self.workbench.report(lambda: write_evaluation_report(path, facts, datetime.now().astimezone()))

    def _show_means(self) -> None:
        names = {s.id: s.name for s in self.held.sources}
        names |= {st.id: f"{s.name} / {st.name}" for s in self.held.sources for st in s.streams}
        lines = [self.tr("%1, %2: %3 %4 (weighted over %5 results)").replace("%1", names.get(w.stream_id or source_id, "—"))
                 .replace("%2", show(w.parameter.label)).replace("%3", f"{w.value:.6g}").replace("%4", w.unit)
                 .replace("%5", str(len(w.results)))
                 for source_id, found in self.held.weightings().items() for w in found]
        self.means.setText("\n".join(lines) or self.tr("No lab results: each source uses its one value."))

    def _show_gaps(self) -> None:
        gaps = self.held.gaps
        self.gaps.setRowCount(len(gaps))
        for row, gap in enumerate(gaps):
            self.gaps.setItem(row, 0, QTableWidgetItem(show(gap.kind.label)))
            self.gaps.setItem(row, 1, QTableWidgetItem(show(gap.message)))
        self.gaps.resizeRowsToContents()
        self.finding_button.setEnabled(bool(self.gaps.selectedItems()))
        self.note.setText(self.tr("The data follow the plan.") if not gaps and self.held.items else
                          self.tr("%1 gaps between the data and the plan.").replace("%1", str(len(gaps))) if gaps else
                          self.tr("No monitoring plan yet."))

    def _source_name(self, item) -> str:
        return next((s.name for s in (self.held.sources if self.held else ()) if s.id == item.source_id), "—")

    def _new_item(self) -> PlanItem | None:
        if not self.held or not self.held.sources:
            self.note.setText(self.tr("Add an emission source on the Inventory page first."))
            return None
        return PlanItem(self.held.sources[0].id, self.tr("New monitored item"))

    def _new_result(self) -> MeasuredValue | None:
        measurable = [s for s in (self.held.sources if self.held else ()) if s.method in MEASURABLE]
        if not measurable:
            self.note.setText(self.tr("Lab results belong to a fuel-combustion or mass-balance source; add one first."))
            return None
        start = self.engagement.period_start or date.today()
        source = measurable[0]
        return MeasuredValue(source_id=source.id, period_start=start, period_end=start, quantity=1.0,
                             **_measuring(source, source.streams[0].id if source.streams else ""))

    def _expand_result(self, item: MeasuredValue, field: str, value) -> dict:
        """Moving a lab result to another source or stream moves what it measures with it: a stream's carbon content
        (in its unit), or a fuel's NCV; the other fields change one at a time."""
        sources = {s.id: s for s in self.held.sources} if self.held else {}
        if field == "stream_id" and value:
            owner = next((s for s in sources.values() if any(st.id == value for st in s.streams)), None)
            return {"source_id": owner.id, **_measuring(owner, value)} if owner else {field: value}
        source = sources.get(value) if field == "source_id" else None
        if source is None or (source.method is Method.FUEL and sources.get(item.source_id, source).method is Method.FUEL):
            return {field: value}  # one fuel's NCV to another's: the rest stays
        return {"source_id": value, **_measuring(source, source.streams[0].id if source.streams else "")}

    def raise_finding(self) -> bool:
        """A minor nonconformity against §8.2.4 for the selected gap (undo withdraws it)."""
        rows = self.gaps.selectionModel().selectedRows()
        if not rows or not self.held:
            return False
        gap = self.held.gaps[rows[0].row()]
        wb, e = self.workbench, self.engagement
        raised: list = []  # kept so a redo stores the same finding

        def do() -> None:
            raised[:] = [monitoring_services.raise_from_gap(wb.uow(), e.id, gap, wb.actor, date.today(), raised[0] if raised else None)]

        return wb.perform(self.tr("Raise finding for the gap"), do,
                          lambda: finding_services.remove_finding(wb.uow(), e.id, raised[0].id, wb.actor))
