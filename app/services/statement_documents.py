"""Printing a statement version as one of its three documents: the one entry point for the UI and the CLI."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.engagement.stages import Stage
from app.domain.kernel.choices import Choice
from app.domain.statement.statement import carbon_neutrality, check_certificate
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import people as people_services
from app.services import statements as statement_services
from app.services.ports import UnitOfWork
from app.services.statements import Printable


class Document(Choice):
    STATEMENT = "statement", "核证声明", "verification statement"
    CERTIFICATE = "certificate", "碳中和证书", "carbon-neutrality certificate"
    REPORT = "report", "核查报告", "verification report"


def print_document(uow: UnitOfWork, engagement_id: str, document: Document, path: Path | str,
                   generated: datetime, version: int | None = None) -> Printable:
    """Write ``document`` of a version (the latest by default) to ``path``; returns what was printed.

    A certificate is refused outside a carbon-neutrality engagement (:func:`app.domain.statement.statement.carbon_neutrality`).
    """
    from app.reports.statement_pdf import Decision, write_certificate, write_statement
    from app.reports.verification_report_pdf import write_verification_report

    printable = statement_services.printable(uow, engagement_id, version)
    statement, facts = printable.statement, printable.facts
    engagement, _client = services.load(uow, engagement_id)
    if document is Document.STATEMENT:
        write_statement(path, statement, facts, generated, carbon_neutrality(engagement.programme, engagement.criteria))
    elif document is Document.CERTIFICATE:
        check_certificate(engagement.programme, engagement.criteria)
        decided = engagement.status in (Stage.DECIDED, Stage.ISSUED) and engagement.decision_date is not None
        maker = people_services.name_of(uow, engagement.decision_maker_id)
        decision = Decision(maker, engagement.decision_date, engagement.issue_date) if decided else Decision()
        write_certificate(path, statement, facts, decision, generated)
    else:
        write_verification_report(path, statement, facts, finding_services.list_findings(uow, engagement_id), generated)
    return printable
