"""The audit package's use cases: make one for head office, verify one, import one (all or nothing).

Making a package seals its revision (:mod:`.package_revision`) and reads the engagement in that unit of work,
writes the bag streaming to a temporary name beside the target (age-encrypted on the way when asked), the
documents printed meanwhile in a thread, and records in the engagement's history what was sent. Verifying
checks everything before anything is trusted: the age wrapping, every member, the signature and its signer, the
schema, the history chain. Importing keeps the verified bag under ``packages/<engagement id>/`` in the data
folder as one revision of the engagement (sealed with the data key when the folder is encrypted at rest, read back
through the seal: :func:`app.storage.sealed.open_kept`), recorded as a row of ``imported_packages`` in the store; the first
revision of an engagement the store does not hold also makes it the store's (its rows, as the package carries them:
head office reviews and decides on it), and each newer revision replaces those rows with its own (the lead's
answers and changes since; head office's stage, reviewer and decision, its records and the history are kept, and
what changed is recorded); nothing is written before every check has passed, and the file goes again when the row
cannot be committed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app import __version__
from app.domain.engagement.stages import Stage
from app.domain.inventory.calculation_report import calculation_report
from app.domain.inventory.snapshot import Calculation
from app.domain.kernel.history import Change
from app.domain.kernel.text import DomainError, Text, unwritable
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.services import package_revision, programme_documents, review_points
from app.storage import sealed
from app.storage.data_key import active_for
from app.storage.evidence_files import EvidenceFiles
from app.storage.store import Store
from app.storage.tables import EngagementRow, ImportedPackageRow
from app.sync import bag as bags
from app.sync import age, encryption, history_chain, json_pieces, package_format
from app.sync.streaming import HashingTarget

PACKAGES = "packages"  # under the data folder: the imported revisions


@dataclass(frozen=True)
class Made:
    path: Path
    package_id: str
    sha256: str
    members: int
    size: int = 0  # of the package as head office receives it (the plain bag, even when it is kept sealed)


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
                 cancelled: Callable[[], bool] | None = None, held: frozenset[str] = frozenset(), seal: bytes | None = None) -> Made:
    """Write the engagement's package to ``out``; raises :class:`bag.Cancelled` (``out`` untouched) when cancelled.

    ``seal``: the data key to keep ``out`` sealed with at rest (:mod:`app.storage.sealed`; a package in the outbox of
    an encrypted data folder); its SHA-256 and size are still the plain package's, what head office receives.

    ``held``: evidence SHA-256s head office already holds for this engagement; those files are left out and listed in
    bag-info.txt as ``Held-Evidence`` (a delta package, which only a receiver holding them accepts)."""
    from app.reports.identity import read_identity

    read_identity(identity, passphrase)  # a wrong passphrase is refused before anything is made
    recipients = encryption.recipients(encrypt_to)
    evidence = EvidenceFiles(store.path.parent / "evidence")
    calculation = inventory_services.calculate(store.uow(), engagement_id)
    data = package_revision.sealed_data(store, engagement_id, calculation_report(calculation), actor)
    with store.uow() as uow:
        engagement = uow.engagements.get(engagement_id)
    sizes = {r["data"]["sha256"]: r["data"]["size"] for r in data["tables"]["fieldwork_records"] if r["kind"] == "evidence"}
    recorded = sorted(sizes)
    digests = [d for d in recorded if d not in held]
    sources = [evidence.path(d) for d in digests]
    missing = [d for d, p in zip(digests, sources) if not p.is_file()]
    if missing:
        raise DomainError(Text(f"证据文件 {missing[0][:12]}… 不在证据库中，无法打包；请先从备份恢复。",
                               f"The evidence file {missing[0][:12]}… is missing from the evidence store; restore it before packaging."), "evidence")
    total = max(sum(sizes[d] for d in digests), 1)
    package_id = str(uuid.uuid4())
    info = {
        "Source-Organization": "Verifield", "Bagging-Date": datetime.now().date().isoformat(),
        "Bag-Software-Agent": f"Verifield {__version__}", "Engagement-Code": engagement.code, "Engagement-Id": engagement_id,
        "Engagement-Revision": str(data["revision"]), "Package-Id": package_id, "Author": actor,
        "Created": datetime.now().astimezone().isoformat(timespec="seconds"), "Verifield-Version": __version__,
        "Data-Schema-Version": str(package_format.SCHEMA_VERSION),
    }
    if len(digests) < len(recorded):
        info["Held-Evidence"] = ",".join(d for d in recorded if d in held)
    # Half the bar is the evidence's bytes, half the documents (k printed of at least k + 1): it ends when both have.
    shares = {"evidence": 0.0, "documents": 0.0, "printed": 0}

    def report(text: str = "") -> None:
        if progress:
            progress((shares["evidence"] + shares["documents"]) / 2, text)

    def step(octets: int) -> None:
        shares["evidence"] = min(octets / total, 1.0)
        report()

    def printing_step(_fraction: float, name: str) -> None:
        shares["printed"] += 1
        shares["documents"] = shares["printed"] / (shares["printed"] + 1)
        report(name)

    with tempfile.TemporaryDirectory(prefix="verifield-package-") as scratch, ThreadPoolExecutor(1, "package-documents") as pool:
        # The documents are printed and signed in a thread of their own (Python, mostly holding the GIL) while the
        # evidence streams into the bag (hashing and copying, which let go of it): the one waits little on the other.
        # They start once engagement.json is written and its rows let go: the two at once raised the peak.
        stop = threading.Event()
        try:
            with sealed.writing(out, seal) as target, closing(HashingTarget(target)) as hashing, _bag_target(hashing, recipients) as handle:
                writer = bags.BagWriter(handle, step, cancelled)
                try:
                    writer.add_blocks("engagement.json", json_pieces.encoded(json_pieces.pieces(data, depth=3, comma=",\n")))
                    del data  # the engagement's rows are written: not held while the evidence streams in
                    printing = pool.submit(_documents, store, engagement_id, calculation, Path(scratch), identity, passphrase,
                                           printing_step, lambda: stop.is_set() or bool(cancelled and cancelled()))
                    del calculation  # the documents' thread holds it while it needs it
                    for digest in digests:  # the name is the digest, checked when the file was stored; head office hashes it
                        writer.add_stream(f"evidence/{digest}", evidence.open(digest, sizes[digest] or None), digest)
                    documents = printing.result()
                    for document in documents:
                        writer.add_file(f"documents/{document.name}", document)
                    from app.sync.signature import sign_detached

                    writer.finish(info, lambda manifest: sign_detached(manifest, identity, passphrase))
                except BaseException:
                    stop.set()  # the documents are not wanted any more; the pool waits for the thread to see it
                    writer.abandon()
                    raise
        except OSError as error:
            raise unwritable(error) from None
    sha256 = hashing.hexdigest()
    with store.uow() as uow:
        uow.history.append([Change(engagement_id, "package", package_id, "sent", "", f"{out.name} SHA-256 {sha256}")], actor, services.now())
        uow.commit()
    if progress:
        progress(1.0, "")
    return Made(out, package_id, sha256, 1 + len(digests) + len(documents), hashing.written)


@contextmanager
def _bag_target(target, recipients) -> Iterator:
    """Where the bag is written: ``target`` itself, or an age stream into ``target`` (so the plain bag never touches
    a disk)."""
    if not recipients:
        yield target
        return
    encrypting = age.Encrypting(target, recipients)
    try:
        yield encrypting
        encrypting.finish()
    finally:
        encrypting.close()


def _documents(store: Store, engagement_id: str, calculation: Calculation, folder: Path, identity: Path, passphrase: str,
               progress: Callable[[float, str], None] | None, cancelled: Callable[[], bool] | None) -> list[Path]:
    """The programme's workbook, the findings report, the plan and sign-in sheets, and the closing documents (signed):
    the statement's when there is one, or the programme's own (a project's or footprint's statement, an AUP's
    report of factual findings) once it can be made."""
    from app.reports.findings_pdf import write_report_pdf
    from app.reports.signing import sign_pdf
    from app.services.statement_documents import Document, print_document

    generated = datetime.now().astimezone()
    engagement, client = services.load(store.uow(), engagement_id)
    findings = finding_services.list_findings(store.uow(), engagement_id)
    def step(name: str) -> None:
        if cancelled and cancelled():
            raise bags.Cancelled
        if progress:
            progress(0.0, name)

    made = [folder / "calculation.xlsx", folder / "findings-report.pdf"]
    step(made[0].name)
    programme_documents.export_workbook(store.uow, engagement_id, made[0], generated)
    step(made[1].name)
    write_report_pdf(made[1], engagement, client, findings, calculation, "zh", generated)
    made += _fieldwork_documents(store, engagement, client, folder, generated, step)
    own = programme_documents.OWN_DOCUMENTS.get(engagement.programme)
    if own is not None:  # a project's or footprint's statement, an AUP's report: signed once it can be made
        step(own)
        unsigned = folder / f"unsigned-{own}"
        try:
            programme_documents.write_own_document(store.uow, engagement_id, unsigned, generated)
        except DomainError:  # not ready yet (a procedure unperformed): the submission gate says so; nothing to send
            return made
        sign_pdf(unsigned, folder / own, identity, passphrase, field="Verifier", reason="")
        return [*made, folder / own]
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


def _fieldwork_documents(store: Store, engagement, client, folder: Path, generated: datetime, step: Callable[[str], None]) -> list[Path]:
    """The verification plan and each meeting's sign-in sheet, as the verifier prints them from the plan page."""
    from app.services import fieldwork as fieldwork_services
    from app.domain.fieldwork.meetings import MeetingKind, VerificationPlan
    from app.reports.fieldwork_pdf import write_plan_pdf, write_sign_in_pdf

    plan = (fieldwork_services.records(store.uow(), engagement.id, "plan") or [VerificationPlan()])[0]
    samplings = fieldwork_services.records(store.uow(), engagement.id, "sampling")
    names = {s.id: s.name for s in inventory_services.sources_of(store.uow(), engagement.id)}
    made = [folder / "verification-plan.pdf"]
    step(made[0].name)
    write_plan_pdf(made[0], engagement, client, plan, samplings, names, "zh", generated)
    for number, meeting in enumerate(fieldwork_services.records(store.uow(), engagement.id, "meeting"), start=1):
        made.append(folder / f"sign-in-{number:02d}-{MeetingKind(meeting.kind).value}.pdf")
        step(made[-1].name)
        write_sign_in_pdf(made[-1], engagement, client, meeting, "zh", generated)
    return made


