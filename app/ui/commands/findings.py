"""The findings use cases as the UI runs them: through the workbench, so each is undoable and refusals reach ``error``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from app.domain.findings.finding import Finding
from app.domain.findings.reply import ReplyPlan, plan_reply
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.ui.commands.workbench import Workbench


class FindingsBench:
    """Raise, step, remove and import findings of one engagement via a :class:`Workbench`."""

    def __init__(self, workbench: Workbench):
        self.workbench = workbench

    def findings(self, engagement_id: str) -> list[Finding]:
        return finding_services.list_findings(self.workbench.uow(), engagement_id)

    def add(self, engagement_id: str, finding: Finding, text: str) -> bool:
        """Store a new finding; undo removes it again."""
        wb = self.workbench
        stored: list[Finding] = []

        def do() -> None:
            stored[:] = [finding_services.add_finding(wb.uow(), engagement_id, finding, wb.actor)]

        return wb.perform(text, do, lambda: finding_services.remove_finding(wb.uow(), engagement_id, stored[0].id, wb.actor))

    def step(self, engagement_id: str, finding: Finding, step: Callable[[Finding], Finding], text: str) -> bool:
        """One step of the finding's life (edit, response, evaluation, reopening, estimate); undo puts ``finding`` back."""
        wb = self.workbench
        return wb.perform(
            text,
            lambda: finding_services.change_finding(wb.uow(), engagement_id, finding.id, step, wb.actor),
            lambda: finding_services.put_back(wb.uow(), engagement_id, finding, wb.actor),
        )

    def remove(self, engagement_id: str, finding: Finding, text: str) -> bool:
        wb = self.workbench
        return wb.perform(
            text,
            lambda: finding_services.remove_finding(wb.uow(), engagement_id, finding.id, wb.actor),
            lambda: finding_services.restore_finding(wb.uow(), engagement_id, finding, wb.actor),
        )

    # --- the client's reply form -----------------------------------------------------------
    def plan_reply(self, engagement_id: str, path: str) -> ReplyPlan:
        """What importing the client's reply would record (raises DomainError naming every bad cell)."""
        from app.reports.findings_form import FORM_SHEET
        from app.reports.workbook_reader import read_rows

        sheet, rows = read_rows(path, FORM_SHEET)
        return plan_reply(self.findings(engagement_id), sheet, rows, date.today())

    def apply_reply(self, engagement_id: str, plan: ReplyPlan, text: str) -> bool:
        """Record every response of the reply in one transaction; undo puts the findings back as they were."""
        wb = self.workbench
        before: list[Finding] = []

        def do() -> None:
            before[:] = finding_services.record_responses(wb.uow(), engagement_id, plan.responses, wb.actor, date.today())

        def undo() -> None:
            for finding in before:
                finding_services.put_back(wb.uow(), engagement_id, finding, wb.actor)

        return wb.perform(text, do, undo)

    # --- documents -------------------------------------------------------------------------
    def write_form(self, engagement_id: str, path: str, language: str) -> bool:
        """The findings form for the client: a workbook to fill in, or a PDF to print (by the file's suffix)."""

        def write() -> None:
            engagement, client = self.workbench.load(engagement_id)
            sources = inventory_services.sources_of(self.workbench.uow(), engagement_id)
            held = self.findings(engagement_id)
            if path.lower().endswith(".pdf"):
                from app.reports.findings_pdf import write_form_pdf

                write_form_pdf(path, engagement, client, held, sources, language, datetime.now().astimezone())
            else:
                from app.reports.findings_form import write_form

                write_form(path, engagement, client, held, sources, datetime.now().astimezone())

        return self.workbench.report(write)

    def write_report(self, engagement_id: str, path: str, language: str) -> bool:
        def write() -> None:
            from app.reports.findings_pdf import write_report_pdf

            engagement, client = self.workbench.load(engagement_id)
            calculation = self.workbench.calculate(engagement_id)
            write_report_pdf(path, engagement, client, self.findings(engagement_id), calculation, language,
                             datetime.now().astimezone())

        return self.workbench.report(write)
