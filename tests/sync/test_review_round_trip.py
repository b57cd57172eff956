"""The review round trip with two data folders and a real intake service on 127.0.0.1 (issues 18 and 19): submitted,
review points raised at head office, synced down, answered on the laptop (through the use cases here; by clicking
the page in the UI test), resubmitted, the answers recorded against head office's points, closed, approved, decided,
the certificate number back on the laptop, and the statement and certificate countersigned by head office's
authorised signatory fetched on the next sync, their two signatures valid."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.certification.decision import Outcome
from app.services import certification as ho
from app.services import engagements as services
from app.reports.signing import verify_pdf
from app.services import issued_documents, outbox, review_points
from tests.sync.round_trip import LEAD, POINTS, make_world


@pytest.fixture
def world(tmp_path):
    made = make_world(tmp_path)
    yield made
    made.server.stop()


def test_points_go_down_answers_come_back_and_the_certificate_number_reaches_the_laptop(world):
    world.raise_points()
    said = world.sync()
    assert "review points: 2, open 2" in said
    store = world.laptop_store()
    try:
        held = review_points.returned(store.uow(), world.engagement_id)
        assert [p.text for p in held.review.points] == list(POINTS) and held.names[held.review.reviewer_id] == "赵敏 Zhao Min"
        for point, answer in zip(held.review.points, ("维保记录 / the service log", "按附录 A 重算 / recalculated per Annex A")):
            review_points.answer(store.uow(), world.engagement_id, point.id, answer, LEAD, date.today())
        assert {h.change.entity for h in services.engagement_history(store.uow(), world.engagement_id)} >= {"review"}
        second = world.submit(store)
    finally:
        store.close()
    world.sync()
    (acknowledged,) = [i for i in outbox.items(world.laptop) if i.id == second.id]
    assert acknowledged.state == outbox.ACKNOWLEDGED

    assert "1 package(s) imported" in world.take_in()
    head = world.head_store()
    try:
        review = ho.review_of(head.uow(), world.engagement_id)
        assert [(p.answer, p.answered_by) for p in review.points] == [
            ("维保记录 / the service log", LEAD), ("按附录 A 重算 / recalculated per Annex A", LEAD)]
        assert not any(p.closed for p in review.points)
        history = services.engagement_history(head.uow(), world.engagement_id)
        assert any(h.change.entity == "review" and "the service log" in str(h.change.new) for h in history)
    finally:
        head.close()
    number = world.close_approve_decide()

    said = world.sync()
    assert f"certificate {number} issued {date.today().isoformat()}" in said
    assert "issued documents: statement.pdf, certificate.pdf" in said
    store = world.laptop_store()
    try:
        held = review_points.returned(store.uow(), world.engagement_id)
        assert held.certificate.number == number and held.decision.outcome is Outcome.APPROVED
        assert not held.review.open_points() and held.review.approved
        assert services.verify_history(store.uow()) == []
        issued = issued_documents.held(world.laptop, world.engagement_id)
        assert [i.name for i in issued] == ["statement.pdf", "certificate.pdf"]
        head_copies = issued_documents.held(world.head_office, world.engagement_id)
        assert [i.sha256 for i in issued] == [i.sha256 for i in head_copies]
        trusted = [world.certificate.read_bytes(), world.authoriser.with_suffix(".cer").read_bytes()]
        for one in issued:
            checks = verify_pdf(one.path, trusted)
            assert [(c.field, c.signer) for c in checks] == [("Verifier", "王磊"), ("Authoriser", "刘洋")]
            assert all(c.ok for c in checks)
        recorded = [h.change for h in services.engagement_history(store.uow(), world.engagement_id) if h.change.entity == "issued-document"]
        assert {(c.entity_id, c.new) for c in recorded} == {(i.name, i.sha256) for i in issued}
    finally:
        store.close()
    assert "issued documents" not in world.sync()  # held already: not fetched again