@contextmanager
def opened(path: Path, keys: list[Path], trust: "Trust", progress: Callable[[int], None] | None = None,
           holds: frozenset[str] = frozenset()) -> Iterator[Verified]:
    """The package at ``path`` with every check passed; an encrypted one is read through its age wrapping, decrypted
    as it is read (:func:`app.sync.encryption.reading`) and never written out.

    ``holds``: the evidence SHA-256s the receiver holds for the engagement, which a delta package may leave out."""
    from app.sync.signature import require_trusted, signer_of

    path = Path(path)
    open_file = encryption.reading(path, encryption.identities(keys)) if encryption.is_encrypted(path) else None
    with encryption.damage_refused():
        bag = bags.read_bag(path, progress, open_file)
        signer = signer_of(bag.tag_manifest, bag.signature)
        require_trusted(signer, trust.certificates, trust.fingerprints)
        try:
            data = json.loads(bag.read("data/engagement.json"))
        except age.AgeError:
            raise  # damage in the age wrapping: refused as such just above
        except (KeyError, ValueError) as error:
            raise DomainError(Text(f"data/engagement.json 无法读取：{error}", f"data/engagement.json cannot be read: {error}"), "data/engagement.json") from None
    data = package_format.upgraded(data)
    _consistent(bag, data, holds)
    yield Verified(bag, data, signer)


