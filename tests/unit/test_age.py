"""Our age v1 (app.sync.age) against pyrage, the Rust age: keys read and written alike, files encrypted by either
opened by the other at every size around a chunk boundary, read anywhere through the seekable reader as they
are, and every kind of damage refused by both readers: a byte flipped in the header or a chunk, a file cut at a
chunk boundary, a chunk dropped, bytes after the last chunk, a wrong key."""

from __future__ import annotations

import io
import os
import random

import pyrage
import pytest

from app.sync import age

SIZES = [0, 1, age.CHUNK - 1, age.CHUNK, age.CHUNK + 1, 2 * age.CHUNK, age.BATCH * age.CHUNK,
         age.BATCH * age.CHUNK + 7, (age.BATCH + 1) * age.CHUNK, 3 * age.BATCH * age.CHUNK + 12_345]


def _ours(data: bytes, recipients: list[age.Recipient], pieces: int = 70_001) -> bytes:
    out = io.BytesIO()
    writer = age.Encrypting(out, recipients)
    for start in range(0, len(data), pieces):
        assert writer.write(data[start:start + pieces]) == len(data[start:start + pieces])
    writer.finish()
    writer.close()
    return out.getvalue()


def _opened(encrypted: bytes, identities: list[age.Identity]) -> bytes:
    out = io.BytesIO()
    age.decrypt(io.BytesIO(encrypted), out, identities)
    return out.getvalue()


@pytest.fixture(scope="module")
def keys():
    theirs = pyrage.x25519.Identity.generate()
    return theirs, age.Identity.from_str(str(theirs))


def test_keys_read_and_write_as_age_writes_them(keys):
    theirs, ours = keys
    assert str(ours) == str(theirs) and str(ours.to_public()) == str(theirs.to_public())
    made = age.Identity.generate()
    assert str(pyrage.x25519.Identity.from_str(str(made)).to_public()) == str(made.to_public())
    assert age.Recipient.from_str(str(made.to_public()).upper()).public == made.to_public().public


@pytest.mark.parametrize("size", SIZES)
def test_files_pass_between_pyrage_and_ours_both_ways(keys, size):
    theirs, ours = keys
    data = os.urandom(size)
    assert pyrage.decrypt(_ours(data, [ours.to_public()]), [theirs]) == data
    assert _opened(pyrage.encrypt(data, [theirs.to_public()]), [ours]) == data


def test_any_recipient_of_several_opens_it_and_a_stranger_does_not(keys):
    _theirs, ours = keys
    escrow, stranger = age.Identity.generate(), age.Identity.generate()
    encrypted = _ours(b"report", [ours.to_public(), escrow.to_public()])
    assert _opened(encrypted, [escrow]) == b"report" == _opened(encrypted, [stranger, ours])
    with pytest.raises(age.AgeError, match="none of the identities"):
        _opened(encrypted, [stranger])


@pytest.mark.parametrize("size", SIZES)
def test_the_seekable_reader_gives_the_same_bytes_anywhere(keys, size, tmp_path):
    theirs, ours = keys
    data = os.urandom(size)
    for name, encrypted in (("ours", _ours(data, [ours.to_public()])), ("pyrage", pyrage.encrypt(data, [theirs.to_public()]))):
        (tmp_path / name).write_bytes(encrypted)
        with age.Reading(tmp_path / name, [ours]) as reader:
            assert reader.size == size and reader.read() == data and reader.read(10) == b""
            chosen = random.Random(size)
            for _ in range(40):
                start, length = chosen.randint(0, size), chosen.randint(0, 3 * age.BATCH * age.CHUNK)
                assert reader.seek(start) == start
                buffer = bytearray(length)
                done = reader.readinto(buffer)
                assert bytes(buffer[:done]) == data[start:start + length] and reader.tell() == start + done
            assert reader.seek(0, io.SEEK_END) == size and reader.read(1) == b""
            with pytest.raises(OSError):
                reader.seek(-size - 1, io.SEEK_END)


def _refused(encrypted: bytes, identity: age.Identity, tmp_path) -> str:
    """Refused by the streaming reader, and by the seekable one at opening or at the latest when all is read."""
    with pytest.raises(age.AgeError) as refused:
        _opened(encrypted, [identity])
    (tmp_path / "damaged.age").write_bytes(encrypted)
    with pytest.raises(age.AgeError):
        with age.Reading(tmp_path / "damaged.age", [identity]) as reader:
            reader.read()
    return str(refused.value)


def test_damage_anywhere_is_refused(keys, tmp_path):
    _theirs, ours = keys
    data = os.urandom(3 * age.CHUNK + 100)
    encrypted = _ours(data, [ours.to_public()])
    header = encrypted.index(b"\n---") + 1 + len(b"--- ") + 43 + 1
    payload = header + 16
    sealed = age.SEALED
    damaged = {
        "a byte of the header's stanza": _flip(encrypted, 40),
        "a byte of the MAC": _flip(encrypted, header - 5),
        "a byte of the payload nonce": _flip(encrypted, header + 3),
        "a byte of a middle chunk": _flip(encrypted, payload + sealed + 9),
        "cut at a chunk boundary": encrypted[:payload + 2 * sealed],
        "a chunk dropped": encrypted[:payload + sealed] + encrypted[payload + 2 * sealed:],
        "two chunks swapped": encrypted[:payload] + encrypted[payload + sealed:payload + 2 * sealed]
        + encrypted[payload:payload + sealed] + encrypted[payload + 2 * sealed:],
        "bytes after the last chunk": encrypted + b"\0" * 20,
        "cut inside the header": encrypted[:30],
        "no payload": encrypted[:payload],
        "not age": b"PK\x03\x04" + encrypted[4:],
    }
    for what, file in damaged.items():
        assert _refused(file, ours, tmp_path), what


def test_malformed_keys_are_refused():
    good = str(age.Identity.generate().to_public())
    for text in ["", "age1", good[:-1] + ("q" if good[-1] != "q" else "p"), good.replace("age1", "agf1"),
                 good[:10] + good[10:].upper(), "AGE-SECRET-KEY-1" + good[4:]]:
        with pytest.raises(age.AgeError):
            age.Recipient.from_str(text)


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]
