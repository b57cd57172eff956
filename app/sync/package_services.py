"""The audit package's use cases: make one for head office, verify one, import one (all or nothing).

Making a package reads the engagement in one unit of work, writes the bag streaming to a temporary name beside
the target (age-encrypted on the way when asked), and records in the engagement's history what was sent. Verifying
checks everything before anything is trusted: the age wrapping, every member, the signature and its signer, the
schema, the history chain. Importing keeps the verified bag under ``packages/<engagement id>/`` in the data
folder as one revision of the engagement; nothing is written before every check has passed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

from cryptography import x509

from app import __version__
from app.atomic import replacing
from app.domain import finding_services, inventory_services, services
from app.domain.calculation_report import calculation_report
from app.domain.history import Change, entry_hash
from app.domain.text import DomainError, Text, unwritable
from app.storage.evidence_files import EvidenceFiles
from app.storage.store import Store
from app.sync import bag as bags
from app.sync import encryption, package_format

PACKAGES = "packages"  # under the data folder: the imported revisions


@dataclass(frozen=True)
class Made:
    path: Path
    package_id: str
    sha256: str
    members: int


@dataclass(frozen=True)
class Verified:
    """A package whose every check passed."""

    bag: bags.Bag
    data: dict[str, Any]
    signer: x509.Certificate

    @property
    def package_id(self) -> str:
        return self.bag.info["Package-Id"]

    @property
    def revision(self) -> int:
        return int(self.data["revision"])

    @property
    def signer_name(self) -> str:
        return self.signer.subject.rfc4514_string()


def make_package(store: Store, engagement_id: str, out: Path, identity: Path, passphrase: str, encrypt_to: list[str],
                 actor: str, progress: Callable[[float, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Made:
    """Write the engagement's package to ``out``; raises :class:`bag.Cancelled` (``out`` untouched) when cancelled."""
    from app.reports.identity import read_identity

    read_identity(identity, passphrase)  # a wrong passphrase is refused before anything is made
    recipients = encryption.recipients(encrypt_to)
    evidence = EvidenceFiles(store.path.parent / "evidence")
    calculation = inventory_services.calculate(store.uow(), engagement_id)
    with store.uow() as uow:
        data = package_format.engagement_data(uow.session, engagement_id, calculation_report(calculation))
        engagement = uow.engagements.get(engagement_id)
    digests = sorted({r["data"]["sha256"] for r in data["tables"]["fieldwork_records"] if r["kind"] == "evidence"})
    sources = [evidence.path(d) for d in digests]
    missing = [d for d, p in zip(digests, sources) if not p.is_file()]
    if missing:
        raise DomainError(Text(f"证据文件 {missing[0][:12]}… 不在证据库中，无法打包；请先从备份恢复。",
                               f"The evidence file {missing[0][:12]}… is missing from the evidence store; restore it before packaging."), "evidence")
    total = max(sum(p.stat().st_size for p in sources), 1)
    package_id = str(uuid.uuid4())
    info = {
        "Source-Organization": "Verifield", "Bagging-Date": datetime.now().date().isoformat(),
        "Bag-Software-Agent": f"Verifield {__version__}", "Engagement-Code": engagement.code, "Engagement-Id": engagement_id,
        "Engagement-Revision": str(engagement.revision), "Package-Id": package_id, "Author": actor,
        "Created": datetime.now().astimezone().isoformat(timespec="seconds"), "Verifield-Version": __version__,
        "Data-Schema-Version": str(package_format.SCHEMA_VERSION),
    }
    step = (lambda done: progress(min(done / total, 1.0), "")) if progress else None
    with tempfile.TemporaryDirectory(prefix="verifield-package-") as scratch:
        documents = _documents(store, engagement_id, Path(scratch), identity, passphrase, progress, cancelled)
        try:
            with replacing(out) as target, _bag_target(hashing := _Hashing(target), recipients) as handle:
                writer = bags.BagWriter(handle, step, cancelled)
                try:
                    writer.add_bytes("engagement.json", json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode())
                    for digest, source in zip(digests, sources):
                        writer.add_file(f"evidence/{digest}", source)
                    for document in documents:
                        writer.add_file(f"documents/{document.name}", document)
                    from app.sync.signature import sign_detached

                    writer.finish(info, lambda manifest: sign_detached(manifest, identity, passphrase))
                except BaseException:
                    writer.abandon()
                    raise
        except OSError as error:
            raise unwritable(error) from None
    sha256 = hashing.digest.hexdigest()
    with store.uow() as uow:
        uow.history.append([Change(engagement_id, "package", package_id, "sent", "", f"{out.name} SHA-256 {sha256}")], actor, services.now())
        uow.commit()
    if progress:
        progress(1.0, "")
    return Made(out, package_id, sha256, 1 + len(digests) + len(documents))


