"""Two laptops (two data folders, two engagements, two verifiers) sync at once to one head office running two
uvicorn workers: every upload is acknowledged once, nothing is lost, nothing is kept twice."""

from __future__ import annotations

import subprocess
import sys

from app.services import outbox
from tests.intake.servers import ROOT


def test_two_laptops_sync_at_once_to_two_workers(start_server, copy_laptop):
    server = start_server(workers=2)
    laptops = [copy_laptop(0), copy_laptop(1)]
    assert laptops[0].engagement_id != laptops[1].engagement_id
    for laptop, verifier in zip(laptops, ("张伟 Zhang Wei", "李娜 Li Na")):
        laptop.enrol(server, verifier)
    runs = [subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(laptop.data_dir), "sync", "--chunk-kb", "8",
                              "--wait", "60", "--retry-after", "0.05"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for laptop in laptops]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    items = [laptop.item() for laptop in laptops]
    assert [i.state for i in items] == [outbox.ACKNOWLEDGED] * 2
    uploads = sorted(server.rows("uploads"), key=lambda u: u.engagement_id)
    by_engagement = sorted(items, key=lambda i: i.engagement_id)
    assert [(u.state, u.offset, u.received_bytes) for u in uploads] == [("received", i.size, i.size) for i in by_engagement]
    held = server.rows("packages")
    assert sorted((p.sha256, p.verifier) for p in held) == sorted(
        (i.sha256, v) for i, v in zip(items, ("张伟 Zhang Wei", "李娜 Li Na")))
    assert len(list((server.data_dir / "store").rglob("*.vfpkg"))) == 2


def test_the_same_chunk_sent_twice_at_once_is_acknowledged_once(start_server, queued_laptop):
    import base64
    import hashlib
    import threading

    import httpx

    from app.sync.http_transport import Connection, enrolment_of

    server = start_server(workers=2)
    queued_laptop.enrol(server)
    item = queued_laptop.item()
    connection = Connection(enrolment_of(queued_laptop.data_dir))
    url = connection.create(item.size, {"engagement_id": item.engagement_id})
    connection.close()
    chunk = (queued_laptop.data_dir / "outbox" / item.package).read_bytes()[: item.size // 2]
    headers = {"Authorization": f"Bearer {enrolment_of(queued_laptop.data_dir).credential}", "Tus-Resumable": "1.0.0",
               "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream",
               "Upload-Checksum": "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode()}
    answers: list[int] = []
    start = threading.Barrier(4)

    def patch() -> None:
        with httpx.Client(timeout=60) as client:  # a connection each: the two workers share them out
            start.wait()
            answers.append(client.patch(url, content=chunk, headers=headers).status_code)

    threads = [threading.Thread(target=patch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers.count(204) == 1 and answers.count(409) + answers.count(423) == 3, answers
    (upload,) = server.rows("uploads")
    assert upload.offset == upload.received_bytes == len(chunk)
