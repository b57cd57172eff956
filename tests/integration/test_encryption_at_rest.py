"""Encryption at rest on a real data folder: `verifield encrypt` leaves nothing readable under the folder (no SQLite
header, no evidence plaintext, no client name), the folder opens with `--passphrase-file` or the recovery key and
refuses clearly without; a conversion that fails changes nothing, one cut short is finished by running it again."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.reports.identity import create_identity
from app.services import demo, issued_documents, outbox
from app.services import packages as package_services
from app.services import fieldwork as fieldwork_services
from app.services.fieldwork import Attached
from app.domain.kernel.text import DomainError
from app.storage import data_key, viewer_copies
from app.storage.encrypt_folder import STAGING, encrypt_folder
from app.storage.evidence_files import EvidenceFiles
from app.services.head_office import open_read_only
from app.storage.sealed import is_sealed, open_kept
from app.storage.store import open_store
from tests.integration.test_cli import verifield

PASSPHRASE = "correct horse battery staple"
LEAD_PASSPHRASE = "lead-verifier-passphrase"
CLIENT = "常州恒运精密机械有限公司"
NOTE = "燃气表读数 meter reading 1 234 567 m3\n"


def _made(folder: Path) -> tuple[Path, list[bytes]]:
    """A plain data folder: the demo, a photo and a note attached, a thumbnail made, the engagement's signed package
    submitted to the outbox and imported (as head office keeps one), the statement kept as an issued PDF (as a
    sync brings it back), a rotating backup."""
    data = folder / "data"
    store = open_store(data / "verifield.sqlite")
    engagement_id = demo.create_demo(store.uow(), "t", date(2026, 6, 1))
    photo, note = folder / "boiler.jpg", folder / "note.txt"
    Image.effect_noise((320, 240), 60).convert("RGB").save(photo, quality=90)
    note.write_text(NOTE * 100, encoding="utf-8")
    files = EvidenceFiles(data / "evidence")
    stored = files.add_many([photo, note])
    attached = [Attached(s.sha256, p.name, s.size) for s, p in zip(stored, (photo, note))]
    fieldwork_services.attach(store.uow(), engagement_id, fieldwork_services.evidence_for(attached, "t", date(2026, 3, 2)), "t")
    assert files.thumbnail(stored[0].sha256) is not None
    identity = create_identity(folder / "lead.p12", "张伟", "核查组长", "绿源核查有限公司", "", LEAD_PASSPHRASE)
    item = outbox.submit(store, engagement_id, identity.path, LEAD_PASSPHRASE, "t")
    package = data / "outbox" / item.package
    package_services.import_package(store, package, [], package_services.Trust([identity.path.with_suffix(".cer").read_bytes()]))
    with zipfile.ZipFile(package) as bag:
        issued_documents.keep(store.uow(), data, engagement_id, {"statement.pdf": bag.read("data/documents/statement.pdf")}, "t")
    store.close()
    assert verifield("backup", data_dir=data).returncode == 0
    (folder / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    photo_bytes = photo.read_bytes()
    return data, [photo_bytes[1000:1064], NOTE.encode(), CLIENT.encode(), b"SQLite format 3", b"JFIF", b"%PDF-", b"PK\x03\x04"]


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> tuple[Path, list[bytes]]:
    """Making the package takes seconds: one folder is made for the module and copied for each test."""
    folder = tmp_path_factory.mktemp("plain-laptop")
    data, secrets = _made(folder)
    return folder, secrets


@pytest.fixture
def laptop(_template, tmp_path) -> tuple[Path, list[bytes]]:
    """The plain data folder of :func:`_made`, a copy of its own in ``tmp_path/data`` (``tmp_path/pass.txt`` beside it)."""
    folder, secrets = _template
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    return tmp_path / "data", secrets


def _dump(path: Path) -> list[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def _readable(data: Path, secrets: list[bytes]) -> list[str]:
    """Every file under ``data`` holding one of ``secrets``, with the secret found: in its bytes, or in a member of
    it when it is a zip (a package: its members deflated), or in its text when it is a PDF (or a PDF in a zip)."""
    found = []
    for path in data.rglob("*"):
        if path.is_file() and path.parent.name != "logs":
            found += [f"{path.relative_to(data)}{where}: {s[:20]!r}" for where, content in _contents(path.read_bytes())
                      for s in secrets if s in content]
    return found


def _contents(content: bytes, where: str = "") -> list[tuple[str, bytes]]:
    """``content`` as it is, and what a reader could read of it: a zip's members, a PDF's text."""
    held = [(where, content)]
    if content.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            for name in archive.namelist():
                held += _contents(archive.read(name), f"{where}!{name}")
    if content.startswith(b"%PDF-"):
        from pypdf import PdfReader

        held.append((f"{where} (text)", "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages).encode()))
    return held


def test_encrypt_leaves_nothing_readable_and_opens_only_with_the_passphrase(laptop, tmp_path):
    data, secrets = laptop
    assert _readable(data, secrets)  # the check finds plain data when it is there

    done = verifield("encrypt", "--passphrase-file", str(tmp_path / "pass.txt"), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "The data folder is encrypted" in done.stdout and "Recovery key" in done.stdout
    recovery = done.stdout.split("forgotten):\n")[1].split("\n")[0]

    assert _readable(data, secrets) == []
    assert not (data / STAGING).exists() and (data / "keys.json").exists()
    assert NOTE.encode() not in (data / "keys.json").read_bytes() and PASSPHRASE.encode() not in (data / "keys.json").read_bytes()

    refused = verifield("list", data_dir=data)
    assert refused.returncode == 2 and "is encrypted and needs its passphrase" in refused.stderr and "Traceback" not in refused.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    assert "The passphrase is wrong." in verifield("--passphrase-file", str(wrong), "list", data_dir=data).stderr

    listed = verifield("--passphrase-file", str(tmp_path / "pass.txt"), "list", "--json", data_dir=data)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)[0]["client_zh"] == CLIENT
    check = verifield("--passphrase-file", str(tmp_path / "pass.txt"), "db", "check", data_dir=data)
    assert check.returncode == 0 and "history chain: intact" in check.stdout

    key = data_key.unlock_with_recovery(data, recovery)
    data_key.activate(data, key)
    try:
        files = EvidenceFiles(data / "evidence")
        digests = files.stored()
        assert all(is_sealed(files.path(d)) for d in digests) and files.verify_all() == []
        contents = {d: files.open(d).read() for d in digests}
        assert any(NOTE.encode() in c for c in contents.values())
        assert all(hashlib.sha256(c).hexdigest() == d for d, c in contents.items())
        picture = next(d for d, c in contents.items() if c.startswith(b"\xff\xd8"))
        assert files.thumbnail_data(picture).startswith(b"\xff\xd8")  # made anew, sealed
        assert is_sealed(files.thumbnail(picture))
        _packages_and_issued_read_through_the_seal(data)
    finally:
        data_key.deactivate(data)
    assert _readable(data, secrets) == []


def _packages_and_issued_read_through_the_seal(data: Path) -> None:
    """The outbox package, the imported one and the issued PDF are sealed and read back as they were made."""
    (item,) = outbox.items(data)
    package = data / "outbox" / item.package
    with open_kept(package) as reader:
        plain = reader.read()
    assert is_sealed(package) and (hashlib.sha256(plain).hexdigest(), len(plain)) == (item.sha256, item.size)
    store = open_store(data / "verifield.sqlite")
    try:
        (kept,) = package_services.imported(store)
    finally:
        store.close()
    view = open_read_only(kept.path)
    statement_pdf = view.member("data/documents/statement.pdf")
    assert is_sealed(kept.path) and view.engagement_id == item.engagement_id and statement_pdf.startswith(b"%PDF-")
    assert "data/documents/statement.pdf" in view.payload_names()
    (statement,) = issued_documents.held(data, item.engagement_id)
    assert is_sealed(statement.path) and statement.sha256 == hashlib.sha256(statement_pdf).hexdigest()
    shown = issued_documents.viewable(statement.path)  # what the PDF viewer is given: a plain copy outside the folder
    assert data.resolve() not in shown.resolve().parents and shown.read_bytes() == statement_pdf
    viewer_copies.forget()  # as at exit
    assert not shown.exists()


def test_backup_restore_and_change_of_passphrase_in_an_encrypted_folder(laptop, tmp_path):
    data, secrets = laptop
    pass_file = str(tmp_path / "pass.txt")
    assert verifield("encrypt", "--passphrase-file", pass_file, "--no-recovery-key", data_dir=data).returncode == 0
    out = tmp_path / "usb" / "monday.sqlite"
    assert verifield("--passphrase-file", pass_file, "backup", "--out", str(out), data_dir=data).returncode == 0
    assert not out.read_bytes().startswith(b"SQLite format 3") and CLIENT.encode() not in out.read_bytes()
    restored = verifield("--passphrase-file", pass_file, "restore", str(out), data_dir=data)
    assert restored.returncode == 0, restored.stderr + restored.stdout
    assert _readable(data, secrets) == []

    store_bytes = (data / "verifield.sqlite").read_bytes()
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n", encoding="utf-8")
    changed = verifield("change-passphrase", "--passphrase-file", pass_file, "--new-passphrase-file", str(new), data_dir=data)
    assert changed.returncode == 0, changed.stderr
    assert (data / "verifield.sqlite").read_bytes() == store_bytes  # nothing re-encrypted
    assert "The passphrase is wrong." in verifield("--passphrase-file", pass_file, "list", data_dir=data).stderr
    assert verifield("--passphrase-file", str(new), "list", data_dir=data).returncode == 0


def test_a_conversion_that_fails_changes_nothing(laptop, tmp_path):
    data, secrets = laptop
    files = EvidenceFiles(data / "evidence")
    damaged = files.path(files.stored()[0])
    damaged.write_bytes(damaged.read_bytes() + b"changed on disk")
    evidence = {p: p.read_bytes() for p in (data / "evidence").rglob("*") if p.is_file()}
    store = _dump(data / "verifield.sqlite")
    with pytest.raises(DomainError) as refused:
        encrypt_folder(data, PASSPHRASE)
    assert "nothing in it has been changed" in refused.value.message.en
    assert not (data / "keys.json").exists() and not (data / STAGING).exists()
    assert {p: p.read_bytes() for p in (data / "evidence").rglob("*") if p.is_file()} == evidence
    assert _dump(data / "verifield.sqlite") == store  # the WAL may have been checkpointed; the content is the same
    assert verifield("list", data_dir=data).returncode == 0


def test_a_conversion_cut_short_is_finished_by_running_it_again(laptop, tmp_path, monkeypatch):
    import os

    from app.storage import encrypt_folder as module

    data, secrets = laptop
    real, calls = os.replace, []

    def cut(source, target):
        if STAGING in Path(source).parts and STAGING not in Path(target).parts:  # a staged file put in place
            calls.append(target)
            if len(calls) == 3:  # keys.json and one file moved: the power goes
                raise KeyboardInterrupt
        real(source, target)

    monkeypatch.setattr(module.os, "replace", cut)
    with pytest.raises(KeyboardInterrupt):
        encrypt_folder(data, PASSPHRASE)
    monkeypatch.setattr(module.os, "replace", real)
    assert (data / "keys.json").exists() and (data / STAGING).exists()
    assert _readable(data, secrets)  # part plain, part encrypted
    with pytest.raises(DomainError):
        encrypt_folder(data, "the wrong passphrase")
    encrypt_folder(data, PASSPHRASE)
    assert _readable(data, secrets) == [] and not (data / STAGING).exists()
    assert verifield("--passphrase-file", str(tmp_path / "pass.txt"), "db", "check", data_dir=data).returncode == 0


def test_a_plain_backup_from_before_is_restored_into_the_encrypted_folder_encrypted(laptop, tmp_path):
    data, secrets = laptop
    plain = tmp_path / "usb" / "before.sqlite"
    assert verifield("backup", "--out", str(plain), data_dir=data).returncode == 0
    pass_file = str(tmp_path / "pass.txt")
    assert verifield("encrypt", "--passphrase-file", pass_file, data_dir=data).returncode == 0
    restored = verifield("--passphrase-file", pass_file, "restore", str(plain), data_dir=data)
    assert restored.returncode == 0, restored.stderr + restored.stdout
    assert _readable(data, secrets) == []
    assert verifield("--passphrase-file", pass_file, "db", "check", data_dir=data).returncode == 0