def _consistent(bag: bags.Bag, data: dict[str, Any], holds: frozenset[str] = frozenset()) -> None:
    """bag-info agrees with engagement.json, every evidence file is carried (or listed as held, and held), the history
    chain holds."""
    info = bag.info
    if info.get("Engagement-Id") != data["engagement_id"] or info.get("Engagement-Revision") != str(data["revision"]) or not info.get("Package-Id"):
        raise DomainError(Text("bag-info.txt 与 data/engagement.json 不一致。", "bag-info.txt does not agree with data/engagement.json."), "bag-info.txt")
    for name, value in (("Engagement-Id", data["engagement_id"]), ("Package-Id", info["Package-Id"])):
        if not _is_uuid(value):  # they name the folder and file the package is kept in: never a path
            raise DomainError(Text(f"bag-info.txt：{name}“{value}”不是 UUID。", f"bag-info.txt: {name} “{value}” is not a UUID."), "bag-info.txt")
    listed_held = set(filter(None, info.get("Held-Evidence", "").split(",")))
    for digest in sorted(listed_held - holds):
        raise DomainError(Text(f"data/evidence/{digest} 标为总部已有，但接收方并无此文件；请发送完整数据包。",
                               f"data/evidence/{digest} is listed as held by head office, but the receiver does not hold it; "
                               "send the full package."), f"data/evidence/{digest}")
    for record in data["tables"]["fieldwork_records"]:
        if record["kind"] == "evidence" and record["data"].get("sha256") in listed_held:
            continue
        if record["kind"] == "evidence" and f"data/evidence/{record['data'].get('sha256')}" not in bag.payload:
            raise DomainError(Text(f"data/evidence/{record['data'].get('sha256')} 不在数据包中，但 data/engagement.json 记有此证据。",
                                   f"data/evidence/{record['data'].get('sha256')} is not in the package, though data/engagement.json records it."), "data/evidence/")
    history_chain.check(data)


