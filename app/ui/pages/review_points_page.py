"""The review points page (laptop): head office's review points of a submitted engagement, as the last sync
brought them back, with the lead verifier's answer to each, and head office's decision and certificate.

Each point shows its text, the reviewer, the day it was raised and whether it is open, answered or closed; the
lead selects an open point, writes the answer and presses *Answer* (Ctrl+Return); the answer is stored in the
engagement's history and travels with the next package (:mod:`app.services.review_points`).  The issued documents
head office countersigned (statement and certificate, checked against the SHA-256 its signed document names) are
listed below once a sync brought them, and open in the PDF viewer (:mod:`app.services.issued_documents`).  Shown
once the engagement is submitted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.domain.certification.decision import Outcome
from app.domain.certification.review import ReviewPoint
from app.domain.engagement.stages import SEQUENCE, Stage
from app.services import issued_documents, review_points
from app.ui.i18n import show
from app.ui.models.tables import RowsModel
from app.ui.pages.base import OpensIssued, Page


class ReviewPointsPage(OpensIssued, Page):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Review points")
        self.held: review_points.Returned | None = None
        self.outcome = QLabel()
        self.outcome.setObjectName("head_office_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-weight: bold;")
        self.model = RowsModel([
            (self.tr("Review point"), lambda p: p.text),
            (self.tr("Reviewer"), lambda p: self._reviewer()),
            (self.tr("Raised"), lambda p: p.raised_on.isoformat()),
            (self.tr("Status"), self._status),
            (self.tr("Answer"), lambda p: p.answer),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("review_points")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.answer_text = QPlainTextEdit()
        self.answer_text.setObjectName("answer_text")
        self.answer_text.setTabChangesFocus(True)
        self.answer_text.installEventFilter(self)
        self.answer_text.setPlaceholderText(self.tr("Your answer to the selected point (it goes to head office with the next package)"))
        self.answer_text.setMaximumHeight(110)
        self.answer_button = QPushButton(self.tr("Answer"))
        self.answer_button.setObjectName("answer_point")
        self.answer_button.setToolTip(self.tr("Ctrl+Return"))
        self.answer_button.clicked.connect(self.answer)
        self.issued = QListWidget()
        self.issued.setObjectName("issued_documents")
        self.issued.setMaximumHeight(70)
        self.issued.itemActivated.connect(lambda _item: self.open_issued())
        self.open_issued_button = QPushButton(self.tr("Open the issued document"))
        self.open_issued_button.setObjectName("open_issued")
        self.open_issued_button.clicked.connect(self.open_issued)
        self.note = QLabel()
        self.note.setObjectName("review_points_note")
        self.note.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.outcome)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Answer")))
        layout.addWidget(self.answer_text)
        layout.addWidget(self.answer_button)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Issued documents (countersigned by head office)")))
        layout.addWidget(self.issued)
        layout.addWidget(self.open_issued_button)
        self.set_body(body)

    def applies(self, engagement) -> bool:
        return engagement.status in SEQUENCE[SEQUENCE.index(Stage.SUBMITTED):]

    def refresh(self, engagement, client) -> None:
        super().refresh(engagement, client)
        self.held = review_points.returned(self.workbench.uow(), engagement.id)
        review, chosen = self.held.review, self.current_point()
        self.model.set_rows(list(review.points) if review else [])
        ids = [p.id for p in review.points] if review else []
        if chosen is not None and chosen.id in ids:  # the point being answered stays selected
            self.table.setCurrentIndex(self.model.index(ids.index(chosen.id), 0))
        self.outcome.setText(self._outcome())
        self.issued.clear()
        for one in issued_documents.held(self.workbench.path.parent, engagement.id):
            item = QListWidgetItem(f"{one.name}  SHA-256 {one.sha256[:16]}…")
            item.setData(Qt.ItemDataRole.UserRole, str(one.path))
            self.issued.addItem(item)
        if self.issued.count():
            self.issued.setCurrentRow(0)
        self.open_issued_button.setEnabled(self.issued.count() > 0)
        if review is None:
            self.note.setText(self.tr("Head office has sent no review points back yet; they come with the next sync (File ▸ Outbox ▸ Send now)."))
        else:
            self.note.setText(self.tr("%1 of %2 points open.").replace("%1", str(len(review.open_points()))).replace("%2", str(len(review.points))))
        self._selected()

    def _outcome(self) -> str:
        decision, certificate = self.held.decision, self.held.certificate
        if decision is None:
            return self.tr("No certification decision yet.")
        name = self.held.names.get(decision.decision_maker_id, decision.decision_maker_id)
        said = (self.tr("Decision: approved on %1 by %2.") if decision.outcome is Outcome.APPROVED
                else self.tr("Decision: rejected on %1 by %2.")).replace("%1", decision.decided_on.isoformat()).replace("%2", name)
        if decision.outcome is Outcome.REJECTED and decision.reasons:
            said += " " + self.tr("Reasons: %1").replace("%1", decision.reasons)
        if certificate is not None:
            said += " " + self.tr("Certificate %1, issued %2, valid until %3.").replace("%1", certificate.number).replace(
                "%2", certificate.issued.isoformat()).replace("%3", certificate.valid_until.isoformat())
        return said

    def _reviewer(self) -> str:
        review = self.held.review if self.held else None
        return self.held.names.get(review.reviewer_id, review.reviewer_id) if review else ""

    def _status(self, point: ReviewPoint) -> str:
        if point.closed:
            return self.tr("closed %1").replace("%1", point.closed_on.isoformat())
        if point.answer:
            return self.tr("answered %1").replace("%1", point.answered_on.isoformat() if point.answered_on else "")
        return self.tr("open")

    def eventFilter(self, watched, event) -> bool:
        """Ctrl+Return in the answer field answers (the field itself would take it as a new line)."""
        if (watched is self.answer_text and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.answer()
            return True
        return super().eventFilter(watched, event)

    def current_point(self) -> ReviewPoint | None:
        row = self.table.currentIndex().row()
        return self.model.row_object(row) if 0 <= row < self.model.rowCount() else None

    def _selected(self) -> None:
        point = self.current_point()
        can = point is not None and not point.closed and not (self.held.review and self.held.review.approved)
        self.answer_text.setEnabled(can)
        self.answer_button.setEnabled(can)
        if point is not None and self.answer_text.toPlainText() == "":
            self.answer_text.setPlainText(point.answer)

    def answer(self) -> bool:
        point = self.current_point()
        if point is None or self.engagement is None:
            return False
        text, engagement_id = self.answer_text.toPlainText(), self.engagement.id
        done = self.workbench.run(lambda: review_points.answer(self.workbench.uow(), engagement_id, point.id, text,
                                                               self.workbench.actor, date.today()))
        if done:
            self.answer_text.clear()
        return done

    def show_refusal(self, error) -> bool:
        if error.field in ("answer", "point"):
            self.note.setText(show(error.message))
            return True
        return False
