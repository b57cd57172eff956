"""Head-office mode (File ▸ Head office): the inbox of submitted engagements, each opened read-only; the technical
review; the decision, with the authorised signatory's countersignature and what goes back to the laptop
(:mod:`app.ui.pages.issuing_panel`); and the certificate register with the programme manager's view.  Every step
runs a use case of :mod:`app.services.certification`; a refusal is shown on the page and nothing changes."""

from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from app.domain.engagement.stages import Stage
from app.services import certification as ho
from app.services import findings as finding_services
from app.services import statements as statement_services
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.models.tables import RowsModel
from app.ui.pages.base import Page, scrolling
from app.ui.pages.cases_panel import CasesPanel
from app.ui.pages.inbox_page import InboxPage
from app.ui.pages.head_office_panels import Refusals, person_picker, pick_id, refill
from app.ui.pages.issuing_panel import IssuingPanel
from app.ui.pages.register_panel import RegisterPanel
from app.ui.pages.review_panel import ReviewPanel
from app.ui.widgets.forms import row_table


class HeadOfficePage(Page):
    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(workbench, parent)
        self.engagement_id: str | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("head_office_tabs")
        self.inbox = RowsModel([
            (self.tr("Code"), lambda s: s.code), (self.tr("Client"), lambda s: s.client_zh or s.client_en),
            (self.tr("Title"), lambda s: s.title), (self.tr("Stage"), lambda s: show(Stage(s.status).label)),
        ], self)
        self.inbox_table = row_table(self.inbox, read_only=True)
        self.inbox_table.setObjectName("inbox_table")
        self.inbox_table.clicked.connect(lambda index: self.select(self.inbox.row_object(index.row()).id))
        self.details = QTextBrowser()
        self.details.setObjectName("engagement_read_only")
        inbox = QWidget()
        box = QVBoxLayout(inbox)
        box.addWidget(QLabel(self.tr("Submitted engagements (opened read-only)")))
        box.addWidget(self.inbox_table, 1)
        box.addWidget(self.details, 1)
        def intake_folder() -> str:  # the intake service's data folder, chosen on Received packages
            return self.received.folder.text().strip()

        self.review = ReviewPanel(workbench, intake_folder)
        self.decision = DecisionPanel(workbench, intake_folder)
        self.register = RegisterPanel(workbench)
        self.cases = CasesPanel(workbench)
        self.received = InboxPage(workbench)
        self.tabs.addTab(inbox, self.tr("Inbox"))
        self.tabs.addTab(scrolling(self.review), self.tr("Review"))
        self.tabs.addTab(self.decision, self.tr("Decision"))
        self.tabs.addTab(scrolling(self.register), self.tr("Certificate register"))
        self.tabs.addTab(self.cases, self.tr("Appeals and complaints"))
        self.tabs.addTab(self.received, self.tr("Received packages"))
        self.tabs.currentChanged.connect(lambda _: self.reload())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def reload(self) -> None:
        for combo in (self.review.reviewer, self.decision.by, self.register.by):
            refill(self.workbench, combo)
        self.inbox.set_rows(ho.inbox(self.workbench.uow()))
        self.show_details()
        heading = self._heading()
        self.review.show_engagement(self.engagement_id, heading)
        self.decision.show_engagement(self.engagement_id, heading)
        self.register.reload()
        self.cases.reload()
        if self.tabs.currentWidget() is self.received:
            self.received.reload()

    def select(self, engagement_id: str) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def _heading(self) -> str:
        if self.engagement_id is None:
            return self.tr("Pick an engagement in the inbox.")
        e, client = self.workbench.load(self.engagement_id)
        return f"{e.code}  {client.name_zh or client.name_en} — {show(e.status.label)}"

    def show_details(self) -> None:
        """The engagement as submitted, read-only: plan, team, findings, the final statement."""
        if self.engagement_id is None:
            self.details.setHtml("")
            return
        uow = self.workbench.uow
        e, client = self.workbench.load(self.engagement_id)
        findings = finding_services.list_findings(uow(), e.id)
        final = [s for s in statement_services.statements(uow(), e.id) if s.final]
        lines = [
            (self.tr("Client"), client.name_zh or client.name_en), (self.tr("Title"), e.title),
            (self.tr("Period"), f"{e.period_start} – {e.period_end}"), (self.tr("Site visit"), e.site_visit_text()),
            (self.tr("Criteria"), "; ".join(e.criteria)), (self.tr("Scope"), e.scope_text),
            (self.tr("Team"), "; ".join(f"{m.name} ({show(m.role.label)})" for m in e.team)),
            (self.tr("Findings"), "; ".join(f"{f.label} {show(f.state.label)}" for f in findings)),
            (self.tr("Final statement"), f"v{final[-1].version} {final[-1].dated}" if final else self.tr("none")),
            (self.tr("Submitted on"), str(e.submitted_on or "")),
        ]
        self.details.setHtml("<table>" + "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in lines)
                             + "</table>")


