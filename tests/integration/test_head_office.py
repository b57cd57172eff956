"""Head office over its own store (a real SQLite file): the submitted demo through the technical review, its points,
the decision, the certificate register, surveillance, suspension and withdrawal, each refusal changing nothing and
every step in the history."""

from datetime import date

import pytest

from app.domain.certification.certificate import CertificateStatus
from app.domain.certification.review import Check, Result
from app.domain.engagement.people import person_from_name
from app.domain.engagement.stages import Stage
from app.domain.kernel.text import DomainError
from app.services import certification as ho
from app.services import demo_stages
from app.services import engagements as services

TODAY = date(2026, 6, 1)
ACTOR = "赵敏 Zhao Min"
LEAD, REVIEWER, DM = (person_from_name(n).id for n in ("王磊 Wang Lei", "赵敏 Zhao Min", "孙强 Sun Qiang"))


@pytest.fixture
def submitted(store):
    return demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", TODAY)


def approved(store, engagement_id):
    ho.start_review(store.uow(), engagement_id, REVIEWER, ACTOR, TODAY)
    for check in Check:
        ho.record_check(store.uow(), engagement_id, check, Result.MET, "checked", ACTOR)
    return ho.approve_review(store.uow(), engagement_id, ACTOR, TODAY)


def test_the_submitted_demo_has_a_final_statement_and_no_open_finding(store, submitted):
    e, _ = services.load(store.uow(), submitted)
    assert e.status is Stage.SUBMITTED and e.submitted_on == TODAY
    assert [s.code for s in ho.inbox(store.uow())] == [e.code]


def test_a_team_member_is_refused_as_reviewer_and_nothing_changes(store, submitted):
    before = len(services.engagement_history(store.uow(), submitted))
    with pytest.raises(DomainError) as caught:
        ho.start_review(store.uow(), submitted, LEAD, ACTOR, TODAY)
    assert "on the team" in caught.value.message.en
    assert ho.review_of(store.uow(), submitted) is None
    assert services.load(store.uow(), submitted)[0].status is Stage.SUBMITTED
    assert len(services.engagement_history(store.uow(), submitted)) == before


def test_review_points_are_answered_and_closed_before_approval_then_decided_and_registered(store, submitted):
    review = ho.start_review(store.uow(), submitted, REVIEWER, ACTOR, TODAY)
    assert services.load(store.uow(), submitted)[0].status is Stage.TECHNICAL_REVIEW
    for check in Check:
        ho.record_check(store.uow(), submitted, check, Result.MET, "", ACTOR)
    review = ho.raise_point(store.uow(), submitted, "NC-01 的证据是什么？ / What closed NC-01?", ACTOR, TODAY)
    point = review.points[0]
    with pytest.raises(DomainError):
        ho.approve_review(store.uow(), submitted, ACTOR, TODAY)
    with pytest.raises(DomainError) as caught:
        ho.decide(store.uow(), submitted, DM, True, "", TODAY, "孙强 Sun Qiang")
    assert "follows the approved technical review" in caught.value.message.en
    ho.answer_point(store.uow(), submitted, point.id, "维保记录 / the service log", LEAD, "王磊 Wang Lei", TODAY)
    ho.close_point(store.uow(), submitted, point.id, ACTOR, TODAY)
    assert ho.approve_review(store.uow(), submitted, ACTOR, TODAY).approved
    with pytest.raises(DomainError) as caught:
        ho.decide(store.uow(), submitted, REVIEWER, True, "", TODAY, ACTOR)
    assert "technical reviewer" in caught.value.message.en
    decision, certificate = ho.decide(store.uow(), submitted, DM, True, "", TODAY, "孙强 Sun Qiang")
    e, _ = services.load(store.uow(), submitted)
    assert e.status is Stage.ISSUED and (e.decision_maker_id, e.decision_date, e.issue_date) == (DM, TODAY, TODAY)
    assert certificate.number == "DEMO-CN-2026-0001" and certificate.valid_until == date(2029, 5, 31)
    assert [c.number for c in ho.certificates(store.uow())] == ["DEMO-CN-2026-0001"]
    assert ho.certificate(store.uow(), certificate.number).next_surveillance_due() == date(2027, 6, 1)
    entities = {h.change.entity for h in services.engagement_history(store.uow(), submitted)}
    assert {"review", "decision", "certificate"} <= entities
    assert services.verify_history(store.uow()) == []


