"""Application and contract review (seed 001 §8): the engagement leaves draft only with a review the technical lead
approved; an accepted review holds every item; refusal needs reasons; contract changes are reviewed and kept.

Real SQLite store; the demo's client, people and engagement.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.engagement.contract_review import ChangeKind, ChangeOutcome, ContractChange, ContractReview, ReviewDecision, agreed_man_days
from app.domain.engagement.people import person_from_name
from app.domain.engagement.stages import Stage
from app.domain.kernel.text import DomainError
from app.services import contract_review as contracts
from app.services import demo
from app.services import engagements as services
from app.services import people as people_services

TODAY = date(2026, 6, 1)
LEAD = person_from_name("赵敏 Zhao Min").id
NOT_A_LEAD = person_from_name("孙强 Sun Qiang").id


@pytest.fixture
def engagement_id(store):
    uow = store.uow()
    client_id = services.create_organisation(uow, demo.demo_client(), "wang")
    people_services.ensure_people(uow, demo.demo_people(), "wang")
    return services.create_engagement(uow, demo.demo_engagement(client_id, TODAY), "wang", TODAY)


def test_a_draft_leaves_draft_only_with_an_accepted_review(store, engagement_id):
    uow = store.uow()
    with pytest.raises(DomainError, match="no application and contract review"):
        services.advance_stage(uow, engagement_id, "wang")
    pending = replace(demo.demo_review(TODAY), decision=ReviewDecision.PENDING)
    contracts.save_review(uow, engagement_id, pending, "wang")
    with pytest.raises(DomainError, match="not approved by the technical lead"):
        services.advance_stage(uow, engagement_id, "wang")
    contracts.save_review(uow, engagement_id, replace(pending, decision=ReviewDecision.ACCEPTED), "wang")
    assert services.advance_stage(uow, engagement_id, "wang") is Stage.PLANNED
    history = [e.change for e in services.engagement_history(uow, engagement_id) if e.change.entity == "contract_review"]
    assert ("decision", "pending", "accepted") in [(c.field, c.old, c.new) for c in history]
    # Once out of draft the review no longer changes: a contract change does.
    with pytest.raises(DomainError, match="record a contract change"):
        contracts.save_review(uow, engagement_id, replace(contracts.review_of(uow, engagement_id), man_days=6.0), "wang")


def test_an_accepted_review_needs_every_item_and_refusal_needs_reasons(store, engagement_id):
    uow = store.uow()
    accepted = demo.demo_review(TODAY)
    refused = pytest.raises(DomainError, contracts.save_review, uow, engagement_id, replace(accepted, gases_and_period=False), "wang").value
    assert refused.field == "gases_and_period" and "4)" in refused.message.en
    assert contracts.review_of(uow, engagement_id) is None  # nothing stored on a refusal
    no_reasons = replace(accepted, decision=ReviewDecision.REFUSED, reasons=" ")
    assert pytest.raises(DomainError, contracts.save_review, uow, engagement_id, no_reasons, "wang").value.field == "reasons"
    refusal = replace(no_reasons, reasons="SK-02.1 outside our accreditation this year", application_complete=False)
    contracts.save_review(uow, engagement_id, refusal, "wang")
    with pytest.raises(DomainError, match="refused the application"):
        services.advance_stage(uow, engagement_id, "wang")


def test_only_a_technical_lead_of_the_register_approves(store, engagement_id):
    uow = store.uow()
    by_decider = replace(demo.demo_review(TODAY), technical_lead_id=NOT_A_LEAD)
    error = pytest.raises(DomainError, contracts.save_review, uow, engagement_id, by_decider, "wang").value
    assert error.field == "technical_lead_id" and "not a technical lead" in error.message.en
    assert [p.id for p in contracts.technical_leads(uow)] == [LEAD]


def test_the_body_must_have_someone_competent_in_every_technical_area(store, engagement_id):
    uow = store.uow()
    services.update_engagement(uow, engagement_id, {"technical_areas": ("SK-02.1", "SK-08.2")}, "wang")
    error = pytest.raises(DomainError, contracts.save_review, uow, engagement_id, demo.demo_review(TODAY), "wang").value
    assert error.field == "competence_confirmed" and "SK-08.2" in error.message.en


def test_contract_changes_are_reviewed_before_the_next_stage_and_kept(store, engagement_id):
    uow = store.uow()
    with pytest.raises(DomainError, match="only after the review accepted"):
        contracts.save_change(uow, engagement_id, ContractChange(requested_on=TODAY, description="one more site day"), "wang")
    contracts.save_review(uow, engagement_id, demo.demo_review(TODAY), "wang")
    services.advance_stage(uow, engagement_id, "wang")
    change = ContractChange(ChangeKind.MAN_DAYS, TODAY, "a third site joins the boundary: one more site day", 1.0)
    contracts.save_change(uow, engagement_id, change, "wang")
    with pytest.raises(DomainError, match=r"contract change 1 \(man-days added or removed\) is not reviewed"):
        services.advance_stage(uow, engagement_id, "wang")
    unreasoned = replace(change, outcome=ChangeOutcome.CONTINUE, reviewed_by_id=LEAD, reviewed_on=TODAY)
    assert pytest.raises(DomainError, contracts.save_change, uow, engagement_id, unreasoned, "wang").value.field == "review_note"
    reviewed = replace(unreasoned, review_note="no further review activity needed; plan updated")
    contracts.save_change(uow, engagement_id, reviewed, "wang")
    assert services.advance_stage(uow, engagement_id, "wang") is Stage.DOCUMENT_REVIEW
    assert agreed_man_days(contracts.review_of(uow, engagement_id), contracts.changes_of(uow, engagement_id)) == 5.0
    with pytest.raises(DomainError, match="kept on record"):
        contracts.remove_change(uow, engagement_id, change.id, "wang")


def test_an_undone_first_review_leaves_no_record(store, engagement_id):
    uow = store.uow()
    contracts.save_review(uow, engagement_id, ContractReview(products_services="gearboxes"), "wang")
    contracts.remove_review(uow, engagement_id, "wang")
    assert contracts.review_of(uow, engagement_id) is None
    assert services.verify_history(uow) == []


def test_the_technical_lead_who_approved_a_review_stays_in_the_register(store, engagement_id):
    """The review refers to its approver by id: removing them from the register is refused, naming the engagement."""
    uow = store.uow()
    contracts.save_review(uow, engagement_id, demo.demo_review(TODAY), "wang")
    with uow:  # the demo's technical lead is also its reviewer elsewhere; here only the review names them
        assert uow.engagements.get(engagement_id).reviewer_id == ""
    error = pytest.raises(DomainError, people_services.remove_person, uow, LEAD, "wang").value
    assert "contract review" in error.message.en and services.load(uow, engagement_id)[0].code in error.message.en
