"""Enrolment: a one-time token names a verifier; a laptop exchanges it for its own credential.

Only SHA-256 digests of tokens and credentials are kept, so a copy of the database lets nobody in. A laptop
registers the verifier's signing certificate as it enrols: the service trusts a package only when it is signed
by a certificate enrolled for that verifier, by a laptop that is not revoked.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy.engine import Engine

from app.domain.kernel.text import DomainError, Text
from app.intake import tables
from app.intake.db import now

DEFAULT_QUOTA = 2 * 1024 ** 3  # bytes a verifier may hold at head office unless the token says otherwise


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def issue_token(engine: Engine, verifier: str, quota_bytes: int = DEFAULT_QUOTA) -> str:
    """A new one-time enrolment token for ``verifier`` (the token is shown once, never stored)."""
    if not verifier.strip():
        raise DomainError(Text("请填写核查员姓名。", "Enter the verifier's name."), "NAME")
    token = "vf" + secrets.token_urlsafe(32)  # never begins with "-", which `enrol --token` would read as an option
    with engine.begin() as connection:
        connection.execute(tables.tokens.insert().values(token_hash=digest(token), verifier=verifier.strip(),
                                                         quota_bytes=quota_bytes, created_at=now()))
    return token


@dataclass(frozen=True)
class Laptop:
    id: str
    verifier: str
    name: str
    certificate: bytes
    quota_bytes: int


def enrol(engine: Engine, token: str, certificate: bytes, name: str) -> tuple[Laptop, str]:
    """The laptop enrolled with ``token`` (used up here) and its new credential; refused if the token is unknown or used."""
    try:
        cert = x509.load_der_x509_certificate(certificate)
    except ValueError as error:
        raise DomainError(Text(f"签名证书无法读取：{error}", f"The signing certificate cannot be read: {error}"), "certificate") from None
    credential = secrets.token_urlsafe(32)
    laptop_id = str(uuid.uuid4())
    with engine.begin() as connection:
        used = connection.execute(tables.tokens.update().where(tables.tokens.c.token_hash == digest(token), tables.tokens.c.used_at.is_(None))
                                  .values(used_at=now()).returning(tables.tokens.c.verifier, tables.tokens.c.quota_bytes)).first()
        if used is None:
            raise DomainError(Text("注册令牌无效或已被使用。", "The enrolment token is unknown or was used already."), "token")
        connection.execute(tables.laptops.insert().values(
            id=laptop_id, verifier=used.verifier, name=name or "laptop", credential_hash=digest(credential),
            certificate=cert.public_bytes(Encoding.DER), fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
            quota_bytes=used.quota_bytes, enrolled_at=now()))
    return Laptop(laptop_id, used.verifier, name, cert.public_bytes(Encoding.DER), used.quota_bytes), credential


def authenticate(engine: Engine, credential: str) -> Laptop | None:
    """The enrolled, unrevoked laptop holding ``credential``, or None."""
    with engine.connect() as connection:
        row = connection.execute(sa.select(tables.laptops).where(tables.laptops.c.credential_hash == digest(credential))).first()
    if row is None or row.revoked_at:
        return None
    return Laptop(row.id, row.verifier, row.name, row.certificate, row.quota_bytes)


def revoke(engine: Engine, laptop_id: str) -> None:
    with engine.begin() as connection:
        done = connection.execute(tables.laptops.update().where(tables.laptops.c.id == laptop_id, tables.laptops.c.revoked_at.is_(None))
                                  .values(revoked_at=now())).rowcount
    if not done:
        raise DomainError(Text(f"没有未注销的笔记本 {laptop_id}。", f"There is no enrolled laptop {laptop_id} that is not revoked."), "LAPTOP")


def laptops(engine: Engine) -> list[sa.Row]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(tables.laptops).order_by(tables.laptops.c.verifier, tables.laptops.c.enrolled_at)))


def trusted_certificates(engine: Engine, verifier: str) -> list[bytes]:
    """The signing certificates enrolled for ``verifier`` by laptops not revoked."""
    with engine.connect() as connection:
        return [r.certificate for r in connection.execute(
            sa.select(tables.laptops.c.certificate).where(tables.laptops.c.verifier == verifier, tables.laptops.c.revoked_at.is_(None)))]
