"""The calculation workbook and the closing document of an engagement, each the one its programme has.

An organisation inventory has the calculation workbook and the statement versions (printed by
:mod:`.statement_documents`); an ISO 14064-2 project has its project workbook and its statement of reductions, an
ISO 14067 footprint its footprint workbook and footprint statement, agreed-upon procedures the report of factual
findings and no workbook of figures of their own (the inventory's, empty, is written). ``verifield export-xlsx``
and the audit package both take them from here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from app.domain.kernel.choices import Programme

from app.services.ports import UnitOfWork

OWN_DOCUMENTS = {  # the closing document's name in a package, for the programmes that have one of their own
    Programme.ISO_14064_2: "statement.pdf",  # the validation or verification statement of the reductions
    Programme.ISO_14067: "statement.pdf",  # the footprint verification statement
    Programme.AUP: "factual-findings.pdf",
}


def export_workbook(uows: Callable[[], UnitOfWork], engagement_id: str, path: Path | str, generated: datetime) -> str:
    """Write the engagement's workbook (with live formulas) to ``path``; what it holds, in a line. ``uows``: a
    fresh unit of work for each read (``store.uow``)."""
    from app.services import engagements as services

    engagement, client = services.load(uows(), engagement_id)
    if engagement.programme is Programme.ISO_14064_2:
        from app.reports.project_workbook import export_project_workbook
        from app.services import project as project_services

        held = project_services.workbook(uows(), engagement_id)
        export_project_workbook(path, held, generated)
        return f"{len(held.ssrs)} sources, sinks and reservoirs, {len(held.data)} data rows"
    if engagement.programme is Programme.ISO_14067:
        from app.reports.footprint_workbook import export_footprint_workbook
        from app.services import footprint as footprint_services

        held = footprint_services.workbook(uows(), engagement_id)
        export_footprint_workbook(path, held, generated)
        return f"{len(held.flows)} inputs and outputs, {len(held.coproducts)} co-products"
    from app.reports.calculation_workbook import export_calculation_workbook
    from app.services import findings as finding_services
    from app.services import inventory as inventory_services

    calculation = inventory_services.calculate(uows(), engagement_id)
    export_calculation_workbook(path, calculation, client, generated, finding_services.list_findings(uows(), engagement_id))
    return f"{len(calculation.inventory.sources)} sources, {len(calculation.inventory.records)} records"


def write_own_document(uows: Callable[[], UnitOfWork], engagement_id: str, path: Path | str, generated: datetime) -> None:
    """Print the closing document of a programme that has one of its own (:data:`OWN_DOCUMENTS`) to ``path``;
    DomainError while the document cannot be made yet."""
    from app.services import engagements as services

    engagement, client = services.load(uows(), engagement_id)
    if engagement.programme is Programme.ISO_14064_2:
        from app.reports.project_statement_pdf import write_project_statement
        from app.services import project as project_services

        write_project_statement(path, project_services.workbook(uows(), engagement_id), generated)
    elif engagement.programme is Programme.ISO_14067:
        from app.reports.footprint_statement_pdf import write_footprint_statement
        from app.services import footprint as footprint_services

        write_footprint_statement(path, footprint_services.workbook(uows(), engagement_id), generated)
    elif engagement.programme is Programme.AUP:
        from app.reports.aup_report_pdf import write_aup_report
        from app.services import aup as aup_services

        write_aup_report(path, engagement, client, aup_services.terms_of(uows(), engagement_id),
                         aup_services.procedures_of(uows(), engagement_id), generated)
    else:
        raise ValueError(f"{engagement.programme} ends in a statement version, not a document of its own")
