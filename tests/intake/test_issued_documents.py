"""The issued documents on the way back (issue 19: "the issued documents and the decision go back to the laptop on
sync"): head office publishes a countersigned PDF with its returns, the signed document naming its SHA-256; a real
intake service serves it to the laptop of the engagement's verifier only; a copy that differs from its hash is
refused with nothing stored (neither the PDF nor the decision), and the right one is kept in the laptop's folder."""

from __future__ import annotations

import hashlib

import httpx

from app.services import issued_documents, review_points
from app.storage.store import open_store
from app.sync import downloads as formats
from app.sync.http_transport import enrolment_of
from tests.intake.servers import verifield
from tests.sync.returns import returns


def _certificate_back(laptop):
    store = open_store(laptop.data_dir / "verifield.sqlite")
    try:
        return review_points.returned(store.uow(), laptop.engagement_id).certificate
    finally:
        store.close()


def test_a_countersigned_pdf_travels_back_checked_against_its_hash(server, copy_laptop, tmp_path):
    mine, theirs = copy_laptop(0), copy_laptop(1)
    mine.enrol(server)
    theirs.enrol(server, "李娜 Li Na")
    for one in (mine, theirs):
        verifield("sync", data_dir=one.data_dir)
    head_office = tmp_path / "head-office"
    issued = issued_documents.folder_of(head_office, mine.engagement_id)
    issued.mkdir(parents=True)
    pdf = b"%PDF-1.7\n% countersigned certificate\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
    (issued / "certificate.pdf").write_bytes(pdf)
    body = returns(mine.engagement_id, approved=True)
    body["documents"] = issued_documents.publish(head_office, server.data_dir, mine.engagement_id)
    sha256 = hashlib.sha256(pdf).hexdigest()
    assert body["documents"] == [{"name": "certificate.pdf", "sha256": sha256}]
    formats.write(server.data_dir, body)

    served = formats.document_path(server.data_dir, mine.engagement_id, sha256)
    served.write_bytes(pdf[:-3] + b"XX\n")  # altered at the service after it was published
    refused = verifield("sync", data_dir=mine.data_dir, check=False)
    assert refused.returncode == 1 and "does not match the SHA-256" in refused.stderr and "certificate.pdf" in refused.stderr
    assert not issued_documents.folder_of(mine.data_dir, mine.engagement_id).exists() and _certificate_back(mine) is None

    served.write_bytes(pdf)
    done = verifield("sync", data_dir=mine.data_dir)
    assert "issued documents: certificate.pdf" in done.stdout
    (kept,) = issued_documents.held(mine.data_dir, mine.engagement_id)
    assert kept.path.read_bytes() == pdf and _certificate_back(mine).number == "VF-CN-2026-0007"

    url = server.url + f"engagements/{mine.engagement_id}/documents/{sha256}"
    theirs_asking = {"Authorization": f"Bearer {enrolment_of(theirs.data_dir).credential}"}
    assert httpx.get(url, headers=theirs_asking).status_code == 404  # not their engagement
    assert httpx.get(url).status_code == 401
    assert httpx.get(server.url + f"engagements/{mine.engagement_id}/documents/..%2F..%2Freceipt-key",
                     headers={"Authorization": f"Bearer {enrolment_of(mine.data_dir).credential}"}).status_code == 404
