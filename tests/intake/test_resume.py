"""Interrupted uploads resume where head office's acknowledged offset stands, and every byte is acknowledged once.

Real interruptions: the service killed with SIGKILL mid-upload and started again on the same port and folder;
the laptop's ``verifield sync`` process killed mid-upload and run again; a relay that cuts the connection every
few chunks. ``received_bytes`` counts what head office acknowledged over all PATCHes: it equals the package's size.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time

from app.services import outbox
from app.sync.http_transport import Connection, enrolment_of
from tests.intake.proxy import DroppingRelay
from tests.intake.servers import ROOT, verifield

CHUNK = 16 * 1024


def _acknowledged_once(server, item) -> None:
    (upload,) = [u for u in server.rows("uploads") if u.state != "open"]
    assert (upload.state, upload.offset, upload.received_bytes) == ("received", item.size, item.size)
    assert [p.sha256 for p in server.rows("packages")] == [item.sha256]


def test_service_killed_mid_upload_resumes_after_restart(server, queued_laptop):
    queued_laptop.enrol(server)
    item = queued_laptop.item()
    first = Connection(enrolment_of(queued_laptop.data_dir), chunk_size=CHUNK, max_chunk_size=CHUNK, rate=item.size / 3)
    killed_at = []

    def kill_half_way() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            parts = list((server.data_dir / "uploads").glob("*.part"))
            if parts and parts[0].stat().st_size >= item.size // 2:
                killed_at.append(parts[0].stat().st_size)
                server.kill()
                return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_half_way)
    killer.start()
    failed = outbox.send(queued_laptop.data_dir, item, first)
    killer.join()
    first.close()
    assert killed_at and failed.state == outbox.FAILED and failed.next_try > time.time() - 1
    assert "cannot be reached" in failed.reason["en"] and item.size // 2 - CHUNK <= failed.offset < item.size
    (open_upload,) = server.rows("uploads")
    # head office may have acknowledged one chunk more than the laptop heard of (killed before its answer went out)
    assert open_upload.state == "open" and failed.offset <= open_upload.offset <= failed.offset + CHUNK
    server.start()
    second = Connection(enrolment_of(queued_laptop.data_dir), chunk_size=CHUNK, max_chunk_size=CHUNK)
    (done,) = outbox.sync(queued_laptop.data_dir, second, wait=30, base=0.05)
    second.close()
    assert done.state == outbox.ACKNOWLEDGED and done.upload_url == failed.upload_url  # resumed, not started again
    _acknowledged_once(server, item)
    assert first.sent + second.sent <= item.size + CHUNK  # only the chunk cut short was sent twice


def test_laptop_killed_mid_upload_resumes_when_run_again(server, queued_laptop):
    queued_laptop.enrol(server)
    item = queued_laptop.item()
    record = queued_laptop.data_dir / "outbox" / f"{item.id}.json"
    syncing = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(queued_laptop.data_dir), "sync", "--chunk-kb", "16",
                                "--limit-rate", str(item.size / 4 / 1024)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while json.loads(record.read_text())["offset"] < item.size // 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(syncing.pid, signal.SIGKILL)
    syncing.wait()
    interrupted = queued_laptop.item()
    assert interrupted.state == outbox.UPLOADING and 0 < interrupted.offset < item.size
    done = verifield("sync", "--wait", "30", "--retry-after", "0.05", data_dir=queued_laptop.data_dir)
    finished = queued_laptop.item()
    assert finished.state == outbox.ACKNOWLEDGED, done.stdout
    assert finished.upload_url == interrupted.upload_url
    _acknowledged_once(server, item)


def test_a_connection_dropped_every_few_chunks_still_completes(server, queued_laptop):
    queued_laptop.enrol(server)
    item = queued_laptop.item()
    relay = DroppingRelay(server.port, limit=3 * CHUNK + 5000)
    enrolled = dataclasses.replace(enrolment_of(queued_laptop.data_dir), url=relay.url)
    connection = Connection(enrolled, chunk_size=CHUNK, max_chunk_size=CHUNK)
    try:
        (done,) = outbox.sync(queued_laptop.data_dir, connection, wait=120, base=0.02)
    finally:
        connection.close()
        relay.close()
    assert done.state == outbox.ACKNOWLEDGED
    assert relay.drops >= item.size // (3 * CHUNK + 5000) - 1
    _acknowledged_once(server, item)


def test_a_package_kept_by_a_worker_killed_before_recording_it_is_recorded_when_its_receipt_is_asked_for(server, queued_laptop):
    """The state a SIGKILL leaves between moving the package into the store and recording it (made by undoing the
    record in the service's own database): asking for the receipt verifies the kept file again and records it."""

    from app.intake import tables

    queued_laptop.enrol(server)
    verifield("sync", data_dir=queued_laptop.data_dir)
    item = queued_laptop.item()
    engine = server.engine()
    with engine.begin() as connection:
        connection.execute(tables.evidence.delete())
        connection.execute(tables.packages.delete())
        connection.execute(tables.uploads.update().values(state="open", receipt=None))
    engine.dispose()
    assert (server.data_dir / "store" / item.sha256[:2] / f"{item.sha256}.vfpkg").is_file()
    connection = Connection(enrolment_of(queued_laptop.data_dir))
    try:
        again = connection.receipt(item.upload_url)
    finally:
        connection.close()
    assert (again["status"], again["sha256"]) == ("received", item.sha256)
    _acknowledged_once(server, item)
    assert len(server.rows("evidence")) == 2


def test_chunks_start_small_and_grow_while_the_link_holds(server, queued_laptop):
    """A send starts with a small PATCH (a dropped one loses little) and doubles each acknowledged one up to the
    largest allowed (fewer requests and fsyncs on a good link); head office acknowledges every byte once. The
    PATCHes are watched as httpx sends them."""
    queued_laptop.enrol(server)
    item = queued_laptop.item()
    connection = Connection(enrolment_of(queued_laptop.data_dir), chunk_size=CHUNK, max_chunk_size=8 * CHUNK)
    bodies: list[int] = []
    connection._client.event_hooks["request"].append(
        lambda request: bodies.append(len(request.content)) if request.method == "PATCH" else None)
    (done,) = outbox.sync(queued_laptop.data_dir, connection, wait=30, base=0.05)
    connection.close()
    assert done.state == outbox.ACKNOWLEDGED and sum(bodies) == item.size
    assert item.size > 15 * CHUNK, "the package is too small to show the growth"
    assert bodies[:4] == [CHUNK, 2 * CHUNK, 4 * CHUNK, 8 * CHUNK] and max(bodies) == 8 * CHUNK
    _acknowledged_once(server, item)