def test_a_rejection_keeps_the_engagement_in_review_issues_nothing_and_needs_a_new_review(store, submitted):
    approved(store, submitted)
    decision, certificate = ho.decide(store.uow(), submitted, DM, False, "范围描述不清 / scope unclear", TODAY, ACTOR)
    assert certificate is None and decision.reasons.startswith("范围")
    assert services.load(store.uow(), submitted)[0].status is Stage.TECHNICAL_REVIEW
    assert ho.certificates(store.uow()) == [] and len(ho.decisions_of(store.uow(), submitted)) == 1
    with pytest.raises(DomainError) as caught:  # not approved the next day on the same review
        ho.decide(store.uow(), submitted, DM, True, "", date(2026, 6, 2), ACTOR)
    assert "needs a new review" in caught.value.message.en and ho.certificates(store.uow()) == []
    second = ho.start_review(store.uow(), submitted, REVIEWER, ACTOR, date(2026, 6, 2))
    assert second.round == 2 and not second.approved and ho.review_of(store.uow(), submitted).id == second.id
    for check in Check:
        ho.record_check(store.uow(), submitted, check, Result.MET, "", ACTOR)
    ho.approve_review(store.uow(), submitted, ACTOR, date(2026, 6, 3))
    assert ho.decide(store.uow(), submitted, DM, True, "", date(2026, 6, 3), ACTOR)[1] is not None


def test_suspension_withdrawal_and_the_programme_view(store, submitted):
    approved(store, submitted)
    _, certificate = ho.decide(store.uow(), submitted, DM, True, "", TODAY, ACTOR)
    number = certificate.number
    ho.save_settings(store.uow(), "vf-cn", (date(2027, 10, 1), date(2027, 10, 2)), ACTOR)
    view = ho.programme_view(store.uow(), date(2027, 3, 10))
    assert [c.number for c in view.due_soon] == [number] and view.overdue == []
    late = ho.programme_view(store.uow(), date(2027, 6, 2))
    assert [c.number for c in late.overdue] == [number] and "suspension proposed" in late.proposals[number][0].en
    suspended = ho.suspend(store.uow(), number, "2", DM, date(2027, 9, 30), date(2027, 10, 5), date(2027, 10, 5),
                           date(2027, 12, 31), ACTOR)
    assert suspended.suspensions[0].deadline == date(2027, 10, 8) and not suspended.suspensions[0].late  # 1 October is a holiday
    assert suspended.status(date(2027, 11, 1)) is CertificateStatus.SUSPENDED
    with pytest.raises(DomainError) as caught:
        ho.reinstate(store.uow(), number, date(2028, 1, 2), ACTOR)
    assert "cannot be reinstated" in caught.value.message.en
    assert ho.certificate(store.uow(), number).suspensions[0].lifted_on is None
    withdrawn = ho.withdraw(store.uow(), number, "3", DM, date(2028, 1, 2), date(2028, 1, 3), ACTOR)
    assert withdrawn.status(date(2028, 1, 3)) is CertificateStatus.WITHDRAWN
    with pytest.raises(DomainError):
        ho.suspend(store.uow(), number, "1", DM, date(2028, 1, 3), date(2028, 1, 3), date(2028, 1, 3), date(2028, 2, 1), ACTOR)


def test_a_case_about_the_engagement_refuses_its_team_as_handler_and_moves_step_by_step(store, submitted):
    approved(store, submitted)
    from app.services import cases

    with pytest.raises(DomainError) as caught:
        cases.open_case(store.uow(), "appeal", TODAY, "客户 client", "不服 / disputes", REVIEWER, ACTOR, engagement_id=submitted)
    assert "involved in the matter" in caught.value.message.en and cases.list_cases(store.uow()) == []
    case = cases.open_case(store.uow(), "appeal", TODAY, "客户 client", "不服 / disputes", DM, ACTOR, engagement_id=submitted)
    for day in (date(2026, 6, 2), date(2026, 6, 20), date(2026, 7, 1), date(2026, 7, 10), date(2026, 7, 15)):
        case = cases.take_step(store.uow(), case.id, day, "", ACTOR)
    assert case.closed and cases.disposable(store.uow(), date(2032, 7, 15)) == []
    assert [r.ref for r in cases.disposable(store.uow(), date(2032, 7, 16))] == [case.id]
    cases.decide_disposal(store.uow(), case.id, DM, date(2032, 7, 16), "期满 / period over", ACTOR)
    assert cases.disposable(store.uow(), date(2032, 7, 16)) == [] and len(cases.list_cases(store.uow())) == 1


