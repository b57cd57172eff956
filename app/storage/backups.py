"""Backups of the store and restoring one: made through SQLite, checked before they replace anything.

A backup is taken with SQLite's online backup API (never a copy of the file,
which could catch a live database half-written or without its WAL), into a
temporary file in the target folder that is flushed to disk and then renamed
(see :mod:`app.atomic`).  Beside it, ``<backup>.json`` names the schema
revision, the backup's SHA-256 and the evidence files (by SHA-256) the backed
up store refers to, so a verifier knows what else must be kept to restore.

Rotating backups live in ``<data folder>/backups/`` (and, if the verifier
chose one, a second folder such as a USB stick) as
``verifield-backup-YYYYMMDD-HHMMSS-ffffff.sqlite``; :func:`rotate` keeps the
newest ``keep`` and the newest of each of the last seven days.

:func:`restore` checks a backup (SQLite's integrity check, foreign keys, the
history's hash chain, a schema this version knows, upgraded on a copy if
older) before anything changes, keeps the current store aside as
``verifield.before-restore-<time>.sqlite``, writes the backup's content into the
store through SQLite in one step, and reports the evidence files the evidence
folder lacks.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from app.atomic import Pending, write_bytes
from app.domain.kernel.text import DomainError, Text, unwritable
from app.storage import migrations
from app.storage.encryption_at_rest import DB_ERRORS, connect, copy_database
from app.storage.files import StoreError, open_regular, stored_version

FOLDER = "backups"
EVIDENCE_FOLDER = "evidence"  # beside the store, as the workbench and packages keep it
PREFIX = "verifield-backup-"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(re.escape(PREFIX) + r"(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite")
DAYS_KEPT = 7


@dataclass(frozen=True)
class Backup:
    """A backup file, when it was made, and the evidence files (SHA-256) its store refers to."""

    path: Path
    made: datetime
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the replaced store was kept, the schema restored, the evidence files missing."""

    kept_aside: Path | None
    schema: str
    evidence: tuple[str, ...]
    missing: tuple[str, ...]

    def said(self) -> Text:
        aside = f"原数据文件另存为 {self.kept_aside.name}。" if self.kept_aside else ""
        aside_en = f" The store it replaced is kept as {self.kept_aside.name}." if self.kept_aside else ""
        if self.missing:
            listed = "\n".join(self.missing)
            lacks = (f"证据文件夹缺少此备份所需的 {len(self.missing)} 个证据文件（SHA-256 如下），请从证据备份复制回来：\n{listed}",
                     f"The evidence folder lacks {len(self.missing)} of the evidence files this backup needs "
                     f"(SHA-256 below); copy them back from a backup of the evidence:\n{listed}")
        else:
            lacks = (f"所需的 {len(self.evidence)} 个证据文件都在证据文件夹中。",
                     f"All {len(self.evidence)} evidence files it needs are in the evidence folder.")
        return Text(f"已从备份恢复（数据库版本 {self.schema}）。{aside}{lacks[0]}",
                    f"Restored from the backup (schema {self.schema}).{aside_en} {lacks[1]}")


# --- making backups --------------------------------------------------------------------------

def write_backup(store_path: Path, target: Path) -> Backup:
    """Back the store up into ``target`` (replacing it), with its ``.json`` list beside it."""
    store_path, target = Path(store_path), Path(target)
    if stored_version(store_path) is None:
        raise DomainError(Text(f"没有可备份的数据：{store_path} 不存在或为空。", f"There is nothing to back up: {store_path} is missing or empty."), "store")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        pending = Pending(target.parent, target.name)
    except OSError as error:
        raise unwritable(error) from None
    try:
        copy_database(store_path, pending.temp)
        evidence = needed_evidence(pending.temp)
        schema = stored_version(pending.temp) or ""
        pending.commit(target)
    except (OSError, *DB_ERRORS) as error:
        pending.discard()
        raise _not_backed_up(target, error) from None
    except BaseException:
        pending.discard()
        raise
    made = datetime.now()
    manifest = {"format": "verifield-backup 1", "made": made.isoformat(timespec="seconds"), "schema": schema,
                "sha256": _sha256(target), "evidence": list(evidence)}
    try:
        write_bytes(manifest_path(target), json.dumps(manifest, indent=1).encode())
    except OSError as error:
        raise unwritable(error) from None
    return Backup(target, made, evidence)


def back_up(store_path: Path, folder: Path, keep: int, now: datetime | None = None) -> Backup:
    """A rotating backup in ``folder``: a new one named after the time, then :func:`rotate`."""
    now = now or datetime.now()
    made = write_backup(store_path, Path(folder) / f"{PREFIX}{now.strftime(_STAMP)}.sqlite")
    rotate(Path(folder), keep, now.date())
    return Backup(made.path, now, made.evidence)


