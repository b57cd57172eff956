"""A laptop enrols, sends its queued package over tus to a real intake service, and keeps head office's receipt.

Everything is real: ``verifield serve`` in its own process on 127.0.0.1 (SQLite and PostgreSQL), the package made
by the package use case, the laptop's commands run as processes. The same package again is acknowledged with the
same receipt and nothing new is stored.
"""

from __future__ import annotations

import hashlib
import json

from app.sync import receipts
from app.services import outbox
from app.sync.http_transport import Connection, enrolment_of
from tests.intake.servers import verifield


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_queued_package_is_sent_verified_kept_and_acknowledged(server, queued_laptop):
    queued_laptop.enrol(server)
    done = verifield("sync", data_dir=queued_laptop.data_dir)
    item = queued_laptop.item()
    assert item.state == outbox.ACKNOWLEDGED, done.stdout
    package = queued_laptop.data_dir / "outbox" / item.package
    body = receipts.check(item.receipt, enrolment_of(queued_laptop.data_dir).receipt_key)
    assert (body["status"], body["sha256"], body["size"]) == ("received", _sha256(package), package.stat().st_size)
    assert body["engagement_id"] == queued_laptop.engagement_id and body["verifier"] == "张伟 Zhang Wei"
    kept = server.data_dir / "store" / body["sha256"][:2] / f"{body['sha256']}.vfpkg"
    assert _sha256(kept) == body["sha256"]
    (upload,) = server.rows("uploads")
    assert (upload.state, upload.offset, upload.received_bytes) == ("received", package.stat().st_size, package.stat().st_size)
    assert [p.sha256 for p in server.rows("packages")] == [body["sha256"]]
    assert not list((server.data_dir / "uploads").iterdir())  # nothing left half-way
    listed = json.loads(verifield("outbox", "--json", data_dir=queued_laptop.data_dir).stdout)
    assert [(i["state"], i["percent"]) for i in listed] == [("acknowledged", 100.0)]
    inbox = json.loads(verifield("inbox", "--json", "--data-dir", str(server.data_dir), *server.database_arguments()).stdout)
    assert [(r["sha256"], r["verifier"], r["engagement_id"]) for r in inbox] == [(body["sha256"], "张伟 Zhang Wei", queued_laptop.engagement_id)]


def test_the_same_package_again_gets_the_same_receipt_and_stores_nothing_new(server, queued_laptop):
    queued_laptop.enrol(server)
    verifield("sync", data_dir=queued_laptop.data_dir)
    first = queued_laptop.item()
    connection = Connection(enrolment_of(queued_laptop.data_dir))
    try:
        assert connection.held_receipt(first.sha256)["text"] == first.receipt  # asked before sending: nothing sent
        again = connection.create(first.size, {"engagement_id": first.engagement_id, "filename": "again.vfpkg"})
        replayed = connection.upload(queued_laptop.data_dir / "outbox" / first.package, again)  # sent in full regardless
    finally:
        connection.close()
    assert replayed["text"] == first.receipt
    assert len(server.rows("packages")) == 1 and len(list((server.data_dir / "store").rglob("*.vfpkg"))) == 1
    assert not list((server.data_dir / "uploads").iterdir())
