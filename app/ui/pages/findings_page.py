"""The findings page: the list (filtered and sorted by kind, state, due date and source), the selected finding in full,
and every step of its life — raise, propose from the recalculation, respond, evaluate, reopen, estimate — plus the
client's form out and back, and the findings report.

Every step is one undoable edit.  Overdue findings are shown in red; the
count of those blocking the final statement is always in view.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.findings import finding as rules
from app.domain.findings.finding import Finding, Kind, Response, Severity, State, raise_finding
from app.domain.findings.proposals import propose
from app.domain.kernel.dates import add_months
from app.services import inventory as inventory_services
from app.ui.commands.findings import FindingsBench
from app.ui.dialogs.findings import (
    ProposalsDialog,
    ReplyPreview,
    estimate_specs,
    finding_specs,
    response_specs,
    response_values,
)
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.i18n import language, show
from app.ui.models.findings import ALL, UNRESOLVED, FindingsFilter, FindingsModel
from app.ui.models.tables import ID_ROLE
from app.ui.pages.base import LazyPage
from app.ui.widgets.forms import row_table

class FindingsPage(LazyPage):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Findings")
        self.bench = FindingsBench(workbench)
        self.findings: list[Finding] = []
        self.sources: list = []
        self.names: dict[str, str] = {}

        self.raise_button = QPushButton(self.tr("Raise finding…"))
        self.raise_button.setObjectName("raise_finding")
        self.raise_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.propose_button = QPushButton(self.tr("Propose from the recalculation…"))
        self.propose_button.setObjectName("propose_findings")
        self.documents = QToolButton()
        self.documents.setText(self.tr("Documents"))
        self.documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.documents)
        menu.addAction(self.tr("Findings form for the client (xlsx)…"), lambda: self.write_form("xlsx"))
        menu.addAction(self.tr("Findings form for the client (PDF)…"), lambda: self.write_form("pdf"))
        menu.addAction(self.tr("Import the client's reply…"), self.import_reply)
        menu.addSeparator()
        menu.addAction(self.tr("Findings report (PDF)…"), self.write_report)
        self.documents.setMenu(menu)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("difference_threshold_pct")
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(2)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(self.tr("A source whose difference from the recalculation is more than this per cent of its reported figure is proposed as a finding."))
        self.threshold.editingFinished.connect(self._threshold_edited)
        toolbar = QHBoxLayout()
        for widget in (self.raise_button, self.propose_button, QLabel(self.tr("Difference threshold (% of reported)")), self.threshold, self.documents):
            toolbar.addWidget(widget)
        toolbar.addStretch()

        self.kind_filter, self.state_filter, self.source_filter = QComboBox(), QComboBox(), QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.state_filter.setObjectName("state_filter")
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        for kind in Kind:
            self.kind_filter.addItem(show(kind.label), kind.value)
        self.state_filter.addItem(self.tr("All states"), ALL)
        self.state_filter.addItem(self.tr("Unresolved"), UNRESOLVED)
        for state in State:
            self.state_filter.addItem(show(state.label), state.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search findings"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Kind"), self.kind_filter), (self.tr("State"), self.state_filter),
                              (self.tr("Source"), self.source_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.status = QLabel()
        self.status.setObjectName("findings_status")
        self.model = FindingsModel(self._columns(), [
            lambda f: f.number, lambda f: f.kind.value, lambda f: f.severity.value if f.severity else "",
            lambda f: f.state.value, lambda f: f.due.isoformat(), lambda f: f.response.on.isoformat() if f.response.on else "",
            lambda f: self.names.get(f.source_id, ""), lambda f: f.description,
        ], self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, read_only=True)
        self.table.setObjectName("findings_table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.detail = QTextBrowser()
        self.detail.setObjectName("finding_detail")

        self.actions: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (key, label) in enumerate([
            ("edit", self.tr("Edit…")), ("respond", self.tr("Record response…")), ("accept", self.tr("Accept and close…")),
            ("reject", self.tr("Not accepted…")), ("reopen", self.tr("Reopen…")), ("estimate", self.tr("Conservative estimate…")),
            ("remove", self.tr("Remove")),
        ]):
            button = QPushButton(label)
            button.setObjectName(f"finding_{key}")
            grid.addWidget(button, i // 4, i % 4)
            self.actions[key] = button
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(grid)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([300, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self.raise_button.clicked.connect(self.raise_finding)
        self.propose_button.clicked.connect(self.propose)
        for combo in (self.kind_filter, self.state_filter, self.source_filter):
            combo.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        steps = {"edit": self.edit, "respond": self.respond, "accept": lambda: self.evaluate(True),
                 "reject": lambda: self.evaluate(False), "reopen": self.reopen, "estimate": self.estimate, "remove": self.remove}
        for key, slot in steps.items():
            self.actions[key].clicked.connect(slot)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.raise_finding)

    def _columns(self):
        return [
            (self.tr("No."), lambda f: f.label), (self.tr("Kind"), lambda f: show(f.kind.label)),
            (self.tr("Severity"), lambda f: show(f.severity.label) if f.severity else ""),
            (self.tr("State"), lambda f: show(f.state.label)), (self.tr("Due"), lambda f: f.due.isoformat()),
            (self.tr("Answered"), lambda f: f.response.on.isoformat() if f.response.on else ""),
            (self.tr("Source"), lambda f: self.names.get(f.source_id, "")),
            (self.tr("Finding"), lambda f: f.description.splitlines()[0][:120]),
        ]

    # --- showing -----------------------------------------------------------------------------
    def load(self) -> None:
        e = self.engagement
        selected = self.selected()
        self.sources = inventory_services.sources_of(self.workbench.uow(), e.id)
        self.names = {s.id: s.name for s in self.sources}
        self.findings = self.bench.findings(e.id)
        self.threshold.setValue(e.difference_threshold_pct)
        current = self.source_filter.currentData() or ALL
        self.source_filter.blockSignals(True)
        self.source_filter.clear()
        self.source_filter.addItem(self.tr("All sources"), ALL)
        for s in self.sources:
            self.source_filter.addItem(s.name, s.id)
        self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(current)))
        self.source_filter.blockSignals(False)
        self.model.today = date.today()
        self.model.set_rows(self.findings)
        self._filter()
        self._select(selected.id if selected else None)
        today = date.today()
        overdue = sum(f.overdue(today) for f in self.findings)
        blocking = len(rules.statement_blockers(self.findings))
        text = self.tr("%1 findings · %2 block the final statement · %3 overdue").replace("%1", str(len(self.findings)))
        self.status.setText(text.replace("%2", str(blocking)).replace("%3", str(overdue)))
        self.status.setStyleSheet("color: #b00020;" if overdue else "")
        editable = e.status.value not in ("terminated", "issued")
        for widget in (self.raise_button, self.propose_button, self.threshold):
            widget.setEnabled(editable)

    def _filter(self) -> None:
        self.proxy.set(self.kind_filter.currentData(), self.state_filter.currentData(), self.source_filter.currentData() or ALL,
                       self.search.text())
        self._show_selected()

    def _select(self, finding_id: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == finding_id:
                self.table.selectRow(row)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show_selected()

    def selected(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_object(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _show_selected(self, *_args) -> None:
        f = self.selected()
        self.detail.setHtml(self._html(f) if f else "")
        editable = self.engagement is not None and self.engagement.status.value not in ("terminated", "issued")
        enabled = {
            "edit": bool(f) and f.state.unresolved,
            "respond": bool(f) and f.state.unresolved,
            "accept": bool(f) and (f.state is State.RESPONDED or (f.kind is Kind.OBSERVATION and f.state is State.OPEN)),
            "reject": bool(f) and f.state is State.RESPONDED,
            "reopen": bool(f) and not f.state.unresolved,
            "estimate": bool(f) and f.overdue(date.today()),
            "remove": bool(f) and len(f.events) <= 1,
        }
        for key, button in self.actions.items():
            button.setEnabled(editable and enabled[key])

    def _html(self, f: Finding) -> str:
        lang = language()
        rows = [
            (self.tr("Kind"), show(f.kind.label) + (f" · {show(f.severity.label)}" if f.severity else "")),
            (self.tr("State"), show(f.state.label)), (self.tr("Requirement"), f.requirement),
            (self.tr("Source"), self.names.get(f.source_id, "")), (self.tr("Raised"), f"{f.raised_on} {f.raised_by}"),
            (self.tr("Due"), f"{f.due}" + (" ⚠ " + self.tr("overdue") if f.overdue(date.today()) else "")),
            (self.tr("Finding"), f.description), (self.tr("Objective evidence"), f.evidence),
            (self.tr("Verifier's comment"), f.evaluation),
        ]
        labels = {s.name: s.label for s in response_specs()}
        rows += [(labels[k], str(v)) for k, v in response_values(f.response).items() if v]
        if f.estimate_t is not None:
            rows.append((self.tr("Conservative estimate"), f"{f.estimate_t:,.2f} tCO₂e — {f.estimate_basis}"))
        body = "".join(
            f"<tr><td style='color:#555;padding-right:10px;vertical-align:top'>{escape(k)}</td><td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows if v
        )
        events = "".join(
            f"<li>{e.on} · {escape(e.by)} · {escape(e.action.label.in_(lang))}{' — ' + escape(e.note) if e.note else ''}</li>"
            for e in f.events
        )
        history = escape(self.tr("History"))
        return f"<h3>{escape(f.label)}</h3><table>{body}</table><p><b>{history}</b></p><ul>{events}</ul>"

    # --- steps -------------------------------------------------------------------------------
    def raise_finding(self) -> FormDialog | None:
        e = self.engagement
        if e is None or not self.raise_button.isEnabled():
            return None
        today = date.today()
        start = e.site_visit_last or today
        values = {"kind": Kind.NONCONFORMITY.value, "severity": Severity.MINOR.value, "criterion": e.criteria[0] if e.criteria else "",
                  "due": add_months(start, rules.CLOSURE_MONTHS)}
        source = self.source_filter.currentData()
        if source and source != ALL:
            values["source_id"] = source

        def submit(v) -> bool:
            finding = raise_finding(Kind(v["kind"]), v["description"], self.workbench.actor, today, **self._fields(v))
            return self.bench.add(e.id, finding, self.tr("Raise finding"))

        return self._open(FormDialog(self.workbench, self.tr("Raise finding"), finding_specs(e, self.sources), values, submit, self))

    def _fields(self, v: dict) -> dict:
        return {"severity": Severity(v["severity"]) if v["severity"] else None, "criterion": v["criterion"] or "",
                "clause": v["clause"], "evidence": v["evidence"], "source_id": v["source_id"] or "",
                "due": v["due"]}

    def edit(self) -> FormDialog | None:
        f = self.selected()
        if f is None or not self.actions["edit"].isEnabled():
            return None
        values = {name: getattr(f, name) for name in Finding.EDITABLE}
        values["kind"], values["severity"] = f.kind.value, f.severity.value if f.severity else ""

        def submit(v) -> bool:
            changes = {"kind": Kind(v["kind"]), "description": v["description"], **self._fields(v)}
            changes["due"] = changes["due"] or f.due
            return self.bench.step(self.engagement.id, f, lambda held: held.edited(changes), self.tr("Edit %1").replace("%1", f.label))

        return self._open(FormDialog(self.workbench, f.label, finding_specs(self.engagement, self.sources), values, submit, self))

    def respond(self) -> FormDialog | None:
        f = self.selected()
        if f is None:
            return None
        today = date.today()
        values = response_values(f.response) | {"on": f.response.on or today}

        def submit(v) -> bool:
            response = Response(**{k: v[k] for k in (*Response.TEXTS, "by")}, on=v["on"])
            text = self.tr("Response to %1").replace("%1", f.label)
            return self.bench.step(self.engagement.id, f, lambda held: rules.respond(held, response, today), text)

        return self._open(FormDialog(self.workbench, self.tr("Client's response to %1").replace("%1", f.label), response_specs(), values, submit, self))

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.open()
        return dialog

    def evaluate(self, accepted: bool) -> None:
        f = self.selected()
        if f is None:
            return
        prompt = self.tr("Comment (optional):") if accepted else self.tr("Why is the response not accepted?")
        reason, ok = self.ask_text(f.label, prompt)
        if ok:
            actor, today = self.workbench.actor, date.today()
            text = (self.tr("Close %1") if accepted else self.tr("Send back %1")).replace("%1", f.label)
            self.bench.step(self.engagement.id, f, lambda held: rules.evaluate(held, accepted, reason, actor, today), text)

    def reopen(self) -> None:
        f = self.selected()
        if f is None:
            return
        reason, ok = self.ask_text(f.label, self.tr("Why is it reopened?"))
        if ok:
            actor, today = self.workbench.actor, date.today()
            self.bench.step(self.engagement.id, f, lambda held: rules.reopen(held, reason, actor, today),
                            self.tr("Reopen %1").replace("%1", f.label))

    def estimate(self) -> FormDialog | None:
        f = self.selected()
        if f is None:
            return None
        actor, today = self.workbench.actor, date.today()

        def submit(v) -> bool:
            step = lambda held: rules.settle_by_estimate(held, v["estimate_t"], v["estimate_basis"], actor, today)  # noqa: E731
            return self.bench.step(self.engagement.id, f, step, self.tr("Estimate for %1").replace("%1", f.label))

        values = {"estimate_t": 0.0, "estimate_basis": ""}
        return self._open(FormDialog(self.workbench, self.tr("Conservative estimate for %1").replace("%1", f.label), estimate_specs(), values, submit, self))

    def remove(self) -> None:
        f = self.selected()
        if f is not None:
            self.bench.remove(self.engagement.id, f, self.tr("Remove %1").replace("%1", f.label))

    def propose(self) -> ProposalsDialog | None:
        e = self.engagement
        calculation = self.workbench.calculate(e.id)
        proposals = propose(calculation.inventory.sources, calculation.results, self.findings, e.difference_threshold_pct,
                            e.materiality_pct)
        if not proposals:
            self.status.setText(self.tr("No source differs from the recalculation by more than %1 %.").replace("%1", f"{e.difference_threshold_pct:g}"))
            return None
        dialog = ProposalsDialog(proposals, language(), self)
        dialog.accepted.connect(lambda: self._raise_proposed(dialog.chosen()))
        dialog.open()
        return dialog

    def _raise_proposed(self, chosen) -> None:
        e, today, lang = self.engagement, date.today(), language()
        criterion = e.criteria[0] if e.criteria else ""
        stack = self.workbench.undo_stack
        stack.beginMacro(self.tr("Raise proposed findings"))
        try:
            for proposal in chosen:
                finding = proposal.finding(lang, self.workbench.actor, today, criterion=criterion, site_visit=e.site_visit_last)
                self.bench.add(e.id, finding, finding.description[:40])
        finally:
            stack.endMacro()

    def _threshold_edited(self) -> None:
        value = round(self.threshold.value(), 2)
        if self.engagement and value != self.engagement.difference_threshold_pct:
            self.workbench.edit_engagement(self.engagement.id, "difference_threshold_pct", value, self.tr("Difference threshold"))

    # --- documents ---------------------------------------------------------------------------
    def write_form(self, suffix: str) -> bool:
        pattern = "PDF (*.pdf)" if suffix == "pdf" else "Excel (*.xlsx)"
        path = self.ask_save_path(f"{self.engagement.code}-findings-form.{suffix}", pattern)
        return bool(path) and self.bench.write_form(self.engagement.id, path, language())

    def write_report(self) -> bool:
        path = self.ask_save_path(f"{self.engagement.code}-findings-report.pdf", "PDF (*.pdf)")
        return bool(path) and self.bench.write_report(self.engagement.id, path, language())

    def import_reply(self) -> ReplyPreview | None:
        path = self.ask_open_path("Excel (*.xlsx)")
        if not path:
            return None
        dialog = ReplyPreview(self.bench, self.engagement.id, path, self)
        dialog.open()
        return dialog
