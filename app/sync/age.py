"""The age file format, v1 (c2sp.org/age), for X25519 recipients: keys, the header, the streamed payload.

Every primitive is `cryptography`'s (X25519, HKDF-SHA-256, HMAC-SHA-256, ChaCha20-Poly1305); this module holds
only the format around them. It replaces pyrage in the package path because pyrage encrypts and decrypts at about
0.5 GB/s on our laptops, where the package's other work runs at more than twice that; ChaCha20-Poly1305 here runs
at about 3 GB/s and lets go of the GIL. Files are interchangeable with age, rage and pyrage in both directions
(``tests/unit/test_age.py`` checks it against pyrage).

A file: the header (``age-encryption.org/v1``, one ``-> X25519`` stanza per recipient wrapping the 16-byte file
key, ``---`` and the header's HMAC), a 16-byte nonce, then the content in chunks of 64 KiB, each sealed with the
payload key and the nonce ``chunk number (11 bytes) ‖ last-chunk flag``. A chunk altered, dropped, reordered, a
file cut at a chunk boundary or carrying bytes after its last chunk: each is refused on reading.
"""

from __future__ import annotations

import base64
import hmac
import os
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO, Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.seekable import SeekableReader

VERSION_LINE = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024
TAG = 16
SEALED = CHUNK + TAG
BATCH = 16  # chunks read, or gathered before they are written, at a time
MAX_STANZAS = 64  # a header is a handful of lines; more is a hostile file
MAX_LINE = 4096
_X25519_INFO = b"age-encryption.org/v1/X25519"


class AgeError(ValueError):
    """A key or a file that is not what age expects, or that none of the identities given can open."""


# --- keys ------------------------------------------------------------------------------------

class Recipient:
    """An X25519 public key, ``age1…``."""

    def __init__(self, public: bytes):
        self.public = public

    @classmethod
    def from_str(cls, text: str) -> "Recipient":
        return cls(_bech32_key(text, "age"))

    def __str__(self) -> str:
        return _bech32_encode("age", self.public)


class Identity:
    """An X25519 secret key, ``AGE-SECRET-KEY-1…``."""

    def __init__(self, secret: bytes):
        self._key = X25519PrivateKey.from_private_bytes(secret)
        self.secret = secret

    @classmethod
    def generate(cls) -> "Identity":
        return cls(os.urandom(32))

    @classmethod
    def from_str(cls, text: str) -> "Identity":
        if text != text.upper():
            raise AgeError("an age secret key is written in capitals")
        return cls(_bech32_key(text, "age-secret-key-"))

    def to_public(self) -> Recipient:
        return Recipient(self._key.public_key().public_bytes_raw())

    def __str__(self) -> str:
        return _bech32_encode("age-secret-key-", self.secret).upper()

    def unwrap(self, share: bytes, body: bytes) -> bytes | None:
        """The file key of an X25519 stanza addressed to this identity, else None."""
        try:
            shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # a low-order share: the shared secret would be all zeros
            raise AgeError("an X25519 stanza has an invalid ephemeral share") from None
        if not any(shared):
            raise AgeError("an X25519 stanza has an invalid ephemeral share")
        wrap_key = _hkdf(shared, share + self.to_public().public, _X25519_INFO)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), body, None)
        except InvalidTag:
            return None


# --- writing ---------------------------------------------------------------------------------

