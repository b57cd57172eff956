"""Encryption at rest on a real data folder: `verifield encrypt` leaves nothing readable under the folder (no SQLite
header, no evidence plaintext, no client name), the folder opens with `--passphrase-file` or the recovery key and
refuses clearly without; a conversion that fails changes nothing, one cut short is finished by running it again."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.services import demo
from app.services import fieldwork as fieldwork_services
from app.services.fieldwork import Attached
from app.domain.kernel.text import DomainError
from app.storage import data_key
from app.storage.encrypt_folder import STAGING, encrypt_folder
from app.storage.evidence_files import EvidenceFiles
from app.storage.sealed import is_sealed
from app.storage.store import open_store
from tests.integration.test_cli import verifield

PASSPHRASE = "correct horse battery staple"
CLIENT = "常州恒运精密机械有限公司"
NOTE = "燃气表读数 meter reading 1 234 567 m3\n"


def _laptop(folder: Path) -> tuple[Path, list[bytes]]:
    """A plain data folder: the demo, a photo and a note attached, a thumbnail made, a rotating backup."""
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
    store.close()
    assert verifield("backup", data_dir=data).returncode == 0
    (folder / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    photo_bytes = photo.read_bytes()
    return data, [photo_bytes[1000:1064], NOTE.encode(), CLIENT.encode(), b"SQLite format 3", b"JFIF"]


def _dump(path: Path) -> list[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def _readable(data: Path, secrets: list[bytes]) -> list[str]:
    """Every file under ``data`` holding one of ``secrets``, with the secret found."""
    found = []
    for path in data.rglob("*"):
        if path.is_file() and path.parent.name != "logs":
            content = path.read_bytes()
            found += [f"{path.relative_to(data)}: {s[:20]!r}" for s in secrets if s in content]
    return found


def test_encrypt_leaves_nothing_readable_and_opens_only_with_the_passphrase(tmp_path):
    data, secrets = _laptop(tmp_path)
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
    finally:
        data_key.deactivate(data)
    assert _readable(data, secrets) == []


def test_backup_restore_and_change_of_passphrase_in_an_encrypted_folder(tmp_path):
    data, secrets = _laptop(tmp_path)
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


def test_a_conversion_that_fails_changes_nothing(tmp_path):
    data, secrets = _laptop(tmp_path)
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


def test_a_conversion_cut_short_is_finished_by_running_it_again(tmp_path, monkeypatch):
    import os

    from app.storage import encrypt_folder as module

    data, secrets = _laptop(tmp_path)
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


def test_a_plain_backup_from_before_is_restored_into_the_encrypted_folder_encrypted(tmp_path):
    data, secrets = _laptop(tmp_path)
    plain = tmp_path / "usb" / "before.sqlite"
    assert verifield("backup", "--out", str(plain), data_dir=data).returncode == 0
    pass_file = str(tmp_path / "pass.txt")
    assert verifield("encrypt", "--passphrase-file", pass_file, data_dir=data).returncode == 0
    restored = verifield("--passphrase-file", pass_file, "restore", str(plain), data_dir=data)
    assert restored.returncode == 0, restored.stderr + restored.stdout
    assert _readable(data, secrets) == []
    assert verifield("--passphrase-file", pass_file, "db", "check", data_dir=data).returncode == 0
