"""Sealed files (AES-256-GCM by 1 MiB chunks): every length and every way of writing reads back; a file cut short
(at a chunk boundary too), lengthened, altered, with chunks swapped, or opened with another key is refused."""

import io
import os

import pytest

from app.storage import sealed

C = sealed.CHUNK
KEY = os.urandom(32)


def _sealed(data: bytes, piece: int) -> bytes:
    out = io.BytesIO()
    writer = sealed.SealingWriter(out, KEY)
    for i in range(0, len(data), piece):
        writer.write(data[i:i + piece])
    writer.finish()
    return out.getvalue()


def _opened(tmp_path, blob: bytes, key: bytes = KEY) -> bytes:
    path = tmp_path / "f"
    path.write_bytes(blob)
    return sealed.read_content(path, key)


@pytest.mark.parametrize("size", [0, 1, C - 1, C, C + 1, 3 * C + 5])
@pytest.mark.parametrize("piece", [7, 4096, C, 3 * C])
def test_every_length_written_in_any_pieces_reads_back(tmp_path, size, piece):
    data = os.urandom(size)
    blob = _sealed(data, piece)
    assert blob.startswith(sealed.MAGIC) and (size < 64 or data[:64] not in blob)
    assert _opened(tmp_path, blob) == data


@pytest.mark.parametrize("change", ["cut last byte", "cut at boundary", "appended", "flipped", "swapped", "other key"])
def test_a_changed_file_is_refused(tmp_path, change):
    data = os.urandom(2 * C + 100)
    blob = bytearray(_sealed(data, C))
    whole = C + sealed.TAG
    key = KEY
    if change == "cut last byte":
        blob = blob[:-1]
    elif change == "cut at boundary":
        blob = blob[:sealed.HEADER + 2 * whole]
    elif change == "appended":
        blob += b"\0"
    elif change == "flipped":
        blob[sealed.HEADER + 10] ^= 1
    elif change == "swapped":
        first, second = sealed.HEADER, sealed.HEADER + whole
        blob[first:first + whole], blob[second:second + whole] = blob[second:second + whole], blob[first:first + whole]
    else:
        key = os.urandom(32)
    with pytest.raises(sealed.Damaged):
        _opened(tmp_path, bytes(blob), key)


def test_a_plain_file_is_read_as_it_is(tmp_path):
    path = tmp_path / "plain"
    path.write_bytes(b"not sealed")
    assert not sealed.is_sealed(path) and sealed.read_content(path, KEY) == b"not sealed"