class Encrypting:
    """A writer that encrypts what it is given into ``target`` (whose ``write`` it calls with blocks of up to
    :data:`BATCH` sealed chunks, each a new object); :meth:`finish` seals the last chunk, :meth:`close` stops it.

    The encryption runs in a worker thread (ChaCha20-Poly1305 lets go of the GIL): :meth:`write` hands the block on
    and waits only for the one before it, so the caller may refill a buffer once it has handed on the next one."""

    def __init__(self, target: BinaryIO, recipients: Iterable[Recipient]):
        recipients = list(recipients)
        if not recipients:
            raise AgeError("no recipient")
        file_key, nonce = os.urandom(16), os.urandom(16)
        self._target = target
        target.write(_header(file_key, recipients) + nonce)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._held = bytearray()  # the chunk that may still be the last one
        self._counter = 0
        self._worker, self._pending = ThreadPoolExecutor(1, thread_name_prefix="age-encrypt"), None

    def write(self, data) -> int:
        self._wait()
        view = memoryview(data).cast("B")
        self._pending = self._worker.submit(self._take, view)
        return len(view)

    def flush(self) -> None:
        """Nothing to do: a chunk is written once it is known not to be the last (zipfile flushes as it goes)."""

    def finish(self) -> None:
        """Seal the last chunk (empty only when nothing was written at all) and write it."""
        self._wait()
        self._target.write(self._seal(self._held, True))
        self._held = bytearray()

    def close(self) -> None:
        """Stop the worker (after :meth:`finish`, or to abandon the file)."""
        try:
            self._wait()
        finally:
            self._worker.shutdown()

    def _wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def _take(self, view: memoryview) -> None:
        sealed = []
        if self._held:
            taken = min(CHUNK - len(self._held), len(view))
            self._held += view[:taken]
            view = view[taken:]
            if view:  # more follows: the held chunk is not the last
                sealed.append(self._seal(self._held, False))
                self._held = bytearray()
        while len(view) > CHUNK:
            sealed.append(self._seal(view[:CHUNK], False))
            view = view[CHUNK:]
            if len(sealed) == BATCH:
                self._target.write(b"".join(sealed))
                sealed = []
        self._held += view
        if sealed:
            self._target.write(b"".join(sealed))

    def _seal(self, chunk, last: bool) -> bytes:
        nonce = _nonce(self._counter, last)
        self._counter += 1
        return self._aead.encrypt(nonce, chunk, None)


def _header(file_key: bytes, recipients: list[Recipient]) -> bytes:
    lines = [VERSION_LINE]
    for recipient in recipients:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.public))
        body = ChaCha20Poly1305(_hkdf(shared, share + recipient.public, _X25519_INFO)).encrypt(bytes(12), file_key, None)
        lines.append(b"-> X25519 " + _b64(share) + b"\n" + _b64(body) + b"\n")  # 43 characters: one final line
    head = b"".join(lines) + b"---"
    return head + b" " + _b64(hmac.digest(_hkdf(file_key, b"", b"header"), head, "sha256")) + b"\n"


# --- reading ---------------------------------------------------------------------------------

def decrypt(reader: BinaryIO, target: BinaryIO, identities: Iterable[Identity]) -> None:
    """Decrypt the age file ``reader`` into ``target``; AgeError when it is not one, when none of ``identities``
    is among its recipients, or when any part of it fails to authenticate (``target`` then holds a part only)."""
    file_key = _read_header(reader, list(identities))
    nonce = reader.read(16)
    if len(nonce) != 16:
        raise AgeError("the file ends before its payload")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter, block = 0, reader.read(BATCH * SEALED)
    if not block:
        raise AgeError("the file ends before its payload")
    with _Writer(target) as writer:
        while block:
            following = reader.read(BATCH * SEALED) if len(block) == BATCH * SEALED else b""
            plain, counter = _open_block(aead, block, counter, not following)
            writer.write(plain)
            block = following


