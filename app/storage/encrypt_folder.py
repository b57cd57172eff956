"""Encrypting a data folder that was plain, all or nothing, with a backup first.

1. A backup of the store is made (``backups/``), as before any change.
2. Everything is written encrypted into ``.encrypting/`` inside the folder, which
   nothing else reads: the store and every other store file (the backups, the
   copies kept before an upgrade or a restore) exported by SQLCipher
   (``sqlcipher_export``), and every evidence file sealed (:mod:`app.storage.sealed`)
   and read back against its SHA-256, and so the other files that name the client: the
   packages in the outbox (``outbox/*.vfpkg``), the packages imported at head office
   (``packages/<engagement>/*.vfpkg``) and the issued PDFs (``issued/<engagement>/*.pdf``),
   each read back against the SHA-256 of its plain content; the staged store must pass SQLite's
   integrity check and its history's hash chain; the new ``keys.json`` is
   written there too.  A failure, or the verifier's Cancel (``cancelled()`` is
   asked between files, ``progress(fraction, text)`` told after each), removes
   ``.encrypting/`` (and, on a Cancel, the backup of step 1): nothing has changed.
3. ``keys.json`` is moved into the folder — from here the folder is encrypted —
   then each staged file over its plain original, the plain thumbnails (a cache)
   are deleted and ``.encrypting/`` removed.  A run killed in this step leaves
   every file readable (plain or encrypted, each opened for what it is) and is
   finished by running the conversion again with the same passphrase.

Deleted plain files may still be on the disk's free blocks, and backups copied
elsewhere (a USB stick) stay as they were: the README says so.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from app.atomic import Pending, sync_folder
from app.domain.kernel.cancelling import Cancelled
from app.domain.kernel.text import DomainError, Text
from app.paths import DATABASE_NAME
from app.storage import data_key
from app.storage.backups import EVIDENCE_FOLDER, FOLDER, PREFIX, manifest_path, write_backup
from app.storage.encryption_at_rest import DB_ERRORS, export_encrypted, is_plain
from app.storage.sealed import SealingWriter, is_sealed

STAGING = ".encrypting"
THUMBNAILS = ".thumbnails"


@dataclass(frozen=True)
class Encrypted:
    """What the conversion did: the recovery key to show once ("" if none), the backup made first, files encrypted."""

    recovery: str
    backup: Path | None
    stores: int
    evidence: int
    others: int = 0  # packages (outbox, imported) and issued PDFs


def encrypt_folder(folder: Path, passphrase: str, recovery: bool = True, store_name: str = DATABASE_NAME,
                   progress: Callable[[float, str], None] = lambda fraction, text: None,
                   cancelled: Callable[[], bool] = lambda: False) -> Encrypted:
    """Encrypt the plain data folder ``folder`` (whose store is ``store_name``) under ``passphrase``, or finish a
    conversion that was cut short; ``cancelled()`` True before the files are put in place raises
    :class:`Cancelled` with nothing changed."""
    folder = Path(folder)
    staging = folder / STAGING
    if data_key.is_encrypted(folder):
        if not staging.is_dir():
            raise DomainError(Text(f"数据文件夹 {folder} 已经加密；要更换口令，请在设置中修改。",
                                   f"The data folder {folder} is already encrypted; change its passphrase in the settings instead."), "passphrase")
        data_key.unlock(folder, passphrase)  # a conversion cut short: finish it, given the right passphrase
        moved = _move_staged(folder, staging)
        return Encrypted("", None, *moved)
    store = folder / store_name
    backup = None
    if is_plain(store):
        backup = write_backup(store, folder / FOLDER / f"{PREFIX}{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.sqlite")
    shutil.rmtree(staging, ignore_errors=True)  # a staging area left by a run killed before it was complete
    staging.mkdir()
    try:
        made = data_key.set_up(staging, passphrase, recovery)
        key = made.key
        plain_stores, plain_evidence, plain_others = _plain_stores(folder), _plain_evidence(folder), _plain_others(folder)
        steps, stores, evidence = len(plain_stores) + len(plain_evidence) + len(plain_others) + 1, [], []
        for done, (path, convert, into) in enumerate([*((p, _export, stores) for p in plain_stores),
                                                      *((p, _seal, evidence) for p in [*plain_evidence, *plain_others])]):
            if cancelled():
                raise Cancelled
            into.append(convert(path, staging / path.relative_to(folder), key))
            progress((done + 1) / steps, f"{len(stores)}/{len(plain_stores)} · {len(evidence)}/{len(plain_evidence) + len(plain_others)}")
        _check(staging / store_name, staging, key)
        if cancelled():
            raise Cancelled
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, Cancelled) and backup is not None:  # asked to stop: not even the backup stays
            backup.path.unlink(missing_ok=True)
            manifest_path(backup.path).unlink(missing_ok=True)
        if isinstance(error, (OSError, *DB_ERRORS)):
            raise DomainError(Text(f"数据文件夹 {folder} 未能加密（{error}）；文件夹未作任何改动。",
                                   f"The data folder {folder} could not be encrypted ({error}); nothing in it has been changed."), "encrypt") from None
        raise
    _move_staged(folder, staging)
    return Encrypted(made.recovery, backup, len(stores), len(evidence) - len(plain_others), len(plain_others))


def _plain_stores(folder: Path) -> list[Path]:
    found = [p for p in [*folder.glob("*.sqlite"), *(folder / FOLDER).glob("*.sqlite")] if p.is_file() and is_plain(p)]
    return sorted(found)


def _plain_evidence(folder: Path) -> list[Path]:
    root = folder / EVIDENCE_FOLDER
    if not root.is_dir():
        return []
    return sorted(p for p in root.glob("??/*") if p.is_file() and len(p.name) == 64 and not is_sealed(p))


OTHERS = ("outbox/*.vfpkg", "packages/*/*.vfpkg", "issued/*/*.pdf")  # the other files that name the client


def _plain_others(folder: Path) -> list[Path]:
    """The packages in the outbox, those imported, the issued PDFs: each not sealed yet (a ``.partial`` being
    written is not one of them)."""
    found = {p for pattern in OTHERS for p in folder.glob(pattern) if p.is_file() and not p.name.startswith(".")}
    return sorted(p for p in found if not is_sealed(p))


def _export(source: Path, target: Path, key: bytes) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    export_encrypted(source, target, key)
    return target


def _seal(source: Path, target: Path, key: bytes) -> Path:
    """``source`` sealed into ``target``, then read back through the seal against its name (an evidence file's
    SHA-256) or else the SHA-256 of what was sealed."""
    import hashlib

    from app.storage.sealed import open_content

    target.parent.mkdir(parents=True, exist_ok=True)
    pending, digest = Pending(target.parent, target.name), hashlib.sha256()
    try:
        writer = SealingWriter(pending.file, key)
        with open(source, "rb") as reader:
            while chunk := reader.read(1 << 20):
                digest.update(chunk)
                writer.write(chunk)
        writer.finish()
        pending.commit(target)
    except BaseException:
        pending.discard()
        raise
    evidence = source.parent.parent.name == EVIDENCE_FOLDER and len(source.name) == 64
    expected = source.name if evidence else digest.hexdigest()
    with open_content(target, key) as sealed:
        if hashlib.file_digest(sealed, "sha256").hexdigest() != expected:
            raise OSError(f"{'evidence file ' + source.name[:12] + '…' if evidence else source.name} does not read back as it "
                          "was (damaged before encryption?)")
    return target


def _check(store: Path, staging: Path, key: bytes) -> None:
    """The staged store opens with the key, passes the integrity check and its history chain holds."""
    if not store.exists():
        return  # a folder with no store yet: its first store will be created encrypted
    from app.storage.store import open_store

    data_key.activate(staging, key)
    try:
        staged = open_store(store)
        try:
            problems = staged.integrity_check() != ["ok"] or _broken_chain(staged)
        finally:
            staged.close()
    finally:
        data_key.deactivate(staging)
    if problems:
        raise OSError("the encrypted copy of the store does not pass its checks")


def _move_staged(folder: Path, staging: Path) -> tuple[int, int, int]:
    """Put ``keys.json`` in place first, then each staged file over its original; (stores, evidence files, other
    files) moved."""
    if (staging / data_key.KEY_FILE).exists():
        os.replace(staging / data_key.KEY_FILE, folder / data_key.KEY_FILE)
        sync_folder(folder)
    stores = evidence = others = 0
    for staged in sorted(p for p in staging.rglob("*") if p.is_file()):
        original = folder / staged.relative_to(staging)
        if original.suffix == ".sqlite":
            for side in ("-wal", "-shm", "-journal"):
                original.with_name(original.name + side).unlink(missing_ok=True)
            stores += 1
        elif (folder / EVIDENCE_FOLDER) in original.parents:
            evidence += 1
        else:
            others += 1
        os.replace(staged, original)
        sync_folder(original.parent)
    shutil.rmtree(folder / EVIDENCE_FOLDER / THUMBNAILS, ignore_errors=True)  # plain pictures: made again, sealed
    shutil.rmtree(staging, ignore_errors=True)
    return stores, evidence, others


def _broken_chain(store) -> list:
    """What is wrong with the store's hash-chained history (nothing when it holds)."""
    from app.domain.kernel.history import verify_chain

    with store.uow() as uow:
        return verify_chain(uow.history.all(), uow.history.head())
