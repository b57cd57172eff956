"""The risk and sampling page: the three risks of each source with their rationale (seed 001 §9.3), and sampling
plans over a source's period records — random with a recorded seed, systematic, targeted with a reason, or 100 % —
sized from the risk table, each sample's traced value and result, escalation when errors are found, and the
errors projected to the source beside materiality.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.domain.fieldwork.risk import Level, RiskAssessment, unexplained_key_sources
from app.domain.fieldwork.sampling import (
    KEY_ITEM,
    AuditKind,
    Item,
    Method,
    Plan,
    Population,
    Result,
    RiskTable,
    Sample,
    listed_items,
    site_share,
)
from app.domain.kernel.text import DomainError, Text
from app.services import fieldwork as fieldwork_services
from app.services import inventory as inventory_services
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.i18n import show
from app.ui.models.tables import RowsModel, exact
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldForm, FieldSpec, row_table


def risk_specs(sources) -> list[FieldSpec]:
    return [
        FieldSpec("source_id", QCoreApplication.translate("SamplingPage", "Source"), "choice", tuple((s.id, s.name) for s in sources)),
        FieldSpec("inherent", QCoreApplication.translate("SamplingPage", "Inherent risk"), "choice", options(Level)),
        FieldSpec("inherent_why", QCoreApplication.translate("SamplingPage", "Why"), "text"),
        FieldSpec("control", QCoreApplication.translate("SamplingPage", "Control risk"), "choice", options(Level)),
        FieldSpec("control_why", QCoreApplication.translate("SamplingPage", "Why"), "text"),
        FieldSpec("detection", QCoreApplication.translate("SamplingPage", "Detection risk"), "choice", options(Level)),
        FieldSpec("detection_why", QCoreApplication.translate("SamplingPage", "Why"), "text"),
    ]


def table_specs() -> list[FieldSpec]:
    return [FieldSpec(level.value, QCoreApplication.translate("SamplingPage", "%1 risk").replace("%1", show(level.label)),
                      "count", suffix=" %") for level in Level]


def plan_specs(sources) -> list[FieldSpec]:
    return [
        FieldSpec("population", QCoreApplication.translate("SamplingPage", "Population"), "choice", options(Population)),
        FieldSpec("subject", QCoreApplication.translate("SamplingPage", "Source"), "choice", tuple((s.id, s.name) for s in sources)),
        FieldSpec("items", QCoreApplication.translate("SamplingPage", "Invoices, meters or sites, one per line: number | description | value"), "text"),
        FieldSpec("audit", QCoreApplication.translate("SamplingPage", "Audit (for sites, IAF MD 1)"), "choice", options(AuditKind)),
        FieldSpec("method", QCoreApplication.translate("SamplingPage", "Method"), "choice", options(Method)),
        FieldSpec("seed", QCoreApplication.translate("SamplingPage", "Seed (random or systematic)")),
        FieldSpec("percent", QCoreApplication.translate("SamplingPage", "Share of the records"), "number", suffix=" %"),
        FieldSpec("reason", QCoreApplication.translate("SamplingPage", "Reason (targeted) or note"), "text"),
    ]


def result_specs() -> list[FieldSpec]:
    return [
        FieldSpec("traced", QCoreApplication.translate("SamplingPage", "Value traced to the evidence"), "number", decimals=6),
        FieldSpec("result", QCoreApplication.translate("SamplingPage", "Result"), "choice", options(Result)),
        FieldSpec("evidence", QCoreApplication.translate("SamplingPage", "Evidence seen")),
    ]


class SamplingPage(LazyPage):
    progress_kind = "sampling"

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Risk and sampling")
        self.sources: list = []
        self.assessments: list[RiskAssessment] = []
        self.plans: list[Plan] = []
        self._shown_plan: str | None = None
        self.risk = ChildEditor(
            workbench,
            [(self.tr("Source"), lambda r: self._name(r.source_id)), (self.tr("Inherent"), lambda r: show(Level(r.inherent).label)),
             (self.tr("Control"), lambda r: show(Level(r.control).label)), (self.tr("Detection"), lambda r: show(Level(r.detection).label)),
             (self.tr("Overall"), lambda r: show(r.overall.label))],
            risk_specs([]), self._new_assessment,
            {"add": self.tr("Assess a source"), "remove": self.tr("Remove assessment"), "edit": self.tr("Edit risk")},
        )
        self.risk.setObjectName("risk")
        self.key_sources = QLabel()
        self.key_sources.setObjectName("key_sources")
        self.key_sources.setWordWrap(True)
        self.table_form = FieldForm(table_specs())
        self.table_form.setObjectName("risk_table")
        self.risk_table = RiskTable()
        self.forms = [self.risk.form, self.table_form]
        self.new_plan_button = QPushButton(self.tr("New sampling plan…"))
        self.new_plan_button.setObjectName("new_sampling_plan")
        self.result_button = QPushButton(self.tr("Record result…"))
        self.result_button.setObjectName("record_result")
        self.escalate_button = QPushButton(self.tr("Errors found: enlarge the sample"))
        self.escalate_button.setObjectName("escalate")
        self.finding_button = QPushButton(self.tr("Raise finding for the errors"))
        self.finding_button.setObjectName("raise_from_sample")
        self.attach_button = QPushButton(self.tr("Attach evidence to the sample…"))
        self.attach_button.setObjectName("attach_to_sample")
        self.plan_list = QListWidget()
        self.plan_list.setObjectName("sampling_plans")
        self.plan_list.setMaximumHeight(110)
        self.samples = RowsModel([
            (self.tr("Period"), lambda s: s.label or s.key), (self.tr("Recorded"), lambda s: exact(s.recorded)),
            (self.tr("Traced"), lambda s: "" if s.traced is None else exact(s.traced)),
            (self.tr("Result"), lambda s: show(Result(s.result).label)), (self.tr("Why chosen"), self._why),
            (self.tr("Evidence"), lambda s: s.evidence),
        ], self)
        self.sample_table = row_table(self.samples, read_only=True)
        self.sample_table.setObjectName("samples")
        self.sample_table.setMinimumHeight(220)
        self.projection = QLabel()
        self.projection.setObjectName("projection")
        self.projection.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_plan_button, self.result_button, self.escalate_button, self.finding_button, self.attach_button):
            buttons.addWidget(button)
        buttons.addStretch()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel("<b>" + self.tr("Risk assessment") + "</b>"))
        layout.addWidget(self.key_sources)
        layout.addWidget(self.risk)
        layout.addWidget(QLabel(self.tr("Share of the records to check, by overall risk:")))
        layout.addWidget(self.table_form)
        layout.addWidget(QLabel("<b>" + self.tr("Sampling plans") + "</b>"))
        layout.addLayout(buttons)
        layout.addWidget(self.plan_list)
        layout.addWidget(self.sample_table)
        layout.addWidget(self.projection)
        self.set_body(body)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.result_button.clicked.connect(self.record_result)
        self.escalate_button.clicked.connect(self.escalate)
        self.finding_button.clicked.connect(self.raise_finding)
        self.attach_button.clicked.connect(self.attach)
        self.plan_list.currentRowChanged.connect(lambda _row: self._show_plan())
        self.sample_table.activated.connect(lambda _i: self.record_result())  # Enter or a double click
        self.table_form.edited.connect(self._table_edited)

    def _why(self, sample: Sample) -> str:
        """How a sample was chosen, in the interface language (a targeted one shows the verifier's reason)."""
        if sample.why == KEY_ITEM:
            return self.tr("key item (5 % or more of the total)")
        try:
            return show(Method(sample.why).label)
        except ValueError:
            return sample.why

    def _name(self, source_id: str) -> str:
        if source_id == "sites":
            return show(Population.SITES.label)
        return next((s.name for s in self.sources if s.id == source_id), source_id)

    def _new_assessment(self) -> RiskAssessment:
        assessed = {r.source_id for r in fieldwork_services.records(self.workbench.uow(), self.engagement.id, "risk")}
        source = next((s for s in self.sources if s.id not in assessed), self.sources[0] if self.sources else None)
        return RiskAssessment(source.id if source else "", Level.LOW, Level.LOW, Level.LOW)

    def load(self) -> None:
        e, uow = self.engagement, self.workbench.uow
        self.sources = inventory_services.sources_of(uow(), e.id)
        if self._sources_changed():
            self.risk.set_specs(risk_specs(self.sources))
            self.forms = [self.risk.form, self.table_form]
        self.assessments = fieldwork_services.records(uow(), e.id, "risk")
        self.risk.set_items(e.id, self.assessments)
        tables = fieldwork_services.records(uow(), e.id, "risk_table")
        self.risk_table = tables[0] if tables else RiskTable()
        self.table_form.set_values({level.value: self.risk_table.percent(level) for level in Level})
        missing = unexplained_key_sources(self.assessments, self.workbench.calculate(e.id).results.key_sources)
        self.key_sources.setText("⚠ " + self.tr("Key sources (95 % of the total) without a reasoned assessment: %1").replace(
            "%1", ", ".join(self._name(m) for m in missing)) if missing else "✓ " + self.tr("Every key source is assessed."))
        self.key_sources.setStyleSheet("color: #9a5b00;" if missing else "color: #1b6e20;")
        chosen, before = self.plan(), len(self.plans)
        self.plans = fieldwork_services.records(uow(), e.id, "sampling")
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        for p in self.plans:
            self.plan_list.addItem(f"{self._name(p.subject)} · {show(Method(p.method).label)} · {p.percent:g}% · {len(p.samples)}")
        ids = [p.id for p in self.plans]
        self.plan_list.setCurrentRow(self.row_to_show(ids, chosen.id if chosen else None, before))
        self.plan_list.blockSignals(False)
        self._show_plan()

    def _sources_changed(self) -> bool:
        combo = self.risk.form.widgets.get("source_id")
        return combo is None or [combo.itemData(i) for i in range(combo.count())] != [s.id for s in self.sources]

    def plan(self) -> Plan | None:
        row = self.plan_list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def sample(self) -> Sample | None:
        rows = self.sample_table.selectionModel().selectedRows()
        return self.samples.row_object(rows[0].row()) if rows else None

    def _show_plan(self) -> None:
        p = self.plan()
        shown = self.sample() if p is not None and p.id == self._shown_plan else None  # the same plan, reloaded
        self._shown_plan = p.id if p else None
        self.samples.set_rows(p.samples if p else [])
        if p and p.samples:
            keys = [s.key for s in p.samples]
            self.sample_table.selectRow(keys.index(shown.key) if shown and shown.key in keys else 0)
        self.result_button.setEnabled(p is not None)
        self.escalate_button.setEnabled(p is not None and bool(p.errors) and p.percent < 100)
        self.finding_button.setEnabled(p is not None and bool(p.errors) and not p.finding_id)
        self.attach_button.setEnabled(p is not None and bool(p.samples))
        if p is None:
            self.projection.setText(self.tr("No sampling plan yet."))
            return
        projection = fieldwork_services.sample_projection(self.workbench.uow(), self.engagement.id, p)
        checked = sum(s.result is not Result.PENDING for s in p.samples)
        text = self.tr("%1 of %2 samples checked · errors %3 · projected to the source %4 against materiality %5").replace(
            "%1", str(checked)).replace("%2", str(len(p.samples))).replace("%3", f"{projection.sample_error:,.4g}").replace(
            "%4", f"{projection.projected_error:,.4g}").replace("%5", f"{projection.materiality:,.4g}")
        self.projection.setText(("⚠ " if projection.material else "") + text)
        self.projection.setStyleSheet("color: #b00020;" if projection.material else "")

    # --- plans -----------------------------------------------------------------------------------
    def new_plan(self) -> FormDialog | None:
        if not self.sources:
            return None
        risks = {r.source_id: r.overall for r in self.assessments}
        source = self.sources[0]
        values = {"population": Population.RECORDS.value, "subject": source.id, "items": "", "audit": AuditKind.INITIAL.value,
                  "method": Method.RANDOM.value, "seed": f"{self.engagement.code}/{source.name}",
                  "percent": float(self.risk_table.percent(risks.get(source.id, Level.MEDIUM))), "reason": ""}
        wb, e = self.workbench, self.engagement

        def submit(v) -> bool:
            population, method, percent = Population(v["population"]), Method(v["method"]), v["percent"]
            items: tuple[Item, ...] = listed_items(v["items"])
            if population is Population.SITES:
                items = items or tuple(Item(site.id, site.name, 1.0) for site in e.sites)  # by id: two sites may share a name
                if method is not Method.RANDOM:
                    raise DomainError(Text("场所抽样采用随机抽样（IAF MD 1 要求至少 25% 随机）。",
                                           "Sites are drawn at random (IAF MD 1: at least 25 % at random)."), "method")
                percent = site_share(len(items), AuditKind(v["audit"]))
            elif population is Population.RECORDS:
                items = ()
                table = self.risk_table.percent(risks.get(v["subject"], Level.MEDIUM))
                if method in (Method.RANDOM, Method.SYSTEMATIC) and percent != table and not v["reason"].strip():
                    raise DomainError(Text(f"抽样比例与风险表（{table}%）不同，请说明理由。",
                                           f"The share differs from the risk table ({table} %): give the reason."), "reason")
            elif not items:
                raise DomainError(Text("请逐行列出发票或计量器具。", "List the invoices or meters, one per line."), "items")
            subject = "sites" if population is Population.SITES else v["subject"]
            plan = Plan(population, subject, method, v["seed"].strip(), percent, v["reason"], created_on=date.today(), items=items)
            held: list[Plan] = []

            def do() -> None:
                held[:] = [fieldwork_services.plan_sample(wb.uow(), e.id, plan, wb.actor)]

            return wb.perform(self.tr("New sampling plan"), do,
                              lambda: fieldwork_services.remove_record(wb.uow(), e.id, "sampling", held[0].id, wb.actor))

        dialog = FormDialog(wb, self.tr("New sampling plan"), plan_specs(self.sources), values, submit, self)

        def source_chosen(name: str, value) -> None:
            if name == "subject":
                chosen = next(x for x in self.sources if x.id == value)
                dialog.form.set_values({"percent": float(self.risk_table.percent(risks.get(value, Level.MEDIUM))),
                                        "seed": f"{e.code}/{chosen.name}"})

        dialog.form.edited.connect(source_chosen)
        dialog.open()
        return dialog

    def record_result(self) -> FormDialog | None:
        p, s = self.plan(), self.sample()
        if p is None or s is None:
            return None
        wb, e = self.workbench, self.engagement
        values = {"traced": s.traced if s.traced is not None else s.recorded, "result": s.result.value, "evidence": s.evidence}

        def submit(v) -> bool:
            changes = {"traced": v["traced"], "result": Result(v["result"]), "evidence": v["evidence"]}
            return wb.perform(self.tr("Sample %1").replace("%1", s.label or s.key),
                              lambda: fieldwork_services.record_result(wb.uow(), e.id, p.id, s.key, changes, wb.actor),
                              lambda: fieldwork_services.put_back_plan(wb.uow(), e.id, p, wb.actor))

        dialog = FormDialog(wb, s.label or s.key, result_specs(), values, submit, self)
        dialog.open()
        return dialog

    def escalate(self) -> bool:
        p = self.plan()
        if p is None or not self.escalate_button.isEnabled():
            return False
        wb, e = self.workbench, self.engagement
        return wb.perform(self.tr("Enlarge the sample"), lambda: fieldwork_services.escalate_sample(wb.uow(), e.id, p.id, wb.actor),
                          lambda: fieldwork_services.put_back_plan(wb.uow(), e.id, p, wb.actor))

    def raise_finding(self) -> bool:
        """A nonconformity for the errors found, on the sampled source (undo withdraws it)."""
        p = self.plan()
        if p is None or not self.finding_button.isEnabled():
            return False
        wb, e = self.workbench, self.engagement
        raised: list = []  # kept so a redo stores the same finding

        def do() -> None:
            raised[:] = [fieldwork_services.raise_from_sample(wb.uow(), e.id, p.id, wb.actor, date.today(), raised[0] if raised else None)]

        return wb.perform(self.tr("Raise finding for the errors"), do,
                          lambda: fieldwork_services.withdraw_finding(wb.uow(), e.id, "sampling", p.id, wb.actor))

    def attach(self, paths: list[str] | None = None) -> bool:
        p, s = self.plan(), self.sample()
        if p is None or s is None:
            return False
        chosen = paths or self.ask_open_paths(self.tr("Evidence (*.pdf *.jpg *.jpeg *.png *.xlsx);;All files (*)"))
        return bool(chosen) and self.workbench.attach_files(
            self.engagement.id, [Path(x) for x in chosen], (("sample", f"{p.id}/{s.key}"),),
            self.tr("Attach to sample %1").replace("%1", s.label or s.key))

    def _table_edited(self, name: str, value) -> None:
        wb, e = self.workbench, self.engagement
        held = fieldwork_services.records(wb.uow(), e.id, "risk_table")
        text = self.tr("Risk table")
        stored = (wb.edit_child(e.id, held[0], {name: value}, text) if held
                  else wb.add_child(e.id, replace(RiskTable(), **{name: value}), text))
        if not stored:
            self.table_form.revert(name)
