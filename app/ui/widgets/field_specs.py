"""The field specs of a client and an engagement, shared by the wizard and the workspace pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.engagement.criteria import CRITERIA
from app.domain.engagement.people import PersonRole
from app.domain.engagement.sectors import TECHNICAL_AREAS, scope_of
from app.domain.kernel.choices import Assurance, BoundaryApproach, Choice, Gas, GwpReport, Programme, Role
from app.ui.i18n import show
from app.ui.widgets.forms import FieldSpec


def options(kind: type[Choice]) -> tuple[tuple[str, str], ...]:
    return tuple((member.value, show(member.label)) for member in kind)

def technical_area_options(programme: Programme) -> tuple[tuple[str, str], ...]:
    family = Programme(programme).sector_family
    return tuple(
        (area.code, f"{area.code}  {show(area.name)}")
        for area in TECHNICAL_AREAS
        if family and scope_of(area.code).programme == family
    )

def client_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name_zh", QCoreApplication.translate("Fields", "Name (Chinese)")),
        FieldSpec("name_en", QCoreApplication.translate("Fields", "Name (English)")),
        FieldSpec("credit_code", QCoreApplication.translate("Fields", "Unified social credit code"), placeholder="91xxxxxxxxxxxxxxxx"),
        FieldSpec("address", QCoreApplication.translate("Fields", "Address")),
        FieldSpec("contact_name", QCoreApplication.translate("Fields", "Contact person")),
        FieldSpec("contact_phone", QCoreApplication.translate("Fields", "Phone")),
        FieldSpec("contact_email", QCoreApplication.translate("Fields", "E-mail")),
    ]

def basics_specs() -> list[FieldSpec]:
    return [
        FieldSpec("title", QCoreApplication.translate("Fields", "Engagement title")),
        FieldSpec("programme", QCoreApplication.translate("Fields", "Programme"), "choice", options(Programme)),
        FieldSpec("period_start", QCoreApplication.translate("Fields", "Reporting period from"), "date"),
        FieldSpec("period_end", QCoreApplication.translate("Fields", "Reporting period to"), "date"),
        FieldSpec("base_year", QCoreApplication.translate("Fields", "Base year"), "year"),
        FieldSpec("boundary_approach", QCoreApplication.translate("Fields", "Consolidation approach"), "choice", options(BoundaryApproach)),
        FieldSpec("assurance", QCoreApplication.translate("Fields", "Level of assurance"), "choice", options(Assurance)),
        FieldSpec("materiality_pct", QCoreApplication.translate("Fields", "Materiality threshold"), "number", suffix=" %"),
        FieldSpec("materiality_reason", QCoreApplication.translate("Fields", "Reason for the threshold"),
                  placeholder=QCoreApplication.translate("Fields", "needed when it is not the default 5 %")),
        FieldSpec("gwp_report", QCoreApplication.translate("Fields", "GWP values from"), "choice", options(GwpReport)),
    ]

def scope_specs(programme: Programme) -> list[FieldSpec]:
    return [
        FieldSpec("technical_areas", QCoreApplication.translate("Fields", "Sector scope / technical areas"), "checks", technical_area_options(programme)),
        FieldSpec("criteria", QCoreApplication.translate("Fields", "Criteria"), "checks+other",
                  tuple((c.code, f"{c.code}  {show(c.title)}") for c in CRITERIA)),
        FieldSpec("ghgs", QCoreApplication.translate("Fields", "Greenhouse gases"), "checks", options(Gas)),
        FieldSpec("objectives", QCoreApplication.translate("Fields", "Objectives"), "text"),
        FieldSpec("scope_text", QCoreApplication.translate("Fields", "Scope and boundaries"), "text"),
    ]

def date_specs() -> list[FieldSpec]:
    """The engagement's dates a verifier sets on the Scope page (the decision's are on the Overview)."""
    return [
        FieldSpec("site_visit_start", QCoreApplication.translate("Fields", "Site visit from"), "date"),
        FieldSpec("site_visit_end", QCoreApplication.translate("Fields", "Site visit to"), "date"),
        FieldSpec("statement_date", QCoreApplication.translate("Fields", "Statement date"), "date"),
    ]

def person_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name_zh", QCoreApplication.translate("Fields", "Name (Chinese)")),
        FieldSpec("name_en", QCoreApplication.translate("Fields", "Name (English)")),
        FieldSpec("roles", QCoreApplication.translate("Fields", "Roles"), "checks", options(PersonRole)),
        FieldSpec("competences", QCoreApplication.translate("Fields", "Competent in"), "checks",
                  technical_area_options(Programme.ISO_14064_1) + technical_area_options(Programme.ISO_14064_2)),
        FieldSpec("qualifications", QCoreApplication.translate("Fields", "Qualifications")),
        FieldSpec("identity", QCoreApplication.translate("Fields", "Signing identity"),
                  placeholder=QCoreApplication.translate("Fields", "identities/… .cer, or its SHA-256 fingerprint")),
    ]

def member_specs() -> list[FieldSpec]:
    return [
        FieldSpec("role", QCoreApplication.translate("Fields", "Role"), "choice", options(Role)),
        FieldSpec("qualifications", QCoreApplication.translate("Fields", "Qualifications")),
        FieldSpec("technical_areas", QCoreApplication.translate("Fields", "Competent in"), "checks",
                  technical_area_options(Programme.ISO_14064_1) + technical_area_options(Programme.ISO_14064_2)),
        FieldSpec("days", QCoreApplication.translate("Fields", "Days on this engagement"), "number"),
        FieldSpec("impartiality_declared", QCoreApplication.translate("Fields", "Impartiality declared"), "bool"),
        FieldSpec("declared_on", QCoreApplication.translate("Fields", "Declared on"), "date"),
        FieldSpec("conflicts", QCoreApplication.translate("Fields", "Conflicts of interest declared"), "text",
                  placeholder=QCoreApplication.translate("Fields", "none, or what was declared and how it is handled")),
    ]

def site_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("Fields", "Site name")),
        FieldSpec("address", QCoreApplication.translate("Fields", "Site address")),
    ]

def man_day_specs() -> list[FieldSpec]:
    days = QCoreApplication.translate("Fields", " days")
    return [
        FieldSpec("source_count", QCoreApplication.translate("Fields", "GHG sources in the boundary"), "count"),
        FieldSpec("document_review", QCoreApplication.translate("Fields", "Document review"), "number", suffix=days),
        FieldSpec("site", QCoreApplication.translate("Fields", "Site verification"), "number", suffix=days),
        FieldSpec("report", QCoreApplication.translate("Fields", "Statement and report"), "number", suffix=days),
        FieldSpec("justification", QCoreApplication.translate("Fields", "Justification"), "text",
                  placeholder=QCoreApplication.translate("Fields", "required when the plan departs from Annex A")),
    ]

def decision_specs(reviewers: tuple[tuple[str, str], ...] = (), decision_makers: tuple[tuple[str, str], ...] = ()) -> list[FieldSpec]:
    """The review and decision; ``reviewers`` and ``decision_makers`` are the ``(id, name)`` pairs of the register's
    people to pick each from."""
    return [
        FieldSpec("reviewer_id", QCoreApplication.translate("Fields", "Technical reviewer"), "choice", (("", "—"), *reviewers)),
        FieldSpec("decision_maker_id", QCoreApplication.translate("Fields", "Decision-maker"), "choice", (("", "—"), *decision_makers)),
        FieldSpec("submitted_on", QCoreApplication.translate("Fields", "Submitted on"), "date"),
        FieldSpec("decision_date", QCoreApplication.translate("Fields", "Decision date"), "date"),
        FieldSpec("issue_date", QCoreApplication.translate("Fields", "Certificate issued on"), "date"),
    ]


def production_specs() -> list[FieldSpec]:
    return [
        FieldSpec("product", QCoreApplication.translate("Fields", "Product")),
        FieldSpec("quantity", QCoreApplication.translate("Fields", "Quantity produced"), "number"),
        FieldSpec("unit", QCoreApplication.translate("Fields", "Production unit"), placeholder="t, 件, m2"),
    ]

def offset_specs() -> list[FieldSpec]:
    from app.domain.inventory.neutrality import OffsetKind  # the inventory's domain is not imported before the list shows

    return [
        FieldSpec("kind", QCoreApplication.translate("Fields", "Kind"), "choice", options(OffsetKind)),
        FieldSpec("registry", QCoreApplication.translate("Fields", "Registry")),
        FieldSpec("serial_first", QCoreApplication.translate("Fields", "First serial number")),
        FieldSpec("serial_last", QCoreApplication.translate("Fields", "Last serial number")),
        FieldSpec("vintage", QCoreApplication.translate("Fields", "Vintage"), "year"),
        FieldSpec("quantity", QCoreApplication.translate("Fields", "Quantity (tCO₂e)"), "number"),
        FieldSpec("issued", QCoreApplication.translate("Fields", "Issued"), "bool"),
        FieldSpec("retired_on", QCoreApplication.translate("Fields", "Retired on"), "date"),
        FieldSpec("retirement_evidence", QCoreApplication.translate("Fields", "Retirement evidence")),
        FieldSpec("beneficiary", QCoreApplication.translate("Fields", "Retired on behalf of (beneficiary)")),
        FieldSpec("note", QCoreApplication.translate("Fields", "Note"), "text"),
    ]


def _inventory_labels() -> dict[str, str]:
    """Labels of emission-source and activity-record fields, qualified by entity (both have a ``note``)."""
    source = {
        "name": QCoreApplication.translate("Fields", "Source name"),
        "category": QCoreApplication.translate("Fields", "Category"),
        "method": QCoreApplication.translate("Fields", "Method"),
        "gas": QCoreApplication.translate("Fields", "Gas"),
        "species": QCoreApplication.translate("Fields", "Species"),
        "site_id": QCoreApplication.translate("Fields", "Site"),
        "emission_unit": QCoreApplication.translate("Fields", "Emission unit"),
        "equipment": QCoreApplication.translate("Fields", "Equipment"),
        "factor": QCoreApplication.translate("Fields", "Emission factor"),
        "ncv": QCoreApplication.translate("Fields", "Net calorific value"),
        "carbon_per_heat": QCoreApplication.translate("Fields", "Carbon content per unit heat"),
        "oxidation": QCoreApplication.translate("Fields", "Oxidation rate"),
        "streams": QCoreApplication.translate("Fields", "Streams"),
        "reported": QCoreApplication.translate("Fields", "Reported by the client (tCO₂e)"),
        "note": QCoreApplication.translate("Fields", "Note"),
    }
    record = {
        "source_id": QCoreApplication.translate("Fields", "Emission source"),
        "period_start": QCoreApplication.translate("Fields", "Start"),
        "period_end": QCoreApplication.translate("Fields", "End"),
        "quantity": QCoreApplication.translate("Fields", "Quantity"),
        "unit": QCoreApplication.translate("Fields", "Unit"),
        "origin": QCoreApplication.translate("Fields", "Origin"),
        "opening_stock": QCoreApplication.translate("Fields", "Opening stock"),
        "closing_stock": QCoreApplication.translate("Fields", "Closing stock"),
        "stream_id": QCoreApplication.translate("Fields", "Stream"),
        "evidence": QCoreApplication.translate("Fields", "Evidence"),
        "note": QCoreApplication.translate("Fields", "Note"),
    }
    return {f"emission_source.{k}": v for k, v in source.items()} | {f"activity_record.{k}": v for k, v in record.items()}


def field_labels() -> dict[str, str]:
    """Every stored field's label, for the change history (man-day fields as ``man_days.<name>``,
    inventory fields as ``<entity>.<name>``)."""
    labels: dict[str, str] = {}
    for specs in (
        client_specs(), basics_specs(), date_specs(), scope_specs("iso14064-1"), member_specs(), site_specs(), decision_specs(),
        production_specs(), offset_specs(),
    ):
        labels.update({spec.name: spec.label for spec in specs})
    labels.update({f"man_days.{spec.name}": spec.label for spec in man_day_specs()})
    for entity, specs in (("production", production_specs()), ("offset", offset_specs())):
        labels.update({f"{entity}.{spec.name}": spec.label for spec in specs})
    labels.update(_inventory_labels())
    labels["status"] = QCoreApplication.translate("Fields", "Stage")
    labels["termination_reason"] = QCoreApplication.translate("Fields", "Reason for termination")
    labels["code"] = QCoreApplication.translate("Fields", "Code")
    labels["name"] = QCoreApplication.translate("Fields", "Name")
    labels["person_id"] = QCoreApplication.translate("Fields", "Person")
    return labels
