"""The project page of an ISO 14064-2 engagement (P02): the project description and crediting period, the monitoring
periods, the sources, sinks and reservoirs of the baseline, the project and leakage (factors from the library), their
data ex ante and ex post, the monitoring plan's parameters, and ER = BE − PE − LE per period and vintage, with the
project workbook.  Shown only for the ISO 14064-2 programme; every field is saved when it is left.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.inventory.factors import FactorKind
from app.domain.inventory.sources import EmissionSource, Method
from app.domain.kernel.choices import Gas
from app.domain.project.project import (
    Basis, Frequency, MonitoringParameter, MonitoringPeriod, ProjectData, ProjectDescription, Relation, Scenario, Ssr, SsrType,
)
from app.domain.statement.programme_parts import PROJECT
from app.services import project as project_services
from app.ui.i18n import show
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldForm, FieldSpec


def description_specs() -> list[FieldSpec]:
    return [
        FieldSpec("title", QCoreApplication.translate("ProjectPage", "Project")), FieldSpec("proponent", QCoreApplication.translate("ProjectPage", "Project proponent")), FieldSpec("location", QCoreApplication.translate("ProjectPage", "Location")),
        FieldSpec("technology", QCoreApplication.translate("ProjectPage", "Technology"), "text"), FieldSpec("methodology", QCoreApplication.translate("ProjectPage", "Methodology")),
        FieldSpec("start_date", QCoreApplication.translate("ProjectPage", "Project start"), "date"), FieldSpec("crediting_start", QCoreApplication.translate("ProjectPage", "Crediting period from"), "date"),
        FieldSpec("crediting_end", QCoreApplication.translate("ProjectPage", "Crediting period to"), "date"), FieldSpec("baseline_text", QCoreApplication.translate("ProjectPage", "Baseline scenario"), "text"),
        FieldSpec("additionality", QCoreApplication.translate("ProjectPage", "Additionality"), "text"),
    ]


def ssr_specs(factors, fuels) -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("ProjectPage", "Source, sink or reservoir")), FieldSpec("scenario", QCoreApplication.translate("ProjectPage", "Scenario"), "choice", options(Scenario)),
        FieldSpec("relation", QCoreApplication.translate("ProjectPage", "Relation to the proponent"), "choice", options(Relation)),
        FieldSpec("kind", QCoreApplication.translate("ProjectPage", "Type"), "choice", options(SsrType)), FieldSpec("included", QCoreApplication.translate("ProjectPage", "Included"), "bool"),
        FieldSpec("justification", QCoreApplication.translate("ProjectPage", "Why included or excluded"), "text"),
        FieldSpec("method", QCoreApplication.translate("ProjectPage", "Calculation"), "choice", tuple(o for o in options(Method) if o[0] != Method.MASS_BALANCE.value)),
        FieldSpec("gas", QCoreApplication.translate("ProjectPage", "Gas"), "choice", options(Gas)),
        FieldSpec("factor_id", QCoreApplication.translate("ProjectPage", "Emission factor (library)"), "choice", (("", "—"), *factors)),
        FieldSpec("fuel", QCoreApplication.translate("ProjectPage", "Fuel (library NCV, carbon content, oxidation)"), "choice", (("", "—"), *fuels)),
    ]


def data_specs(ssrs) -> list[FieldSpec]:
    return [
        FieldSpec("ssr_id", QCoreApplication.translate("ProjectPage", "Source, sink or reservoir"), "choice", ssrs), FieldSpec("basis", QCoreApplication.translate("ProjectPage", "Basis"), "choice", options(Basis)),
        FieldSpec("period_start", QCoreApplication.translate("ProjectPage", "From"), "date"), FieldSpec("period_end", QCoreApplication.translate("ProjectPage", "To"), "date"),
        FieldSpec("quantity", QCoreApplication.translate("ProjectPage", "Quantity"), "number", decimals=4), FieldSpec("unit", QCoreApplication.translate("ProjectPage", "Unit")),
        FieldSpec("evidence", QCoreApplication.translate("ProjectPage", "Evidence")),
    ]


def parameter_specs(ssrs) -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("ProjectPage", "Parameter")), FieldSpec("unit", QCoreApplication.translate("ProjectPage", "Unit")), FieldSpec("ssr_id", QCoreApplication.translate("ProjectPage", "Source, sink or reservoir"), "choice", (("", "—"), *ssrs)),
        FieldSpec("method", QCoreApplication.translate("ProjectPage", "Measured how"), "text"), FieldSpec("frequency", QCoreApplication.translate("ProjectPage", "Frequency"), "choice", options(Frequency)),
        FieldSpec("instrument", QCoreApplication.translate("ProjectPage", "Instrument")), FieldSpec("calibration", QCoreApplication.translate("ProjectPage", "Calibration")), FieldSpec("qa_qc", QCoreApplication.translate("ProjectPage", "QA/QC"), "text"),
        FieldSpec("responsible", QCoreApplication.translate("ProjectPage", "Responsible")),
    ]


class ProjectPage(LazyPage):
    part = PROJECT

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Project (ISO 14064-2)")
        self.held = None
        self._choices = None
        self.description = FieldForm(description_specs())
        self.periods = ChildEditor(workbench, [(self.tr("From"), lambda p: str(p.start)), (self.tr("To"), lambda p: str(p.end))],
                                   [FieldSpec("start", QCoreApplication.translate("ProjectPage", "From"), "date"), FieldSpec("end", QCoreApplication.translate("ProjectPage", "To"), "date")], self._new_period,
                                   {"add": self.tr("Add monitoring period"), "remove": self.tr("Remove monitoring period"),
                                    "edit": self.tr("Edit monitoring period")})
        self.ssrs = ChildEditor(workbench, [(self.tr("Name"), lambda s: s.name), (self.tr("Scenario"), lambda s: show(s.scenario.label)),
                                            (self.tr("Relation"), lambda s: show(s.relation.label)), (self.tr("Type"), lambda s: show(s.kind.label))],
                                ssr_specs((), ()), lambda: Ssr(EmissionSource(self.tr("New source, sink or reservoir"))),
                                {"add": self.tr("Add SSR"), "remove": self.tr("Remove SSR"), "edit": self.tr("Edit SSR")})
        self.data = ChildEditor(workbench, [(self.tr("SSR"), self._ssr_name), (self.tr("Basis"), lambda d: show(d.basis.label)),
                                            (self.tr("From"), lambda d: str(d.period_start)), (self.tr("To"), lambda d: str(d.period_end)),
                                            (self.tr("Quantity"), lambda d: f"{d.quantity:g} {d.unit}")],
                                data_specs(()), self._new_data, {"add": self.tr("Add data"), "remove": self.tr("Remove data"), "edit": self.tr("Edit data")})
        self.parameters = ChildEditor(workbench, [(self.tr("Parameter"), lambda p: p.name), (self.tr("Frequency"), lambda p: show(p.frequency.label))],
                                      parameter_specs(()), lambda: MonitoringParameter(self.tr("New parameter"), method=self.tr("to be described")),
                                      {"add": self.tr("Add parameter"), "remove": self.tr("Remove parameter"), "edit": self.tr("Edit parameter")})
        self.results = QTableWidget(0, 7)
        self.results.setObjectName("reductions")
        self.results.setHorizontalHeaderLabels([self.tr("Basis"), self.tr("Monitoring period"), self.tr("Vintage"), self.tr("Baseline BE"),
                                                self.tr("Project PE"), self.tr("Leakage LE"), self.tr("Reductions ER")])
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.totals = QLabel()
        self.totals.setObjectName("reduction_totals")
        self.totals.setWordWrap(True)
        self.workbook_button = QPushButton(self.tr("Project workbook…"))
        self.workbook_button.setObjectName("project_workbook")
        self.statement_button = QPushButton(self.tr("Statement of reductions (PDF)…"))
        self.statement_button.setObjectName("project_statement")
        body = QWidget()
        layout = QVBoxLayout(body)
        for title, widget in ((self.tr("Project and crediting period"), self.description), (self.tr("Monitoring periods"), self.periods),
                              (self.tr("Sources, sinks and reservoirs"), self.ssrs), (self.tr("Data, ex ante and ex post"), self.data),
                              (self.tr("Monitoring plan"), self.parameters)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
        box = QGroupBox(self.tr("Reductions ER = BE − PE − LE (tCO₂e)"))
        inner = QVBoxLayout(box)
        for widget in (self.results, self.totals, self.workbook_button, self.statement_button):
            inner.addWidget(widget)
        layout.addWidget(box)
        self.set_body(body)
        self.description.edited.connect(self._describe)
        self.workbook_button.clicked.connect(self.write_workbook)
        self.statement_button.clicked.connect(self.write_statement)

    def load(self) -> None:
        if not self.applies(self.engagement):
            return
        held = self.held = project_services.project(self.workbench.uow(), self.engagement.id)
        self._set_choices(held.ssrs)
        self.forms = [self.description, self.periods.form, self.ssrs.form, self.data.form, self.parameters.form]
        shown = held.description or ProjectDescription()
        self.description.set_values({name: getattr(shown, name) for name in self.description.widgets})
        for editor, items in ((self.periods, held.periods), (self.ssrs, held.ssrs), (self.data, held.data), (self.parameters, held.parameters)):
            editor.set_items(self.engagement.id, items)
        self._show_results()

    def _set_choices(self, ssrs: list[Ssr]) -> None:
        library = self.workbench.factor_library()
        factors = tuple((f.id, f"{show(f.name)}  {f.value:g} {f.unit}") for f in library if f.kind in (FactorKind.EMISSION, FactorKind.GRID))
        fuels = tuple((f.id.removesuffix("ncv"), show(f.name)) for f in library if f.kind is FactorKind.NCV and f.id.endswith("/ncv"))
        named = tuple((s.id, s.name) for s in ssrs)
        if (factors, fuels, named) != self._choices:
            self._choices = (factors, fuels, named)
            self.ssrs.set_specs(ssr_specs(factors, fuels))
            self.data.set_specs(data_specs(named))
            self.parameters.set_specs(parameter_specs(named))

    def _show_results(self) -> None:
        reductions = self.held.reductions
        numbers = {p.id: n for n, p in enumerate(sorted(self.held.periods, key=lambda p: p.start), start=1)}
        self.results.setRowCount(len(reductions.lines))
        for row, line in enumerate(reductions.lines):
            cells = (show(line.basis.label), f"MP{numbers[line.period.id]}  {line.period.label}", str(line.vintage),
                     *(f"{v:,.2f}" for v in (line.baseline, line.project, line.leakage, line.reductions)))
            for col, text in enumerate(cells):
                self.results.setItem(row, col, QTableWidgetItem(text))
        self.results.resizeColumnsToContents()
        post, ante = reductions.total(Basis.EX_POST), reductions.total(Basis.EX_ANTE)
        lines = [self.tr("Ex post: BE %1, PE %2, LE %3, ER %4 tCO₂e; ex-ante estimate ER %5 tCO₂e.")
                 .replace("%1", f"{post['baseline']:,.2f}").replace("%2", f"{post['project']:,.2f}")
                 .replace("%3", f"{post['leakage']:,.2f}").replace("%4", f"{post['reductions']:,.2f}").replace("%5", f"{ante['reductions']:,.2f}")]
        lines += ["⚠ " + show(problem) for problem in reductions.problems]
        self.totals.setText("\n".join(lines))

    def _ssr_name(self, item: ProjectData) -> str:
        return next((s.name for s in (self.held.ssrs if self.held else ()) if s.id == item.ssr_id), "—")

    def _new_period(self) -> MonitoringPeriod:
        periods = sorted(self.held.periods, key=lambda p: p.end) if self.held else []
        description = self.held.description if self.held else None
        start = (periods[-1].end + timedelta(days=1)) if periods else (
            (description.crediting_start if description else None) or self.engagement.period_start or date.today())
        return MonitoringPeriod(start, start.replace(year=start.year + 1) - timedelta(days=1))

    def _new_data(self) -> ProjectData | None:
        if not self.held or not self.held.ssrs:
            self.totals.setText(self.tr("Add a source, sink or reservoir first."))
            return None
        ssr = self.held.ssrs[0]
        start = self.held.periods[0].start if self.held.periods else (self.engagement.period_start or date.today())
        return ProjectData(ssr.id, Basis.EX_POST, start, start, 0.0, ssr.source.activity_unit() or "t")

    def _describe(self, field: str, value) -> None:
        wb, engagement_id = self.workbench, self.engagement.id
        held = self.held.description if self.held else None
        if held is not None and getattr(held, field) == value:
            return
        new = replace(held or ProjectDescription(), **{field: value})
        undo = ((lambda: project_services.remove(wb.uow(), engagement_id, new, wb.actor)) if held is None
                else (lambda: project_services.save(wb.uow(), engagement_id, held, wb.actor)))
        wb.perform(self.tr("Edit project"), lambda: project_services.save(wb.uow(), engagement_id, new, wb.actor), undo)

    def write_workbook(self) -> None:
        from app.reports.project_workbook import export_project_workbook

        path = self.ask_save_path(f"{self.engagement.code}-project.xlsx", self.tr("Workbook (*.xlsx)"))
        if path:
            held = project_services.workbook(self.workbench.uow(), self.engagement.id)
            self.workbench.report(lambda: export_project_workbook(path, held, datetime.now().astimezone()))

    def write_statement(self) -> None:
        """The validation statement (ex ante) or the verification statement of the reductions (ex post), bilingual."""
        from app.reports.project_statement_pdf import write_project_statement

        path = self.ask_save_path(f"{self.engagement.code}-statement.pdf", self.tr("PDF (*.pdf)"))
        if path:
            held = project_services.workbook(self.workbench.uow(), self.engagement.id)
            self.workbench.report(lambda: write_project_statement(path, held, datetime.now().astimezone()))
