"""The evidence store: photos, scans and documents kept by content, under their SHA-256.

A file whose digest is ``ab12…`` (64 hex digits) lives at ``<root>/ab/ab12…``:
the first two hex digits name a folder so that no folder holds more than a
few thousand files.  The same content is therefore stored once, however many
times and under whatever names it is attached.

Files of several GB pass through: :meth:`EvidenceFiles.add` reads the source
once, in 1 MiB chunks, hashing each chunk as it is written to a temporary
file in the store's own folder (see :mod:`app.atomic`); the temporary file
is flushed to disk and then renamed to its digest, so a stored file is either
whole or absent.  Only regular files are taken: a folder, a device, a named
pipe (which would wait for ever for a writer) or a socket is refused before
it is opened for reading.  Reading goes through :meth:`EvidenceFiles.open`, whose
reader hashes as it streams and refuses, at the end, a file whose digest no
longer matches its name; :meth:`verify` and :meth:`verify_all` do the same
check without handing the bytes out (before packaging, say).

Thumbnails (JPEG, made with Pillow) are cached under ``<root>/.thumbnails/<size>/``.

In an encrypted data folder the files and thumbnails are sealed with the data
key as they are written (:mod:`app.storage.sealed`), still named by the SHA-256
of their content, and opened through the seal wherever they are read.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from app.atomic import Pending, named, replacing, sync_folder
from app.domain.kernel.text import DomainError, Text, unwritable
from app.storage.data_key import active_for
from app.storage.files import SpecialFile, open_regular
from app.storage.sealed import Damaged, SealingWriter, is_sealed, open_content, read_content, seal_bytes

CHUNK = 1 << 20
FLUSHING_AT_ONCE = 2  # files being flushed to disk while the next is copied (their fsyncs share the disk's commits)
PICTURE_LIMIT = 256 << 20  # a sealed file larger than this is not opened as a picture (it would be read whole)
DIGEST = re.compile(r"[0-9a-f]{64}")
DATE_TIME_ORIGINAL, DATE_TIME, EXIF_IFD = 36867, 306, 0x8769

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Stored:
    """A file as stored: its digest, its size in bytes, and whether that content was already there."""

    sha256: str
    size: int
    existed: bool


class _Written(NamedTuple):
    """A copy in a temporary file of the store, still open, not yet flushed to disk."""

    pending: Pending
    sha256: str
    size: int


class _Cancelled(Exception):
    """Raised from inside a copy when the verifier has cancelled; never leaves this module."""


class EvidenceFiles:
    """The content-addressed evidence files under ``root`` (created when missing); sealed with the data folder's
    active data key, when it has one (see :mod:`app.storage.sealed`)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.key = active_for(self.root)

    # -- adding -------------------------------------------------------------

    def add(self, source: Path, progress: Callable[[int], None] | None = None) -> Stored:
        """Store a copy of ``source``; ``progress(bytes_done)`` is called after each chunk."""
        try:
            return self._settle(self._write(Path(source), progress))
        except OSError as error:  # the store's side: reading the source is refused as unreadable before
            raise unwritable(named(error, self.root)) from None

    def add_many(self, sources: Iterable[Path], progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> list[Stored]:
        """Store several files, reporting ``progress(fraction, file name)``.

        When ``cancelled()`` turns true (it is asked before each file and after
        each chunk) the file being copied is dropped and the files stored so far
        are returned; they stay in the store.  Up to two files are flushed to disk
        and named while the next is being copied, so the disk and the hashing overlap.
        A full or read-only evidence folder is a DomainError.
        """
        try:
            return self._add_many([Path(s) for s in sources], progress, cancelled)
        except OSError as error:  # the store's side: reading a source is refused as unreadable before
            raise unwritable(named(error, self.root)) from None

    def _add_many(self, sources: list[Path], progress: Progress | None, cancelled: Callable[[], bool] | None) -> list[Stored]:
        sizes = [_size(s) for s in sources]
        sizes = [_size(s) for s in sources]
        total, before = max(sum(sizes), 1), 0
        stored: list[Stored] = []
        with ThreadPoolExecutor(FLUSHING_AT_ONCE, thread_name_prefix="evidence-flush") as flusher:
            flushing: deque[tuple[str, Future]] = deque()
            for source, size in zip(sources, sizes):
                if cancelled and cancelled():
                    break

                def step(done: int, before=before, name=source.name) -> None:
                    if cancelled and cancelled():
                        raise _Cancelled
                    if progress:
                        progress(min((before + done) / total, 1.0), name)

                try:
                    written = self._write(source, step)
                except _Cancelled:
                    break
                while flushing and (len(flushing) == FLUSHING_AT_ONCE or any(d == written.sha256 for d, _ in flushing)):
                    stored.append(flushing.popleft()[1].result())  # in order; the same content never settled twice at once
                flushing.append((written.sha256, flusher.submit(self._settle, written)))
                before += size
            stored.extend(future.result() for _, future in flushing)
        if progress and not (cancelled and cancelled()):
            progress(1.0, "")
        return stored

    def _write(self, source: Path, progress: Callable[[int], None] | None) -> _Written:
        """Copy ``source`` into a temporary file of the store, hashing it on the way; the file is left open."""
        try:
            reader = open_regular(source)
        except SpecialFile as exc:
            raise DomainError(
                Text(f"无法附加 {source}：它是{exc.kind.zh}，不是普通文件。", f"{source} cannot be attached: it is {exc.kind.en}, not a regular file."),
                "file",
            ) from None
        except OSError as exc:
            raise _unreadable(source, exc) from exc
        digest, size = hashlib.sha256(), 0
        try:
            pending = Pending(self.root, "incoming")
        except BaseException:
            reader.close()
            raise
        out = SealingWriter(pending.file, self.key) if self.key else pending.file
        try:
            with reader:
                buffer = bytearray(CHUNK)
                view = memoryview(buffer)
                while True:
                    try:
                        count = reader.readinto(buffer)
                    except OSError as exc:
                        raise _unreadable(source, exc) from exc
                    if not count:
                        break
                    digest.update(view[:count])
                    out.write(view[:count])
                    size += count
                    if progress:
                        progress(size)
            if self.key:
                out.finish()
        except BaseException:
            pending.discard()
            raise
        return _Written(pending, digest.hexdigest(), size)

    def _settle(self, written: _Written) -> Stored:
        """Flush the written file to disk and give it its digest name, unless that content is already stored."""
        pending, sha256, size = written
        target = self.path(sha256)
        try:
            if target.exists() and self.verify(sha256):
                pending.discard()
                return Stored(sha256, size, True)
            # Not there, or the stored copy was damaged on disk: this good copy takes its place.
            if not target.parent.is_dir():
                target.parent.mkdir(exist_ok=True)
                sync_folder(self.root)
            try:
                pending.commit(target)
            except OSError:
                if not target.exists():  # unless another process stored it meanwhile (Windows refuses to replace it)
                    raise
                pending.discard()
                return Stored(sha256, size, True)
        except BaseException:
            pending.discard()
            raise
        return Stored(sha256, size, False)

    def take_back(self, stored: Iterable[Stored]) -> None:
        """Remove the files a batch stored that were not there before it (``existed`` false), when the batch could
        not be recorded: nothing refers to them.  Files that were already there stay."""
        for sha256 in {s.sha256 for s in stored if not s.existed}:
            path = self.path(sha256)
            path.unlink(missing_ok=True)
            sync_folder(path.parent)

    # -- finding and reading -------------------------------------------------

    def path(self, sha256: str) -> Path:
        """Where the file with this digest is (or would be) stored."""
        if not isinstance(sha256, str) or not DIGEST.fullmatch(sha256):
            raise DomainError(
                Text(f"“{sha256}” 不是 SHA-256 摘要（应为 64 位小写十六进制数字）。", f"“{sha256}” is not a SHA-256 digest (64 lower-case hex digits)."),
                "sha256",
            )
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open(self, sha256: str, size: int | None = None) -> VerifiedReader:
        """A reader of the stored file that checks its digest when it reaches the end; given the ``size`` recorded
        with the file instead, only that size (and, sealed, the seal's check of every chunk): for a reader that
        takes the SHA-256 of what it reads itself, or one whose receiver does (a package, hashed at head office)."""
        return VerifiedReader(self._stored(sha256), sha256, self.key, size)

    def verify(self, sha256: str) -> bool:
        """True when the file is stored and its content still hashes to its name."""
        path = self.path(sha256)
        try:
            return _hash_file(path, self.key) == sha256
        except (OSError, Damaged):
            return False

    def stored(self) -> list[str]:
        """The digests of every file in the store, sorted."""
        found = []
        for folder in self.root.iterdir():
            if len(folder.name) == 2 and folder.is_dir():
                found += [f.name for f in folder.iterdir() if DIGEST.fullmatch(f.name) and f.name[:2] == folder.name]
        return sorted(found)

    def verify_all(self, progress: Progress | None = None, expected: Iterable[str] = (), cancelled: Callable[[], bool] | None = None) -> list[str]:
        """The digests that are damaged, or ``expected`` but missing; every stored file is checked.

        ``progress(fraction, digest)`` is called after each file; a cancelled
        check returns what it has found so far.
        """
        present = self.stored()
        missing = sorted(set(expected) - set(present))
        sizes = [_size(self.path(d)) for d in present]
        total, done, bad = max(sum(sizes), 1), 0, []
        for sha256, size in zip(present, sizes):
            if cancelled and cancelled():
                break
            if not self.verify(sha256):
                bad.append(sha256)
            done += size
            if progress:
                progress(done / total, sha256)
        return sorted(missing + bad)

    def _stored(self, sha256: str) -> Path:
        path = self.path(sha256)
        if not path.is_file():
            raise DomainError(
                Text(f"证据文件 {sha256[:12]}… 不在证据库中（{path}）。请从备份恢复。", f"The evidence file {sha256[:12]}… is missing from the evidence store ({path}). Restore it from a backup."),
                "sha256",
            )
        return path

    # -- pictures ------------------------------------------------------------

    def thumbnail(self, sha256: str, size: int = 160) -> Path | None:
        """A JPEG at most ``size`` pixels square of a stored picture, upright (made once, from a verified file, then
        cached); None for non-images and damaged files.

        A file missing from the store raises DomainError, as :meth:`open` does.
        """
        target = self.root / ".thumbnails" / str(size) / f"{self.path(sha256).name}.jpg"
        if target.exists() and (not self.key or is_sealed(target)):  # a plain one left from before sealing is made anew
            return target
        from PIL import Image, ImageOps

        source = self._stored(sha256)
        if not self.verify(sha256):  # a damaged file is not shown as if it were the evidence
            return None
        try:
            with Image.open(self._picture(source)) as image:
                image.draft("RGB", (size, size))  # JPEG only: decode at 1/2, 1/4 or 1/8 scale
                picture = ImageOps.exif_transpose(image)
                picture.thumbnail((size, size))
        except Exception:  # Pillow cannot read it: not a picture, or a broken one
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as out:
            if self.key:
                made = io.BytesIO()
                _flattened(picture).save(made, "JPEG", quality=85)
                out.write(seal_bytes(made.getvalue(), self.key))
            else:
                _flattened(picture).save(out, "JPEG", quality=85)
        return target

    def thumbnail_data(self, sha256: str, size: int = 160) -> bytes | None:
        """The JPEG of :meth:`thumbnail` itself (opened through the seal), for showing."""
        made = self.thumbnail(sha256, size)
        return read_content(made, self.key) if made else None

    def _picture(self, source: Path):
        """What Pillow opens: the path of a plain file, the content of a sealed one (read into memory; a sealed file
        above :data:`PICTURE_LIMIT` is not taken for a picture)."""
        if not self.key or not is_sealed(source):
            return source
        if source.stat().st_size > PICTURE_LIMIT:
            raise Damaged("too large for a picture")
        return io.BytesIO(read_content(source, self.key))

    def taken_at(self, sha256: str) -> datetime | None:
        """When a photo was taken, from its EXIF DateTimeOriginal (else DateTime); None when it does not say."""
        from PIL import Image

        source = self._stored(sha256)
        try:
            with Image.open(self._picture(source)) as image:
                exif = image.getexif()
                found = exif.get_ifd(EXIF_IFD).get(DATE_TIME_ORIGINAL) or exif.get(DATE_TIME_ORIGINAL) or exif.get(DATE_TIME)
        except Exception:  # Pillow cannot read it: not a picture, or broken EXIF
            return None
        try:
            return datetime.strptime(str(found).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
        except ValueError:
            return None


class VerifiedReader(io.RawIOBase):
    """Streams a stored file, hashing as it goes; at the end a digest that no longer matches raises DomainError.
    Given the ``size`` recorded with the file, it checks that size instead of hashing (a sealed file's every chunk
    is still authenticated as it is opened).

    Only a reader read to its end has checked anything.
    """

    def __init__(self, path: Path, sha256: str, key: bytes | None = None, size: int | None = None):
        super().__init__()
        self._file = open_content(path, key)
        self._digest = hashlib.sha256() if size is None else None
        self._size, self._read = size, 0
        self.path, self.sha256 = path, sha256

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            count = self._file.readinto(buffer)
        except Damaged:
            raise _damaged(self.sha256, self.path) from None
        self._read += count or 0
        if count and self._digest is not None:
            self._digest.update(memoryview(buffer).cast("B")[:count])
        elif count == 0 and len(buffer) and not self._whole():
            raise _damaged(self.sha256, self.path)
        return count

    def _whole(self) -> bool:
        return self._read == self._size if self._digest is None else self._digest.hexdigest() == self.sha256

    def close(self) -> None:
        self._file.close()
        super().close()


def _damaged(sha256: str, path: Path) -> DomainError:
    return DomainError(
        Text(
            f"证据文件 {sha256[:12]}… 已损坏（其大小或 SHA-256 已不匹配）：{path}。请从备份恢复。",
            f"The evidence file {sha256[:12]}… is damaged (its size or SHA-256 no longer matches): {path}. Restore it from a backup.",
        ),
        "sha256",
    )


def _unreadable(source: Path, error: OSError) -> DomainError:
    reason = error.strerror or str(error)
    return DomainError(
        Text(f"无法读取要附加的文件 {source}（{reason}）。", f"The file to attach cannot be read: {source} ({reason})."),
        "file",
    )


def _hash_file(path: Path, key: bytes | None = None) -> str:
    with open_content(path, key) as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _flattened(picture):
    """The picture in RGB, transparent parts on white, as JPEG wants it."""
    if picture.mode == "RGB":
        return picture
    if "A" in picture.getbands() or "transparency" in picture.info:
        rgba = picture.convert("RGBA")
        from PIL import Image

        white = Image.new("RGB", rgba.size, "white")
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return picture.convert("RGB")
