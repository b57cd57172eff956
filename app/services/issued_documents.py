"""The issued documents: head office countersigns the statement and certificate the lead signed, keeps them in its
data folder, publishes them with what goes back on sync, and the laptop fetches them, checks each against the
SHA-256 head office's signed document names, and keeps them in its own data folder.

Both sides keep them as ``issued/<engagement id>/<name>.pdf`` beside the store. At head office
:func:`countersign` takes the signed PDFs of the newest revision imported (``data/documents/statement.pdf`` and
``certificate.pdf``) once the decision approved the engagement, and adds the authorised signatory's signature in
the Authoriser field (the lead's first signature stays valid); :func:`publish` copies them into the intake
service's ``returns/<engagement id>/<sha256>.pdf`` and lists them (name and SHA-256) for the signed document. On
the laptop :func:`fetched` downloads each listed PDF it does not hold yet and refuses the whole return when one
differs from its hash (nothing is stored); :func:`keep` writes them and records each in the history. In an
encrypted data folder they are kept sealed with the data key (:mod:`app.storage.sealed`), read through the seal, and
opened for the verifier from a plain copy outside the data folder (:func:`viewable`).
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from app.atomic import write_bytes
from app.domain.certification.decision import Outcome
from app.domain.kernel.history import Change
from app.domain.kernel.text import DomainError, Text, unwritable
from app.domain.statement.statement import AUTHORISER_FIELD
from app.services import packages as package_services
from app.services.engagements import now
from app.services.ports import UnitOfWork
from app.storage import viewer_copies
from app.storage.data_key import active_for
from app.storage.sealed import is_sealed, open_kept, write_content
from app.storage.store import Store
from app.sync import downloads

ISSUED = "issued"  # under a data folder
NAMES = ("statement.pdf", "certificate.pdf", "factual-findings.pdf")  # what a package's data/documents/ holds signed, in this order
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Issued:
    """One issued document kept in a data folder."""

    name: str
    sha256: str
    path: Path


def folder_of(data_dir: Path, engagement_id: str) -> Path:
    return Path(data_dir) / ISSUED / engagement_id


def held(data_dir: Path, engagement_id: str) -> list[Issued]:
    """The issued documents kept for the engagement in ``data_dir``, in :data:`NAMES` order."""
    folder = folder_of(data_dir, engagement_id)
    return [Issued(n, _sha256(_read(folder / n)), folder / n) for n in NAMES if (folder / n).is_file()]


# --- head office ---------------------------------------------------------------------------------
def countersign(store: Store, engagement_id: str, identity: Path, passphrase: str, actor: str) -> list[Issued]:
    """The authorised signatory's signature on the engagement's signed statement and certificate, kept as issued."""
    from app.reports.signing import sign_pdf

    require_approval(store, engagement_id)
    kept = [k for k in package_services.imported(store) if k.engagement_id == engagement_id]
    if not kept:
        raise DomainError(Text("总部未导入此项目的数据包，没有已签名的声明或证书。",
                               "Head office has imported no package of this engagement: there is no signed statement or certificate."), "package")
    newest = max(kept, key=lambda k: k.revision)
    folder = folder_of(store.path.parent, engagement_id)
    key = active_for(store.path.parent)
    with open_kept(newest.path) as raw, zipfile.ZipFile(raw) as bag, \
            tempfile.TemporaryDirectory(prefix="verifield-countersign-") as scratch:
        present = [n for n in NAMES if f"data/documents/{n}" in bag.namelist()]
        if not present:
            raise DomainError(Text(f"第 {newest.revision} 版数据包中没有已签名的声明或证书。",
                                   f"Revision {newest.revision}'s package holds no signed statement or certificate."), "data/documents/")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise unwritable(error) from None
        for name in present:
            source, signed = Path(scratch) / name, Path(scratch) / f"signed-{name}"
            source.write_bytes(bag.read(f"data/documents/{name}"))
            sign_pdf(source, signed, identity, passphrase, field=AUTHORISER_FIELD, reason="")
            try:
                write_content(folder / name, signed.read_bytes(), key)  # sealed in an encrypted folder
            except OSError as error:
                raise unwritable(error) from None
    issued = held(store.path.parent, engagement_id)
    _record(store.uow(), engagement_id, issued, actor)
    return issued


def require_approval(store: Store, engagement_id: str) -> None:
    """Refuse to countersign before the decision approved the engagement (asked first, before a passphrase is)."""
    with store.uow() as uow:
        approved = any(d.outcome is Outcome.APPROVED for d in uow.head_office.of(engagement_id, "decision"))
    if not approved:
        raise DomainError(Text("认证决定尚未批准此项目，不能会签签发文件。",
                               "The decision has not approved this engagement; there is nothing to countersign yet."), "decision")


def listed(data_dir: Path, engagement_id: str) -> list[dict[str, str]]:
    """What the signed document going back says of the issued documents: each name and SHA-256."""
    return [{"name": i.name, "sha256": i.sha256} for i in held(data_dir, engagement_id)]


def publish(data_dir: Path, intake_dir: Path, engagement_id: str) -> list[dict[str, str]]:
    """Copy the engagement's issued documents where the intake service serves them; what to list for them."""
    named = listed(data_dir, engagement_id)
    for one in named:
        target = downloads.document_path(intake_dir, engagement_id, one["sha256"])
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(target, _read(folder_of(data_dir, engagement_id) / one["name"]))
        except OSError as error:
            raise unwritable(error) from None
    return named


