"""Files sealed with the data key, by chunks, so that a 500 MB video never sits whole in memory.

The construction is the STREAM one of age and Tink: a sealed file is the
header ``VFSEALED1\\n`` + a random 16-byte salt, then the content in chunks of
1 MiB, each encrypted with AES-256-GCM under a key of its own file (HKDF-SHA256
of the data key and the salt) with the nonce ``chunk number (11 bytes) ‖
last-chunk flag (1 byte)`` and the header as associated data.  A chunk altered,
dropped, reordered or moved from another file fails its tag, and a file cut
at a chunk boundary lacks its last-flagged chunk: each is refused on reading.
A file without the header is read as it is (a folder part-way through
conversion), and must still hash to its name.

Besides evidence, an encrypted folder keeps sealed what else names the client:
the packages in the outbox and those imported, and the issued PDFs
(:func:`writing`, :func:`open_kept`).  The reader can seek (chunks have a fixed
place), so a zip is read in place and an upload resumes at an offset without a
plain copy on disk.
"""

from __future__ import annotations

import io
import os
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from app.atomic import replacing
from app.seekable import SeekableReader

MAGIC = b"VFSEALED1\n"
SALT = 16
HEADER = len(MAGIC) + SALT
CHUNK = 1 << 20
TAG = 16
_INFO = b"verifield sealed file v1"


class Damaged(Exception):
    """A sealed file whose chunks do not authenticate (altered, cut short, or sealed with another key)."""


def _file_key(key: bytes, salt: bytes):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return AESGCM(HKDF(hashes.SHA256(), 32, salt, _INFO).derive(key))


def _nonce(number: int, last: bool) -> bytes:
    return number.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


class SealingWriter:
    """Writes the sealed form of what it is given into ``out`` (left open); :meth:`finish` seals the last chunk.

    Every whole chunk is sealed as soon as it is complete; the last chunk, sealed by :meth:`finish`, is always
    shorter than a whole one (empty when the content ends on a chunk boundary), which is how a reader knows it."""

    def __init__(self, out: BinaryIO, key: bytes):
        salt = os.urandom(SALT)
        self._out, self._header = out, MAGIC + salt
        self._aead = _file_key(key, salt)
        self._pending = bytearray()
        self._number = 0
        out.write(self._header)

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        taken = 0
        if self._pending:
            taken = min(CHUNK - len(self._pending), len(view))
            self._pending += view[:taken]
            if len(self._pending) == CHUNK:
                self._seal(self._pending, last=False)
                self._pending.clear()
        while len(view) - taken >= CHUNK:  # whole chunks straight from the caller's buffer, not copied
            self._seal(view[taken:taken + CHUNK], last=False)
            taken += CHUNK
        self._pending += view[taken:]
        return len(view)

    def flush(self) -> None:
        self._out.flush()

    def fileno(self) -> int:
        return self._out.fileno()

    def finish(self) -> None:
        self._seal(self._pending, last=True)
        self._pending.clear()

    def _seal(self, chunk, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._number, last), chunk, self._header))
        self._number += 1


def seal_bytes(data: bytes, key: bytes) -> bytes:
    out = io.BytesIO()
    writer = SealingWriter(out, key)
    writer.write(data)
    writer.finish()
    return out.getvalue()


