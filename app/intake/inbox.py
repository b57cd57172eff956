"""Head office's Inbox: every package received — by the intake service (verified, or refused with its reason) and
imported from a folder — one entry each, with what the Inbox page and ``verifield inbox`` show.

The intake service's side is read from its database (SQLite in its data folder, or PostgreSQL by URL) and its
content-addressed ``store/``; the imported side from head office's store (:func:`app.services.packages.imported`).
A package kept encrypted is decrypted with the age keys in the data folder's ``keys/`` into a scratch file before
it is opened read-only (:func:`readable`).
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.domain.kernel.text import DomainError, Text
from app.intake import tables
from app.intake.db import DATABASE, database_url, engine_for, migrate
from app.intake.receiving import KEYS, STORE
from app.services import packages as package_services
from app.sync import encryption, package_format

RECEIVED, REFUSED = "received", "refused"
INTAKE, IMPORTED = "intake", "imported"


@dataclass(frozen=True)
class Entry:
    """One package in the Inbox."""

    source: str  # INTAKE or IMPORTED
    engagement_id: str
    engagement_code: str
    client: str
    revision: int | None  # None: refused before its revision could be read
    received_at: str
    signer: str  # the signing certificate's common name
    sender: str  # the enrolled verifier who uploaded it (intake), or the package's author (imported)
    state: str  # RECEIVED or REFUSED
    reason: dict = field(default_factory=dict)  # {"zh": …, "en": …} of a refusal
    path: Path | None = None  # the kept package (None when refused: nothing is kept)
    keys: tuple[Path, ...] = ()  # age keys that open it when it is kept encrypted


def common_name(subject: str) -> str:
    """The CN of an RFC 4514 subject (``CN=张伟,O=…`` → ``张伟``), or the subject itself."""
    for part in subject.split(","):
        key, _, value = part.partition("=")
        if key.strip().upper() == "CN":
            return value.strip()
    return subject


def intake_engine(data_dir: Path, url: str | None) -> Engine:
    """The intake service's database in ``data_dir`` (or at ``url``), at the newest schema; refused when there is none."""
    data_dir = Path(data_dir)
    if not (data_dir / STORE).is_dir() or (not url and not (data_dir / DATABASE).is_file()):
        raise DomainError(Text(f"{data_dir} 不是总部接收服务的数据文件夹（无 {DATABASE} 或 {STORE}/）。",
                               f"{data_dir} is not an intake service's data folder (no {DATABASE} or {STORE}/ in it)."), "intake_folder")
    engine = engine_for(database_url(data_dir, url))
    try:
        migrate(engine)
    except Exception as error:  # noqa: BLE001 — an unreachable PostgreSQL, a damaged file: said, nothing read
        engine.dispose()
        raise DomainError(Text(f"无法打开接收服务的数据库：{error}", f"The intake service's database cannot be opened: {error}"),
                          "intake_database") from None
    return engine


def received_at_intake(data_dir: Path, engine: Engine) -> list[Entry]:
    """What the intake service in ``data_dir`` received: each package kept, and each upload it refused."""
    data_dir = Path(data_dir)
    keys = tuple(sorted(p for p in (data_dir / KEYS).glob("*") if p.is_file()))
    with engine.connect() as connection:
        kept = list(connection.execute(sa.select(tables.packages)))
        refused = list(connection.execute(sa.select(tables.uploads).where(tables.uploads.c.state == REFUSED)))
    found = []
    for row in kept:
        path = data_dir / STORE / row.sha256[:2] / f"{row.sha256}.vfpkg"
        client = row.client if row.client is not None else _client_in(path)
        found.append(Entry(INTAKE, row.engagement_id, row.engagement_code or "", client, row.revision, row.received_at,
                           common_name(row.signer or ""), row.verifier, RECEIVED, {}, path, keys))
    for row in refused:
        body = json.loads(row.receipt)["receipt"] if row.receipt else {}
        reason = dict(body.get("reason") or {})
        if body.get("member"):
            reason = {"zh": f"{reason.get('zh', '')}（{body['member']}）", "en": f"{reason.get('en', '')} ({body['member']})"}
        found.append(Entry(INTAKE, row.engagement_id, "", "", None, body.get("at", row.created_at), "", body.get("verifier", ""),
                           REFUSED, reason))
    return found


def imported_at_head_office(store) -> list[Entry]:
    """The packages imported into head office's store from a folder (every one verified as it was imported)."""
    return [Entry(IMPORTED, k.engagement_id, k.engagement_code, _client_in(k.path), k.revision, k.imported_at or k.created,
                  common_name(k.signer), k.author, RECEIVED, {}, k.path) for k in package_services.imported(store)]


def entries(store, data_dir: Path | None, engine: Engine | None) -> list[Entry]:
    """The whole Inbox, newest first: the intake service's (when its data folder is given) and the imported."""
    found = imported_at_head_office(store) + (received_at_intake(data_dir, engine) if data_dir and engine else [])
    return sorted(found, key=lambda e: e.received_at, reverse=True)


def readable(entry: Entry, scratch: Path) -> Path:
    """A plain copy of the entry's package to open read-only: the kept file itself, or decrypted into ``scratch``."""
    if entry.path is None:
        raise ValueError("a refused package is not kept")
    if not encryption.is_encrypted(entry.path):
        return entry.path
    plain = Path(scratch) / f"{entry.path.stem}.zip"
    encryption.decrypt(entry.path, plain, encryption.identities(list(entry.keys)))
    return plain


def _client_in(path: Path) -> str:
    """The client named in a kept plain package (an encrypted one shows nothing without its key: empty)."""
    try:
        if encryption.is_encrypted(path):
            return ""
        with zipfile.ZipFile(path) as kept:
            return package_services.client_of(package_format.upgraded(json.loads(kept.read("data/engagement.json"))))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return ""


def scratch_folder() -> Path:
    """A new scratch folder for a decrypted copy (the read-only view keeps it while open)."""
    return Path(tempfile.mkdtemp(prefix="verifield-inbox-"))
