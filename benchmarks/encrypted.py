"""The benchmarks' ``--encrypted`` option: their data folder made an encrypted one, as after its passphrase is given.

``keys.json`` wraps a new data key by :data:`PASSPHRASE` (Argon2id, as ``verifield encrypt`` writes it) and the key is
made active in this process (:func:`app.storage.data_key.activate`), so a store created in the folder is encrypted
(SQLCipher, see :mod:`app.storage.encryption_at_rest`) and evidence files added under it are sealed (see
:mod:`app.storage.sealed`).  The floors the benchmarks compare against stay plain: they are what the issue compares
an encrypted folder against.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.storage import data_key

PASSPHRASE = "benchmark passphrase"


def add_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--encrypted", action="store_true", help=f"in an encrypted data folder ({what})")


def announce(what: str) -> None:
    print(f"encrypted data folder: {what}")


def data_folder(folder: Path, encrypted: bool) -> Path:
    """``folder`` made (if need be) and, if ``encrypted``, set up encrypted with its data key active; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    if encrypted:
        data_key.activate(folder, data_key.set_up(folder, PASSPHRASE, recovery=False).key)
    return folder


def forget(folder: Path) -> None:
    """The folder's data key no longer active (its benchmark is over)."""
    data_key.deactivate(folder)