class DecisionPanel(QWidget):
    """The certification decision after the approved review; below it, the countersignature and sending back."""

    def __init__(self, workbench: Workbench, intake_folder: Callable[[], str], parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.engagement_id: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("decision_heading")
        self.by = person_picker(workbench, "decision_maker", "decision-maker")
        self.approve = QRadioButton(self.tr("Approve"))
        self.approve.setObjectName("decide_approve")
        self.approve.setChecked(True)
        self.reject = QRadioButton(self.tr("Reject"))
        self.reject.setObjectName("decide_reject")
        self.reasons = QLineEdit()
        self.reasons.setObjectName("decision_reasons")
        self.reasons.setPlaceholderText(self.tr("Reasons (required for a rejection)"))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setObjectName("decision_date")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.decide_button = QPushButton(self.tr("Record the decision"))
        self.decide_button.setObjectName("record_decision")
        self.decide_button.clicked.connect(self.decide)
        self.issuing = IssuingPanel(workbench, intake_folder)
        self.outcome = QLabel()
        self.outcome.setObjectName("decision_outcome")
        self.outcome.setWordWrap(True)
        self.refusal = Refusals(workbench, self, "decision_refusal")
        who = QHBoxLayout()
        for widget in (QLabel(self.tr("Decision-maker (not on the team, not the reviewer)")), self.by, self.approve, self.reject):
            who.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(who)
        layout.addWidget(self.reasons)
        dated = QHBoxLayout()
        dated.addWidget(QLabel(self.tr("Decision date")))
        dated.addWidget(self.on)
        dated.addStretch(1)
        layout.addLayout(dated)
        for widget in (self.decide_button, self.outcome, self.refusal, self.issuing):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_engagement(self, engagement_id: str | None, heading: str) -> None:
        self.engagement_id = engagement_id
        self.heading.setText(heading)
        self.refusal.clear_refusal()
        self.show_outcome()
        self.issuing.show_engagement(engagement_id)

    def show_outcome(self) -> None:
        engagement_id = self.engagement_id
        held = ho.decisions_of(self.workbench.uow(), engagement_id) if engagement_id else []
        self.decide_button.setEnabled(engagement_id is not None)
        self.outcome.setText("\n".join(f"{d.decided_on} {show(d.outcome.label)} {d.reasons}" for d in held))
        issued = [c for c in ho.certificates(self.workbench.uow()) if c.engagement_id == engagement_id]
        if issued:
            c = issued[-1]
            self.outcome.setText(self.outcome.text() + "\n" + self.tr("Certificate %1, valid until %2").replace(
                "%1", c.number).replace("%2", c.valid_until.isoformat()))

    def decide(self) -> None:
        self.refusal.clear_refusal()
        on = self.on.date().toPython()
        self.workbench.run(lambda: ho.decide(self.workbench.uow(), self.engagement_id, pick_id(self.by), self.approve.isChecked(),
                                             self.reasons.text(), on, self.workbench.actor))
        self.show_outcome()