class _Hashing:
    """A stream that hashes what is written on its way to ``target``, so the package's SHA-256 needs no second read.
    It cannot seek, so the zip is written straight through (each member's sizes and CRC after it)."""

    def __init__(self, target: BinaryIO):
        self._target, self.digest = target, hashlib.sha256()

    def write(self, data) -> int:
        self.digest.update(data)
        return self._target.write(data)

    def flush(self) -> None:
        self._target.flush()


@contextmanager
def _bag_target(target, recipients) -> Iterator:
    """Where the bag is written: ``target`` itself, or a pipe that age encrypts into ``target`` as the bag is written
    (so the plain bag never touches a disk)."""
    if not recipients:
        yield target
        return
    read_end, write_end = os.pipe()
    failed: list[BaseException] = []
    with open(read_end, "rb") as reader:

        def encrypt() -> None:
            try:
                encryption.encrypt(reader, target, recipients)
            except BaseException as error:  # noqa: BLE001 — handed to the writing thread below
                failed.append(error)
                reader.close()  # the writer then fails at once instead of waiting on a full pipe

        worker = threading.Thread(target=encrypt, name="package-encrypt")
        worker.start()
        try:
            with open(write_end, "wb") as writer:
                yield writer
        finally:
            worker.join()
    if failed:
        raise failed[0]


def _documents(store: Store, engagement_id: str, folder: Path, identity: Path, passphrase: str,
               progress: Callable[[float, str], None] | None, cancelled: Callable[[], bool] | None) -> list[Path]:
    """The calculation workbook, the findings report, and the statement's documents (signed) when there is one."""
    from app.reports.calculation_workbook import export_calculation_workbook
    from app.reports.findings_pdf import write_report_pdf
    from app.reports.signing import sign_pdf
    from app.reports.statement_documents import Document, print_document

    generated = datetime.now().astimezone()
    calculation = inventory_services.calculate(store.uow(), engagement_id)
    engagement, client = services.load(store.uow(), engagement_id)
    findings = finding_services.list_findings(store.uow(), engagement_id)
    def step(name: str) -> None:
        if cancelled and cancelled():
            raise bags.Cancelled
        if progress:
            progress(0.0, name)

    made = [folder / "calculation.xlsx", folder / "findings-report.pdf"]
    step(made[0].name)
    export_calculation_workbook(made[0], calculation, client, generated, findings)
    step(made[1].name)
    write_report_pdf(made[1], engagement, client, findings, calculation, "zh", generated)
    with store.uow() as uow:
        has_statement = bool(uow.statements.of(engagement_id))
    for document in Document if has_statement else ():
        step(f"{document.value}.pdf")
        unsigned, signed = folder / f"unsigned-{document.value}.pdf", folder / f"{document.value}.pdf"
        try:
            print_document(store.uow(), engagement_id, document, unsigned, generated)
        except DomainError:  # a certificate outside a carbon-neutrality engagement: there is none to send
            continue
        sign_pdf(unsigned, signed, identity, passphrase, field="Verifier", reason="")
        made.append(signed)
    return made


@contextmanager
def opened(path: Path, keys: list[Path], trust: "Trust", progress: Callable[[int], None] | None = None) -> Iterator[Verified]:
    """The package at ``path`` with every check passed (decrypted into a scratch file while the block runs)."""
    from app.sync.signature import require_trusted, signer_of

    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="verifield-verify-") as scratch:
        if encryption.is_encrypted(path):
            plain = Path(scratch) / "bag.zip"
            with open(path, "rb") as reader, open(plain, "wb") as writer:
                encryption.decrypt(reader, writer, encryption.identities(keys))
        else:
            plain = path
        bag = bags.read_bag(plain, progress)
        signer = signer_of(bag.tag_manifest, bag.signature)
        require_trusted(signer, trust.certificates, trust.fingerprints)
        try:
            data = json.loads(bag.read("data/engagement.json"))
        except (KeyError, ValueError) as error:
            raise DomainError(Text(f"data/engagement.json 无法读取：{error}", f"data/engagement.json cannot be read: {error}"), "data/engagement.json") from None
        package_format.validate(data)
        _consistent(bag, data)
        yield Verified(bag, data, signer)