def client_of(data: dict[str, Any]) -> str:
    """The client's names as a package's ``data/engagement.json`` states them (what an inbox shows)."""
    tables = data["tables"]
    engagement = tables["engagements"][0]
    client = next((o for o in tables["organisations"] if o["id"] == engagement.get("organisation_id")), tables["organisations"][0])
    return " ".join(filter(None, (client.get("name_zh"), client.get("name_en"))))


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
    signer: str = ""
    imported_at: str = ""


def import_package(store: Store, path: Path, keys: list[Path], trust: Trust,
                   progress: Callable[[int], None] | None = None) -> tuple[Imported, bool]:
    """Keep the verified package as a revision (a row in the store, the bag in ``packages/``), all or nothing;
    ``(revision, False)`` when this very package was imported before."""
    with opened(path, keys, trust, progress) as package, store.uow() as uow:
        session, bag_sha = uow.session, _sha256(package.bag)
        same_id = session.get(ImportedPackageRow, package.package_id)
        if same_id is not None:
            if same_id.sha256 == bag_sha:
                return _imported(store, same_id), False
            raise DomainError(Text(f"已导入过另一个包号相同（{package.package_id}）的数据包；此包被拒绝。",
                                   f"A different package with the same package id ({package.package_id}) was imported before; this one is refused."), "Package-Id")
        engagement_id = package.data["engagement_id"]
        older = session.scalars(select(ImportedPackageRow).where(ImportedPackageRow.engagement_id == engagement_id)
                                .order_by(ImportedPackageRow.revision.desc()).limit(1)).first()
        if older is not None and package.revision <= older.revision:
            raise DomainError(Text(f"此数据包为第 {package.revision} 版，已导入第 {older.revision} 版；旧的或相同的版次不再导入。",
                                   f"This package is revision {package.revision}; revision {older.revision} is already imported, "
                                   "so an older or equal revision is not imported."), "Engagement-Revision")
        if older is not None:
            history_chain.extends(package.data, older.history_seq, older.history_head, older.revision)
            _refuse_after_decision(session.get(EngagementRow, engagement_id), package.revision)
        file = Path(PACKAGES) / engagement_id / f"{package.revision:06d}-{package.package_id}.vfpkg"
        target = store.path.parent / file
        info = package.bag.info
        row = ImportedPackageRow(
            package_id=package.package_id, engagement_id=engagement_id, engagement_code=info.get("Engagement-Code", ""),
            revision=package.revision, created=info.get("Created", ""), author=info.get("Author", ""), signer=package.signer_name,
            sha256=bag_sha, history_seq=history_chain.head_seq(package.data), history_head=package.data["history_head"],
            file=file.as_posix(), imported_at=services.now().isoformat())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with encryption.damage_refused(), package.bag.open_file() as reader, sealed.writing(target, active_for(target.parent)) as writer:
                shutil.copyfileobj(reader, writer, bags.CHUNK)  # the plain bag; sealed when head office's folder is encrypted
        except OSError as error:
            raise unwritable(error) from None
        try:
            session.add(row)
            received = Change(engagement_id, "engagement", engagement_id, "received", "",
                              f"revision {package.revision}, package {package.package_id}, SHA-256 {bag_sha}")
            if session.get(EngagementRow, engagement_id) is None:  # received: the engagement becomes this store's
                package_format.take_rows(session, package.data)
                uow.history.append([received], row.author or row.signer, services.now())
            elif older is not None:  # a newer revision of one taken in from a package: its rows replace the older's
                changes = package_format.replace_rows(session, package.data)
                uow.history.append([received, *changes], row.author or row.signer, services.now())
            review_points.take_answers(uow, engagement_id, package.data["review_answers"], row.author or row.signer)
            uow.commit()
        except BaseException as error:
            target.unlink(missing_ok=True)  # the row is not there: neither is the file
            if isinstance(error, SQLAlchemyError):
                raise DomainError(Text(f"数据包无法记入总部的数据库（{error.orig or error}）；未导入，未作任何更改。",
                                       f"The package cannot be recorded in head office's store ({error.orig or error}); "
                                       "it was not imported and nothing was changed."), "store") from None
            raise
        return _imported(store, row), True


