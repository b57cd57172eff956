"""The BagIt 1.0 bag (RFC 8493) as a zip: written streaming, read back member by member, refused when anything is off.

Layout: ``bagit.txt``, ``bag-info.txt``, ``manifest-sha256.txt`` (every ``data/`` file), ``tagmanifest-sha256.txt``
(the three tag files above) and ``signature.p7s`` (a detached CMS over the tag manifest, made by the caller).
Media already compressed are stored, the rest deflated. Reading checks, before anything is trusted: the member
names (no ``..``, no absolute path, no symlink, no duplicate, nothing outside the layout), sizes against a zip
bomb, every payload file against the manifest (SHA-256 and Payload-Oxum), every tag file against the tag manifest.
"""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from app.domain.kernel.cancelling import Cancelled  # raised when the verifier cancels; callers catch bag.Cancelled
from app.domain.kernel.text import DomainError, Text

CHUNK = 1 << 20
STORED_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".heic", ".webp", ".pdf", ".xlsx", ".docx", ".zip", ".gz", ".mp4", ".mov"}
# Evidence is named by its SHA-256 alone, so media already compressed are known by their first bytes too.
COMPRESSED_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
SIGNATURE = "signature.p7s"
TAG_MANIFEST = "tagmanifest-sha256.txt"
MAX_RATIO = 200  # a member that inflates more than this (and past MAX_SMALL) is a zip bomb
MAX_SMALL = 1 << 20
MAX_TOTAL = 1 << 40

Progress = Callable[[int], None]  # bytes done so far


