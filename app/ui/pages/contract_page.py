"""The contract review page (seed 001 §8): the application as received (§8.2), its review (§8.3.1 items 1)–6),
competence, impartiality, man-days), the technical lead's decision with its reasons, and the contract changes
(§8.3.3) with their review.  Every field is saved when it is left; the engagement leaves draft only once the review
is accepted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.engagement.contract_review import (
    APPLICATION_FIELDS,
    REVIEW_ITEMS,
    ChangeKind,
    ChangeOutcome,
    ContractChange,
    ContractReview,
    ReviewDecision,
    agreed_man_days,
    review_blockers,
)
from app.ui.commands.contract import ContractBench
from app.ui.i18n import show
from app.ui.pages.base import Page
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldForm, FieldSpec


def application_specs() -> list[FieldSpec]:
    specs = [FieldSpec("received_on", QCoreApplication.translate("ContractPage", "Application received on"), "date")]
    return specs + [FieldSpec(name, show(label), "text") for name, label in APPLICATION_FIELDS.items()]


def review_specs() -> list[FieldSpec]:
    specs = [FieldSpec(name, show(label), "bool") for name, label in REVIEW_ITEMS.items()]
    return specs + [
        FieldSpec("competence_confirmed", QCoreApplication.translate("ContractPage", "The body is competent (accreditation, scope, people)"), "bool"),
        FieldSpec("competence_note", QCoreApplication.translate("ContractPage", "Competence: how it was judged"), "text"),
        FieldSpec("impartiality_confirmed", QCoreApplication.translate("ContractPage", "Impartiality reviewed, no unmanaged threat"), "bool"),
        FieldSpec("impartiality_note", QCoreApplication.translate("ContractPage", "Impartiality: threats and how they are handled"), "text"),
        FieldSpec("man_days", QCoreApplication.translate("ContractPage", "Man-days agreed in the contract"), "number",
                  suffix=QCoreApplication.translate("Fields", " days")),
    ]


def decision_specs(leads: tuple[tuple[str, str], ...]) -> list[FieldSpec]:
    return [
        FieldSpec("technical_lead_id", QCoreApplication.translate("ContractPage", "Approved by (technical lead)"), "choice", (("", "—"), *leads)),
        FieldSpec("decision", QCoreApplication.translate("ContractPage", "Decision"), "choice", options(ReviewDecision)),
        FieldSpec("reasons", QCoreApplication.translate("ContractPage", "Reasons for accepting or refusing"), "text"),
        FieldSpec("decided_on", QCoreApplication.translate("ContractPage", "Decided on"), "date"),
    ]


def change_specs(leads: tuple[tuple[str, str], ...]) -> list[FieldSpec]:
    return [
        FieldSpec("kind", QCoreApplication.translate("ContractPage", "What changes"), "choice", options(ChangeKind)),
        FieldSpec("requested_on", QCoreApplication.translate("ContractPage", "Asked for on"), "date"),
        FieldSpec("description", QCoreApplication.translate("ContractPage", "The change"), "text"),
        FieldSpec("man_days_delta", QCoreApplication.translate("ContractPage", "Man-days added (negative: removed)"), "number"),
        FieldSpec("outcome", QCoreApplication.translate("ContractPage", "Review of the change"), "choice", options(ChangeOutcome)),
        FieldSpec("reviewed_by_id", QCoreApplication.translate("ContractPage", "Reviewed by (technical lead)"), "choice", (("", "—"), *leads)),
        FieldSpec("reviewed_on", QCoreApplication.translate("ContractPage", "Reviewed on"), "date"),
        FieldSpec("review_note", QCoreApplication.translate("ContractPage", "Conclusion: is further review needed, may it continue"), "text"),
    ]


class ContractPage(Page):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Contract review")
        self.bench = ContractBench(workbench)
        self.review: ContractReview | None = None
        self._leads: tuple[tuple[str, str], ...] | None = None  # the leads the decision offers (None: made at the first refresh)
        self.status = QLabel()
        self.status.setObjectName("contract_status")
        self.status.setWordWrap(True)
        self.application = FieldForm(application_specs())
        self.checks = FieldForm(review_specs())
        self.decision: FieldForm | None = None
        self.changes = ChildEditor(
            workbench,
            [(self.tr("Asked for on"), lambda c: str(c.requested_on or "")), (self.tr("What changes"), lambda c: show(ChangeKind(c.kind).label)),
             (self.tr("Man-days"), lambda c: f"{c.man_days_delta:+g}" if c.man_days_delta else ""),
             (self.tr("Review"), lambda c: show(ChangeOutcome(c.outcome).label))],
            change_specs(()),
            lambda: ContractChange(requested_on=date.today(), description=self.tr("New contract change")),
            {"add": self.tr("Add contract change"), "remove": self.tr("Remove contract change"), "edit": self.tr("Edit contract change")},
        )
        self.changes.setObjectName("contract_changes")
        application = QGroupBox(self.tr("Application (CICC-ZY/GZ-21 §8.2)"))
        QVBoxLayout(application).addWidget(self.application)
        checks = QGroupBox(self.tr("Contract review (§8.3.1)"))
        QVBoxLayout(checks).addWidget(self.checks)
        decision = QGroupBox(self.tr("Decision of the technical lead (§8.3.3)"))
        QVBoxLayout(decision)
        self.decision_box = decision
        changes = QGroupBox(self.tr("Contract changes (§8.3.3)"))
        QVBoxLayout(changes).addWidget(self.changes)
        right = QVBoxLayout()
        right.addWidget(checks)
        right.addWidget(decision)
        columns = QHBoxLayout()
        columns.addWidget(application, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.status)
        layout.addLayout(columns)
        layout.addWidget(changes)
        self.set_body(body)
        for form in (self.application, self.checks):
            form.edited.connect(self._edited)

    def refresh(self, engagement, client) -> None:
        super().refresh(engagement, client)
        leads = tuple((p.id, p.name) for p in self.bench.technical_leads())
        if leads != self._leads:
            self._leads = leads
            old, self.decision = self.decision, FieldForm(decision_specs(leads))
            if old is None:
                self.decision_box.layout().addWidget(self.decision)
            else:
                self.decision_box.layout().replaceWidget(old, self.decision)
                old.deleteLater()
            self.decision.edited.connect(self._edited)
            self.changes.set_specs(change_specs(leads))
        self.forms = [self.application, self.checks, self.decision, self.changes.form]
        self.review = self.bench.review(engagement.id)
        shown = self.review or ContractReview()
        for form in (self.application, self.checks, self.decision):
            form.set_values({name: getattr(shown, name) for name in form.widgets})
        changes = self.bench.changes(engagement.id)
        self.changes.set_items(engagement.id, changes)
        self.changes.setEnabled(self.review is not None and self.review.accepted)
        self._show_status(changes)

    def _show_status(self, changes: list[ContractChange]) -> None:
        gaps = review_blockers(self.review)
        if not gaps:
            text = "✓ " + self.tr("Accepted by the technical lead. Man-days of the contract: %1.").replace(
                "%1", f"{agreed_man_days(self.review, changes):g}")
            self.status.setStyleSheet("color: #1b6e20;")
        else:
            missing = self.review.acceptance_gaps() if self.review is not None else []
            lines = [show(g) for g in gaps] + ["• " + show(why) for _field, why in missing]
            text = "⚠ " + "\n".join(lines)
            self.status.setStyleSheet("color: #9a5b00;")
        self.status.setText(text)

    def _edited(self, field: str, value) -> None:
        self.bench.edit(self.engagement.id, {field: value}, self.tr("Edit contract review"))

    def blockers(self) -> list[str]:
        return [show(gap) for gap in review_blockers(self.review)]
