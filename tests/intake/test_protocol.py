"""The tus 1.0 protocol as any tus client sees it, spoken raw with httpx: discovery (OPTIONS), the answers to a
wrong version, a wrong content type, a wrong offset, a chunk failing its checksum (discarded, nothing
acknowledged), a body past Upload-Length; HEAD for the offset; and the intake schema at its migration head."""

from __future__ import annotations

import base64
import hashlib

import httpx
import pytest

from app.intake import db
from app.sync.http_transport import Connection, enrolment_of


@pytest.fixture
def upload(server, queued_laptop):
    queued_laptop.enrol(server)
    enrolled = enrolment_of(queued_laptop.data_dir)
    connection = Connection(enrolled)
    url = connection.create(1000, {"engagement_id": queued_laptop.engagement_id, "filename": "x.vfpkg"})
    connection.close()
    with httpx.Client(headers={"Authorization": f"Bearer {enrolled.credential}"}, timeout=30) as client:
        yield client, url


def _patch(client, url, body: bytes, offset: int = 0, checksum: bytes | None = None, **headers) -> httpx.Response:
    sent = {"Tus-Resumable": "1.0.0", "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream",
            "Upload-Checksum": "sha256 " + base64.b64encode(checksum or hashlib.sha256(body).digest()).decode(), **headers}
    return client.patch(url, content=body, headers=sent)


def _offset(client, url) -> int:
    answer = client.head(url, headers={"Tus-Resumable": "1.0.0"})
    assert answer.status_code == 200 and answer.headers["Upload-Length"] == "1000" and answer.headers["Tus-Resumable"] == "1.0.0"
    return int(answer.headers["Upload-Offset"])


def test_discovery_and_every_refusal_leave_the_offset_where_it_was(server, upload):
    client, url = upload
    found = client.options(server.url + "files/")
    assert found.status_code == 204 and found.headers["Tus-Version"] == "1.0.0"
    assert set(found.headers["Tus-Extension"].split(",")) == {"creation", "termination", "checksum"}
    assert "sha256" in found.headers["Tus-Checksum-Algorithm"].split(",")
    assert _patch(client, url, b"a" * 100, **{"Tus-Resumable": "0.2.2"}).status_code == 412
    refused = _patch(client, url, b"a" * 100, **{"Content-Type": "application/octet-stream"})
    assert refused.status_code == 415 and refused.headers["Tus-Resumable"] == "1.0.0"  # a refusal speaks tus too
    assert _patch(client, url, b"a" * 100, checksum=hashlib.sha256(b"other").digest()).status_code == 460
    assert _offset(client, url) == 0  # the chunk that failed its checksum was discarded
    assert _patch(client, url, b"a" * 100).status_code == 204 and _offset(client, url) == 100
    wrong = _patch(client, url, b"b" * 100, offset=0)
    assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == "100"
    assert _patch(client, url, b"c" * 1000, offset=100).status_code == 400  # past Upload-Length
    assert _offset(client, url) == 100
    (row,) = server.rows("uploads")
    assert (row.offset, row.received_bytes) == (100, 100)
    assert (server.data_dir / "uploads" / f"{row.id}.part").stat().st_size == 100  # the bytes refused were cut off again
    stranger = httpx.head(url, headers={"Tus-Resumable": "1.0.0", "Authorization": "Bearer someone-else"})
    assert stranger.status_code == 401


def test_termination_removes_the_upload(server, upload):
    client, url = upload
    assert client.delete(url, headers={"Tus-Resumable": "1.0.0"}).status_code == 204
    assert client.head(url, headers={"Tus-Resumable": "1.0.0"}).status_code == 404
    assert not server.rows("uploads") and not list((server.data_dir / "uploads").iterdir())


def test_the_intake_schema_is_at_its_migration_head(server):
    engine = server.engine()
    try:
        assert db.revision(engine) == db.HEAD
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(db._HERE))
        assert ScriptDirectory.from_config(config).get_current_head() == db.HEAD
    finally:
        engine.dispose()
