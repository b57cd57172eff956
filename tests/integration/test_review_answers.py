"""Review points on each side of the sync, over real stores: head office records the answers a package carries only
against its own open points of that engagement; the laptop keeps an answer not yet sent when the same document
comes down again, and its answers are what the next engagement.json carries."""

from datetime import date

from app.domain.certification.review import Check, Result
from app.domain.engagement.people import person_from_name
from app.services import certification as ho
from app.services import demo_stages, review_points
from app.services import engagements as services
from app.sync import package_format
from tests.sync.returns import returns

TODAY = date(2026, 6, 1)
REVIEWER = person_from_name("赵敏 Zhao Min").id


def _answer(engagement_id, point_id, text):
    return {"engagement_id": engagement_id, "review_id": "r", "point_id": point_id, "answer": text,
            "answered_by": "王磊 Wang Lei", "answered_on": TODAY.isoformat()}


def test_head_office_records_answers_only_against_its_open_points_of_that_engagement(store):
    engagement_id = demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", TODAY)
    ho.start_review(store.uow(), engagement_id, REVIEWER, "赵敏 Zhao Min", TODAY)
    for check in Check:
        ho.record_check(store.uow(), engagement_id, check, Result.MET, "", "赵敏 Zhao Min")
    ho.raise_point(store.uow(), engagement_id, "first", "赵敏 Zhao Min", TODAY)
    closed, open_ = ho.raise_point(store.uow(), engagement_id, "second", "赵敏 Zhao Min", TODAY).points
    ho.answer_point(store.uow(), engagement_id, closed.id, "answered at head office", "王磊 Wang Lei", "赵敏 Zhao Min", TODAY)
    ho.close_point(store.uow(), engagement_id, closed.id, "赵敏 Zhao Min", TODAY)
    before = len(services.engagement_history(store.uow(), engagement_id))
    given = [_answer(engagement_id, closed.id, "a later answer"), _answer(engagement_id, open_.id, "the log"),
             _answer("another-engagement", open_.id, "not this one"), _answer(engagement_id, "no-such-point", "x")]
    with store.uow() as uow:
        assert review_points.take_answers(uow, engagement_id, given, "王磊 Wang Lei") == 1
        uow.commit()
    points = ho.review_of(store.uow(), engagement_id).points
    assert [(p.answer, p.closed) for p in points] == [("answered at head office", True), ("the log", False)]
    assert len(services.engagement_history(store.uow(), engagement_id)) == before + 1
    with store.uow() as uow:  # the same answers again change nothing
        assert review_points.take_answers(uow, engagement_id, given, "王磊 Wang Lei") == 0
    ho.close_point(store.uow(), engagement_id, open_.id, "赵敏 Zhao Min", TODAY)
    assert ho.approve_review(store.uow(), engagement_id, "赵敏 Zhao Min", TODAY).approved  # every point closed


def test_the_laptop_keeps_an_unsent_answer_when_the_same_points_come_down_again(store):
    engagement_id = demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", TODAY)
    body = returns(engagement_id)
    assert review_points.take_down(store.uow(), body, "sync")
    (point,) = review_points.returned(store.uow(), engagement_id).review.points
    review_points.answer(store.uow(), engagement_id, point.id, "the service log", "王磊 Wang Lei", TODAY)
    assert not review_points.take_down(store.uow(), body, "sync")  # head office has not seen the answer yet
    assert review_points.returned(store.uow(), engagement_id).review.points[0].answer == "the service log"
    with store.uow() as uow:
        (carried,) = package_format.review_answers(uow.session, engagement_id)
    assert (carried["point_id"], carried["answer"], carried["answered_on"]) == (point.id, "the service log", TODAY.isoformat())
    assert review_points.take_down(store.uow(), returns(engagement_id, approved=True), "sync")
    with store.uow() as uow:  # closed at head office: nothing left to carry
        assert package_format.review_answers(uow.session, engagement_id) == []
