"""Receipts signed by head office: what the intake service says it received (or refused, and why).

A receipt is a JSON object, signed with the service's Ed25519 key over its canonical form (keys sorted, no spaces,
UTF-8). The key is made in the data folder the first time it is needed (readable by its owner only); a laptop
receives its public half at enrolment and checks every receipt against it, so a receipt cannot be forged by
whoever stands between the laptop and head office.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.atomic import write_bytes
from app.domain.kernel.text import DomainError, Text

KEY = "receipt-key.pem"


def signing_key(data_dir: Path) -> Ed25519PrivateKey:
    """The service's receipt key, made on first use (``serve`` makes it before any worker starts)."""
    path = Path(data_dir) / KEY
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        write_bytes(path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()), private=True)
    return serialization.load_pem_private_key(path.read_bytes(), None)


def public_pem(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(key: Ed25519PrivateKey, body: dict[str, Any]) -> str:
    """The signed receipt as the text kept and sent."""
    return json.dumps({"receipt": body, "signature": base64.b64encode(key.sign(canonical(body))).decode()}, ensure_ascii=False)


def check(text: str, public_key_pem: str) -> dict[str, Any]:
    """The receipt's body once its signature holds under head office's key; refused otherwise."""
    try:
        signed = json.loads(text)
        body = signed["receipt"]
        key = serialization.load_pem_public_key(public_key_pem.encode())
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("not an Ed25519 key")
        key.verify(base64.b64decode(signed["signature"]), canonical(body))
        return body
    except (ValueError, KeyError, TypeError, InvalidSignature) as error:
        raise DomainError(Text(f"总部回执的签名不成立（{error or '签名不符'}），不予采信。",
                               f"Head office's receipt does not carry a valid signature ({error or 'it does not match'}); it is not trusted."),
                          "receipt") from None
