"""Over TLS the laptop pins head office's certificate at enrolment; plain HTTP is refused off loopback, both ends.

The service runs with a self-signed certificate made by ``openssl``; a service presenting another certificate
afterwards (a machine in the middle) is refused by the enrolled laptop. Receipts are checked against head office's
key: one altered after signing is not trusted.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from app.domain.kernel.text import DomainError
from app.sync import receipts
from app.services import outbox
from app.sync.http_transport import Connection, enrol, enrolment_of
from tests.intake.servers import Server, verifield


def _certificate(folder):
    cert, key = folder / "tls.pem", folder / "tls.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


def test_tls_enrolment_pins_the_certificate_and_refuses_another(tmp_path, queued_laptop):
    folder = tmp_path / "head"
    folder.mkdir()
    server = Server(folder, None, tls=_certificate(tmp_path)).start()
    try:
        queued_laptop.enrol(server)
        assert "BEGIN CERTIFICATE" in enrolment_of(queued_laptop.data_dir).server_certificate
        verifield("sync", data_dir=queued_laptop.data_dir)
        assert queued_laptop.item().state == outbox.ACKNOWLEDGED
    finally:
        server.stop()
    (tmp_path / "other").mkdir()
    impostor = Server(folder, None, tls=_certificate(tmp_path / "other"), port=server.port).start()
    try:
        outbox.retry(queued_laptop.data_dir, queued_laptop.item().id)  # acknowledged stays acknowledged
        connection = Connection(enrolment_of(queued_laptop.data_dir))
        with pytest.raises(Exception, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
            connection.held_receipt(queued_laptop.item().sha256)
        connection.close()
    finally:
        impostor.stop()


def test_plain_http_off_loopback_is_refused_by_service_and_laptop(tmp_path, queued_laptop):
    served = verifield("serve", "--host", "0.0.0.0", "--port", "1", "--data-dir", str(tmp_path / "head"), check=False)
    assert served.returncode == 2 and "TLS" in served.stderr and "回环" in served.stderr
    with pytest.raises(DomainError, match="https://"):
        enrol("http://192.0.2.1:8080/", "token", b"", "laptop", tmp_path / "x")


def test_an_altered_receipt_is_not_trusted(tmp_path):
    key = receipts.signing_key(tmp_path)
    signed = receipts.sign(key, {"status": "refused", "sha256": "ab" * 32})
    assert receipts.check(signed, receipts.public_pem(key))["status"] == "refused"
    altered = json.loads(signed)
    altered["receipt"]["status"] = "received"
    with pytest.raises(DomainError, match="not trusted"):
        receipts.check(json.dumps(altered), receipts.public_pem(key))
    (tmp_path / "other").mkdir()
    other = receipts.signing_key(tmp_path / "other")
    with pytest.raises(DomainError, match="not trusted"):
        receipts.check(signed, receipts.public_pem(other))