class Reading(SeekableReader):
    """An age file opened for reading anywhere in it (a zip's directory is at its end): seekable, each chunk
    decrypted and authenticated when a read reaches it, :data:`BATCH` chunks at a time, the last block read kept.

    A chunk's number and whether it is the last are bound into its nonce, so a chunk moved, dropped or altered
    does not authenticate; the last chunk is authenticated on opening, so the plain length is known from the file's
    and a file cut short or lengthened is refused at once (AgeError), as is any chunk that fails later, when read.
    Nothing decrypted is written anywhere: verifying a package reads it through this, as it is."""

    def __init__(self, path, identities: Iterable[Identity]):
        super().__init__()
        self._file = open(path, "rb")
        try:
            file_key = _read_header(self._file, list(identities))
            nonce = self._file.read(16)
            self._start = self._file.tell()
            length = os.fstat(self._file.fileno()).st_size - self._start
            if len(nonce) != 16 or length <= 0:
                raise AgeError("the file ends before its payload")
            self._chunks = -(-length // SEALED)
            last = length - (self._chunks - 1) * SEALED
            if last < TAG:
                raise AgeError("the file is cut short inside a chunk")
            self.size = length - self._chunks * TAG  # the plain content's length
            self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
            self._block, self._block_start = b"", 0
            self._load(self._chunks - 1)  # an empty last chunk after others is refused there
        except BaseException:
            self._file.close()
            raise

    def readinto(self, buffer) -> int:
        """Fill ``buffer`` from the position on (less only at the end)."""
        view, done = memoryview(buffer).cast("B"), 0
        while done < len(view) and self._position < self.size:
            offset = self._position - self._block_start
            if not 0 <= offset < len(self._block):
                self._load(self._position // CHUNK)
                offset = self._position - self._block_start
            taken = min(len(view) - done, len(self._block) - offset)
            view[done:done + taken] = self._block[offset:offset + taken]
            done += taken
            self._position += taken
        return done

    def close(self) -> None:
        self._file.close()
        super().close()

    def _load(self, first: int) -> None:
        """Decrypt :data:`BATCH` chunks from chunk ``first`` on (fewer at the end) into the block kept."""
        self._file.seek(self._start + first * SEALED)
        count = min(BATCH, self._chunks - first)
        sealed = self._file.read(count * SEALED)
        if len(sealed) < (count - 1) * SEALED + TAG:
            raise AgeError("the file was cut short while it was read")
        self._block, _ = _open_block(self._aead, sealed, first, first + count == self._chunks)
        self._block_start = first * CHUNK


def _open_block(aead: ChaCha20Poly1305, block: bytes, counter: int, final: bool) -> tuple[bytes, int]:
    """The plain content of the sealed chunks in ``block`` (the file's last ones when ``final``), and the next
    chunk number."""
    view, plain = memoryview(block), []
    for start in range(0, len(block), SEALED):
        last = final and start + SEALED >= len(block)
        try:
            opened = aead.decrypt(_nonce(counter, last), view[start:start + SEALED], None)
        except InvalidTag:
            raise AgeError(f"chunk {counter} does not authenticate (altered, cut short or reordered)") from None
        if last and not opened and counter:
            raise AgeError("the last chunk is empty")
        plain.append(opened)
        counter += 1
    return b"".join(plain), counter


class _Writer:
    """Writes blocks to ``target`` in a thread of its own, one at a time, while the next is decrypted."""

    def __init__(self, target: BinaryIO):
        self._target, self._worker, self._pending = target, ThreadPoolExecutor(1, thread_name_prefix="age-write"), None

    def write(self, data: bytes) -> None:
        self._wait()
        self._pending = self._worker.submit(self._target.write, data)

    def _wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def __enter__(self) -> "_Writer":
        return self

    def __exit__(self, *_exc) -> None:
        try:
            self._wait()
        finally:
            self._worker.shutdown()


def _read_header(reader: BinaryIO, identities: list[Identity]) -> bytes:
    if reader.read(len(VERSION_LINE)) != VERSION_LINE:
        raise AgeError("not an age v1 file")
    head, stanzas = bytearray(VERSION_LINE), []
    while True:
        line = _line(reader)
        if line.startswith(b"--- "):
            head += b"---"
            mac = _unb64(line[4:-1], 32)
            break
        if not line.startswith(b"-> ") or len(stanzas) == MAX_STANZAS:
            raise AgeError("the header is malformed")
        head += line
        arguments = line[3:-1].split(b" ")
        if not all(arguments) or any(not 0x21 <= c <= 0x7E for a in arguments for c in a):
            raise AgeError("a stanza's arguments are malformed")
        body = bytearray()
        while True:
            body_line = _line(reader)
            head += body_line
            if len(body_line) > 65:
                raise AgeError("a stanza's body is malformed")
            body += body_line[:-1]
            if len(body_line) < 65:
                break
        stanzas.append((arguments, bytes(body)))
    if not stanzas:
        raise AgeError("the header has no recipient")
    file_key = _unwrap(stanzas, identities)
    if not hmac.compare_digest(hmac.digest(_hkdf(file_key, b"", b"header"), bytes(head), "sha256"), mac):
        raise AgeError("the header's MAC does not match (the header was altered)")
    return file_key


def _unwrap(stanzas: list[tuple[list[bytes], bytes]], identities: list[Identity]) -> bytes:
    for arguments, body in stanzas:
        if arguments[0] != b"X25519":
            continue  # another recipient type (or rage's grease): not ours to open
        if len(arguments) != 2:
            raise AgeError("an X25519 stanza has the wrong number of arguments")
        share, wrapped = _unb64(arguments[1], 32), _unb64(body, 32)
        for identity in identities:
            if (file_key := identity.unwrap(share, wrapped)) is not None:
                if len(file_key) != 16:
                    raise AgeError("the file key is not 16 bytes")
                return file_key
    raise AgeError("none of the identities given is one of the file's recipients")


def _line(reader: BinaryIO) -> bytes:
    line = reader.readline(MAX_LINE)
    if not line.endswith(b"\n"):
        raise AgeError("the header is cut short or malformed")
    return line


# --- encodings -------------------------------------------------------------------------------

def _nonce(counter: int, last: bool) -> bytes:
    """A payload chunk's nonce: its number (11 bytes, big-endian) and the last-chunk flag."""
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(ikm)


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes, size: int) -> bytes:
    """Canonical unpadded base64 of exactly ``size`` bytes, else AgeError."""
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except ValueError:
        data = None
    if data is None or b"=" in text or _b64(data) != text or len(data) != size:
        raise AgeError("a header field is not canonical base64 of the expected size")
    return data


_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATOR):
            check ^= generator if (top >> bit) & 1 else 0
    return check


