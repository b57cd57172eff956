"""``verifield demo --stage submitted`` in a separate process against a real data folder: the demo is submitted with
its findings closed and a final statement, and its package waits in the outbox with the statement and the
certificate signed by the demo lead verifier — checked with pyHanko against the identity's own certificate."""

import io
import zipfile

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from app.domain.engagement.stages import Stage
from app.domain.findings.finding import State
from app.paths import database_path
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import outbox
from app.services import statements as statement_services
from app.storage.store import open_store
from tests.integration.test_cli import verifield


def test_the_submitted_demo_waits_in_the_outbox_with_its_statement_signed(tmp_path):
    made = verifield("demo", "--stage", "submitted", data_dir=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "Signed package queued for head office" in made.stdout
    store = open_store(database_path(tmp_path))
    try:
        (summary,) = services.list_engagements(store.uow())
        assert summary.status == Stage.SUBMITTED.value
        findings = finding_services.list_findings(store.uow(), summary.id)
        assert findings and {f.state for f in findings} == {State.CLOSED}
        assert statement_services.statements(store.uow(), summary.id)[-1].final
    finally:
        store.close()
    (item,) = outbox.items(tmp_path)
    assert item.engagement_id == summary.id and item.state == outbox.QUEUED
    trusted = x509.Certificate.load((tmp_path / "identities" / "demo-lead-verifier.cer").read_bytes())
    with zipfile.ZipFile(outbox.folder(tmp_path) / item.package) as package:
        for name in ("data/documents/statement.pdf", "data/documents/certificate.pdf"):
            (signature,) = PdfFileReader(io.BytesIO(package.read(name))).embedded_signatures
            status = validate_pdf_signature(signature, ValidationContext(trust_roots=[trusted]))
            assert status.intact and status.valid and status.trusted, name
            assert "(DEMO)" in signature.signer_cert.subject.human_friendly
