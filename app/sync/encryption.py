"""age encryption of a whole package (:mod:`app.sync.age`), to one or more recipients (head office, an escrow
key): the keys read and refused in plain words.

An encrypted package shows nothing but the age header: not the bag, not the client's name.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from app.domain.kernel.text import DomainError, Text
from app.sync import age

MAGIC = age.VERSION_LINE  # what an age file starts with


def recipients(keys: list[str]) -> list[age.Recipient]:
    """The age public keys (``age1…``); a bad one is refused, named."""
    parsed = []
    for key in keys:
        try:
            parsed.append(age.Recipient.from_str(key.strip()))
        except age.AgeError:
            raise DomainError(Text(f"不是 age 公钥（应以 age1 开头）：{key}", f"Not an age public key (age1…): {key}"), "encrypt-to") from None
    return parsed


def identities(paths: list[Path]) -> list[age.Identity]:
    """The age secret keys in ``paths`` (lines ``AGE-SECRET-KEY-…``; comments skipped)."""
    found = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            found += [age.Identity.from_str(line.strip()) for line in lines if line.strip().startswith("AGE-SECRET-KEY-")]
        except (OSError, UnicodeDecodeError, age.AgeError) as error:
            raise DomainError(Text(f"无法读取 age 私钥 {path}：{error}", f"The age key {path} cannot be read: {error}"), "identity") from None
    return found


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def decrypt(source: Path, target: Path, keys: list[age.Identity]) -> None:
    """Decrypt the file ``source`` into ``target``, or refuse: no key given, none of them is a recipient's, or the
    file does not authenticate."""
    _require(keys)
    with damage_refused(), open(source, "rb") as reader, open(target, "wb") as writer:
        age.decrypt(reader, writer, keys)


def reading(source: Path, keys: list[age.Identity]) -> Callable[[], age.Reading]:
    """How to read the encrypted package ``source`` as its plain bag, anywhere in it, decrypting as it is read
    (:class:`app.sync.age.Reading`); refused at once when no key is given, none of them is a recipient's, or the
    file's header or length does not authenticate. A chunk that fails later raises AgeError when it is read: the
    reader's caller turns that into a refusal with :func:`damage_refused`."""
    _require(keys)
    with damage_refused():
        age.Reading(source, keys).close()
    return lambda: age.Reading(source, keys)


@contextmanager
def damage_refused() -> Iterator[None]:
    """Turn an age file that fails to open or to authenticate into the refusal that says so."""
    try:
        yield
    except age.AgeError as error:
        raise DomainError(Text(f"无法解密数据包：所给的 age 私钥都不是它的收件人，或文件已损坏（{error}）。",
                               f"The package cannot be decrypted: none of the age keys given is one of its recipients, "
                               f"or the file is damaged ({error})."), "identity") from None


def _require(keys: list[age.Identity]) -> None:
    if not keys:
        raise DomainError(Text("数据包已加密；请用 --identity 给出总部的 age 私钥。",
                               "The package is encrypted; give head office's age key with --identity."), "identity")
