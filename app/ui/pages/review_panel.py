"""Head office's technical review page (seed 001 §10.1): the reviewer, the §10.1.4 checks each with its result and
note, the review points with their answers, closing them, and the approval; *Send back on the next sync* puts the
points where the lead verifier's laptop fetches them (:class:`app.ui.pages.issuing_panel.SendBack`)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from app.domain.certification.decision import Outcome
from app.domain.certification.review import Check, Result, Review
from app.services import certification as ho
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.models.tables import RowsModel
from app.ui.pages.head_office_panels import Refusals, person_picker, pick_id, today
from app.ui.pages.issuing_panel import SendBack
from app.ui.widgets.forms import row_table


class ReviewPanel(QWidget):
    def __init__(self, workbench: Workbench, intake_folder: Callable[[], str], parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.engagement_id: str | None = None
        self.review: Review | None = None
        self.heading = QLabel()
        self.heading.setObjectName("review_heading")
        self.reviewer = person_picker(workbench, "reviewer", "reviewer")
        self.start_button = QPushButton(self.tr("Start the technical review"))
        self.start_button.setObjectName("start_review")
        self.start_button.clicked.connect(self.start)
        starting = QHBoxLayout()
        starting.addWidget(QLabel(self.tr("Reviewer (not on the team)")))
        starting.addWidget(self.reviewer, 1)
        starting.addWidget(self.start_button)
        checks = QGroupBox(self.tr("Checks (CICC-ZY/GZ-21 §10.1.4)"))
        grid = QGridLayout(checks)
        self.results: dict[Check, QComboBox] = {}
        self.notes: dict[Check, QLineEdit] = {}
        for row, check in enumerate(Check):
            grid.addWidget(QLabel(show(check.label)), row, 0)
            combo = QComboBox()
            combo.setObjectName(f"result_{check.value}")
            for result in Result:
                combo.addItem(show(result.label), result.value)
            note = QLineEdit()
            note.setObjectName(f"note_{check.value}")
            note.setPlaceholderText(self.tr("Note"))
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            self.results[check], self.notes[check] = combo, note
        self.save_checks = QPushButton(self.tr("Record the checks"))
        self.save_checks.setObjectName("record_checks")
        self.save_checks.clicked.connect(self.record_checks)
        grid.addWidget(self.save_checks, len(Check), 2)
        points = QGroupBox(self.tr("Review points for the lead verifier"))
        self.points = RowsModel([
            (self.tr("Point"), lambda p: p.text), (self.tr("Answer"), lambda p: p.answer),
            (self.tr("State"), lambda p: self.tr("closed") if p.closed else (self.tr("answered") if p.answer else self.tr("open"))),
        ], self)
        self.points_table = row_table(self.points, read_only=True)
        self.points_table.setObjectName("points_table")
        self.new_point = QLineEdit()
        self.new_point.setObjectName("new_point")
        self.new_point.setPlaceholderText(self.tr("A question the lead verifier must answer"))
        self.raise_button = QPushButton(self.tr("Raise point"))
        self.raise_button.setObjectName("raise_point")
        self.raise_button.clicked.connect(self.raise_point)
        self.close_button = QPushButton(self.tr("Close the selected point"))
        self.close_button.setObjectName("close_point")
        self.close_button.clicked.connect(self.close_point)
        raising = QHBoxLayout()
        raising.addWidget(self.new_point, 1)
        raising.addWidget(self.raise_button)
        raising.addWidget(self.close_button)
        box = QVBoxLayout(points)
        box.addWidget(self.points_table)
        box.addLayout(raising)
        self.send_back = SendBack(workbench, intake_folder, "send_points_back")
        box.addWidget(self.send_back)
        self.approve_button = QPushButton(self.tr("Approve the review"))
        self.approve_button.setObjectName("approve_review")
        self.approve_button.clicked.connect(self.approve)
        self.state = QLabel()
        self.state.setObjectName("review_state")
        self.state.setWordWrap(True)
        self.refusal = Refusals(workbench, self, "review_refusal")
        layout = QVBoxLayout(self)
        for part in (self.heading, starting, checks, points, self.approve_button, self.state, self.refusal):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        layout.addStretch(1)

    def show_engagement(self, engagement_id: str | None, heading: str) -> None:
        self.engagement_id = engagement_id
        self.heading.setText(heading)
        self.refusal.clear_refusal()
        self.send_back.show_engagement(engagement_id)
        self.reload()

    def reload(self) -> None:
        self.review = ho.review_of(self.workbench.uow(), self.engagement_id) if self.engagement_id else None
        review = self.review
        rejected = review is not None and any(d.review_id == review.id and d.outcome is Outcome.REJECTED
                                              for d in ho.decisions_of(self.workbench.uow(), self.engagement_id))
        self.start_button.setEnabled(self.engagement_id is not None and (review is None or rejected))  # after a rejection: a new round
        for widget in (self.save_checks, self.raise_button, self.close_button, self.approve_button):
            widget.setEnabled(review is not None and not review.approved)
        self.points.set_rows(review.points if review else [])
        for c in review.checks if review else ():
            self.results[c.check].setCurrentIndex(self.results[c.check].findData(c.result.value))
            self.notes[c.check].setText(c.note)
        if review is None:
            self.state.setText(self.tr("No review started."))
        elif review.approved:
            self.state.setText(self.tr("Approved on %1.").replace("%1", review.approved_on.isoformat()))
        else:
            self.state.setText(self.tr("Still needed: ") + "; ".join(show(b) for b in review.blockers()))

    def _do(self, action) -> None:
        self.refusal.clear_refusal()
        self.workbench.run(action)
        self.reload()

    def start(self) -> None:
        reviewer = pick_id(self.reviewer)
        self._do(lambda: ho.start_review(self.workbench.uow(), self.engagement_id, reviewer, self.workbench.actor, today()))

    def record_checks(self) -> None:
        def record() -> None:
            held = {c.check: c for c in self.review.checks}
            for check in Check:
                result, note = self.results[check].currentData(), self.notes[check].text()
                if (held[check].result.value, held[check].note) != (result, note.strip()):
                    ho.record_check(self.workbench.uow(), self.engagement_id, check, result, note, self.workbench.actor)

        self._do(record)

    def raise_point(self) -> None:
        text = self.new_point.text()
        if self.workbench.run(lambda: ho.raise_point(self.workbench.uow(), self.engagement_id, text, self.workbench.actor, today())):
            self.new_point.clear()
        self.reload()

    def close_point(self) -> None:
        rows = self.points_table.selectionModel().selectedRows()
        if not rows:
            return
        point = self.points.row_object(rows[0].row())
        self._do(lambda: ho.close_point(self.workbench.uow(), self.engagement_id, point.id, self.workbench.actor, today()))

    def approve(self) -> None:
        self._do(lambda: ho.approve_review(self.workbench.uow(), self.engagement_id, self.workbench.actor, today()))
