"""What happens after an upload's last byte: the package is verified, kept content-addressed, and a receipt signed.

Verification is :func:`app.services.packages.opened` with the certificates enrolled for the uploading
verifier as the only trust. A verified package is moved (one rename, the folder flushed) to
``store/<first two hex digits>/<sha256>.vfpkg``; the same package again is answered with the receipt it got the
first time and its second copy is dropped. A refused package is dropped too, and its receipt says which member
failed and why. Whatever worker or restart finishes an upload, it is finished once.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.atomic import sync_folder
from app.domain.kernel.text import DomainError, Text
from app.sync import receipts
from app.intake import tables
from app.intake.db import now
from app.intake.enrolment import Laptop, trusted_certificates
from app.services import packages as package_services

STORE, UPLOADS, KEYS = "store", "uploads", "keys"  # folders of the data folder; age keys to decrypt with go in keys/


class Service:
    """The data folder and database one worker serves from."""

    def __init__(self, data_dir: Path, engine: Engine):
        self.data_dir, self.engine = Path(data_dir), engine
        self.key = receipts.signing_key(self.data_dir)
        for folder in (STORE, UPLOADS):
            (self.data_dir / folder).mkdir(parents=True, exist_ok=True)

    def part(self, upload_id: str) -> Path:
        return self.data_dir / UPLOADS / f"{upload_id}.part"

    def lock(self, upload_id: str) -> Path:
        return self.data_dir / UPLOADS / f"{upload_id}.lock"

    def kept(self, sha256: str) -> Path:
        return self.data_dir / STORE / sha256[:2] / f"{sha256}.vfpkg"

    def receipt_of(self, sha256: str, verifier: str) -> str | None:
        """The receipt of a package held with this SHA-256, when it is this verifier's."""
        with self.engine.connect() as connection:
            return connection.execute(sa.select(tables.packages.c.receipt).where(
                tables.packages.c.sha256 == sha256, tables.packages.c.verifier == verifier)).scalar()

    def owner_of(self, engagement_id: str) -> str | None:
        """The verifier whose packages of this engagement head office holds."""
        with self.engine.connect() as connection:
            return connection.execute(sa.select(tables.packages.c.verifier).where(
                tables.packages.c.engagement_id == engagement_id).limit(1)).scalar()

    def finish(self, upload: sa.Row, laptop: Laptop) -> str:
        """The receipt of a complete upload, verifying and keeping it first if no worker has yet."""
        if upload.receipt:
            return upload.receipt
        part = self.part(upload.id)
        if part.exists():
            sha256 = _sha256(part)
            with self.engine.begin() as connection:  # named before it is moved: a restart finds it in the store
                connection.execute(tables.uploads.update().where(tables.uploads.c.id == upload.id).values(sha256=sha256))
            source = part
        elif upload.sha256 and self.kept(upload.sha256).exists():  # kept by a worker killed before it recorded the package
            sha256, source = upload.sha256, self.kept(upload.sha256)
        else:
            raise FileNotFoundError(part)
        held = self.receipt_of(sha256, laptop.verifier)
        if held:
            return self._close(upload, "received", sha256, held, part)
        try:
            verified = self._verify(source, upload, laptop)
        except DomainError as error:
            body = self._body(upload, laptop, sha256, "refused")
            body.update(reason={"zh": error.message.zh, "en": error.message.en}, member=error.field or "")
            return self._close(upload, "refused", sha256, receipts.sign(self.key, body), part)
        body = self._body(upload, laptop, sha256, "received")
        body.update(package_id=verified["package_id"], revision=verified["revision"], engagement_code=verified["code"])
        receipt = receipts.sign(self.key, body)
        if source == part:
            target = self.kept(sha256)
            target.parent.mkdir(exist_ok=True)
            os.replace(part, target)  # the part was fsynced chunk by chunk; the rename is made durable next
            sync_folder(target.parent)
        try:
            with self.engine.begin() as connection:
                connection.execute(tables.packages.insert().values(
                    sha256=sha256, engagement_id=upload.engagement_id, package_id=verified["package_id"], revision=verified["revision"],
                    verifier=laptop.verifier, laptop_id=laptop.id, size=upload.length, received_at=now(), receipt=receipt,
                    engagement_code=verified["code"], client=verified["client"], signer=verified["signer"]))
                carried = [{"engagement_id": upload.engagement_id, "sha256": e, "package_sha256": sha256}
                           for e in verified["evidence"] if not self._holds(connection, upload.engagement_id, e)]
                if carried:
                    connection.execute(tables.evidence.insert(), carried)
        except sa.exc.IntegrityError:  # another worker kept the same bytes a moment ago: its receipt stands
            receipt = self.receipt_of(sha256, laptop.verifier)
            if receipt is None:
                raise
        return self._close(upload, "received", sha256, receipt, None)

    def _verify(self, part: Path, upload: sa.Row, laptop: Laptop) -> dict[str, Any]:
        trust = package_services.Trust(trusted_certificates(self.engine, laptop.verifier))
        keys = sorted(p for p in (self.data_dir / KEYS).glob("*") if p.is_file())
        with self.engine.connect() as connection:  # what a delta package may leave out
            holds = frozenset(connection.execute(sa.select(tables.evidence.c.sha256).where(
                tables.evidence.c.engagement_id == upload.engagement_id)).scalars())
        if self.owner_of(upload.engagement_id) not in (None, laptop.verifier):
            holds = frozenset()
        with package_services.opened(part, keys, trust, holds=holds) as package:
            engagement_id = package.data["engagement_id"]
            if engagement_id != upload.engagement_id:
                raise DomainError(Text("数据包所属项目与上传时声明的不同。", "The package is of another engagement than the upload declared."), "Engagement-Id")
            owner = self.owner_of(engagement_id)
            if owner not in (None, laptop.verifier):
                raise DomainError(Text("此项目属于另一位核查员。", "This engagement is another verifier's."), "Engagement-Id")
            evidence = sorted(p.removeprefix("data/evidence/") for p in package.bag.payload if p.startswith("data/evidence/"))
            return {"package_id": package.package_id, "revision": package.revision, "evidence": evidence,
                    "code": package.bag.info.get("Engagement-Code", ""), "client": package_services.client_of(package.data),
                    "signer": package.signer_name}

    @staticmethod
    def _holds(connection, engagement_id: str, sha256: str) -> bool:
        return connection.execute(sa.select(tables.evidence.c.sha256).where(
            tables.evidence.c.engagement_id == engagement_id, tables.evidence.c.sha256 == sha256)).first() is not None

    def _body(self, upload: sa.Row, laptop: Laptop, sha256: str, status: str) -> dict[str, Any]:
        metadata = json.loads(upload.metadata)
        return {"kind": "verifield-receipt", "version": 1, "status": status, "sha256": sha256, "size": upload.length,
                "upload_id": upload.id, "engagement_id": upload.engagement_id, "filename": metadata.get("filename", ""),
                "verifier": laptop.verifier, "laptop_id": laptop.id, "at": now()}

    def _close(self, upload: sa.Row, state: str, sha256: str, receipt: str, part: Path | None) -> str:
        with self.engine.begin() as connection:
            connection.execute(tables.uploads.update().where(tables.uploads.c.id == upload.id, tables.uploads.c.receipt.is_(None))
                               .values(state=state, sha256=sha256, receipt=receipt))
            receipt = connection.execute(sa.select(tables.uploads.c.receipt).where(tables.uploads.c.id == upload.id)).scalar()
        if part is not None:
            part.unlink(missing_ok=True)
        self.lock(upload.id).unlink(missing_ok=True)
        return receipt


def received(engine: Engine) -> list[dict[str, Any]]:
    """Every package head office holds, oldest first (``verifield inbox``)."""
    columns = ("received_at", "verifier", "engagement_id", "revision", "package_id", "sha256", "size")
    with engine.connect() as connection:
        return [dict(zip(columns, r)) for r in connection.execute(
            sa.select(*(tables.packages.c[c] for c in columns)).order_by(tables.packages.c.received_at))]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
