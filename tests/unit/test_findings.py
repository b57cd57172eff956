"""Finding rules: the life cycle from raising to closure, reopening, the conservative estimate, and what blocks the statement."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.findings import finding as f
from app.domain.findings.finding import Action, Kind, Response, Severity, State
from app.domain.kernel.text import DomainError

RAISED = date(2026, 3, 10)
ANSWER = Response("meter not in the ledger", "ledger corrected", "monthly reconciliation added", "ledger v2.pdf", "Li Lei")


def nonconformity(**kw):
    finding = f.raise_finding(Kind.NONCONFORMITY, "March gas missing", "wang", RAISED, severity=Severity.MINOR, **kw)
    return replace(finding, number=1)


def test_a_new_finding_is_due_three_months_after_the_site_visit_and_records_who_raised_it():
    finding = nonconformity(site_visit=date(2026, 3, 8))
    assert finding.due == date(2026, 6, 8) and finding.state is State.OPEN
    assert finding.events == (f.Event(RAISED, "wang", Action.RAISED),)
    assert nonconformity().due == date(2026, 6, 10)
    assert finding.label == "NC-01"


def test_the_full_life_cycle_keeps_every_step_in_the_finding_history():
    finding = nonconformity()
    answered = f.respond(finding, ANSWER, date(2026, 4, 1))
    assert answered.state is State.RESPONDED and answered.response.on == date(2026, 4, 1)
    sent_back = f.evaluate(answered, False, "no evidence of the reconciliation", "wang", date(2026, 4, 2))
    assert sent_back.state is State.OPEN and sent_back.evaluation == "no evidence of the reconciliation"
    again = f.respond(sent_back, replace(ANSWER, evidence="reconciliation April.xlsx"), date(2026, 4, 20))
    closed = f.evaluate(again, True, "", "zhang", date(2026, 4, 21))
    assert closed.state is State.CLOSED and (closed.closed_by, closed.closed_on) == ("zhang", date(2026, 4, 21))
    reopened = f.reopen(closed, "April figure still wrong", "zhang", date(2026, 5, 1))
    assert reopened.state is State.OPEN and reopened.closed_on is None
    assert [e.action for e in reopened.events] == [
        Action.RAISED, Action.RESPONDED, Action.NOT_ACCEPTED, Action.RESPONDED, Action.ACCEPTED, Action.REOPENED,
    ]
    assert reopened.events[-1].note == "April figure still wrong"


@pytest.mark.parametrize("missing", ["root_cause", "correction", "corrective_action"])
def test_a_nonconformity_response_needs_cause_correction_and_corrective_action(missing):
    with pytest.raises(DomainError) as error:
        f.respond(nonconformity(), replace(ANSWER, **{missing: "  "}), date(2026, 4, 1))
    assert error.value.field == missing and "NC-01" in error.value.message.en


def test_a_clarification_takes_any_answer_but_not_an_empty_one():
    cl = replace(f.raise_finding(Kind.CLARIFICATION, "Which meter feeds boiler 2?", "wang", RAISED), number=2)
    assert f.respond(cl, Response(correction="Meter M-7"), RAISED).state is State.RESPONDED
    with pytest.raises(DomainError, match="empty"):
        f.respond(cl, Response(by="Li"), RAISED)


def test_a_response_dated_before_the_finding_is_refused():
    with pytest.raises(DomainError, match="before the finding was raised"):
        f.respond(nonconformity(), replace(ANSWER, on=date(2026, 3, 1)), RAISED)


def test_evaluating_needs_a_response_and_refusing_needs_a_reason():
    with pytest.raises(DomainError, match="no response to evaluate"):
        f.evaluate(nonconformity(), True, "", "wang", RAISED)
    answered = f.respond(nonconformity(), ANSWER, RAISED)
    with pytest.raises(DomainError, match="reason"):
        f.evaluate(answered, False, " ", "wang", RAISED)


def test_an_observation_can_be_closed_without_a_response_and_never_blocks_the_statement():
    ob = replace(f.raise_finding(Kind.OBSERVATION, "Consider a sub-meter", "wang", RAISED, severity=Severity.MAJOR), number=3)
    assert ob.severity is None  # only nonconformities have a severity
    assert not ob.blocks_statement and f.statement_blockers([ob]) == []
    assert f.evaluate(ob, True, "noted", "wang", RAISED).state is State.CLOSED


def test_a_nonconformity_needs_its_severity_and_a_due_date_not_before_it_was_raised():
    with pytest.raises(DomainError) as error:
        f.raise_finding(Kind.NONCONFORMITY, "x", "wang", RAISED)
    assert error.value.field == "severity"
    with pytest.raises(DomainError) as error:
        f.raise_finding(Kind.NONCONFORMITY, "x", "wang", RAISED, severity=Severity.MAJOR, due=date(2026, 3, 1))
    assert error.value.field == "due"
    with pytest.raises(DomainError) as error:
        f.raise_finding(Kind.CLARIFICATION, "   ", "wang", RAISED)
    assert error.value.field == "description"


def test_only_an_unresolved_finding_can_be_edited():
    finding = nonconformity()
    assert finding.edited({"clause": "§5.2"}).clause == "§5.2"
    closed = f.evaluate(f.respond(finding, ANSWER, RAISED), True, "", "wang", RAISED)
    with pytest.raises(DomainError, match="reopen"):
        closed.edited({"clause": "§5.3"})


def test_unresolved_nonconformities_and_clarifications_block_the_statement_until_closed_or_estimated():
    nc = nonconformity()
    cl = replace(f.raise_finding(Kind.CLARIFICATION, "Which meter?", "wang", RAISED), number=2)
    blockers = f.statement_blockers([cl, nc])
    assert [b.en for b in blockers] == ["NC-01 (nonconformity): open", "CL-02 (clarification request): open"]
    closed = f.evaluate(f.respond(nc, ANSWER, RAISED), True, "", "wang", RAISED)
    estimated = f.settle_by_estimate(cl, 12.5, "highest monthly value used for the gap", "wang", cl.due + timedelta(days=1))
    assert f.statement_blockers([closed, estimated]) == []
    assert f.estimates([closed, estimated]) == [estimated]


def test_a_conservative_estimate_is_only_for_an_overdue_finding_and_names_its_basis():
    nc = nonconformity()
    with pytest.raises(DomainError, match="only a finding not rectified in time"):
        f.settle_by_estimate(nc, 10.0, "basis", "wang", nc.due)
    late = date(2026, 7, 1)
    assert nc.overdue(late) and not nc.overdue(nc.due)
    with pytest.raises(DomainError, match="basis"):
        f.settle_by_estimate(nc, 10.0, " ", "wang", late)
    with pytest.raises(DomainError, match="not negative"):
        f.settle_by_estimate(nc, -1.0, "basis", "wang", late)
    settled = f.settle_by_estimate(nc, 10.0, "upper meter tolerance", "wang", late)
    assert settled.state is State.ESTIMATED and not settled.overdue(late)
    assert settled.events[-1].note == "10.00 tCO₂e: upper meter tolerance"
    reopened = f.reopen(settled, "client sent the invoices after all", "wang", late)
    assert reopened.estimate_t is None and reopened.state is State.OPEN


def test_numbers_continue_after_the_highest_held():
    assert f.next_number([]) == 1
    assert f.next_number([nonconformity(), replace(nonconformity(), number=7)]) == 8


def test_the_estimates_of_settled_findings_become_lines_of_the_verified_total_in_finding_order():
    from app.domain.findings.finding import estimate_lines
    from app.domain.inventory.calculation import Estimate

    today = date(2026, 10, 1)
    late = [replace(nonconformity(), number=n, due=date(2026, 9, 1), source_id=f"s{n}") for n in (2, 1)]
    settled = [f.settle_by_estimate(finding, 10.0 * finding.number, "basis", "auditor", today) for finding in late]
    assert estimate_lines(settled + [nonconformity()]) == (Estimate("NC-01", 10.0, "basis", "s1"), Estimate("NC-02", 20.0, "basis", "s2"))
