"""A later revision of an engagement imported at head office replaces head office's copy of its rows (issue 19: the
lead answers review points and may change the engagement, "a new revision"): revision 1 is taken in and reviewed,
the review point goes down to the laptop (the returns document, as the sync brings it), the lead answers it and
changes an activity figure, revision 2 is imported, and head office calculates with revision 2's figure, while its
own stage, reviewer, review and history stay; each changed field is recorded. Importing revision 1 again afterwards
changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.engagement.people import PersonRole, person_from_name
from app.domain.engagement.stages import Stage
from app.reports.identity import create_identity
from app.services import certification as ho
from app.services import demo_stages, review_points
from app.services import engagements as services
from app.services import inventory as inventory_services
from app.services import packages as package_services
from app.services import people as people_services
from app.storage.store import open_store
from tests.integration.package_fixture import snapshot

PASS = "lead-verifier-passphrase"
LEAD, REVIEWER = "王磊 Wang Lei", person_from_name("赵敏 Zhao Min")
TODAY = date.today()


@pytest.fixture
def stores(tmp_path):
    laptop = open_store(tmp_path / "laptop" / "verifield.sqlite")
    head = open_store(tmp_path / "head" / "verifield.sqlite")
    yield laptop, head
    laptop.close()
    head.close()


def _first_record(uow, engagement_id):
    source = next(s for s in inventory_services.sources_of(uow, engagement_id) if inventory_services.records_of(uow, s.id))
    return inventory_services.records_of(uow, source.id)[0]


def test_revision_two_replaces_revision_ones_rows_and_head_office_keeps_its_own(stores, tmp_path):
    laptop, head = stores
    engagement_id = demo_stages.create_demo_at(laptop.uow(), "submitted", LEAD, TODAY)
    identity = create_identity(tmp_path / "lead.p12", "王磊", "核查组长", "", "", PASS)
    trust = package_services.Trust([identity.path.with_suffix(".cer").read_bytes()])
    r1, r2 = tmp_path / "r1.vfpkg", tmp_path / "r2.vfpkg"
    package_services.make_package(laptop, engagement_id, r1, identity.path, PASS, [], LEAD)
    package_services.import_package(head, r1, [], trust)
    people_services.add_person(head.uow(), replace(REVIEWER, roles=(PersonRole.REVIEWER.value,)), "赵敏 Zhao Min")
    ho.start_review(head.uow(), engagement_id, REVIEWER.id, "赵敏 Zhao Min", TODAY)
    ho.raise_point(head.uow(), engagement_id, "What closed NC-01?", "赵敏 Zhao Min", TODAY)
    total_r1 = inventory_services.calculate(head.uow(), engagement_id).results.total

    # on the laptop: the point comes down, the lead answers it and corrects a figure; revision 2 is packaged
    review_points.take_down(laptop.uow(), review_points.returns_body(head.uow(), engagement_id), LEAD)
    [point] = review_points.returned(laptop.uow(), engagement_id).review.points
    review_points.answer(laptop.uow(), engagement_id, point.id, "the service log", LEAD, TODAY)
    record = _first_record(laptop.uow(), engagement_id)
    corrected = replace(record, quantity=record.quantity * 2)
    inventory_services.put_records(laptop.uow(), engagement_id, [corrected], [], LEAD)
    total_r2 = inventory_services.calculate(laptop.uow(), engagement_id).results.total
    assert total_r2 != total_r1
    package_services.make_package(laptop, engagement_id, r2, identity.path, PASS, [], LEAD)

    own_history = [h for h in services.engagement_history(head.uow(), engagement_id)]
    kept, new = package_services.import_package(head, r2, [], trust)
    assert new and kept.revision > 1
    assert _first_record(head.uow(), engagement_id).quantity == corrected.quantity
    assert inventory_services.calculate(head.uow(), engagement_id).results.total == pytest.approx(total_r2, rel=1e-12)
    e, _client = services.load(head.uow(), engagement_id)
    assert e.status is Stage.TECHNICAL_REVIEW and e.reviewer_id == REVIEWER.id  # head office's own columns
    review = ho.review_of(head.uow(), engagement_id)
    assert [(p.text, p.answer) for p in review.points] == [("What closed NC-01?", "the service log")]
    history = services.engagement_history(head.uow(), engagement_id)
    assert history[:len(own_history)] == own_history  # nothing of head office's history went
    added = [h.change for h in history[len(own_history):]]
    assert any(c.field == "received" and c.new.startswith(f"revision {kept.revision},") for c in added)
    assert any(c.entity == "record" and c.entity_id == record.id and c.field == "quantity"
               and float(c.old) == record.quantity and float(c.new) == corrected.quantity for c in added)
    assert services.verify_history(head.uow()) == []

    before = snapshot(head.path.parent)
    again, new = package_services.import_package(head, r1, [], trust)
    assert not new and again.revision < kept.revision
    assert snapshot(head.path.parent) == before
    assert _first_record(head.uow(), engagement_id).quantity == corrected.quantity


def test_a_revision_after_the_decision_is_refused_and_changes_nothing(stores, tmp_path):
    """Once head office has decided, the certificate rests on the figures decided: a later revision is refused, named."""
    from app.domain.certification.review import Check, Result
    from app.domain.kernel.text import DomainError

    laptop, head = stores
    engagement_id = demo_stages.create_demo_at(laptop.uow(), "submitted", LEAD, TODAY)
    identity = create_identity(tmp_path / "lead.p12", "王磊", "核查组长", "", "", PASS)
    trust = package_services.Trust([identity.path.with_suffix(".cer").read_bytes()])
    r1, r2 = tmp_path / "r1.vfpkg", tmp_path / "r2.vfpkg"
    package_services.make_package(laptop, engagement_id, r1, identity.path, PASS, [], LEAD)
    package_services.import_package(head, r1, [], trust)
    decision_maker = person_from_name("孙强 Sun Qiang")
    people_services.add_person(head.uow(), replace(REVIEWER, roles=(PersonRole.REVIEWER.value,)), "赵敏 Zhao Min")
    people_services.add_person(head.uow(), replace(decision_maker, roles=(PersonRole.DECISION_MAKER.value,)), "孙强 Sun Qiang")
    ho.start_review(head.uow(), engagement_id, REVIEWER.id, "赵敏 Zhao Min", TODAY)
    for check in Check:
        ho.record_check(head.uow(), engagement_id, check, Result.MET, "checked", "赵敏 Zhao Min")
    ho.approve_review(head.uow(), engagement_id, "赵敏 Zhao Min", TODAY)
    ho.decide(head.uow(), engagement_id, decision_maker.id, True, "", TODAY, "孙强 Sun Qiang")
    decided_total = inventory_services.calculate(head.uow(), engagement_id).results.total

    record = _first_record(laptop.uow(), engagement_id)
    inventory_services.put_records(laptop.uow(), engagement_id, [replace(record, quantity=record.quantity * 2)], [], LEAD)
    package_services.make_package(laptop, engagement_id, r2, identity.path, PASS, [], LEAD)
    before = snapshot(head.path.parent)
    with pytest.raises(DomainError) as refused:
        package_services.import_package(head, r2, [], trust)
    assert refused.value.field == "Engagement-Revision" and "has decided this engagement" in refused.value.message.en
    assert snapshot(head.path.parent) == before
    assert inventory_services.calculate(head.uow(), engagement_id).results.total == decided_total
