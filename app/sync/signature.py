"""The detached CMS signature over a bag's tag manifest (``signature.p7s``), by the lead verifier's identity.

Made with ``cryptography`` from the same PKCS#12 identity that signs the PDFs, so that
``openssl cms -verify -binary -inform DER -in signature.p7s -content tagmanifest-sha256.txt -CAfile lead.cer``
accepts it without Verifield. Checked here with ``asn1crypto`` (the message digest, then the signature over
the signed attributes), and the signer must be one of the certificates trusted.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7, pkcs12

from app.domain.kernel.text import DomainError, Text
from app.reports.identity import read_identity


def sign_detached(content: bytes, identity: Path, passphrase: str) -> bytes:
    """A DER CMS SignedData over ``content`` (not included), with the signer's certificate."""
    read_identity(identity, passphrase)  # a wrong passphrase or an unreadable file is refused here, in both languages
    key, certificate, _chain = pkcs12.load_key_and_certificates(identity.read_bytes(), passphrase.encode())
    return (pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(certificate, key, hashes.SHA256())
            .sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]))


def signer_of(content: bytes, signature: bytes) -> x509.Certificate:
    """The certificate whose key signed ``content``; a signature that does not hold is refused."""
    try:
        signed = cms.ContentInfo.load(signature)["content"]
        info = signed["signer_infos"][0]
        certificate = _certificate(signed, info)
        attributes = {a["type"].native: a["values"][0].native for a in info["signed_attrs"]}
        if info["digest_algorithm"]["algorithm"].native != "sha256" or attributes.get("message_digest") != hashlib.sha256(content).digest():
            raise ValueError("the signed digest is not the tag manifest's")
        _check(certificate, info["signature"].native, b"\x31" + info["signed_attrs"].dump()[1:])
        return certificate
    except (ValueError, TypeError, KeyError, IndexError, InvalidSignature) as error:
        raise DomainError(
            Text(f"signature.p7s：签名不成立（{error or '签名与标签清单不符'}）。数据包被改动或已损坏。",
                 f"signature.p7s: the signature does not hold ({error or 'it does not match the tag manifest'}). "
                 "The package was altered or is damaged."),
            "signature.p7s",
        ) from None


def require_trusted(certificate: x509.Certificate, trusted: list[bytes], fingerprints: frozenset[str] = frozenset()) -> None:
    """Refuse a signer that is none of the ``trusted`` certificates (DER) nor has one of the SHA-256 ``fingerprints``."""
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    if certificate.public_bytes(Encoding.DER) not in trusted and fingerprint not in fingerprints:
        name = certificate.subject.rfc4514_string()
        raise DomainError(
            Text(f"signature.p7s：签名人不受信任：{name}（SHA-256 {fingerprint}）。请用 --trust 给出其证书，或在人员登记中登记其证书。",
                 f"signature.p7s: the signer is not trusted: {name} (SHA-256 {fingerprint}). Give their certificate with --trust, "
                 "or record it for the person in the register."),
            "signature.p7s",
        )


def _certificate(signed: cms.SignedData, info: cms.SignerInfo) -> x509.Certificate:
    sid = info["sid"].chosen
    for choice in signed["certificates"] or ():
        held = choice.chosen
        if isinstance(sid, cms.IssuerAndSerialNumber):
            if held.issuer == sid["issuer"] and held.serial_number == sid["serial_number"].native:
                return x509.load_der_x509_certificate(held.dump())
        elif held.key_identifier == sid.native:
            return x509.load_der_x509_certificate(held.dump())
    raise ValueError("the signer's certificate is not in the signature")


def _check(certificate: x509.Certificate, signature: bytes, data: bytes) -> None:
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    elif isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    else:
        raise ValueError("the signer's key is of a kind Verifield does not check")
