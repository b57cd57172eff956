"""Head office's rules that are not dates: the reviewer not on the team, review points answered and closed before
approval, the decision-maker neither on the team nor the reviewer and only after the approved review, the suspension
and withdrawal reasons, a handler not involved in the case."""

from datetime import date

import pytest

from app.domain.certification.cases import open_case
from app.domain.certification.decision import Outcome, decide
from app.domain.certification.review import Check, Result, answer_point, approve, close_point, raise_point, record_check, start_review
from app.domain.certification.status_change import SuspensionReason, WithdrawalReason, make_withdrawal
from app.domain.kernel.text import DomainError

TEAM = {"lead": "王磊 Wang Lei", "verifier": "李娜 Li Na"}
DAY = date(2026, 6, 1)


def refused(call, *args, field: str, english: str):
    with pytest.raises(DomainError) as caught:
        call(*args)
    assert caught.value.field == field and english in caught.value.message.en and caught.value.message.zh
    return caught.value


def checked_review():
    review = start_review("e", TEAM, "reviewer", DAY)
    for check in Check:
        review = record_check(review, check, Result.MET, "ok")
    return review


def test_a_team_member_may_not_review():
    refused(start_review, "e", TEAM, "lead", DAY, field="reviewer_id", english="Wang Lei is on the team")
    refused(start_review, "e", TEAM, "", DAY, field="reviewer_id", english="Pick the technical reviewer")


def test_every_check_starts_pending_and_a_check_not_met_needs_a_note():
    review = start_review("e", TEAM, "reviewer", DAY)
    assert {c.check for c in review.checks} == set(Check) and {c.result for c in review.checks} == {Result.PENDING}
    refused(record_check, review, Check.MAN_DAYS, Result.NOT_MET, " ", field="note", english="say why")
    changed = record_check(review, Check.MAN_DAYS, Result.NOT_MET, "Annex A gives 8 days, 5 planned")
    assert changed.checks[0].result is Result.NOT_MET and changed.checks[0].note.startswith("Annex A")


def test_the_review_is_approved_only_with_every_check_met_and_every_point_closed():
    review = start_review("e", TEAM, "reviewer", DAY)
    error = refused(approve, review, DAY, field="review", english="cannot be approved yet")
    assert "man-days per Annex A" in error.message.en
    review, point = raise_point(checked_review(), "Why is the refrigerant source estimated?", DAY)
    refused(approve, review, DAY, field="review", english="review point not closed: Why is the refrigerant")
    refused(close_point, review, point.id, DAY, field="point", english="has no answer yet")
    review = answer_point(review, point.id, "The ledger was incomplete; see NC-01.", "lead", DAY)
    review = close_point(review, point.id, DAY)
    approved = approve(review, DAY)
    assert approved.approved and approved.points[0].answered_by == "lead"
    refused(raise_point, approved, "more?", DAY, field="review", english="approved")


def test_the_decision_follows_the_approved_review_by_someone_independent():
    review = start_review("e", TEAM, "reviewer", DAY)
    refused(decide, review, TEAM, "dm", True, "", DAY, field="review", english="follows the approved technical review")
    approved = approve(checked_review(), DAY)
    refused(decide, approved, TEAM, "verifier", True, "", DAY, field="decision_maker_id", english="Li Na is on the team")
    refused(decide, approved, TEAM, "reviewer", True, "", DAY, field="decision_maker_id", english="technical reviewer")
    refused(decide, approved, TEAM, "dm", True, "", date(2026, 5, 31), field="decided_on", english="before the technical review")
    refused(decide, approved, TEAM, "dm", False, " ", DAY, field="reasons", english="needs its reasons")
    assert decide(approved, TEAM, "dm", True, "", DAY).outcome is Outcome.APPROVED
    rejected = decide(approved, TEAM, "dm", False, "scope unclear", DAY)
    assert rejected.reasons == "scope unclear" and rejected.review_id == approved.id
    refused(decide, approved, TEAM, "dm", True, "", DAY, (rejected,), field="review", english="needs a new review")


def test_the_reasons_are_the_seed_lists_and_an_unknown_code_is_refused():
    assert [r.value for r in SuspensionReason] == ["1", "2", "3", "4"]
    assert [r.value for r in WithdrawalReason] == ["1", "2", "3", "4", "5", "6"]
    refused(make_withdrawal, "7", DAY, DAY, "p", field="reason", english="Unknown reason code 7")
    refused(make_withdrawal, "1", DAY, date(2026, 5, 1), "p", field="decided_on", english="before the information was verified")


def test_a_handler_involved_in_the_matter_is_refused():
    refused(open_case, "complaint", DAY, "client", "a complaint", "lead", ("lead", "verifier"), TEAM,
            field="handler_id", english="Wang Lei was involved")
    assert open_case("complaint", DAY, "client", "a complaint", "other", ("lead",), TEAM).handler_id == "other"


def test_who_may_review_or_decide_for_one_engagement():
    """eligibility.refusal, which the laptop's pickers apply: the role, not on the team, the decision-maker not the reviewer."""
    from app.domain.certification.eligibility import refusal
    from app.domain.engagement.people import Person, PersonRole

    both = Person(name_en="Zhao Min", roles=("reviewer", "decision-maker"), id="zhao")
    lead = Person(name_en="Wang Lei", roles=("lead", "reviewer", "decision-maker"), id="lead")
    plain = Person(name_en="Wu Gang", roles=("verifier",), id="wu")
    assert refusal(both, PersonRole.REVIEWER, TEAM) is None and refusal(both, PersonRole.DECISION_MAKER, TEAM, "other") is None
    assert "on the team" in refusal(lead, PersonRole.REVIEWER, TEAM).message.en
    assert refusal(lead, PersonRole.DECISION_MAKER, TEAM).field == "decision_maker_id"
    assert "technical reviewer" in refusal(both, PersonRole.DECISION_MAKER, TEAM, "zhao").message.en
    assert "does not have the technical reviewer role" in refusal(plain, PersonRole.REVIEWER, TEAM).message.en
    assert "does not have the decision-maker role" in refusal(plain, PersonRole.DECISION_MAKER, TEAM).message.en
