"""Head office with an encrypted data folder: a package imported is kept sealed in ``packages/`` (nothing of the
client readable there), and is still read back through the seal wherever head office reads it: the read-only view
(its rows, recalculation, files), the same package imported again, a newer revision, and the countersigning of the
statement and certificate it carries, kept sealed in ``issued/``."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.domain.certification.review import Check, Result
from app.domain.engagement.people import Person
from app.reports.identity import create_identity
from app.reports.signing import verify_pdf
from app.services import certification as ho
from app.services import demo_stages, issued_documents
from app.services import inventory as inventory_services
from app.services import packages as package_services
from app.services import people as people_services
from app.services.head_office import open_read_only
from app.storage import data_key, viewer_copies
from app.storage.encrypt_folder import encrypt_folder
from app.storage.sealed import is_sealed, open_kept
from app.storage.store import open_store

PASSPHRASE = "correct horse battery staple"
LEAD_PASSPHRASE = "lead-verifier-passphrase"
LEAD = "王磊 Wang Lei"
CLIENT = "常州恒运精密机械有限公司"


@pytest.fixture
def head_office(tmp_path):
    """An empty head office store in a folder encrypted by the conversion, its key active while the test runs."""
    folder = tmp_path / "head-office"
    open_store(folder / "verifield.sqlite").close()
    encrypt_folder(folder, PASSPHRASE, recovery=False)
    data_key.activate(folder, data_key.unlock(folder, PASSPHRASE))
    store = open_store(folder / "verifield.sqlite")
    yield store
    store.close()
    data_key.deactivate(folder)


def _packages(folder: Path) -> tuple[list[Path], bytes]:
    """Two revisions of the submitted demo engagement's signed package, made on a plain laptop; the lead's certificate."""
    laptop = folder / "laptop"
    laptop.mkdir(parents=True)
    identity = create_identity(folder / "lead.p12", "王磊", "核查组长", "绿源核查有限公司", "", LEAD_PASSPHRASE)
    store = open_store(laptop / "verifield.sqlite")
    try:
        engagement_id = demo_stages.create_demo_at(store.uow(), "submitted", LEAD, date.today())
        made = [package_services.make_package(store, engagement_id, folder / "r1.vfpkg", identity.path, LEAD_PASSPHRASE, [], LEAD).path]
        source = next(s for s in inventory_services.sources_of(store.uow(), engagement_id) if inventory_services.records_of(store.uow(), s.id))
        record = inventory_services.records_of(store.uow(), source.id)[0]
        inventory_services.put_records(store.uow(), engagement_id, [replace(record, quantity=record.quantity * 2)], [], LEAD)
        made.append(package_services.make_package(store, engagement_id, folder / "r2.vfpkg", identity.path, LEAD_PASSPHRASE, [], LEAD).path)
    finally:
        store.close()
    return made, identity.path.with_suffix(".cer").read_bytes()


def _readable(folder: Path) -> list[str]:
    """Files under ``folder`` a reader could make out: a zip, a PDF, or the client's name in their bytes."""
    return [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()
            and (p.read_bytes()[:4] in (b"PK\x03\x04", b"%PDF") or CLIENT.encode() in p.read_bytes())]


def test_an_encrypted_head_office_keeps_an_imported_package_sealed_and_still_reads_it(head_office, tmp_path):
    (first, second), certificate = _packages(tmp_path)
    trust = package_services.Trust([certificate])
    folder = head_office.path.parent
    kept, new = package_services.import_package(head_office, first, [], trust)
    assert new and kept.path.parent.parent == folder / package_services.PACKAGES
    assert is_sealed(kept.path) and _readable(folder) == []
    with open_kept(kept.path) as reader:
        assert reader.read() == first.read_bytes()  # the package as it came, through the seal

    view = open_read_only(kept.path)
    assert view.engagement_id == kept.engagement_id and view.differences() == []
    with zipfile.ZipFile(first) as bag:
        assert view.payload_names() == [n for n in bag.namelist() if n.startswith("data/")]
        assert "data/documents/statement.pdf" in view.payload_names()
        assert all(view.member(n) == bag.read(n) for n in view.payload_names())  # each file the view opens

    again, new = package_services.import_package(head_office, first, [], trust)
    assert not new and again == kept
    newer, new = package_services.import_package(head_office, second, [], trust)
    assert new and newer.revision > kept.revision and is_sealed(newer.path)
    assert [k.revision for k in package_services.imported(head_office)] == [kept.revision, newer.revision]
    assert open_read_only(newer.path).data["revision"] == newer.revision
    assert _readable(folder) == []


def test_an_encrypted_head_office_countersigns_from_the_sealed_package_and_keeps_the_issued_pdfs_sealed(head_office, tmp_path):
    (first, _second), certificate = _packages(tmp_path)
    kept, _new = package_services.import_package(head_office, first, [], package_services.Trust([certificate]))
    reviewer, decider = Person(name_zh="赵敏", name_en="Zhao Min", roles=("reviewer",)), Person(name_zh="孙强", name_en="Sun Qiang", roles=("decision-maker",))
    for person in (reviewer, decider):
        people_services.add_person(head_office.uow(), person, "t")
    today = date.today()
    ho.start_review(head_office.uow(), kept.engagement_id, reviewer.id, "赵敏 Zhao Min", today)
    for check in Check:
        ho.record_check(head_office.uow(), kept.engagement_id, check, Result.MET, "", "赵敏 Zhao Min")
    ho.approve_review(head_office.uow(), kept.engagement_id, "赵敏 Zhao Min", today)
    ho.decide(head_office.uow(), kept.engagement_id, decider.id, True, "", today, "孙强 Sun Qiang")
    authoriser = create_identity(tmp_path / "authoriser.p12", "刘洋", "授权签字人", "绿源核查有限公司", "", LEAD_PASSPHRASE)

    issued = issued_documents.countersign(head_office, kept.engagement_id, authoriser.path, LEAD_PASSPHRASE, "t")
    assert [i.name for i in issued] == ["statement.pdf", "certificate.pdf"]
    assert all(is_sealed(i.path) for i in issued) and _readable(head_office.path.parent) == []
    for one in issued:
        shown = issued_documents.viewable(one.path)  # the plain copy a PDF viewer is given, outside the data folder
        assert head_office.path.parent.resolve() not in shown.resolve().parents
        assert hashlib.sha256(shown.read_bytes()).hexdigest() == one.sha256
        checks = verify_pdf(shown, [certificate, authoriser.path.with_suffix(".cer").read_bytes()])
        assert [c.field for c in checks] == ["Verifier", "Authoriser"] and all(c.ok for c in checks)
    viewer_copies.forget()  # as at exit: no plain copy is left
    assert not shown.exists()
    intake = tmp_path / "intake"
    published = issued_documents.publish(head_office.path.parent, intake, kept.engagement_id)
    for one in published:  # what goes back to the laptop: the plain PDF, as its SHA-256 says
        served = intake / "returns" / kept.engagement_id / f"{one['sha256']}.pdf"
        assert hashlib.sha256(served.read_bytes()).hexdigest() == one["sha256"]
