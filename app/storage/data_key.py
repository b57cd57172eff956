"""The data key of an encrypted data folder, wrapped by the passphrase (and optionally a recovery key).

One random 256-bit data key encrypts the store (SQLCipher) and the evidence
files (see :mod:`app.storage.sealed`).  ``keys.json`` in the data folder keeps it
wrapped — AES-256-GCM under a key derived from the passphrase with Argon2id
(argon2-cffi; RFC 9106's second recommended parameters: 3 passes, 64 MiB,
4 lanes; the parameters and the random salt are stored with it) — and, when one
was made at set-up, wrapped again under a random recovery key shown once.
Changing the passphrase re-wraps that one key: nothing else is re-encrypted.
A wrong passphrase fails the GCM tag, so no hash of it is stored besides.

While a folder is open its data key is *active* in this process
(:func:`activate`): the store and evidence code reads it from here.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.atomic import write_bytes
from app.domain.kernel.text import DomainError, Text

KEY_FILE = "keys.json"
FORMAT = "verifield-keys 1"
_AAD = b"verifield data key v1"
_ARGON2 = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}  # RFC 9106 low-memory profile (64 MiB)
_RECOVERY_GROUPS = 8  # 8 groups of 7 base32 characters: 280 bits, of which the first 256 are the key

_active: dict[str, bytes] = {}


class Locked(DomainError):
    """The data folder is encrypted and its key is not (or wrongly) given."""


@dataclass(frozen=True)
class SetUp:
    """What setting a passphrase made: the data key, and the recovery key to show once ("" when none)."""

    key: bytes
    recovery: str


def key_file(folder: Path) -> Path:
    return Path(folder) / KEY_FILE


def is_encrypted(folder: Path) -> bool:
    return key_file(folder).is_file()


def set_up(folder: Path, passphrase: str, recovery: bool = True, key: bytes | None = None) -> SetUp:
    """Write ``keys.json`` for a new data key (or ``key``), wrapped by ``passphrase`` and, if asked, a recovery key."""
    _check_passphrase(passphrase)
    key = key or secrets.token_bytes(32)
    code = _new_recovery_code() if recovery else ""
    content = {"format": FORMAT, "passphrase": _wrap_with_passphrase(key, passphrase)}
    if code:
        content["recovery"] = _wrap(key, _recovery_key(code), {})
    write_key_file(folder, content)
    return SetUp(key, code)


def write_key_file(folder: Path, content: dict) -> None:
    write_bytes(key_file(folder), json.dumps(content, indent=1).encode(), private=True)


def read_key_file(folder: Path) -> dict:
    try:
        content = json.loads(key_file(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise Locked(Text(f"无法读取密钥文件 {key_file(folder)}（{error}）。", f"The key file {key_file(folder)} cannot be read ({error})."), "passphrase") from None
    if content.get("format") != FORMAT:
        raise Locked(Text(f"{key_file(folder)} 不是本版本可读的密钥文件。", f"{key_file(folder)} is not a key file this version can read."), "passphrase")
    return content


def unlock(folder: Path, passphrase: str) -> bytes:
    """The data key, unwrapped by the passphrase; Locked when it is wrong."""
    wrapped = read_key_file(folder)["passphrase"]
    key = _unwrap(wrapped, _derive(passphrase, wrapped))
    if key is None:
        raise Locked(Text("口令不正确。", "The passphrase is wrong."), "passphrase")
    return key


def unlock_with_recovery(folder: Path, code: str) -> bytes:
    wrapped = read_key_file(folder).get("recovery")
    key = _unwrap(wrapped, _recovery_key(code)) if wrapped else None
    if key is None:
        raise Locked(Text("恢复密钥不正确（或此文件夹没有恢复密钥）。", "The recovery key is wrong (or this folder has none)."), "recovery")
    return key


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Wrap the data key by ``new`` instead of ``old``; the recovery key, the store and the files stay as they are."""
    _check_passphrase(new)
    key = unlock(folder, old)
    content = read_key_file(folder)
    content["passphrase"] = _wrap_with_passphrase(key, new)
    write_key_file(folder, content)


def activate(folder: Path, key: bytes) -> None:
    """Make ``key`` the data key of ``folder`` (and the files under it) for this process."""
    _active[str(Path(folder).resolve())] = key


def deactivate(folder: Path) -> None:
    _active.pop(str(Path(folder).resolve()), None)


def deactivate_all() -> None:
    """Forget every data key (a test's end; a process that opens another folder)."""
    _active.clear()


def active_for(path: Path) -> bytes | None:
    """The active data key of the folder ``path`` is in (or under), else the only active one, else None."""
    if not _active:
        return None
    resolved = Path(path).resolve()
    for folder, key in _active.items():
        if resolved == Path(folder) or Path(folder) in resolved.parents:
            return key
    return next(iter(_active.values())) if len(_active) == 1 else None


# --- the construction ------------------------------------------------------------------------

def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise DomainError(Text("口令至少需要 8 个字符。", "The passphrase needs at least 8 characters."), "passphrase")


def _wrap_with_passphrase(key: bytes, passphrase: str) -> dict:
    params = {"kdf": "argon2id", "salt": _b64(secrets.token_bytes(16)), **_ARGON2}
    return _wrap(key, _derive(passphrase, params), params)


def _derive(passphrase: str, params: dict) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    if params.get("kdf") != "argon2id":
        raise Locked(Text("密钥文件使用了未知的密钥派生方法。", "The key file uses an unknown key derivation."), "passphrase")
    return hash_secret_raw(passphrase.encode("utf-8"), base64.b64decode(params["salt"]), time_cost=int(params["time_cost"]),
                           memory_cost=int(params["memory_cost"]), parallelism=int(params["parallelism"]), hash_len=32, type=Type.ID)


def _wrap(key: bytes, wrapping: bytes, params: dict) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {**params, "nonce": _b64(nonce), "wrapped": _b64(AESGCM(wrapping).encrypt(nonce, key, _AAD))}


def _unwrap(wrapped: dict, wrapping: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping).decrypt(base64.b64decode(wrapped["nonce"]), base64.b64decode(wrapped["wrapped"]), _AAD)
    except (InvalidTag, KeyError, ValueError):
        return None


def _new_recovery_code() -> str:
    text = base64.b32encode(secrets.token_bytes(35)).decode()  # 56 characters, no padding
    return "-".join(text[i:i + 7] for i in range(0, 7 * _RECOVERY_GROUPS, 7))


def _recovery_key(code: str) -> bytes:
    cleaned = "".join(c for c in code.upper() if c.isalnum())
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        return b"\0" * 32  # fails the tag like any wrong key
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, None, b"verifield recovery key v1").derive(raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
