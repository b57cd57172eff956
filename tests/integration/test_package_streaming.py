"""The package written fast is still the package: evidence of many blocks arrives byte for byte, and the SHA-256 the
history records (taken in a thread while the file is written) is the file's, plain and age-encrypted.

The bag writer fills two buffers in turn while another thread hashes the one written before, and reads stored
members straight from the file at verification; files of several megabytes with different bytes in every block
would show a buffer refilled too early (a manifest, CRC or file hash that does not match), and a stored member's
own bytes are compared with the source.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from datetime import date

import pyrage
import pytest

from app.domain.kernel.text import DomainError
from app.services import fieldwork as fieldwork_services
from app.storage.evidence_files import EvidenceFiles
from app.services import packages as package_services
from app.storage.store import open_store
from app.sync.bag import CHUNK
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop


@pytest.fixture(scope="module")
def machine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("streaming")
    made = laptop(folder)
    sources = []
    for number, size in enumerate((5 * CHUNK + 123, 3 * CHUNK, CHUNK - 1)):
        path = folder / f"scan-{number}.{'jpg' if number % 2 else 'bin'}"  # stored, and one deflated
        path.write_bytes(os.urandom(size))
        sources.append(path)
    stored = EvidenceFiles(made.folder / "evidence").add_many(sources)
    attached = [fieldwork_services.Attached(s.sha256, p.name, s.size) for s, p in zip(stored, sources)]
    fieldwork_services.attach(made.store.uow(), made.engagement_id, fieldwork_services.evidence_for(attached, ACTOR, date(2026, 3, 2)), ACTOR)
    key = pyrage.x25519.Identity.generate()
    (folder / "head.key").write_text(f"{key}\n", encoding="utf-8")
    yield made, sources, folder / "head.key", str(key.to_public())
    made.store.close()


@pytest.mark.parametrize("encrypted", [False, True])
def test_the_recorded_sha256_is_the_files_and_every_block_arrives(machine, tmp_path, encrypted):
    laptop_, sources, key_file, recipient = machine
    out = tmp_path / "big.vfpkg"
    made = package_services.make_package(laptop_.store, laptop_.engagement_id, out, laptop_.identity, PASSPHRASE,
                                         [recipient] if encrypted else [], ACTOR)
    assert made.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    with laptop_.store.uow() as uow:
        sent = [e.change.new for e in uow.history.for_engagement(laptop_.engagement_id) if e.change.field == "sent"]
    assert sent[-1].endswith(f"SHA-256 {made.sha256}")
    trust = package_services.Trust([laptop_.certificate.read_bytes()])
    with package_services.opened(out, [key_file], trust) as package, package.bag.open_file() as handle, zipfile.ZipFile(handle) as bag:
        for source in sources:
            body = source.read_bytes()
            assert bag.read(f"data/evidence/{hashlib.sha256(body).hexdigest()}") == body


def _damaged_copy(machine, tmp_path, damage):
    """The machine's laptop store copied into ``tmp_path`` with its evidence, one file of which ``damage`` changes."""
    laptop_, sources, _key, _recipient = machine
    laptop_.store.sync()
    folder = tmp_path / "laptop"
    shutil.copytree(laptop_.folder, folder)
    store = open_store(folder / "verifield.sqlite")
    digest = hashlib.sha256(sources[0].read_bytes()).hexdigest()
    path = EvidenceFiles(folder / "evidence").path(digest)
    path.chmod(0o644)
    body = bytearray(path.read_bytes())
    damage(path, body)
    return laptop_, store, digest


def test_a_truncated_evidence_file_is_refused_when_packaged_and_nothing_is_written(machine, tmp_path):
    """The bag takes an evidence file's SHA-256 from its name, checked when it was stored; what it still checks as it
    copies is the size recorded with it, so a file cut short is named before any package exists."""
    laptop_, store, digest = _damaged_copy(machine, tmp_path, lambda path, body: path.write_bytes(body[:-1000]))
    out = tmp_path / "out.vfpkg"
    try:
        with pytest.raises(DomainError) as refused:
            package_services.make_package(store, laptop_.engagement_id, out, laptop_.identity, PASSPHRASE, [], ACTOR)
    finally:
        store.close()
    assert f"The evidence file {digest[:12]}… is damaged" in refused.value.message.en
    assert "已损坏" in refused.value.message.zh
    assert not out.exists() and not list(tmp_path.glob(".out.vfpkg*"))


def test_an_evidence_file_changed_in_place_is_packaged_as_named_and_refused_at_import(machine, tmp_path):
    """A byte changed on the laptop's disk (same size) goes out under its name's digest; head office hashes every
    member and refuses the package, naming that file."""
    def flip(path, body):
        body[len(body) // 2] ^= 0xFF
        path.write_bytes(bytes(body))

    laptop_, store, digest = _damaged_copy(machine, tmp_path, flip)
    out = tmp_path / "out.vfpkg"
    try:
        package_services.make_package(store, laptop_.engagement_id, out, laptop_.identity, PASSPHRASE, [], ACTOR)
    finally:
        store.close()
    trust = package_services.Trust([laptop_.certificate.read_bytes()])
    with pytest.raises(DomainError) as refused:
        with package_services.opened(out, [], trust):
            pass
    assert f"data/evidence/{digest}" in refused.value.message.en