# --- the laptop ----------------------------------------------------------------------------------
def fetched(body: dict[str, Any], data_dir: Path, get: Callable[[str, str], bytes | None]) -> dict[str, bytes]:
    """Each issued document ``body`` lists and the laptop does not hold yet, fetched with ``get(engagement_id,
    sha256)`` and checked against its hash; refused, naming it, when one is missing, misnamed or differs."""
    engagement_id, have = body["engagement_id"], {i.name: i.sha256 for i in held(data_dir, body["engagement_id"])}
    wanted: dict[str, bytes] = {}
    for one in body.get("documents") or []:
        name, sha256 = one.get("name"), one.get("sha256")
        if name not in NAMES or not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            raise DomainError(Text(f"总部发回的签发文件“{name}”无效，未予保存。",
                                   f"Head office listed an issued document “{name}” that is not valid; nothing was stored."), "documents")
        if have.get(name) == sha256:
            continue
        data = get(engagement_id, sha256)
        if data is None or _sha256(data) != sha256:
            raise DomainError(Text(f"签发文件 {name} 与总部签名文件所列的 SHA-256 不符（或未能取回），未予保存。",
                                   f"The issued document {name} does not match the SHA-256 head office's signed document names "
                                   "(or could not be fetched); nothing was stored."), name)
        wanted[name] = data
    return wanted


def keep(uow: UnitOfWork, data_dir: Path, engagement_id: str, documents: dict[str, bytes], actor: str) -> None:
    """Write the fetched documents into the laptop's folder, each recorded in the engagement's history."""
    folder, key = folder_of(data_dir, engagement_id), active_for(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in documents.items():
            write_content(folder / name, data, key)  # sealed in an encrypted folder
    except OSError as error:
        raise unwritable(error) from None
    _record(uow, engagement_id, [Issued(n, _sha256(d), folder / n) for n, d in documents.items()], actor)


def _record(uow: UnitOfWork, engagement_id: str, issued: list[Issued], actor: str) -> None:
    if not issued:
        return
    with uow:
        uow.history.append([Change(engagement_id, "issued-document", i.name, "sha256", "", i.sha256) for i in issued], actor, now())
        uow.commit()


def viewable(path: Path) -> Path:
    """The issued document at ``path`` as a PDF viewer (another program) can open it: ``path`` itself when it is
    plain; when it is sealed (an encrypted data folder), a plain copy in a private folder of the system's temporary
    folder, outside the data folder, deleted when Verifield quits (the viewer may still be showing it before)."""
    path = Path(path)
    if not is_sealed(path):
        return path
    target = viewer_copies.folder() / path.name
    write_bytes(target, _read(path), private=True)
    return target


def _read(path: Path) -> bytes:
    """An issued document's content, through the seal when it is kept sealed."""
    with open_kept(path) as reader:
        return reader.read()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
