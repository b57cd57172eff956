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
import zipfile
from datetime import date

import pyrage
import pytest

from app.services import fieldwork as fieldwork_services
from app.storage.evidence_files import EvidenceFiles
from app.services import packages as package_services
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
    with package_services.opened(out, [key_file], trust) as package, zipfile.ZipFile(package.bag.path) as bag:
        for source in sources:
            body = source.read_bytes()
            assert bag.read(f"data/evidence/{hashlib.sha256(body).hexdigest()}") == body
