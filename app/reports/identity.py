"""A verifier's signing identity: a private key and its certificate in a passphrase-protected PKCS#12 file.

Verifield makes the identity itself (an EC P-256 key and a self-signed
certificate naming the verifier, their role and organisation), or imports one
a certification body issued.  The file never leaves the verifier's machine
unencrypted; every use asks for the passphrase.  Whoever relies on a
signature made with a self-signed identity trusts it by its certificate,
which they receive separately (see :mod:`app.reports.signing`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from itertools import count
from pathlib import Path

from asn1crypto.pkcs12 import Pfx
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import SimpleSigner

from app.atomic import write_bytes
from app.domain.kernel.text import DomainError, Text, unwritable

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class Identity:
    """Who signs with the key in ``path``, as its certificate says; no secret is kept here."""

    path: Path
    name: str
    role: str
    organisation: str
    email: str
    not_before: datetime
    not_after: datetime
    fingerprint: str
    certificate_der: bytes

    def expired(self, at: datetime) -> bool:
        """Whether the certificate has run out by ``at``."""
        return at > self.not_after


def create_identity(path: Path, name: str, role: str, organisation: str, email: str, passphrase: str, *,
                    years: int = 3, now: datetime | None = None) -> Identity:
    """Make a key and a self-signed certificate valid for ``years`` from ``now``, and save them in a new file."""
    if not name.strip():
        raise DomainError(Text("请填写签名人姓名。", "Enter the signer's name."), "name")
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(
            Text(f"口令至少需要 {MIN_PASSPHRASE} 个字符。", f"The passphrase needs at least {MIN_PASSPHRASE} characters."),
            "passphrase",
        )
    if path.exists():
        raise DomainError(
            Text(f"文件已存在，不会覆盖：{path}；请换一个文件名。", f"The file already exists and is not overwritten: {path}; choose another name."),
            "file",
        )
    start = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [(NameOID.COMMON_NAME, name.strip()), (NameOID.TITLE, role.strip()),
                  (NameOID.ORGANIZATION_NAME, organisation.strip()), (NameOID.EMAIL_ADDRESS, email.strip())]
    subject = x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes if value])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=round(365.25 * years)))
        # Not a CA: whoever trusts this certificate must not thereby trust others its key could issue.
        # pyHanko accepts such a certificate as its own trust root.
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_cert_sign=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    certificate = builder.sign(key, hashes.SHA256())
    data = pkcs12.serialize_key_and_certificates(name.strip().encode(), key, certificate, None,
                                                 BestAvailableEncryption(passphrase.encode()))
    _write_new(path, data)
    made = _identity(path, certificate)
    _write_certificate(made)
    return made


def read_identity(path: Path, passphrase: str) -> Identity:
    """The identity in ``path``, opened with ``passphrase``; an expired one is read too (see :meth:`Identity.expired`)."""
    return _open(path, passphrase)[0]


def unlock(path: Path, passphrase: str) -> tuple[Identity, SimpleSigner]:
    """The identity in ``path`` and pyHanko's signer holding its key."""
    identity, data = _open(path, passphrase)
    return identity, SimpleSigner.load_pkcs12_data(data, (), passphrase.encode())


def import_identity(source: Path, folder: Path, passphrase: str) -> Identity:
    """Copy an identity that opens with ``passphrase`` into ``folder``, named after its signer and fingerprint.

    Importing the same file again changes nothing; another file for the same
    certificate (say, with a new passphrase) is kept beside it, never over it.
    """
    identity, data = _open(source, passphrase)
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w-]+", "_", identity.name).strip("_") + "-" + identity.fingerprint[:12]
    for number in count(1):
        target = folder / (f"{stem}.p12" if number == 1 else f"{stem}-{number}.p12")
        if not target.exists():
            _write_new(target, data)
            break
        if target.read_bytes() == data:
            break
    imported = replace(identity, path=target)
    _write_certificate(imported)
    return imported


def identities_beside(store: Path) -> Path:
    """The folder of this machine's signing identities: ``identities/`` beside the store ``store``."""
    return store.parent / "identities"


def trusted_certificates(folder: Path) -> list[bytes]:
    """The certificates (DER) of the identities in ``folder``, which Verifield trusts when it checks a signature."""
    return [p.read_bytes() for p in sorted(folder.glob("*.cer"))] if folder.is_dir() else []


def certificate_path(identity_path: Path) -> Path:
    """The public certificate kept beside an identity (``.cer``, DER), which ``verify-pdf --trust`` and the app trust."""
    return identity_path.with_suffix(".cer")


def _write_certificate(identity: Identity) -> None:
    _write(certificate_path(identity.path), identity.certificate_der)


def _write_new(path: Path, data: bytes) -> None:
    """Write a new identity file, readable by its owner only."""
    _write(path, data, private=True)


def _write(path: Path, data: bytes, private: bool = False) -> None:
    try:
        write_bytes(path, data, private)
    except OSError as error:
        raise unwritable(error) from None


def _open(path: Path, passphrase: str) -> tuple[Identity, bytes]:
    """The identity in ``path`` and the file's bytes, once the passphrase has opened them."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DomainError(
            Text(f"无法读取签名身份文件：{error}", f"The signing identity file cannot be read: {error}"), "file"
        ) from None
    if not _is_pkcs12(data):
        raise DomainError(
            Text(f"{path.name} 不是签名身份文件（PKCS#12 格式，.p12 或 .pfx）。",
                 f"{path.name} is not a signing identity (a PKCS#12 file, .p12 or .pfx)."),
            "file",
        )
    try:
        key, certificate, _ = pkcs12.load_key_and_certificates(data, passphrase.encode())
    except ValueError:
        raise DomainError(Text("口令不正确，请重新输入。", "The passphrase is wrong; type it again."), "passphrase") from None
    if key is None or certificate is None:
        raise DomainError(
            Text(f"{path.name} 缺少私钥或证书，不能用来签名；请导出包含私钥的 PKCS#12 文件。",
                 f"{path.name} lacks the private key or the certificate and cannot sign; export a PKCS#12 file that includes the private key."),
            "file",
        )
    return _identity(path, certificate), data


def _is_pkcs12(data: bytes) -> bool:
    """Whether ``data`` is shaped like a PKCS#12 file, to tell a wrong passphrase from a wrong file."""
    try:
        return Pfx.load(data, strict=True)["version"].native == "v3"
    except ValueError:
        return False


def _identity(path: Path, certificate: x509.Certificate) -> Identity:
    def attribute(oid) -> str:
        values = certificate.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return Identity(
        path=path,
        name=attribute(NameOID.COMMON_NAME),
        role=attribute(NameOID.TITLE),
        organisation=attribute(NameOID.ORGANIZATION_NAME),
        email=attribute(NameOID.EMAIL_ADDRESS),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        fingerprint=certificate.fingerprint(hashes.SHA256()).hex(),
        certificate_der=certificate.public_bytes(Encoding.DER),
    )