def _consistent(bag: bags.Bag, data: dict[str, Any]) -> None:
    """bag-info agrees with engagement.json, every evidence file is carried, the history chain holds."""
    info = bag.info
    if info.get("Engagement-Id") != data["engagement_id"] or info.get("Engagement-Revision") != str(data["revision"]) or not info.get("Package-Id"):
        raise DomainError(Text("bag-info.txt 与 data/engagement.json 不一致。", "bag-info.txt does not agree with data/engagement.json."), "bag-info.txt")
    for name, value in (("Engagement-Id", data["engagement_id"]), ("Package-Id", info["Package-Id"])):
        if not _is_uuid(value):  # they name the folder and file the package is kept in: never a path
            raise DomainError(Text(f"bag-info.txt：{name}“{value}”不是 UUID。", f"bag-info.txt: {name} “{value}” is not a UUID."), "bag-info.txt")
    for record in data["tables"]["fieldwork_records"]:
        if record["kind"] == "evidence" and f"data/evidence/{record['data'].get('sha256')}" not in bag.payload:
            raise DomainError(Text(f"data/evidence/{record['data'].get('sha256')} 不在数据包中，但 data/engagement.json 记有此证据。",
                                   f"data/evidence/{record['data'].get('sha256')} is not in the package, though data/engagement.json records it."), "data/evidence/")
    last, head = 0, ""
    for row in data["tables"]["history"]:
        change = Change(row["engagement_id"], row["entity"], row["entity_id"], row["field"], row["old"], row["new"])
        if row["seq"] <= last or entry_hash(row["prev_hash"], datetime.fromisoformat(row["at"]), row["actor"], change) != row["hash"]:
            raise DomainError(Text(f"data/engagement.json：历史记录第 {row['seq']} 条被改动（哈希链不成立）。",
                                        f"data/engagement.json: history entry {row['seq']} was altered (the hash chain does not hold)."), "history")
        last, head = row["seq"], row["hash"]
    if head != data["history_head"]:
        raise DomainError(Text("data/engagement.json：最新的历史记录被删除或改动。", "data/engagement.json: the newest history entries were removed or altered."), "history")


def _is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower()
    except (ValueError, AttributeError, TypeError):
        return False


@dataclass(frozen=True)
class Trust:
    """Whom a package's signer may be: these certificates (DER), or a certificate with one of these SHA-256 fingerprints."""

    certificates: list[bytes]
    fingerprints: frozenset[str] = frozenset()


def trust_of(store: Store, extra: list[bytes]) -> Trust:
    """The certificates given and those in ``identities/`` beside the store (where a person's ``.cer`` is kept), and
    the SHA-256 fingerprints recorded for people in the register."""
    from app.reports.identity import identities_beside, trusted_certificates

    with store.uow() as uow:
        held = [p.identity.lower() for p in uow.people.all() if p.identity and not p.identity.lower().endswith(".cer")]
    return Trust(list(extra) + trusted_certificates(identities_beside(store.path)), frozenset(held))


@dataclass(frozen=True)
class Imported:
    """One revision of an engagement kept at head office."""

    path: Path
    engagement_id: str
    engagement_code: str
    revision: int
    package_id: str
    created: str
    author: str


def import_package(store: Store, path: Path, keys: list[Path], trust: Trust,
                   progress: Callable[[int], None] | None = None) -> tuple[Imported, bool]:
    """Keep the verified package as a revision; ``(revision, False)`` when this very package was imported before."""
    with opened(path, keys, trust, progress) as package:
        kept = imported(store)
        bag_sha = _sha256(package.bag.path)
        same_id = [k for k in kept if k.package_id == package.package_id]
        if same_id:
            if _sha256(same_id[0].path) == bag_sha:
                return same_id[0], False
            raise DomainError(Text(f"已导入过另一个包号相同（{package.package_id}）的数据包；此包被拒绝。",
                                   f"A different package with the same package id ({package.package_id}) was imported before; this one is refused."), "Package-Id")
        engagement_id = package.data["engagement_id"]
        newest = max((k.revision for k in kept if k.engagement_id == engagement_id), default=0)
        if package.revision <= newest:
            raise DomainError(Text(f"此数据包为第 {package.revision} 版，已导入第 {newest} 版；旧的或相同的版次不再导入。",
                                   f"This package is revision {package.revision}; revision {newest} is already imported, "
                                   "so an older or equal revision is not imported."), "Engagement-Revision")
        folder = store.path.parent / PACKAGES / engagement_id
        target = folder / f"{package.revision:06d}-{package.package_id}.vfpkg"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(package.bag.path, "rb") as reader, replacing(target) as writer:
                shutil.copyfileobj(reader, writer, bags.CHUNK)
        except OSError as error:
            raise unwritable(error) from None
    return _imported(target), True


def imported(store: Store) -> list[Imported]:
    """Every revision kept at head office, by engagement and revision."""
    root = store.path.parent / PACKAGES
    return sorted((_imported(p) for p in root.glob("*/*.vfpkg")), key=lambda k: (k.engagement_code, k.revision)) if root.is_dir() else []


def _imported(path: Path) -> Imported:
    import zipfile

    with zipfile.ZipFile(path) as kept:
        info = bags._info(kept.read("bag-info.txt"))
    return Imported(path, info["Engagement-Id"], info["Engagement-Code"], int(info["Engagement-Revision"]), info["Package-Id"],
                    info.get("Created", ""), info.get("Author", ""))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        while chunk := reader.read(bags.CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
