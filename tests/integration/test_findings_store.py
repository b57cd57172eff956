"""Finding use cases on a real SQLite store: the stored life cycle and its history, the statement's blocking rule,
proposals from the recalculation, and all-or-nothing responses."""

from dataclasses import replace
from datetime import date

import pytest

from app.domain.engagement.people import person_from_name
from app.domain.engagement.stages import Stage
from app.domain.findings.finding import Kind, Response, Severity, State, raise_finding
from app.domain.findings.proposals import propose
from app.domain.kernel.text import DomainError
from app.services import demo
from app.services import engagements as services
from app.services import findings, inventory
from app.services import people as people_services
from app.services import statements

TODAY = date(2026, 6, 1)
ANSWER = Response("meter not in the ledger", "ledger corrected", "monthly reconciliation", "ledger v2.pdf", "Li Lei")


@pytest.fixture
def engagement_id(store):
    """The demo engagement and inventory, without the demo's findings."""
    uow = store.uow()
    client_id = services.create_organisation(uow, demo.demo_client(), "wang")
    people_services.ensure_people(uow, demo.demo_people(), "wang")
    engagement_id = services.create_engagement(uow, demo.demo_engagement(client_id, TODAY), "wang", TODAY)
    demo.add_demo_inventory(uow, engagement_id, "wang")
    return engagement_id


def new_nc(description="March gas missing", **kw):
    return raise_finding(Kind.NONCONFORMITY, description, "wang", TODAY, severity=Severity.MINOR, **kw)


def test_the_life_cycle_is_stored_step_by_step_in_the_history(store, engagement_id):
    uow = store.uow()
    first = findings.add_finding(uow, engagement_id, new_nc(), "wang")
    second = findings.add_finding(uow, engagement_id, raise_finding(Kind.CLARIFICATION, "Which meter?", "wang", TODAY), "wang")
    assert (first.label, second.label) == ("NC-01", "CL-02")
    findings.respond(uow, engagement_id, first.id, ANSWER, "li", date(2026, 6, 5))
    findings.evaluate(uow, engagement_id, first.id, False, "no reconciliation shown", "wang", date(2026, 6, 6))
    findings.respond(uow, engagement_id, first.id, replace(ANSWER, evidence="reconciliation.xlsx"), "li", date(2026, 6, 9))
    closed = findings.evaluate(uow, engagement_id, first.id, True, "", "wang", date(2026, 6, 10))
    stored = findings.list_findings(uow, engagement_id)
    assert stored[0] == closed and stored[0].state is State.CLOSED and len(stored[0].events) == 5
    history = [e.change for e in services.engagement_history(uow, engagement_id) if e.change.entity == "finding"]
    states = [c.new for c in history if c.field == "state" and c.entity_id == first.id]
    assert states == ["open", "responded", "open", "responded", "closed"]
    assert ("response.evidence", "ledger v2.pdf", "reconciliation.xlsx") in [(c.field, c.old, c.new) for c in history]
    assert services.verify_history(uow) == []


def test_the_statement_cannot_be_final_or_submitted_while_a_nonconformity_is_open(store, engagement_id):
    uow = store.uow()
    with uow:
        e = uow.engagements.get(engagement_id)
        e.status = Stage.STATEMENT
        uow.engagements.save(e)
        uow.commit()
    nc = findings.add_finding(uow, engagement_id, new_nc(), "wang")
    with pytest.raises(DomainError) as error:
        services.advance_stage(uow, engagement_id, "wang")
    assert "NC-01 (nonconformity): open" in error.value.message.en
    assert services.load(uow, engagement_id)[0].status is Stage.STATEMENT
    findings.respond(uow, engagement_id, nc.id, ANSWER, "li", TODAY)
    with pytest.raises(DomainError, match="NC-01 .* response to evaluate"):
        services.advance_stage(uow, engagement_id, "wang")
    findings.evaluate(uow, engagement_id, nc.id, True, "", "wang", TODAY)
    with pytest.raises(DomainError, match="the statement is not final yet"):
        services.advance_stage(uow, engagement_id, "wang")
    services.update_engagement(uow, engagement_id, {"site_visit_start": TODAY}, "wang")
    demo.add_demo_statement(uow, engagement_id, "wang", TODAY)
    draft = statements.statements(uow, engagement_id)[0]
    statements.make_final(uow, engagement_id, draft.id, "wang", TODAY)
    assert services.advance_stage(uow, engagement_id, "wang", TODAY) is Stage.SUBMITTED
    assert services.load(uow, engagement_id)[0].submitted_on == TODAY  # the submission is dated
    services.step_back(uow, engagement_id, Stage.STATEMENT, "wang")  # undoing it takes the date away again
    assert services.load(uow, engagement_id)[0].submitted_on is None


