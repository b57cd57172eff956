"""The labels of the fields of field-work, contract-review and programme records, as their forms show them, keyed
``<record kind>.<field>``: the History page names a changed field by them instead of its stored name."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication

from app.ui.dialogs.findings import finding_specs, response_specs
from app.ui.pages import (aup_page, checklists_page, contract_page, documents_page, footprint_page, monitoring_page,
                          plan_page, project_page, sampling_page)


def record_field_labels() -> dict[str, str]:
    """Each record kind's form fields (forms that list people or sources are asked with none: only the labels count)."""
    forms = {
        "contract_review": [*contract_page.application_specs(), *contract_page.review_specs(), *contract_page.decision_specs(())],
        "contract_change": contract_page.change_specs(()),
        "document": documents_page.document_specs(),
        "time": documents_page.time_specs(),
        "plan": plan_page.activity_specs(True),
        "meeting": plan_page.meeting_specs(),
        "risk": sampling_page.risk_specs([]),
        "risk_table": sampling_page.table_specs(),
        "sampling": [*sampling_page.plan_specs([]), *sampling_page.result_specs()],
        "checklist": checklists_page.item_specs(),
        "aup_terms": aup_page.terms_specs(),
        "aup_procedure": aup_page.procedure_specs(),
        "project": project_page.description_specs(),
        "project_ssr": project_page.ssr_specs([], []),
        "project_data": project_page.data_specs([]),
        "project_param": project_page.parameter_specs([]),
        "footprint": footprint_page.product_specs(),
        "footprint_flow": footprint_page.flow_specs([], []),
        "footprint_coproduct": footprint_page.coproduct_specs(),
        "monitoring_item": monitoring_page.plan_specs([]),
        "measured_value": monitoring_page.result_specs([]),
        "offset_class": monitoring_page.class_specs([]),
        "finding": finding_specs(SimpleNamespace(criteria=()), []),
        "finding.response": response_specs(),
    }
    labels = {f"{kind}.{spec.name}": spec.label for kind, specs in forms.items() for spec in specs}
    return labels | _kept_by_the_program()


def _kept_by_the_program() -> dict[str, str]:
    """Fields no form edits: an evidence file's, a finding's and a statement's own course (added and linked; numbered,
    raised, closed; versions, made final)."""
    return {
        "evidence.name": QCoreApplication.translate("RecordLabels", "File name"),
        "evidence.size": QCoreApplication.translate("RecordLabels", "Size (bytes)"),
        "evidence.sha256": QCoreApplication.translate("RecordLabels", "SHA-256"),
        "evidence.links": QCoreApplication.translate("RecordLabels", "Linked to"),
        "evidence.added_on": QCoreApplication.translate("RecordLabels", "Added on"),
        "evidence.added_by": QCoreApplication.translate("RecordLabels", "Added by"),
        "finding.number": QCoreApplication.translate("RecordLabels", "Number"),
        "finding.state": QCoreApplication.translate("RecordLabels", "State"),
        "finding.event": QCoreApplication.translate("RecordLabels", "What happened"),
        "finding.raised_by": QCoreApplication.translate("RecordLabels", "Raised by"),
        "finding.raised_on": QCoreApplication.translate("RecordLabels", "Raised on"),
        "finding.closed_by": QCoreApplication.translate("RecordLabels", "Closed by"),
        "finding.closed_on": QCoreApplication.translate("RecordLabels", "Closed on"),
        "statement.version": QCoreApplication.translate("RecordLabels", "Draft"),
        "statement.final": QCoreApplication.translate("RecordLabels", "Final"),
        "statement.dated": QCoreApplication.translate("RecordLabels", "Dated"),
        "statement.number": QCoreApplication.translate("RecordLabels", "Statement number"),
        "statement.opinion": QCoreApplication.translate("RecordLabels", "Opinion"),
        "statement.wording": QCoreApplication.translate("RecordLabels", "Language"),
        "statement.created_by": QCoreApplication.translate("RecordLabels", "Drafted by"),
        "statement.created_on": QCoreApplication.translate("RecordLabels", "Drafted on"),
        "statement.finalised_by": QCoreApplication.translate("RecordLabels", "Made final by"),
        "statement.facts_sha256": QCoreApplication.translate("RecordLabels", "SHA-256 of the frozen facts"),
    }
