"""A laptop with the demo engagement, two evidence files (a photo and a text file) and a lead verifier's identity.

Shared by the audit package tests: everything is real (an SQLite store, the evidence store, a PKCS#12 identity).
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image

from app.reports.identity import create_identity
from app.services import demo
from app.services import fieldwork as fieldwork_services
from app.services.fieldwork import Attached
from app.storage.evidence_files import EvidenceFiles
from app.storage.store import Store, open_store

PASSPHRASE = "lead-verifier-passphrase"
ACTOR = "张伟 Zhang Wei"


@dataclass
class Laptop:
    folder: Path
    store: Store
    engagement_id: str
    identity: Path
    certificate: Path
    passphrase_file: Path


def laptop(folder: Path) -> Laptop:
    data = folder / "laptop"
    data.mkdir(parents=True)
    store = open_store(data / "verifield.sqlite")
    engagement_id = demo.create_demo(store.uow(), ACTOR, date(2026, 6, 1))
    photo, note = folder / "boiler.jpg", folder / "meter-reading.txt"
    Image.effect_noise((640, 480), 60).convert("RGB").save(photo, quality=90)
    note.write_text("燃气表读数 2025-12-31: 1 234 567 m3\n" * 200, encoding="utf-8")
    stored = EvidenceFiles(data / "evidence").add_many([photo, note])
    attached = [Attached(s.sha256, p.name, s.size) for s, p in zip(stored, (photo, note))]
    fieldwork_services.attach(store.uow(), engagement_id, fieldwork_services.evidence_for(attached, ACTOR, date(2026, 3, 2)), ACTOR)
    identity = create_identity(folder / "lead.p12", "张伟", "核查组长", "绿源核查有限公司", "", PASSPHRASE)
    passphrase_file = folder / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return Laptop(data, store, engagement_id, identity.path, identity.path.with_suffix(".cer"), passphrase_file)


def snapshot(folder: Path) -> dict[str, str]:
    """What a data folder holds: each file's SHA-256, a store by its rows (its ``-wal`` and ``-shm`` change on a mere read)."""
    held = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm"))):
        if path.suffix == ".sqlite":
            with closing(sqlite3.connect(path)) as connection:
                held[str(path.relative_to(folder))] = hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
        else:
            held[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return held
