"""The surveillance page of a surveillance engagement (seed 001 §9.8.1.5–§9.8.1.7): each item of §9.8.1.5 a–i with
its result and note, the team's recommendation (keep, suspend or withdraw the certificate) with its conclusion, the
surveillance report as a PDF, and head office's decision on it by a decision-maker not on the team.  Shown only for
an engagement started as a surveillance of a certificate; a refusal shows in the workspace's banner."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.certification.review import Result
from app.domain.certification.status_change import SuspensionReason, WithdrawalReason
from app.domain.certification.surveillance_report import Item, Recommendation, SurveillanceReport
from app.services import certification as ho
from app.services import surveillance
from app.ui.i18n import show
from app.ui.pages.base import LazyPage
from app.ui.pages.head_office_panels import person_picker, pick_id, refill


def _choices(name: str, kinds) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for kind in kinds:
        combo.addItem(show(kind.label), kind.value)
    return combo


class SurveillancePage(LazyPage):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Surveillance")
        self.report: SurveillanceReport | None = None
        self.heading = QLabel()
        self.heading.setObjectName("surveillance_heading")
        checklist = QGroupBox(self.tr("What the surveillance audits (CICC-ZY/GZ-21 §9.8.1.5)"))
        grid = QGridLayout(checklist)
        self.results: dict[Item, QComboBox] = {}
        self.notes: dict[Item, QLineEdit] = {}
        for row, item in enumerate(Item):
            label = QLabel(show(item.label))
            label.setWordWrap(True)
            self.results[item] = _choices(f"surveillance_result_{item.value}", Result)
            self.notes[item] = QLineEdit()
            self.notes[item].setObjectName(f"surveillance_note_{item.value}")
            self.notes[item].setPlaceholderText(self.tr("Evidence and finding"))
            for column, widget in enumerate((label, self.results[item], self.notes[item])):
                grid.addWidget(widget, row, column)
        self.record_button = QPushButton(self.tr("Record the checklist"))
        self.record_button.setObjectName("record_surveillance_items")
        grid.addWidget(self.record_button, len(Item), 2)
        self.recommendation = _choices("surveillance_recommendation", Recommendation)
        self.conclusion = QLineEdit()
        self.conclusion.setObjectName("surveillance_conclusion")
        self.conclusion.setPlaceholderText(self.tr("Conclusion (required unless the certificate is kept)"))
        self.recommend_button = QPushButton(self.tr("Make the recommendation"))
        self.recommend_button.setObjectName("surveillance_recommend")
        self.pdf_button = QPushButton(self.tr("Surveillance report (PDF)…"))
        self.pdf_button.setObjectName("surveillance_report_pdf")
        recommending = QGroupBox(self.tr("The team's recommendation (§9.8.1.6)"))
        row = QHBoxLayout(recommending)
        for widget in (self.recommendation, self.conclusion, self.recommend_button, self.pdf_button):
            row.addWidget(widget, 1 if widget is self.conclusion else 0)
        self.by = person_picker(workbench, "surveillance_decision_maker", "decision-maker")
        self.outcome = _choices("surveillance_outcome", Recommendation)
        self.reason = QComboBox()
        self.reason.setObjectName("surveillance_reason")
        self.reasons = QLineEdit()
        self.reasons.setObjectName("surveillance_reasons")
        self.reasons.setPlaceholderText(self.tr("Reasons (required to suspend or withdraw)"))
        self.decide_button = QPushButton(self.tr("Record the decision"))
        self.decide_button.setObjectName("surveillance_decide")
        deciding = QGroupBox(self.tr("Head office's decision (§9.8.1.7), by a decision-maker not on the team"))
        row = QHBoxLayout(deciding)
        for widget in (self.by, self.outcome, self.reason, self.reasons, self.decide_button):
            row.addWidget(widget, 1 if widget is self.reasons else 0)
        self.state = QLabel()
        self.state.setObjectName("surveillance_state")
        self.state.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (self.heading, checklist, recommending, deciding, self.state):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.set_body(body)
        self.outcome.currentIndexChanged.connect(self._reasons)
        self.record_button.clicked.connect(self.record_items)
        self.recommend_button.clicked.connect(self.recommend)
        self.decide_button.clicked.connect(self.decide)
        self.pdf_button.clicked.connect(self.write_report)
        self._reasons()

    def applies(self, engagement) -> bool:
        return surveillance.surveillance_link(self.workbench.uow(), engagement.id) is not None

    def _reasons(self) -> None:
        self.reason.clear()
        outcome = self.outcome.currentData()
        for reason in {Recommendation.SUSPEND.value: SuspensionReason, Recommendation.WITHDRAW.value: WithdrawalReason}.get(outcome, ()):
            self.reason.addItem(show(reason.label), reason.value)
        self.reason.setEnabled(self.reason.count() > 0)

    def load(self) -> None:
        self.report = report = surveillance.report_of(self.workbench.uow(), self.engagement.id)
        if report is None:
            return
        refill(self.workbench, self.by)
        self.heading.setText(self.tr("Surveillance of certificate %1").replace("%1", report.certificate))
        for check in report.checks:
            self.results[check.item].setCurrentIndex(self.results[check.item].findData(check.result.value))
            self.notes[check.item].setText(check.note)
        open_ = report.decision is None
        for widget in (self.record_button, self.recommend_button, self.decide_button):
            widget.setEnabled(open_)
        self.pdf_button.setEnabled(report.recommendation is not None)
        if report.decision is not None:
            self.state.setText(self.tr("Decided on %1: %2").replace("%1", str(report.decided_on)).replace("%2", show(report.decision.label)))
        elif report.recommendation is not None:
            self.state.setText(self.tr("Recommended on %1: %2").replace("%1", str(report.recommended_on)).replace(
                "%2", show(report.recommendation.label)))
        else:
            self.state.setText("\n".join(show(g) for g in report.gaps()))

    def record_items(self) -> None:
        held = {c.item: c for c in self.report.checks}
        answers = {item.value: (self.results[item].currentData(), self.notes[item].text()) for item in Item
                   if (held[item].result.value, held[item].note) != (self.results[item].currentData(), self.notes[item].text().strip())}
        self._do(lambda: surveillance.record_items(self.workbench.uow(), self.engagement.id, answers, self.workbench.actor))

    def recommend(self) -> None:
        choice, conclusion = self.recommendation.currentData(), self.conclusion.text()
        self._do(lambda: surveillance.recommend(self.workbench.uow(), self.engagement.id, choice, conclusion, self.workbench.actor,
                                                date.today()))

    def decide(self) -> None:
        by, outcome, code, reasons = pick_id(self.by), self.outcome.currentData(), self.reason.currentData() or "", self.reasons.text()
        self._do(lambda: surveillance.decide(self.workbench.uow(), self.engagement.id, by, outcome, reasons, code, date.today(),
                                             self.workbench.actor))

    def _do(self, action) -> None:
        self.workbench.run(action)  # a stored step refreshes the workspace, a refusal shows in its banner

    def write_report(self) -> None:
        from app.reports.surveillance_report_pdf import write_surveillance_report

        path = self.ask_save_path(f"{self.engagement.code}-surveillance-report.pdf", self.tr("PDF (*.pdf)"))
        if path:
            uow = self.workbench.uow
            certificate = ho.certificate(uow(), self.report.certificate)
            names = {p.id: p.name for p in self.workbench.people()}
            self.workbench.report(lambda: write_surveillance_report(path, self.engagement, self.client, certificate, self.report, names,
                                                                    datetime.now().astimezone()))