_DECIDED = (Stage.DECIDED, Stage.ISSUED, Stage.TERMINATED)


def _refuse_after_decision(held: EngagementRow | None, revision: int) -> None:
    """A newer revision replaces head office's rows only until the decision: the certificate rests on the figures decided."""
    if held is not None and Stage(held.status) in _DECIDED:
        stage = Stage(held.status).label
        raise DomainError(Text(f"总部已对此项目作出认证决定（{stage.zh}）；第 {revision} 版数据包不再导入，认证所依据的数据保持不变。"
                               "如需更改，请先在总部重新打开决定或另立项目。",
                               f"Head office has decided this engagement ({stage.en}); revision {revision} is not imported, so the "
                               "figures the decision rests on stay as they are. To change them, head office reopens the decision "
                               "or opens a new engagement."), "Engagement-Revision")


def imported(store: Store) -> list[Imported]:
    """Every revision kept at head office, by engagement and revision."""
    with store.uow() as uow:
        rows = uow.session.scalars(select(ImportedPackageRow).order_by(ImportedPackageRow.engagement_code, ImportedPackageRow.revision))
        return [_imported(store, row) for row in rows]


def _imported(store: Store, row: ImportedPackageRow) -> Imported:
    return Imported(store.path.parent / row.file, row.engagement_id, row.engagement_code, row.revision, row.package_id,
                    row.created, row.author, row.signer, row.imported_at)


def _sha256(bag: bags.Bag) -> str:
    """The plain bag's SHA-256 (what identifies the package once imported, whether it came encrypted or not)."""
    digest = hashlib.sha256()
    with encryption.damage_refused(), bag.open_file() as reader:
        while chunk := reader.read(bags.CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