class OpeningReader(SeekableReader):
    """Reads the content of a sealed file chunk by chunk, authenticating each; Damaged when one fails.

    It can seek (a zip's directory, a resumed upload's offset): chunk ``n`` starts at ``HEADER + n × (CHUNK + TAG)``,
    and the file's size tells which chunk is the last (shorter than a whole one, at least a tag), so each is opened
    with its own last-chunk flag wherever reading starts. Reading to the end opens the last chunk even when it holds
    nothing, so a file cut at a chunk boundary (or with its last chunk replaced) is refused there too."""

    def __init__(self, path: Path, key: bytes):
        super().__init__()
        self._file = open(path, "rb", buffering=0)
        header = self._read_exactly(HEADER)
        if header[:len(MAGIC)] != MAGIC or len(header) != HEADER:
            self._file.close()
            raise Damaged(str(path))
        self._header, self._aead, self.path = header, _file_key(key, header[len(MAGIC):]), path
        whole, rest = divmod(os.fstat(self._file.fileno()).st_size - HEADER, CHUNK + TAG)
        if rest < TAG:  # cut at a chunk boundary, or inside the last chunk's tag
            self._file.close()
            raise Damaged(str(path))
        self._last, self.size = whole, whole * CHUNK + rest - TAG
        self._position, self._number, self._plain = 0, -1, b""

    def readinto(self, buffer) -> int:
        if self._position >= self.size:
            self._chunk(self._last)  # the end is the last chunk's to confirm
            return 0
        number, within = divmod(self._position, CHUNK)
        plain = self._chunk(number)
        count = min(len(buffer), len(plain) - within)
        memoryview(buffer).cast("B")[:count] = plain[within:within + count]
        self._position += count
        return count

    def _chunk(self, number: int) -> bytes:
        """Chunk ``number`` opened (the one opened last is kept): a whole one is not the last, the shorter last one is."""
        from cryptography.exceptions import InvalidTag

        if number != self._number:
            self._file.seek(HEADER + number * (CHUNK + TAG))
            sealed = self._read_exactly(CHUNK + TAG)
            try:
                self._plain = self._aead.decrypt(_nonce(number, number == self._last), sealed, self._header)
            except (InvalidTag, ValueError):
                raise Damaged(str(self.path)) from None
            self._number = number
        return self._plain

    def _read_exactly(self, size: int) -> bytes:
        parts, left = [], size
        while left:
            part = self._file.read(left)
            if not part:
                break
            parts.append(part)
            left -= len(part)
        return b"".join(parts)

    def close(self) -> None:
        if hasattr(self, "_file"):
            self._file.close()
        super().close()


def open_content(path: Path, key: bytes | None) -> BinaryIO:
    """A raw reader of the file's content: opened through the seal when it has one, else as it is."""
    if key is not None and is_sealed(path):
        return OpeningReader(path, key)
    return open(path, "rb", buffering=0)


def open_kept(path: Path) -> BinaryIO:
    """A seekable reader of a file kept in a data folder (an outbox or imported package, an issued PDF): opened with
    the folder's active data key (:func:`app.storage.data_key.active_for`) when it is sealed, else as it is; a sealed
    one with no key active is refused (:class:`app.storage.data_key.Locked`), never read as if it were plain."""
    from app.domain.kernel.text import Text
    from app.storage.data_key import Locked, active_for

    key = active_for(path)
    if key is None and is_sealed(Path(path)):
        raise Locked(Text(f"{Path(path).name} 已加密保存；需要先用口令打开数据文件夹。",
                          f"{Path(path).name} is kept encrypted; the data folder must be opened with its passphrase first."), "passphrase")
    return open_content(Path(path), key)


def read_content(path: Path, key: bytes | None) -> bytes:
    with open_content(path, key) as reader:
        return reader.read()


def content_size(reader: BinaryIO) -> int:
    """The size of the content ``reader`` (from :func:`open_content`) reads; it is left at its start."""
    size = reader.seek(0, io.SEEK_END)
    reader.seek(0)
    return size


@contextmanager
def writing(path: Path, key: bytes | None) -> Iterator[BinaryIO]:
    """A handle to write ``path`` anew (all at once, :func:`app.atomic.replacing`), sealed with ``key`` when one is
    given: the plain content never reaches the disk."""
    with replacing(path) as out:
        if key is None:
            yield out
            return
        writer = SealingWriter(out, key)
        yield writer  # type: ignore[misc]
        writer.finish()


def write_content(path: Path, data: bytes, key: bytes | None) -> None:
    with writing(path, key) as out:
        out.write(data)