def _expanded(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _bech32_encode(hrp: str, data: bytes) -> str:
    bits = "".join(f"{b:08b}" for b in data)
    bits += "0" * (-len(bits) % 5)
    groups = [int(bits[i:i + 5], 2) for i in range(0, len(bits), 5)]
    remainder = _polymod(_expanded(hrp) + groups + [0] * 6) ^ 1
    checksum = [(remainder >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[g] for g in groups + checksum)


def _bech32_key(text: str, hrp: str) -> bytes:
    """The 32 bytes of a Bech32 key with the human-readable part ``hrp``, else AgeError."""
    if text not in (text.lower(), text.upper()):
        raise AgeError("a Bech32 key is all in capitals or all in small letters")
    text = text.lower()
    prefix, _, encoded = text.rpartition("1")
    if prefix != hrp or len(encoded) < 6 or any(c not in _CHARSET for c in encoded):
        raise AgeError(f"not an age key ({hrp}1…)")
    groups = [_CHARSET.index(c) for c in encoded]
    if _polymod(_expanded(hrp) + groups) != 1:
        raise AgeError("the key's checksum does not match (mistyped?)")
    bits = "".join(f"{g:05b}" for g in groups[:-6])
    whole, padding = bits[:len(bits) // 8 * 8], bits[len(bits) // 8 * 8:]
    if len(padding) >= 5 or "1" in padding:
        raise AgeError("the key is not a canonical Bech32 encoding")
    data = bytes(int(whole[i:i + 8], 2) for i in range(0, len(whole), 8))
    if len(data) != 32:
        raise AgeError("an age key holds 32 bytes")
    return data

