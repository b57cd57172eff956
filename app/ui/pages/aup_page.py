"""The agreed-upon procedures page (programme AUP): the terms (engaging party, purpose, subject matter, the users
the report is restricted to, when the procedures were agreed), the procedures with their factual findings and
evidence, and the report of factual findings.  A finding with assurance wording is refused under its field; shown
only for the AUP programme.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.fieldwork.aup import AupTerms, Outcome, Procedure, report_blockers
from app.domain.statement.programme_parts import AUP
from app.services import aup as aup_services
from app.ui.i18n import show
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldForm, FieldSpec


def terms_specs() -> list[FieldSpec]:
    return [
        FieldSpec("engaging_party", QCoreApplication.translate("AupPage", "Engaging party")),
        FieldSpec("purpose", QCoreApplication.translate("AupPage", "Purpose of the procedures"), "text"),
        FieldSpec("subject_matter", QCoreApplication.translate("AupPage", "Subject matter"), "text"),
        FieldSpec("intended_users", QCoreApplication.translate("AupPage", "Users the report is restricted to (one per line)"), "text"),
        FieldSpec("agreed_on", QCoreApplication.translate("AupPage", "Procedures agreed on"), "date"),
    ]


def procedure_specs() -> list[FieldSpec]:
    return [
        FieldSpec("number", QCoreApplication.translate("AupPage", "No.")),
        FieldSpec("description", QCoreApplication.translate("AupPage", "Procedure as agreed"), "text"),
        FieldSpec("outcome", QCoreApplication.translate("AupPage", "Result"), "choice", options(Outcome)),
        FieldSpec("finding", QCoreApplication.translate("AupPage", "Factual finding (facts only: no opinion, no assurance)"), "text"),
        FieldSpec("evidence", QCoreApplication.translate("AupPage", "Evidence")),
        FieldSpec("performed_on", QCoreApplication.translate("AupPage", "Performed on"), "date"),
    ]


class AupPage(LazyPage):
    part = AUP

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Agreed-upon procedures")
        self.held_terms: AupTerms | None = None
        self.terms = FieldForm(terms_specs())
        self.procedures = ChildEditor(
            workbench, [(self.tr("No."), lambda p: p.number), (self.tr("Procedure"), lambda p: p.description.splitlines()[0][:60]),
                        (self.tr("Result"), lambda p: show(p.outcome.label))],
            procedure_specs(), self._new_procedure,
            {"add": self.tr("Add procedure"), "remove": self.tr("Remove procedure"), "edit": self.tr("Edit procedure")},
        )
        self.status = QLabel()
        self.status.setObjectName("aup_status")
        self.status.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Report of factual findings (PDF)…"))
        self.report_button.setObjectName("aup_report")
        body = QWidget()
        layout = QVBoxLayout(body)
        for title, widget in ((self.tr("Terms of the engagement"), self.terms), (self.tr("Procedures and factual findings"), self.procedures)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
        layout.addWidget(self.status)
        layout.addWidget(self.report_button)
        self.set_body(body)
        self.terms.edited.connect(self._edited)
        self.report_button.clicked.connect(self.write_report)

    def load(self) -> None:
        if not self.applies(self.engagement):
            return
        uow = self.workbench.uow
        self.held_terms = aup_services.terms_of(uow(), self.engagement.id)
        procedures = aup_services.procedures_of(uow(), self.engagement.id)
        self.forms = [self.terms, self.procedures.form]
        shown = self.held_terms or AupTerms()
        self.terms.set_values({name: getattr(shown, name) for name in self.terms.widgets})
        self.procedures.set_items(self.engagement.id, procedures)
        gaps = report_blockers(self.held_terms, procedures)
        self.status.setText("⚠ " + "\n".join(show(g) for g in gaps) if gaps else "✓ " + self.tr("Ready for the report of factual findings."))
        self.report_button.setEnabled(not gaps)

    def _new_procedure(self) -> Procedure:
        count = len(aup_services.procedures_of(self.workbench.uow(), self.engagement.id))
        return Procedure(str(count + 1), self.tr("New procedure"))

    def _edited(self, field: str, value) -> None:
        wb, engagement_id, held = self.workbench, self.engagement.id, self.held_terms
        if held is not None and getattr(held, field) == value:
            return
        new = replace(held or AupTerms(), **{field: value})
        undo = ((lambda: aup_services.remove(wb.uow(), engagement_id, new.id, wb.actor)) if held is None
                else (lambda: aup_services.save(wb.uow(), engagement_id, held, wb.actor)))
        wb.perform(self.tr("Edit terms"), lambda: aup_services.save(wb.uow(), engagement_id, new, wb.actor), undo)

    def write_report(self) -> None:
        from app.reports.aup_report_pdf import write_aup_report

        path = self.ask_save_path(f"{self.engagement.code}-factual-findings.pdf", self.tr("PDF (*.pdf)"))
        if path:
            procedures = aup_services.procedures_of(self.workbench.uow(), self.engagement.id)
            self.workbench.report(lambda: write_aup_report(path, self.engagement, self.client, self.held_terms, procedures,
                                                           datetime.now().astimezone()))