def test_a_follow_up_engagement_carries_over_client_scope_and_team(store, submitted):
    approved(store, submitted)
    _, certificate = ho.decide(store.uow(), submitted, DM, True, "", TODAY, ACTOR)
    follow_id = ho.start_follow_up(store.uow(), certificate.number, "surveillance", ACTOR, date(2027, 3, 1))
    source, _ = services.load(store.uow(), submitted)
    follow, _ = services.load(store.uow(), follow_id)
    assert follow.status is Stage.DRAFT and follow.code != source.code and follow.organisation_id == source.organisation_id
    assert (follow.scope_text, follow.criteria, follow.boundary_approach) == (source.scope_text, source.criteria, source.boundary_approach)
    assert [m.person_id for m in follow.team] == [m.person_id for m in source.team] and follow.site_visit_start is None
    assert [f.engagement_id for f in ho.follow_ups(store.uow(), certificate.number)] == [follow_id]
    with pytest.raises(DomainError):
        ho.start_follow_up(store.uow(), certificate.number, "audit", ACTOR, TODAY)


def link(store, engagement_id: str, number: str, kind: str) -> None:
    """Make a submitted demo stand for a follow-up of ``number`` (a follow-up engagement planned and verified from
    scratch would take the whole field work; the decision reads only this link)."""
    from app.domain.certification.follow_up import FollowUp, FollowUpKind

    with store.uow() as uow:
        ho.put_record(uow, "follow-up", engagement_id, None, FollowUp(number, engagement_id, FollowUpKind(kind)), ACTOR)
        uow.commit()


def test_a_decided_surveillance_counts_as_held_and_a_recertification_renews_the_certificate(store, submitted):
    approved(store, submitted)
    _, first = ho.decide(store.uow(), submitted, DM, True, "", TODAY, ACTOR)
    surveillance = demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", date(2027, 5, 1))
    link(store, surveillance, first.number, "surveillance")
    ho.start_review(store.uow(), surveillance, REVIEWER, ACTOR, date(2027, 5, 2))
    for check in Check:
        ho.record_check(store.uow(), surveillance, check, Result.MET, "", ACTOR)
    ho.approve_review(store.uow(), surveillance, ACTOR, date(2027, 5, 2))
    _, held = ho.decide(store.uow(), surveillance, DM, True, "", date(2027, 5, 3), ACTOR)
    visit = services.load(store.uow(), surveillance)[0].site_visit_last
    assert held.number == first.number and held.surveillances == (visit,) and len(ho.certificates(store.uow())) == 1
    renewal = demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", date(2029, 4, 1))
    link(store, renewal, first.number, "recertification")
    ho.start_review(store.uow(), renewal, REVIEWER, ACTOR, date(2029, 4, 2))
    for check in Check:
        ho.record_check(store.uow(), renewal, check, Result.MET, "", ACTOR)
    ho.approve_review(store.uow(), renewal, ACTOR, date(2029, 4, 2))
    _, new = ho.decide(store.uow(), renewal, DM, True, "", date(2029, 4, 3), ACTOR)
    old = ho.certificate(store.uow(), first.number)
    assert new.number == "DEMO-CN-2029-0001" and old.renewed_by == new.number
    assert old.status(date(2029, 4, 3)) is CertificateStatus.RENEWED and new.valid_until == date(2032, 4, 2)


def test_a_recertification_decided_after_expiry_is_refused(store, submitted):
    approved(store, submitted)
    _, first = ho.decide(store.uow(), submitted, DM, True, "", TODAY, ACTOR)
    late = demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", date(2029, 6, 1))
    link(store, late, first.number, "recertification")
    ho.start_review(store.uow(), late, REVIEWER, ACTOR, date(2029, 6, 1))
    for check in Check:
        ho.record_check(store.uow(), late, check, Result.MET, "", ACTOR)
    ho.approve_review(store.uow(), late, ACTOR, date(2029, 6, 1))
    with pytest.raises(DomainError) as caught:
        ho.decide(store.uow(), late, DM, True, "", date(2029, 6, 1), ACTOR)
    assert "expired" in caught.value.message.en
    assert [c.number for c in ho.certificates(store.uow())] == [first.number] and ho.decisions_of(store.uow(), late) == []
