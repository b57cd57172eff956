"""A laptop enrols, sends its queued package over tus to a real intake service, and keeps head office's receipt.

Everything is real: ``verifield serve`` in its own process on 127.0.0.1 (SQLite and PostgreSQL), the package made
by the package use case, the laptop's commands run as processes. The same package again is acknowledged with the
same receipt and nothing new is stored. An encrypted laptop sends its sealed package as it was made.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time

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


def test_an_encrypted_laptop_sends_its_sealed_package_resuming_at_an_offset_and_gets_the_receipt(server, queued_laptop):
    """The outbox package, sealed by `verifield encrypt`, goes to head office as it was made (the SHA-256 the outbox
    recorded): sent through the seal, stopped part-way (the sync process killed) and resumed from head office's offset."""
    from app.storage import data_key
    from app.storage.sealed import is_sealed, open_kept
    from tests.intake.servers import ROOT

    item = queued_laptop.item()
    package = queued_laptop.data_dir / "outbox" / item.package
    plain = package.read_bytes()
    folder_pass = queued_laptop.data_dir.parent / "folder-pass.txt"
    folder_pass.write_text("correct horse battery staple\n", encoding="utf-8")
    verifield("encrypt", "--passphrase-file", str(folder_pass), "--no-recovery-key", data_dir=queued_laptop.data_dir)
    assert is_sealed(package) and package.read_bytes() != plain and b"PK\x03\x04" not in package.read_bytes()
    assert queued_laptop.item() == item  # the SHA-256 and size recorded stay the plain package's
    queued_laptop.enrol(server)
    locked = verifield("sync", "--retry-after", "0.05", data_dir=queued_laptop.data_dir, check=False)  # no passphrase given
    assert locked.returncode != 0 and "Traceback" not in locked.stderr, locked.stderr
    assert queued_laptop.item().state == outbox.FAILED and "kept encrypted" in queued_laptop.item().reason["en"]
    assert server.rows("packages") == []  # the sealed bytes were not sent as if they were the package
    record = queued_laptop.data_dir / "outbox" / f"{item.id}.json"
    syncing = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(queued_laptop.data_dir), "--passphrase-file", str(folder_pass),
                                "sync", "--chunk-kb", "16", "--limit-rate", str(item.size / 4 / 1024)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while json.loads(record.read_text())["offset"] < item.size // 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(syncing.pid, signal.SIGKILL)
    syncing.wait()
    interrupted = queued_laptop.item()
    assert interrupted.state == outbox.UPLOADING and 0 < interrupted.offset < item.size
    done = verifield("--passphrase-file", str(folder_pass), "sync", "--wait", "30", "--retry-after", "0.05", data_dir=queued_laptop.data_dir)
    finished = queued_laptop.item()
    assert finished.state == outbox.ACKNOWLEDGED and finished.upload_url == interrupted.upload_url, done.stdout
    body = receipts.check(finished.receipt, enrolment_of(queued_laptop.data_dir).receipt_key)
    assert (body["status"], body["sha256"], body["size"]) == ("received", hashlib.sha256(plain).hexdigest(), len(plain))
    kept = server.data_dir / "store" / body["sha256"][:2] / f"{body['sha256']}.vfpkg"
    assert kept.read_bytes() == plain
    (upload,) = server.rows("uploads")
    assert (upload.state, upload.offset, upload.received_bytes) == ("received", len(plain), len(plain))  # each byte once
    data_key.activate(queued_laptop.data_dir, data_key.unlock(queued_laptop.data_dir, "correct horse battery staple"))
    try:
        with open_kept(package) as reader:
            assert reader.read() == plain and is_sealed(package)  # still sealed in the outbox
    finally:
        data_key.deactivate(queued_laptop.data_dir)