def test_a_proposal_from_a_recalculation_difference_is_prefilled_with_the_numbers(store, engagement_id):
    uow = store.uow()
    calculation = inventory.calculate(uow, engagement_id)
    sources = calculation.inventory.sources
    gas, refrigerant = sources[0], sources[3]
    proposals = propose(sources, calculation.results, [], threshold_pct=0.5, materiality_pct=5.0)
    assert [p.source.id for p in proposals] == [gas.id, refrigerant.id]
    result = calculation.results.sources[gas.id]
    assert proposals[0].difference == pytest.approx(gas.reported - result.verified)
    assert f"{result.verified:,.2f}" in proposals[0].description.en
    assert proposals[0].severity is Severity.MINOR  # 42 t of 15,152 t reported is under 5 %
    assert proposals[1].reported is None and "missing from the client's report" in proposals[1].description.en
    stored = findings.add_finding(uow, engagement_id, proposals[0].finding("zh", "wang", TODAY), "wang")
    assert stored.source_id == gas.id and "报告排放量 4,650.00 tCO₂e" in stored.description
    again = propose(sources, calculation.results, findings.list_findings(uow, engagement_id), 0.5, 5.0)
    assert [p.source.id for p in again] == [refrigerant.id]
    assert propose(sources, calculation.results, [], threshold_pct=1.0, materiality_pct=5.0)[0].source.id == refrigerant.id
    assert propose(sources, calculation.results, [], threshold_pct=1.0, materiality_pct=0.5)[0].severity is Severity.MAJOR


def test_responses_are_recorded_all_or_nothing(store, engagement_id):
    uow = store.uow()
    a = findings.add_finding(uow, engagement_id, new_nc("first"), "wang")
    b = findings.add_finding(uow, engagement_id, new_nc("second"), "wang")
    revision = services.load(uow, engagement_id)[0].revision
    with pytest.raises(DomainError, match="NC-02: fill in the root cause"):
        findings.record_responses(uow, engagement_id, {a.id: ANSWER, b.id: replace(ANSWER, root_cause="")}, "li", TODAY)
    assert [f.state for f in findings.list_findings(uow, engagement_id)] == [State.OPEN, State.OPEN]
    assert services.load(uow, engagement_id)[0].revision == revision
    before = findings.record_responses(uow, engagement_id, {a.id: ANSWER, b.id: ANSWER}, "li", TODAY)
    assert [f.state for f in findings.list_findings(uow, engagement_id)] == [State.RESPONDED, State.RESPONDED]
    for finding in before:
        findings.put_back(uow, engagement_id, finding, "wang")
    assert findings.list_findings(uow, engagement_id) == [a, b]


