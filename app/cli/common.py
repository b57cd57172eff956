"""What every ``verifield`` command shares: bilingual messages on stderr, the store, the engagement named, passphrase and certificate files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.kernel.text import DomainError, Text


def say(message) -> None:
    """A message on stderr, in both languages."""
    text = message.both() if "\n" not in message.en else f"{message.en}\n\n{message.zh}"
    print(f"verifield: {text}", file=sys.stderr)


def open_data_store(args):
    from app.storage.store import open_store

    store = open_store(unlocked(args))  # an encrypted folder is opened with --passphrase-file
    for notice in store.notices:  # a restore from backup, say
        say(notice)
    return store


def named_engagement(args):
    """The store and the id of the engagement the command names (by code or id)."""
    from app.services import engagements as services

    store = open_data_store(args)
    return store, services.find_engagement(store.uow(), args.engagement)


def passphrase(args) -> str:
    """The signing identity's passphrase, from ``--passphrase-file`` of the command."""
    if not args.passphrase_file:
        raise DomainError(Text("签名需要 --passphrase-file。", "Signing needs --passphrase-file."), "passphrase")
    return read_passphrase(args.passphrase_file)


def certificate_file(path) -> bytes:
    """A certificate file as DER (PEM files are converted)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    from app.domain.kernel.text import Text

    try:
        data = path.read_bytes()
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data).public_bytes(Encoding.DER)
        return x509.load_der_x509_certificate(data).public_bytes(Encoding.DER)
    except (OSError, ValueError) as error:
        raise DomainError(Text(f"无法读取证书 {path}：{error}", f"The certificate {path} cannot be read: {error}"), "trust") from None


def read_passphrase(path: str) -> str:
    """The first line of a passphrase file (a Notepad BOM dropped)."""
    try:
        return Path(path).read_text(encoding="utf-8-sig").splitlines()[0]  # -sig: Notepad's BOM
    except (OSError, IndexError, UnicodeDecodeError) as error:
        raise DomainError(Text(f"无法读取口令文件 {path}：{error}", f"The passphrase file {path} cannot be read: {error}"), "passphrase") from None


def unlocked(args: argparse.Namespace) -> Path:
    """The store's path, its folder's data key made active first when it is encrypted and a passphrase is given."""
    from app.paths import database_path
    from app.storage import data_key

    store = database_path(args.data_dir)
    given = getattr(args, "folder_passphrase_file", None)
    if given and data_key.is_encrypted(store.parent):
        data_key.activate(store.parent, data_key.unlock(store.parent, read_passphrase(given)))
    return store