def backups_in(folder: Path) -> list[Path]:
    """The rotating backups in ``folder``, newest first."""
    try:
        names = [p for p in Path(folder).iterdir() if _NAME.fullmatch(p.name)]
    except OSError:
        return []
    return sorted(names, key=lambda p: p.name, reverse=True)


def made_at(path: Path) -> datetime:
    found = _NAME.fullmatch(path.name)
    return datetime.strptime(found["stamp"], _STAMP) if found else datetime.fromtimestamp(path.stat().st_mtime)


def rotate(folder: Path, keep: int, today: date) -> list[Path]:
    """Delete the rotating backups beyond the newest ``keep`` and the newest of each of the last seven days."""
    kept, days = set(), set()
    for n, path in enumerate(backups_in(folder)):
        day = made_at(path).date()
        if n < keep or (today - day < timedelta(days=DAYS_KEPT) and day not in days):
            kept.add(path)
        days.add(day)
    removed = [p for p in backups_in(folder) if p not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
        manifest_path(path).unlink(missing_ok=True)
    return removed


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def needed_evidence(path: Path) -> tuple[str, ...]:
    """The SHA-256 of every evidence file the store at ``path`` refers to."""
    with closing(connect(path, read_only=True)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "fieldwork_records" not in tables:
            return ()
        rows = connection.execute("SELECT DISTINCT key FROM fieldwork_records WHERE kind = 'evidence' AND key != ''")
        return tuple(sorted(row[0] for row in rows))


# --- restoring -------------------------------------------------------------------------------

def restore(backup: Path, store_path: Path, evidence_folder: Path) -> Restored:
    """Replace the store's content by the backup's, once the backup has passed every check; all or nothing."""
    from app.storage.store import open_store  # SQLAlchemy and Alembic: only when restoring

    backup, store_path = Path(backup), Path(store_path)
    _readable(backup)
    try:
        version = stored_version(backup)
    except StoreError:
        raise _refused(backup, Text("它不是 Verifield 数据文件，或已损坏", "it is not a Verifield data file, or it is damaged")) from None
    if version is None:
        raise _refused(backup, Text("它是空的", "it is empty"))
    if version not in migrations.known_revisions():
        raise _refused(backup, Text(f"它由更新版本的 Verifield 写入（数据库版本 {version}），请先升级 Verifield",
                                    f"it was written by a newer Verifield (schema {version}); upgrade Verifield first"))
    store_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".restoring-", dir=store_path.parent) as work:
        copy = Path(work) / "restoring.sqlite"
        copy_database(backup, copy)
        try:
            checked = open_store(copy)  # upgrades an older backup, on the copy
        except StoreError as error:
            raise _refused(backup, Text(error.message.zh.rstrip("。"), error.message.en.rstrip("."))) from None
        try:
            problems = _problems(checked)
            schema = checked.schema_version()
        finally:
            checked.close()
        if problems:
            raise _refused(backup, Text("；".join(p.zh for p in problems), "; ".join(p.en for p in problems)))
        aside = None
        if stored_version(store_path) is not None:
            aside = store_path.with_name(f"{store_path.stem}.before-restore-{datetime.now().strftime(_STAMP)}{store_path.suffix}")
            write_backup(store_path, aside)
        with closing(connect(copy)) as source, closing(connect(store_path)) as target:
            source.backup(target)  # through SQLite, so the store's own journal is respected; all at once
    needed = needed_evidence(store_path)
    from app.storage.evidence_files import EvidenceFiles

    present = EvidenceFiles(evidence_folder)
    return Restored(aside, schema, needed, tuple(d for d in needed if not present.has(d)))


def _problems(store) -> list[Text]:
    from app.domain.kernel.history import verify_chain

    problems = []
    integrity = store.integrity_check()
    if integrity != ["ok"]:
        problems.append(Text(f"SQLite 完整性检查未通过（{'；'.join(integrity[:3])}）", f"SQLite's integrity check fails ({'; '.join(integrity[:3])})"))
    if store.foreign_key_problems():
        problems.append(Text("有记录指向不存在的记录（外键）", "some rows point at rows that do not exist (foreign keys)"))
    with store.uow() as uow:
        problems += verify_chain(uow.history.all(), uow.history.head())
    return problems


def _readable(path: Path) -> None:
    try:
        open_regular(path).close()
    except OSError as error:
        raise _refused(path, Text(f"无法读取（{error.strerror or error}）", f"it cannot be read ({error.strerror or error})")) from None


def _sha256(path: Path) -> str:
    with open(path, "rb", buffering=0) as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _refused(backup: Path, why: Text) -> StoreError:
    return StoreError(Text(f"备份 {backup} 不能用于恢复：{why.zh}。数据未作任何改动。",
                           f"The backup {backup} cannot be restored: {why.en}. Nothing has been changed."))


def _not_backed_up(target: Path, error: Exception) -> DomainError:
    if isinstance(error, OSError):
        return unwritable(error)
    return DomainError(Text(f"无法写入备份 {target}（{error}）。", f"The backup {target} could not be written ({error})."), "backup")
