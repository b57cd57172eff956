"""Roles enforced when head office picks people (issue 19): a person of the register without the reviewer role is
refused as technical reviewer, one without the decision-maker role as decision-maker (of the certification
decision, a surveillance report, a suspension), each with a bilingual message naming the missing role, and nothing
changes."""

from datetime import date

import pytest

from app.domain.certification.review import Check, Result
from app.domain.engagement.people import Person, PersonRole, person_from_name
from app.domain.engagement.stages import Stage
from app.domain.kernel.text import DomainError
from app.services import certification as ho
from app.services import demo_stages
from app.services import engagements as services
from app.services import people

TODAY = date(2026, 6, 1)
REVIEWER, DM = (person_from_name(n).id for n in ("赵敏 Zhao Min", "孙强 Sun Qiang"))


@pytest.fixture
def setting(store):
    """The submitted demo and a verifier, not on its team, who holds neither head-office role."""
    engagement_id = demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", TODAY)
    liu = Person(name_zh="刘洋", name_en="Liu Yang", roles=(PersonRole.VERIFIER.value,))
    people.add_person(store.uow(), liu, "tester")
    return engagement_id, liu.id


def test_a_person_without_the_reviewer_role_is_refused_as_reviewer(store, setting):
    engagement_id, liu = setting
    before = len(services.engagement_history(store.uow(), engagement_id))
    with pytest.raises(DomainError) as caught:
        ho.start_review(store.uow(), engagement_id, liu, "tester", TODAY)
    assert caught.value.field == "reviewer_id"
    assert "刘洋 Liu Yang does not have the technical reviewer role" in caught.value.message.en
    assert "没有“技术评审人”角色" in caught.value.message.zh
    assert ho.review_of(store.uow(), engagement_id) is None
    assert services.load(store.uow(), engagement_id)[0].status is Stage.SUBMITTED
    assert len(services.engagement_history(store.uow(), engagement_id)) == before


def test_a_person_without_the_decision_maker_role_may_not_decide_nor_suspend(store, setting):
    engagement_id, liu = setting
    ho.start_review(store.uow(), engagement_id, REVIEWER, "tester", TODAY)
    for check in Check:
        ho.record_check(store.uow(), engagement_id, check, Result.MET, "", "tester")
    ho.approve_review(store.uow(), engagement_id, "tester", TODAY)
    with pytest.raises(DomainError) as caught:
        ho.decide(store.uow(), engagement_id, liu, True, "", TODAY, "tester")
    assert "does not have the decision-maker role" in caught.value.message.en and "“认证决定人”角色" in caught.value.message.zh
    assert ho.decisions_of(store.uow(), engagement_id) == [] and ho.certificates(store.uow()) == []
    _, certificate = ho.decide(store.uow(), engagement_id, DM, True, "", TODAY, "tester")
    with pytest.raises(DomainError) as caught:
        ho.suspend(store.uow(), certificate.number, "3", liu, TODAY, TODAY, TODAY, date(2026, 9, 1), "tester")
    assert caught.value.field == "by" and "decision-maker role" in caught.value.message.en
    assert ho.certificate(store.uow(), certificate.number).suspensions == ()
