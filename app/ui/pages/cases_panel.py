"""Head office's appeals and complaints register (seed 001 §12) and the record retention report (§13.7): a case is
opened with its handler (refused when they were involved in the matter), moves step by step with each step's date
and deadline; the records past their retention period are listed (read-only) and disposed of only by a recorded
decision."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.certification.cases import CaseKind
from app.services import cases as case_services
from app.services import certification as ho
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.models.tables import RowsModel
from app.ui.pages.head_office_panels import Refusals, person_picker, pick_id, refill, today
from app.ui.widgets.forms import row_table


class CasesPanel(QWidget):
    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        names = lambda: {p.id: p.name for p in workbench.people()}  # noqa: E731
        self.model = RowsModel([
            (self.tr("Kind"), lambda c: show(c.kind.label)), (self.tr("Received"), lambda c: c.received_on.isoformat()),
            (self.tr("From"), lambda c: c.from_whom), (self.tr("About"), lambda c: c.summary),
            (self.tr("Handler"), lambda c: names().get(c.handler_id, "")),
            (self.tr("Next step"), lambda c: show(c.next_step().label) if c.next_step() else self.tr("closed")),
            (self.tr("Due by"), lambda c: c.due(c.next_step()).isoformat() if c.next_step() else ""),
            (self.tr("Overdue"), lambda c: ", ".join(show(s.label) for s in c.overdue(today()))),
        ], self)
        self.table = row_table(self.model, read_only=True)
        self.table.setObjectName("cases_table")
        new = QGroupBox(self.tr("New appeal or complaint"))
        self.kind = QComboBox()
        self.kind.setObjectName("case_kind")
        for kind in CaseKind:
            self.kind.addItem(show(kind.label), kind.value)
        self.engagement = QComboBox()
        self.engagement.setObjectName("case_engagement")
        self.from_whom = QLineEdit()
        self.from_whom.setObjectName("case_from")
        self.from_whom.setPlaceholderText(self.tr("From whom"))
        self.summary = QLineEdit()
        self.summary.setObjectName("case_summary")
        self.summary.setPlaceholderText(self.tr("What it is about"))
        self.handler = person_picker(workbench, "case_handler")
        self.open_button = QPushButton(self.tr("Record the case"))
        self.open_button.setObjectName("open_case")
        self.open_button.clicked.connect(self.open_case)
        row = QHBoxLayout(new)
        for widget in (self.kind, self.engagement, self.from_whom, self.summary, QLabel(self.tr("Handler")), self.handler, self.open_button):
            row.addWidget(widget)
        self.note = QLineEdit()
        self.note.setObjectName("step_note")
        self.note.setPlaceholderText(self.tr("Note on the step"))
        self.step_button = QPushButton(self.tr("Record the next step (today)"))
        self.step_button.setObjectName("take_step")
        self.step_button.clicked.connect(self.take_step)
        steps = QHBoxLayout()
        steps.addWidget(self.note, 1)
        steps.addWidget(self.step_button)
        self.retention = QLabel()
        self.retention.setObjectName("disposable_records")
        self.retention.setWordWrap(True)
        self.refusal = Refusals(workbench, self, "cases_refusal")
        layout = QVBoxLayout(self)
        for part in (self.table, steps, new, self.retention, self.refusal):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)

    def reload(self) -> None:
        refill(self.workbench, self.handler)
        kept = self.engagement.currentData()
        self.engagement.clear()
        self.engagement.addItem(self.tr("(not about an engagement)"), "")
        for summary in ho.inbox(self.workbench.uow()):
            self.engagement.addItem(summary.code, summary.id)
        self.engagement.setCurrentIndex(max(self.engagement.findData(kept), 0))
        self.model.set_rows(case_services.list_cases(self.workbench.uow()))
        past = case_services.disposable(self.workbench.uow(), today())
        self.retention.setText(self.tr("Records past their retention period (a disposal needs a recorded decision): %1").replace(
            "%1", "; ".join(f"{show(r.kind.label)} {r.label}" for r in past) or self.tr("none")))

    def open_case(self) -> None:
        self.refusal.clear_refusal()
        kind, about, from_whom, summary = self.kind.currentData(), self.engagement.currentData(), self.from_whom.text(), self.summary.text()
        if self.workbench.run(lambda: case_services.open_case(self.workbench.uow(), kind, today(), from_whom, summary, pick_id(self.handler),
                                                              self.workbench.actor, engagement_id=about)):
            self.from_whom.clear()
            self.summary.clear()
        self.reload()

    def take_step(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            case, note = self.model.row_object(rows[0].row()), self.note.text()
            self.refusal.clear_refusal()
            if self.workbench.run(lambda: case_services.take_step(self.workbench.uow(), case.id, today(), note, self.workbench.actor)):
                self.note.clear()
            self.reload()
