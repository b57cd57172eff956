"""Sealed files (AES-256-GCM by 1 MiB chunks): every length and every way of writing reads back; a file cut short
(at a chunk boundary too), lengthened, altered, with chunks swapped, or opened with another key is refused; it
reads from any offset (a zip, a resumed upload), and a sealed file kept in a data folder is not read without its key."""

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


@pytest.mark.parametrize("size", [0, 5, C, 2 * C + 100])
def test_a_sealed_file_reads_from_any_offset(tmp_path, size):
    """Seeking (a zip's directory, an upload resumed at head office's offset) reads what is there, each chunk opened
    with its own last-chunk flag wherever reading starts."""
    data = os.urandom(size)
    path = tmp_path / "f"
    path.write_bytes(_sealed(data, 4096))
    with sealed.open_content(path, KEY) as reader, io.BufferedReader(sealed.open_content(path, KEY)) as buffered:
        assert reader.seekable() and sealed.content_size(reader) == size and reader.tell() == 0
        for offset, length in [(0, 10), (size // 2, C), (max(size - 3, 0), 10), (C - 2, 4), (size, 1), (size + 7, 1)]:
            assert reader.seek(offset) == offset
            read = reader.read(length)  # raw: up to the end of the chunk it starts in
            assert data[offset:offset + length].startswith(read) and (read or offset >= size)
            buffered.seek(offset)
            assert buffered.read(length) == data[offset:offset + length]
        assert reader.seek(0, io.SEEK_END) == size and reader.read() == b""
        with pytest.raises(OSError):
            reader.seek(-1 - size, io.SEEK_END)


def test_a_zip_is_read_through_the_seal(tmp_path):
    import zipfile

    members = {"a.txt": b"first" * 1000, "b.bin": os.urandom(C + 17)}
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    path = tmp_path / "bag"
    path.write_bytes(_sealed(plain.getvalue(), C))
    with sealed.open_content(path, KEY) as reader, zipfile.ZipFile(reader) as archive:
        assert {n: archive.read(n) for n in archive.namelist()} == members


@pytest.mark.parametrize("tail", ["garbage last chunk", "last chunk of another file"])
def test_content_ending_on_a_chunk_boundary_is_refused_when_its_last_chunk_is_replaced(tmp_path, tail):
    """Cut after two of three whole chunks, with a tag's worth of bytes in place of the (empty) last chunk: the two
    chunks open, and the end of reading is where the forgery is refused."""
    blob = _sealed(os.urandom(3 * C), C)
    other = _sealed(b"", C)
    forged = blob[:sealed.HEADER + 2 * (C + sealed.TAG)] + (os.urandom(sealed.TAG) if tail.startswith("garbage") else other[-sealed.TAG:])
    with pytest.raises(sealed.Damaged):
        _opened(tmp_path, forged)


def test_a_sealed_file_kept_in_a_folder_is_not_read_without_its_key(tmp_path):
    from app.storage import data_key

    path = tmp_path / "outbox.vfpkg"
    path.write_bytes(_sealed(b"PK\x03\x04 the package", 7))
    data_key.deactivate_all()
    with pytest.raises(data_key.Locked):
        sealed.open_kept(path)
    data_key.activate(tmp_path, KEY)
    try:
        with sealed.open_kept(path) as reader:
            assert reader.read() == b"PK\x03\x04 the package"
    finally:
        data_key.deactivate(tmp_path)