def test_a_finding_is_refused_for_another_engagements_source_and_removed_only_before_any_response(store, engagement_id):
    uow = store.uow()
    with pytest.raises(DomainError) as error:
        findings.add_finding(uow, engagement_id, new_nc(source_id="not-a-source"), "wang")
    assert error.value.field == "source_id"
    nc = findings.add_finding(uow, engagement_id, new_nc(), "wang")
    findings.respond(uow, engagement_id, nc.id, ANSWER, "li", TODAY)
    with pytest.raises(DomainError, match="cannot be removed"):
        findings.remove_finding(uow, engagement_id, nc.id, "wang")
    ob = findings.add_finding(uow, engagement_id, raise_finding(Kind.OBSERVATION, "sub-meter", "wang", TODAY), "wang")
    removed = findings.remove_finding(uow, engagement_id, ob.id, "wang")
    assert [f.id for f in findings.list_findings(uow, engagement_id)] == [nc.id]
    assert findings.add_finding(uow, engagement_id, removed, "wang").number == removed.number


def test_the_threshold_and_site_visit_are_stored_on_the_engagement(store, engagement_id):
    uow = store.uow()
    visit = {"difference_threshold_pct": 2.5, "site_visit_start": date(2026, 5, 20), "site_visit_end": date(2026, 5, 22)}
    services.update_engagement(uow, engagement_id, visit, "wang")
    e = services.load(uow, engagement_id)[0]
    assert (e.difference_threshold_pct, e.site_visit_start, e.site_visit_end) == (2.5, date(2026, 5, 20), date(2026, 5, 22))
    with pytest.raises(DomainError) as error:
        services.update_engagement(uow, engagement_id, {"difference_threshold_pct": 120.0}, "wang")
    assert error.value.field == "difference_threshold_pct"


def test_the_demo_shows_a_proposed_nonconformity_an_answered_clarification_and_an_observation(store):
    engagement_id = demo.create_demo(store.uow(), "wang", TODAY)
    held = findings.list_findings(store.uow(), engagement_id)
    assert [(f.label, f.state) for f in held] == [("NC-01", State.OPEN), ("CL-02", State.RESPONDED), ("OB-03", State.OPEN)]
    assert "制冷剂逸散" in held[0].description and held[0].source_id


def test_a_finding_reopened_after_submission_holds_the_statement_back_again(store, engagement_id):
    uow = store.uow()
    nc = findings.add_finding(uow, engagement_id, new_nc(), "wang")
    findings.respond(uow, engagement_id, nc.id, ANSWER, "li", TODAY)
    findings.evaluate(uow, engagement_id, nc.id, True, "", "wang", TODAY)
    with uow:
        e = uow.engagements.get(engagement_id)
        e.status, e.reviewer_id = Stage.SUBMITTED, person_from_name("赵敏 Zhao Min").id  # not on the team
        uow.engagements.save(e)
        uow.commit()
    findings.reopen(uow, engagement_id, nc.id, "figure wrong after all", "wang", TODAY)
    with pytest.raises(DomainError, match="NC-01 .*: open"):
        services.advance_stage(uow, engagement_id, "wang")


def test_a_removed_finding_comes_back_even_when_its_source_has_gone(store, engagement_id):
    uow = store.uow()
    source = inventory.load_inventory(uow, engagement_id).sources[3]
    nc = findings.add_finding(uow, engagement_id, new_nc(source_id=source.id), "wang")
    inventory.remove_source(uow, engagement_id, source.id, "wang")
    removed = findings.remove_finding(uow, engagement_id, nc.id, "wang")
    findings.restore_finding(uow, engagement_id, removed, "wang")
    assert findings.list_findings(uow, engagement_id) == [nc]


def test_the_same_answer_sent_again_is_recorded_in_the_history(store, engagement_id):
    uow = store.uow()
    nc = findings.add_finding(uow, engagement_id, new_nc(), "wang")
    findings.respond(uow, engagement_id, nc.id, replace(ANSWER, on=TODAY), "li", TODAY)
    revision = services.load(uow, engagement_id)[0].revision
    again = findings.respond(uow, engagement_id, nc.id, replace(ANSWER, on=TODAY), "li", TODAY)
    assert len(again.events) == 3 and services.load(uow, engagement_id)[0].revision == revision + 1
    assert services.engagement_history(uow, engagement_id)[-1].change.field == "event"
