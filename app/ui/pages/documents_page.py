"""The document review page (seed 001 §9.3): the register of documents received, each with its file, review result
and comments; a document found insufficient raises a finding in one click; and the time log per stage, held to
the rule that document review takes no more than 20 % of the man-days.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.fieldwork.documents import Document, DocumentType, ReviewResult, TimeEntry, WorkStage
from app.domain.findings.finding import Kind, Severity, raise_finding
from app.services import fieldwork as fieldwork_services
from app.ui.i18n import show
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldSpec


def document_specs() -> list[FieldSpec]:
    return [
        FieldSpec("type", QCoreApplication.translate("DocumentsPage", "Type"), "choice", options(DocumentType)),
        FieldSpec("title", QCoreApplication.translate("DocumentsPage", "Title")),
        FieldSpec("version", QCoreApplication.translate("DocumentsPage", "Version")),
        FieldSpec("received", QCoreApplication.translate("DocumentsPage", "Received"), "date"),
        FieldSpec("result", QCoreApplication.translate("DocumentsPage", "Review result"), "choice", options(ReviewResult)),
        FieldSpec("comments", QCoreApplication.translate("DocumentsPage", "Comments"), "text"),
    ]


def time_specs() -> list[FieldSpec]:
    return [
        FieldSpec("stage", QCoreApplication.translate("DocumentsPage", "Stage"), "choice", options(WorkStage)),
        FieldSpec("person", QCoreApplication.translate("DocumentsPage", "Verifier")),
        FieldSpec("day", QCoreApplication.translate("DocumentsPage", "Day"), "date"),
        FieldSpec("days", QCoreApplication.translate("DocumentsPage", "Days"), "number", suffix=" d"),
        FieldSpec("note", QCoreApplication.translate("DocumentsPage", "Note")),
    ]


class DocumentsPage(LazyPage):
    progress_kind = "document"

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Document review")
        self.documents = ChildEditor(
            workbench,
            [(self.tr("Type"), lambda d: show(DocumentType(d.type).label)), (self.tr("Title"), lambda d: d.title),
             (self.tr("Version"), lambda d: d.version), (self.tr("Received"), lambda d: str(d.received or "")),
             (self.tr("Result"), lambda d: show(ReviewResult(d.result).label)),
             (self.tr("File"), lambda d: "📎" if d.evidence_id else ""), (self.tr("Finding"), lambda d: "✓" if d.finding_id else "")],
            document_specs(),
            lambda: Document(DocumentType.GHG_REPORT, self.tr("New document"), received=date.today()),
            {"add": self.tr("Add document"), "remove": self.tr("Remove document"), "edit": self.tr("Edit document")},
        )
        self.documents.setObjectName("documents")
        self.raise_button = QPushButton(self.tr("Raise finding for an insufficient document"))
        self.raise_button.setObjectName("raise_from_document")
        self.stop_button = QPushButton(self.tr("Stop the review…"))
        self.stop_button.setObjectName("stop_review")
        self.stop_button.setToolTip(self.tr("CICC-ZY/GZ-21 §9.3: when the client's information is insufficient, the review stops"))
        self.attach_button = QPushButton(self.tr("Attach the file…"))
        self.attach_button.setObjectName("attach_document")
        self.time = ChildEditor(
            workbench,
            [(self.tr("Stage"), lambda e: show(WorkStage(e.stage).label)), (self.tr("Verifier"), lambda e: e.person),
             (self.tr("Day"), lambda e: str(e.day)), (self.tr("Days"), lambda e: f"{e.days:g}")],
            time_specs(),
            lambda: TimeEntry(WorkStage.DOCUMENT_REVIEW, workbench.actor, date.today(), 0.5),
            {"add": self.tr("Log time"), "remove": self.tr("Remove time entry"), "edit": self.tr("Edit time entry")},
        )
        self.time.setObjectName("time_log")
        self.check = QLabel()
        self.check.setObjectName("review_time_check")
        self.check.setWordWrap(True)
        self.forms = [self.documents.form, self.time.form]

        row = QHBoxLayout()
        for button in (self.attach_button, self.raise_button, self.stop_button):
            row.addWidget(button)
        row.addStretch()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel("<b>" + self.tr("Documents received") + "</b>"))
        layout.addWidget(self.documents)
        layout.addLayout(row)
        layout.addWidget(QLabel("<b>" + self.tr("Time per stage") + "</b>"))
        layout.addWidget(self.check)
        layout.addWidget(self.time)
        self.set_body(body)
        self.raise_button.clicked.connect(self.raise_for_document)
        self.stop_button.clicked.connect(self.stop_review)
        self.attach_button.clicked.connect(self.attach)
        self.documents.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    def load(self) -> None:
        e, uow = self.engagement, self.workbench.uow
        self.documents.set_items(e.id, fieldwork_services.records(uow(), e.id, "document"))
        self.time.set_items(e.id, fieldwork_services.records(uow(), e.id, "time"))
        check = fieldwork_services.review_time(uow(), e.id)
        share = check.review_share
        text = self.tr("Logged: document review %1 d, site %2 d, report %3 d").replace(
            "%1", f"{check.by_stage[WorkStage.DOCUMENT_REVIEW]:g}").replace("%2", f"{check.by_stage[WorkStage.SITE]:g}").replace(
            "%3", f"{check.by_stage[WorkStage.REPORT]:g}")
        if share is not None:
            text += " · " + self.tr("document review is %1 of the man-days (limit 20 %)").replace("%1", f"{share:.0%}")
        if check.problem:
            text = "⚠ " + show(check.problem)
        self.check.setText(text)
        self.check.setStyleSheet("color: #b00020;" if check.problem else "")
        self._enable()

    def _enable(self) -> None:
        d = self.documents.selected()
        insufficient = d is not None and ReviewResult(d.result) is ReviewResult.INSUFFICIENT
        self.raise_button.setEnabled(insufficient and not d.finding_id)
        self.stop_button.setEnabled(insufficient and self.engagement.status.value not in ("terminated", "issued"))
        self.attach_button.setEnabled(d is not None)

    def raise_for_document(self) -> bool:
        """Per §9.3, insufficient information stops the review: raise a nonconformity naming the document."""
        d = self.documents.selected()
        if d is None or not self.raise_button.isEnabled():
            return False
        e = self.engagement
        description = self.tr("Document “%1” (%2) is insufficient: %3").replace("%1", d.title).replace(
            "%2", show(DocumentType(d.type).label)).replace("%3", d.comments)
        finding = raise_finding(Kind.NONCONFORMITY, description, self.workbench.actor, date.today(), severity=Severity.MINOR,
                                criterion=e.criteria[0] if e.criteria else "", clause="9.3", site_visit=e.site_visit_last)
        wb = self.workbench
        return wb.perform(self.tr("Raise finding"),
                          lambda: fieldwork_services.raise_for(wb.uow(), e.id, "document", d.id, finding, wb.actor),
                          lambda: fieldwork_services.withdraw_finding(wb.uow(), e.id, "document", d.id, wb.actor))

    def stop_review(self) -> bool:
        """Rules §9.3: insufficient information stops the review — the engagement is terminated with the reason (undoable)."""
        d = self.documents.selected()
        if d is None or not self.stop_button.isEnabled():
            return False
        reason = self.tr("Document review stopped (CICC-ZY/GZ-21 §9.3): “%1” is insufficient: %2").replace("%1", d.title).replace("%2", d.comments)
        reason, ok = self.ask_text(self.tr("Stop the review"), self.tr("The engagement will be terminated with this reason:"), reason)
        return ok and self.workbench.terminate(self.engagement.id, reason, self.tr("Stop the review"))

    def attach(self) -> bool:
        """Attach the document's file to it (kept in the evidence store)."""
        d = self.documents.selected()
        if d is None:
            return False
        path = self.ask_open_path(self.tr("Documents (*.pdf *.xlsx *.xls *.docx *.doc *.jpg *.png);;All files (*)"))
        if not path:
            return False
        text = self.tr("Attach the file of “%1”").replace("%1", d.title)
        return self.workbench.attach_to(self.engagement.id, Path(path), "document", d, "evidence_id", text)
