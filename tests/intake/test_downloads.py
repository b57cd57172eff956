"""What comes back on sync (issue 18 "Downloads on the same sync"): head office's review points, decision and
certificate, served by a real intake service to the laptops of the verifier who submitted the engagement, signed
with the receipt key and checked on the laptop; a tampered document is refused and nothing stored; another
verifier's laptop, or no credential, is not served."""

from __future__ import annotations

import httpx

from app.domain.certification.decision import Outcome
from app.services import downloads, review_points
from app.storage.store import open_store
from app.sync import downloads as formats
from app.sync.http_transport import Connection, enrolment_of
from tests.intake.servers import verifield
from tests.sync.returns import REVIEWER, returns


def _held(laptop):
    store = open_store(laptop.data_dir / "verifield.sqlite")
    try:
        return review_points.returned(store.uow(), laptop.engagement_id)
    finally:
        store.close()


def test_sync_fetches_the_review_points_then_the_decision_and_certificate(server, queued_laptop):
    queued_laptop.enrol(server)
    assert verifield("sync", data_dir=queued_laptop.data_dir).returncode == 0  # nothing back yet: still a success
    assert _held(queued_laptop).review is None
    formats.write(server.data_dir, returns(queued_laptop.engagement_id))
    done = verifield("sync", data_dir=queued_laptop.data_dir)
    assert "review points: 1, open 1" in done.stdout
    held = _held(queued_laptop)
    assert [p.text for p in held.review.points] == ["NC-01 的证据？ / NC-01's evidence?"]
    assert held.names[REVIEWER["id"]] == "赵敏 Zhao Min" and held.certificate is None
    formats.write(server.data_dir, returns(queued_laptop.engagement_id, approved=True))
    done = verifield("sync", data_dir=queued_laptop.data_dir)
    assert "certificate VF-CN-2026-0007 issued 2026-06-05 valid until 2029-06-04" in done.stdout
    held = _held(queued_laptop)
    assert held.decision.outcome is Outcome.APPROVED and held.certificate.number == "VF-CN-2026-0007"
    assert not held.review.open_points()
    again = verifield("sync", data_dir=queued_laptop.data_dir)  # the same document again changes nothing
    assert again.returncode == 0 and _held(queued_laptop) == held


class _Tampering(Connection):
    """The laptop's own connection, with what comes back altered on the way (a proxy rewriting the answer)."""

    def returns(self, engagement_id: str) -> str | None:
        text = super().returns(engagement_id)
        return text.replace("VF-CN-2026-0007", "VF-CN-2026-0999")


def test_a_tampered_download_is_refused_with_a_clear_message_and_nothing_is_stored(server, queued_laptop):
    queued_laptop.enrol(server)
    verifield("sync", data_dir=queued_laptop.data_dir)
    formats.write(server.data_dir, returns(queued_laptop.engagement_id, approved=True))
    store = open_store(queued_laptop.data_dir / "verifield.sqlite")
    connection = _Tampering(enrolment_of(queued_laptop.data_dir))
    try:
        (fetched,) = downloads.fetch(store.uow(), queued_laptop.data_dir, connection, "张伟 Zhang Wei")
        assert fetched.refused is not None and not fetched.changed
        assert "tampered" in fetched.refused.message.en and "篡改" in fetched.refused.message.zh
        assert review_points.returned(store.uow(), queued_laptop.engagement_id).review is None
        with store.uow() as uow:
            assert not uow.head_office.of(queued_laptop.engagement_id, "certificate")
    finally:
        connection.close()
        store.close()


def test_another_verifiers_laptop_and_no_credential_are_not_served(server, copy_laptop):
    mine, theirs = copy_laptop(0), copy_laptop(1)
    mine.enrol(server)
    theirs.enrol(server, "李娜 Li Na")
    verifield("sync", data_dir=mine.data_dir)
    verifield("sync", data_dir=theirs.data_dir)
    formats.write(server.data_dir, returns(mine.engagement_id))
    other = Connection(enrolment_of(theirs.data_dir))
    try:
        assert other.returns(mine.engagement_id) is None  # 404: not even confirmed to exist
        answer = httpx.get(server.url + f"engagements/{mine.engagement_id}/returns",
                           headers={"Authorization": f"Bearer {enrolment_of(theirs.data_dir).credential}"})
        assert answer.status_code == 404 and "nothing back" in answer.json()["detail"]["en"]
    finally:
        other.close()
    assert httpx.get(server.url + f"engagements/{mine.engagement_id}/returns").status_code == 401
    assert httpx.get(server.url + "engagements/..%2F..%2Freceipt-key/returns",
                     headers={"Authorization": f"Bearer {enrolment_of(mine.data_dir).credential}"}).status_code == 404
    assert verifield("sync", data_dir=theirs.data_dir).returncode == 0 and _held(theirs).review is None
