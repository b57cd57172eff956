"""Dialogs of the findings page: a form that submits once (raise, edit, response, estimate), the proposals, the reply preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.domain.engagement.engagement import Engagement
from app.domain.findings.finding import Kind, Response, Severity
from app.domain.findings.proposals import Proposal
from app.domain.findings.reply import ReplyPlan
from app.domain.inventory.sources import EmissionSource
from app.ui.dialogs.import_preview import PreviewDialog
from app.ui.i18n import show
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldSpec


def finding_specs(engagement: Engagement, sources: list[EmissionSource]) -> list[FieldSpec]:
    criteria = tuple((c, c) for c in engagement.criteria)
    return [
        FieldSpec("kind", QCoreApplication.translate("Findings", "Kind"), "choice", options(Kind)),
        FieldSpec("severity", QCoreApplication.translate("Findings", "Severity (nonconformity)"), "choice", (("", "—"), *options(Severity))),
        FieldSpec("criterion", QCoreApplication.translate("Findings", "Criterion"), "choice", (("", "—"), *criteria)),
        FieldSpec("clause", QCoreApplication.translate("Findings", "Clause"), placeholder="5.2.4"),
        FieldSpec("source_id", QCoreApplication.translate("Findings", "Source"), "choice", (("", "—"), *((s.id, s.name) for s in sources))),
        FieldSpec("description", QCoreApplication.translate("Findings", "Finding"), "text"),
        FieldSpec("evidence", QCoreApplication.translate("Findings", "Objective evidence"), "text"),
        FieldSpec("due", QCoreApplication.translate("Findings", "Due"), "date"),
    ]


def response_specs() -> list[FieldSpec]:
    return [
        FieldSpec("root_cause", QCoreApplication.translate("Findings", "Root cause"), "text"),
        FieldSpec("correction", QCoreApplication.translate("Findings", "Correction"), "text"),
        FieldSpec("corrective_action", QCoreApplication.translate("Findings", "Corrective action"), "text"),
        FieldSpec("evidence", QCoreApplication.translate("Findings", "Evidence supplied"), "text"),
        FieldSpec("by", QCoreApplication.translate("Findings", "Answered by")),
        FieldSpec("on", QCoreApplication.translate("Findings", "Date answered"), "date"),
    ]


def estimate_specs() -> list[FieldSpec]:
    return [
        FieldSpec("estimate_t", QCoreApplication.translate("Findings", "Conservative estimate"), "number", suffix=" tCO₂e"),
        FieldSpec("estimate_basis", QCoreApplication.translate("Findings", "Basis of the estimate"), "text"),
    ]


def response_values(response: Response) -> dict[str, Any]:
    return {name: getattr(response, name) for name in (*Response.TEXTS, "by", "on")}


class ProposalsDialog(QDialog):
    """The proposed findings, each ticked; OK raises the ticked ones."""

    def __init__(self, proposals: list[Proposal], language: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Findings", "Findings proposed from the recalculation"))
        self.resize(720, 360)
        self.proposals = proposals
        self.list = QListWidget()
        self.list.setObjectName("proposals")
        self.list.setWordWrap(True)
        for proposal in proposals:
            item = QListWidgetItem(f"{show(proposal.severity.label)} · {proposal.description.in_(language)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("Findings", "Raise the ticked findings"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("Findings", "Each source whose reported figure differs from the recalculation by more than the threshold:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[Proposal]:
        return [p for i, p in enumerate(self.proposals) if self.list.item(i).checkState() == Qt.CheckState.Checked]


class ReplyPreview(PreviewDialog):
    """What the client's returned form would record, or why it cannot be imported."""

    def __init__(self, bench, engagement_id: str, path: str, parent=None):
        headers = [QCoreApplication.translate("Findings", "No."), QCoreApplication.translate("Findings", "Field"),
                   QCoreApplication.translate("Findings", "Response")]
        title = QCoreApplication.translate("Findings", "Import the client's reply: %1").replace("%1", Path(path).name)
        super().__init__(title, headers, parent)
        self.bench, self.engagement_id = bench, engagement_id
        self.changes.setWordWrap(True)
        self.plan: ReplyPlan | None = self.planned(lambda: bench.plan_reply(engagement_id, path))
        if self.plan is None:
            return
        labels = {spec.name: spec.label for spec in response_specs()}
        rows = [
            (self.plan.labels[finding_id], labels[name], str(value))
            for finding_id, response in self.plan.responses.items()
            for name, value in response_values(response).items() if value
        ]
        self.show_changes(self.plan.summary(), rows, bool(self.plan.responses))

    def apply(self) -> None:
        if self.plan and self.bench.apply_reply(self.engagement_id, self.plan, QCoreApplication.translate("Findings", "Import the client's reply")):
            self.accept()