class BagWriter:
    """Adds payload files to a zip opened on ``handle``; :meth:`finish` writes the tag files and the signature."""

    def __init__(self, handle: BinaryIO, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None):
        self._zip = zipfile.ZipFile(handle, "w", allowZip64=True)
        self._manifest: list[tuple[str, str]] = []
        self._octets = 0
        self._progress, self._cancelled = progress, cancelled
        # Two buffers read into in turn (a fresh megabyte per read costs more than the copy itself): the handle may
        # still be reading one (hashing it in another thread) while the next is filled.
        self._views = [memoryview(bytearray(CHUNK)) for _ in range(2)]
        # Each member's SHA-256 is taken in a thread of its own (hashlib lets go of the GIL) while the block is
        # CRC-ed and written: the writing thread then does the zip's work alone, and the hashes run on the other core.
        self._hashing = ThreadPoolExecutor(1, thread_name_prefix="bag-sha256")

    def add_file(self, name: str, source: Path) -> str:
        """Copy ``source`` to ``data/<name>``; its SHA-256."""
        with open(source, "rb", buffering=0) as reader:
            return self._add(name, reader)

    def add_stream(self, name: str, reader: BinaryIO, sha256: str | None = None) -> str:
        """Copy what ``reader`` holds to ``data/<name>``; its SHA-256. ``sha256``: the content's digest, known already
        (an evidence file is named by it and checked by ``reader`` as it is read), so it is not taken again."""
        with reader:
            return self._add(name, reader, sha256)

    def add_bytes(self, name: str, data: bytes) -> str:
        return self._add(name, io.BytesIO(data))

    def add_blocks(self, name: str, blocks: Iterable[bytes]) -> str:
        """Write ``blocks`` one after the other as ``data/<name>`` (a text made as it is written); its SHA-256."""
        return self._add(name, _BlockReader(blocks))

    def _add(self, name: str, reader: BinaryIO, known: str | None = None) -> str:
        arcname = f"data/{name}"
        view = self._next_view()
        size = reader.readinto(view)
        info = zipfile.ZipInfo(arcname, (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED if _compressed(name, bytes(view[:min(size, 16)])) else zipfile.ZIP_DEFLATED
        digest, hashed = (None if known else hashlib.sha256()), None
        try:
            with self._zip.open(info, "w", force_zip64=True) as member:
                while size:
                    if self._cancelled and self._cancelled():
                        raise Cancelled
                    chunk = view[:size]
                    if hashed is not None:
                        hashed.result()  # the block before is hashed: its buffer is the one read into next
                    if digest is not None:
                        hashed = self._hashing.submit(digest.update, chunk)
                    member.write(chunk)
                    self._octets += size
                    if self._progress:
                        self._progress(self._octets)
                    view = self._next_view()
                    size = reader.readinto(view)
        finally:
            if hashed is not None:
                hashed.result()
        sha256 = known or digest.hexdigest()
        self._manifest.append((sha256, arcname))
        return sha256

    def _next_view(self) -> memoryview:
        self._views.reverse()
        return self._views[0]

    def finish(self, info: dict[str, str], sign: Callable[[bytes], bytes]) -> None:
        """Write ``bagit.txt``, ``bag-info.txt`` (``info`` and the Payload-Oxum), the manifests and the signature."""
        tags = {
            "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
            "bag-info.txt": "".join(f"{k}: {v}\n" for k, v in {**info, "Payload-Oxum": f"{self._octets}.{len(self._manifest)}"}.items()).encode(),
            "manifest-sha256.txt": "".join(f"{h}  {n}\n" for h, n in sorted(self._manifest, key=lambda m: m[1])).encode(),
        }
        tag_manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in tags.items()).encode()
        for name, data in [*tags.items(), (TAG_MANIFEST, tag_manifest), (SIGNATURE, sign(tag_manifest))]:
            self._zip.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
        self._zip.close()
        self._hashing.shutdown()

    def abandon(self) -> None:
        """Close the zip of a bag left unfinished (cancelled, or its target failed); the caller discards the file."""
        try:
            self._zip.close()
        except (OSError, ValueError):  # the target is what failed
            pass
        finally:
            self._hashing.shutdown()


class _BlockReader:
    """``readinto`` over an iterator of blocks: what :meth:`BagWriter._add` reads from."""

    def __init__(self, blocks: Iterable[bytes]):
        self._blocks = iter(blocks)
        self._left = memoryview(b"")

    def readinto(self, buffer: memoryview) -> int:
        filled = 0
        while filled < len(buffer):
            if not self._left:
                block = next(self._blocks, None)
                if block is None:
                    break
                self._left = memoryview(block)
            size = min(len(self._left), len(buffer) - filled)
            buffer[filled:filled + size] = self._left[:size]
            self._left, filled = self._left[size:], filled + size
        return filled


def _compressed(name: str, head: bytes) -> bool:
    """Whether a file is already compressed (a photo, a PDF, a workbook, an archive), so deflating it gains nothing."""
    return Path(name).suffix.lower() in STORED_SUFFIXES or head.startswith(COMPRESSED_MAGIC) or head[4:8] == b"ftyp"


Opener = Callable[[], BinaryIO]  # a new seekable reader of the zip each time: the file, or the file through its age


@dataclass
class Bag:
    """A bag whose members all hash as its manifests say (the signature is the caller's to check)."""

    path: Path
    info: dict[str, str]
    payload: dict[str, str]  # data/... name -> SHA-256
    tag_manifest: bytes
    signature: bytes
    open_file: Opener  # the zip's bytes, read again (through the age wrapping of an encrypted package)

    def read(self, name: str) -> bytes:
        with self.open_file() as handle, zipfile.ZipFile(handle) as bag:
            return bag.read(name)


def read_bag(path: Path, progress: Progress | None = None, open_file: Opener | None = None) -> Bag:
    """The bag in the zip ``path``, every member checked; a DomainError naming the first bad member otherwise.

    ``open_file``: how to read the zip's bytes when they are not the file's own (an age-encrypted package read
    through :class:`app.sync.age.Reading`, decrypted as it is read and never written out)."""
    open_file = open_file or (lambda: open(path, "rb"))
    try:
        with open_file() as handle, zipfile.ZipFile(handle) as bag:
            if min((i.header_offset for i in bag.infolist()), default=1) != 0:  # the directory found is a stored member's own
                raise zipfile.BadZipFile("its directory does not start at its first byte")
            members = _checked_names(bag.infolist())
            tags = {name: _read(bag, members[name]) for name in (*TAG_FILES, TAG_MANIFEST, SIGNATURE) if _needed(members, name)}
            _check_listed(_manifest(tags[TAG_MANIFEST], TAG_MANIFEST), {n: tags[n] for n in TAG_FILES}, TAG_MANIFEST)
            if not tags["bagit.txt"].startswith(b"BagIt-Version: 1.0\n"):
                raise _bad("bagit.txt", "不是 BagIt 1.0 声明", "is not a BagIt 1.0 declaration")
            info = _info(tags["bag-info.txt"])
            payload = _manifest(tags["manifest-sha256.txt"], "manifest-sha256.txt")
            data_members = {n for n in members if n.startswith("data/")}
            for name in sorted(data_members - set(payload)):
                raise _bad(name, "不在清单 manifest-sha256.txt 中（被加入）", "is not in manifest-sha256.txt (it was added)")
            for name in sorted(set(payload) - data_members):
                raise _bad(name, "列在清单中，但数据包里没有（被删除）", "is listed in the manifest but missing (it was removed)")
            octets = _hash_payload(bag, open_file, members, payload, progress)
            if info.get("Payload-Oxum") != f"{octets}.{len(payload)}":
                raise _bad("bag-info.txt", "Payload-Oxum 与数据不符", "Payload-Oxum does not match the payload")
    except (zipfile.BadZipFile, NotImplementedError, EOFError) as error:
        raise _bad(path.name, f"不是完整的 zip 文件（被截断或损坏：{error}）", f"is not a whole zip file (truncated or damaged: {error})") from None
    return Bag(path, info, payload, tags[TAG_MANIFEST], tags[SIGNATURE], open_file)


def _checked_names(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        parts = name.split("/")
        if name.startswith("/") or "\\" in name or ":" in parts[0] or any(p in ("", ".", "..") for p in parts):
            raise _bad(name, "路径不安全（绝对路径或含 ..）", "has an unsafe path (absolute, or with ..)")
        if stat.S_ISLNK(info.external_attr >> 16) or info.is_dir():
            raise _bad(name, "是符号链接或文件夹，数据包中不允许", "is a symbolic link or a folder, which a package may not hold")
        if name in members:
            raise _bad(name, "在数据包中出现了两次", "appears twice in the package")
        if not (name in (*TAG_FILES, TAG_MANIFEST, SIGNATURE) or name.startswith("data/")):
            raise _bad(name, "不属于数据包的结构（被加入）", "is not part of a package's layout (it was added)")
        if info.file_size > MAX_SMALL and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bad(name, "解压后大得不合理（压缩炸弹）", "inflates to an implausible size (a zip bomb)")
        total += info.file_size
        members[name] = info
    if total > MAX_TOTAL:
        raise _bad("(zip)", "解压后总大小不合理（压缩炸弹）", "inflates to an implausible total size (a zip bomb)")
    return members


def _needed(members: dict[str, zipfile.ZipInfo], name: str) -> bool:
    if name not in members:
        raise _bad(name, "缺失（被删除）", "is missing (it was removed)")
    return True


def _read(bag: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_SMALL:
        raise _bad(info.filename, "作为标签文件过大", "is too large for a tag file")
    try:
        return bag.read(info)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, EOFError) as error:
        raise _bad(info.filename, f"已损坏（{error}）", f"is damaged ({error})") from None


def _hash_payload(bag: zipfile.ZipFile, open_file: Opener, members: dict, payload: dict[str, str], progress: Progress | None) -> int:
    """Every payload member read once: its SHA-256 taken in a thread of its own (hashlib lets go of the GIL) while
    the next block is read and CRC-ed, the two buffers of a stored member used in turn."""
    octets = 0
    buffers = (bytearray(CHUNK), bytearray(CHUNK))
    with open_file() as raw, ThreadPoolExecutor(1, thread_name_prefix="verify-sha256") as hashing:
        for name in sorted(payload):
            info, digest, size, hashed = members[name], hashlib.sha256(), 0, None
            try:
                chunks = _stored(raw, info, buffers) if info.compress_type == zipfile.ZIP_STORED else _inflated(bag, info)
                for chunk in chunks:
                    if hashed is not None:
                        hashed.result()  # the block before is hashed: its buffer is the one read into next
                    hashed = hashing.submit(digest.update, chunk)
                    size += len(chunk)
                    if progress:
                        progress(octets + size)
            except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, EOFError) as error:
                raise _bad(name, f"已损坏（{error}）", f"is damaged ({error})") from None
            finally:
                if hashed is not None:
                    hashed.result()
            if size != info.file_size or digest.hexdigest() != payload[name]:
                raise _bad(name, "的 SHA-256 或大小与清单不符（被改动）", "does not match its SHA-256 or size in the manifest (it was altered)")
            octets += size
    return octets


def _inflated(bag: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    with bag.open(info) as reader:  # checks the CRC at the end
        while chunk := reader.read(CHUNK):
            yield chunk


def _stored(raw: BinaryIO, info: zipfile.ZipInfo, buffers: tuple[bytearray, bytearray]) -> Iterator[memoryview]:
    """A stored member's bytes read straight from the file into ``buffers`` in turn (the bulk of a package: photos,
    PDFs), after the checks :meth:`zipfile.ZipFile.open` makes: its local header, its name, no encryption, and its
    CRC."""
    raw.seek(info.header_offset)
    header = raw.read(zipfile.sizeFileHeader)
    if len(header) != zipfile.sizeFileHeader or header[:4] != zipfile.stringFileHeader:
        raise zipfile.BadZipFile("bad local file header")
    name_length, extra_length = int.from_bytes(header[26:28], "little"), int.from_bytes(header[28:30], "little")
    if raw.read(name_length) != info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437") or info.flag_bits & 0x1:
        raise zipfile.BadZipFile("the local header does not match the directory")
    if info.compress_size != info.file_size:
        raise zipfile.BadZipFile("a stored member's sizes differ")
    raw.seek(extra_length, 1)
    views, left, crc, turn = [memoryview(b) for b in buffers], info.compress_size, 0, 0
    while left:
        view, turn = views[turn], 1 - turn
        size = raw.readinto(view[: min(left, len(view))])
        if not size:
            raise EOFError("the member ends early")
        crc, left = zlib.crc32(view[:size], crc), left - size
        yield view[:size]
    if crc != info.CRC:
        raise zipfile.BadZipFile("bad CRC-32")


def _manifest(data: bytes, source: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    try:
        for line in data.decode("utf-8").splitlines():
            digest, name = line.split("  ", 1)
            if len(digest) != 64 or name in entries:
                raise ValueError(line)
            entries[name] = digest
    except ValueError:
        raise _bad(source, "格式不对", "is not a manifest") from None
    return entries


def _check_listed(listed: dict[str, str], files: dict[str, bytes], source: str) -> None:
    for name, data in files.items():
        if listed.get(name) != hashlib.sha256(data).hexdigest():
            raise _bad(name, f"与 {source} 不符（被改动）", f"does not match {source} (it was altered)")


def _info(data: bytes) -> dict[str, str]:
    info = {}
    for line in data.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(": ")
        info[key] = value
    return info


def _bad(member: str, zh: str, en: str) -> DomainError:
    return DomainError(Text(f"数据包被拒绝：{member} {zh}；未作任何更改。", f"Package refused: {member} {en}; nothing was changed."), member)
