"""The use case behind the carbon-neutrality evaluation report of seed 004 §8.4.6: everything items a)–j) quote,
read in one go (the engagement and its client, the documents reviewed, the recalculated inventory with its balance,
the monitoring plan with its gaps and lab results, and the offsets in the order of §8.4.2)."""

from __future__ import annotations

from app.reports.evaluation_report_pdf import EvaluationFacts
from app.services import inventory as inventory_services
from app.services import monitoring as monitoring_services
from app.services.ports import UnitOfWork


def evaluation(uow: UnitOfWork, engagement_id: str) -> EvaluationFacts:
    """What the evaluation report of ``engagement_id`` is written from."""
    calculation = inventory_services.calculate(uow, engagement_id)
    held = monitoring_services.monitoring(uow, engagement_id)
    with uow:
        client = uow.organisations.get(held.engagement.organisation_id)
        documents = uow.records.of(engagement_id, "document")
    return EvaluationFacts(held.engagement, client, documents, calculation, held.items, held.measured, held.gaps, held.priority)
