"""The evidence store on a real disk: files kept by SHA-256, stored once, streamed, checked, pictured."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from datetime import datetime

import pytest
from PIL import Image

from app.domain.kernel.text import DomainError
from app.storage.evidence_files import EvidenceFiles, Stored


@pytest.fixture
def files(tmp_path):
    return EvidenceFiles(tmp_path / "data" / "evidence")


def write(path, content: bytes):
    path.write_bytes(content)
    return path


def photo(path, taken: str | None = "2026:03:02 10:15:00", orientation: int | None = None, size=(640, 480)):
    image = Image.radial_gradient("L").resize(size).convert("RGB")
    exif = Image.Exif()
    if taken:
        exif[36867] = taken
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", exif=exif)
    return path


def test_a_file_is_stored_under_its_digest_with_its_bytes(files, tmp_path):
    """The stored copy sits at <root>/<first two hex digits>/<digest> and holds the same bytes."""
    content = b"meter reading, boiler 3\n" * 1000
    stored = files.add(write(tmp_path / "reading.txt", content))
    digest = hashlib.sha256(content).hexdigest()
    assert stored == Stored(digest, len(content), False)
    assert files.path(digest) == files.root / digest[:2] / digest
    assert files.path(digest).read_bytes() == content
    assert files.has(digest) and files.verify(digest)
    with files.open(digest) as reader:
        assert reader.read() == content
    assert not [p for p in files.root.iterdir() if p.name.startswith(".incoming")]


def test_the_same_content_under_another_name_is_stored_once(files, tmp_path):
    """Attaching a copy of a file reports that it was already there and adds nothing."""
    first = files.add(write(tmp_path / "a.jpg", b"same bytes"))
    again = files.add(write(tmp_path / "copy of a.jpg", b"same bytes"))
    assert again == Stored(first.sha256, first.size, True)
    assert files.stored() == [first.sha256]


def test_a_batch_settles_files_two_at_a_time_in_order_and_the_same_content_once(files, tmp_path, monkeypatch):
    """add_many flushes two files at once while it copies the next (their fsyncs share the disk's commits); the
    results come back in the order given, and a content met again while its first copy settles is stored once."""
    import threading
    import time

    from app.storage import evidence_files

    settling, most, lock, real_settle = [0], [0], threading.Lock(), EvidenceFiles._settle

    def counted(self, written):
        with lock:
            settling[0] += 1
            most[0] = max(most[0], settling[0])
        time.sleep(0.05)  # a slow disk: the next file is copied meanwhile
        try:
            return real_settle(self, written)
        finally:
            with lock:
                settling[0] -= 1

    monkeypatch.setattr(EvidenceFiles, "_settle", counted)
    sources = [write(tmp_path / f"{n}.jpg", f"photo {n}".encode()) for n in range(6)]
    sources.insert(3, write(tmp_path / "again.jpg", b"photo 2"))
    stored = files.add_many(sources)
    assert most[0] == evidence_files.FLUSHING_AT_ONCE == 2
    assert [s.sha256 for s in stored] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in sources]
    assert [s.existed for s in stored] == [False, False, False, True, False, False, False]
    assert sorted(files.stored()) == sorted({s.sha256 for s in stored})


def test_a_changed_byte_is_caught_by_verify_verify_all_and_the_reader(files, tmp_path):
    """One byte altered in the store: verify says False, verify_all lists it, reading it through raises; adding the
    original again puts a good copy back."""
    good = files.add(write(tmp_path / "good.pdf", b"untouched" * 100)).sha256
    bad = files.add(write(tmp_path / "bad.pdf", b"original" * 100)).sha256
    path = files.path(bad)
    os.chmod(path, 0o644)
    damaged = bytearray(path.read_bytes())
    damaged[10] ^= 0xFF
    path.write_bytes(bytes(damaged))
    assert files.verify(good) and not files.verify(bad)
    assert files.verify_all() == [bad]
    with files.open(bad) as reader, pytest.raises(DomainError) as caught:
        reader.read()
    assert "damaged" in caught.value.message.en and "损坏" in caught.value.message.zh
    again = files.add(tmp_path / "bad.pdf")  # the original, added again, repairs the damaged copy
    assert again.sha256 == bad and not again.existed and files.verify(bad)


def test_verify_all_lists_expected_files_that_are_missing(files, tmp_path):
    """A digest the caller expects but the store lacks is reported; opening it, or picturing it, says it is missing."""
    kept = files.add(write(tmp_path / "kept.txt", b"kept")).sha256
    lost = hashlib.sha256(b"lost").hexdigest()
    assert files.verify_all(expected=[kept, lost]) == [lost]
    assert not files.has(lost) and not files.verify(lost)
    for reading in (files.open, files.thumbnail, files.taken_at):
        with pytest.raises(DomainError, match="missing"):
            reading(lost)


def test_a_missing_source_is_refused_by_name(files, tmp_path):
    """Attaching a file that is not there raises a DomainError naming it, and stores nothing."""
    with pytest.raises(DomainError) as caught:
        files.add(tmp_path / "no such photo.jpg")
    assert "no such photo.jpg" in caught.value.message.en and "no such photo.jpg" in caught.value.message.zh
    assert files.stored() == []


def test_a_digest_that_is_not_one_is_refused(files):
    """Only 64 lower-case hex digits name a stored file, so no digest can reach outside the store."""
    with pytest.raises(DomainError, match="not a SHA-256 digest"):
        files.path("../../etc/passwd")


def test_add_many_reports_progress_and_stops_when_cancelled(files, tmp_path):
    """Progress runs from 0 to 1 with file names; a cancel in the middle of the second file keeps only the first."""
    sources = [write(tmp_path / f"photo {i}.jpg", bytes([i]) * (3 << 20)) for i in range(4)]
    seen = []
    everything = files.add_many(sources[:3], progress=lambda fraction, text: seen.append((fraction, text)))
    assert [s.size for s in everything] == [3 << 20] * 3 and len(files.stored()) == 3
    assert seen[-1] == (1.0, "") and {"photo 0.jpg", "photo 2.jpg"} <= {t for _, t in seen}
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)

    other = EvidenceFiles(tmp_path / "other")
    names = []
    stored = other.add_many(sources, progress=lambda fraction, text: names.append(text), cancelled=lambda: "photo 1.jpg" in names)
    assert stored == [everything[0]] and other.stored() == [everything[0].sha256]
    assert not [p for p in other.root.iterdir() if p.name.startswith(".incoming")]


def test_a_large_file_is_streamed_not_read_whole(files, tmp_path):
    """Storing and reading back 64 MiB never holds more than a few MiB in memory."""
    big = tmp_path / "survey.tif"
    block = os.urandom(1 << 20)
    with open(big, "wb") as out:
        for i in range(64):
            out.write(i.to_bytes(4, "big") + block[4:])
    tracemalloc.start()
    try:
        stored = files.add(big, progress=lambda done: None)
        with files.open(stored.sha256) as reader:
            while reader.read(1 << 20):
                pass
        assert files.verify(stored.sha256)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stored.size == 64 << 20
    assert peak < 8 << 20


def test_a_photo_gets_a_cached_upright_thumbnail_and_its_time_taken(files, tmp_path):
    """A JPEG turned by its EXIF orientation comes out upright, at most 160 px, made once; taken_at reads DateTimeOriginal."""
    sha = files.add(photo(tmp_path / "site visit.jpg", orientation=6)).sha256
    thumbnail = files.thumbnail(sha)
    with Image.open(thumbnail) as image:
        assert image.format == "JPEG" and image.size == (120, 160)
    made = thumbnail.stat().st_mtime_ns
    assert files.thumbnail(sha) == thumbnail and thumbnail.stat().st_mtime_ns == made
    assert files.taken_at(sha) == datetime(2026, 3, 2, 10, 15)


def test_a_document_has_no_thumbnail_and_no_time_taken(files, tmp_path):
    """Something Pillow cannot read as a picture gives None for both."""
    sha = files.add(write(tmp_path / "invoice.pdf", b"%PDF-1.7\n" + b"0" * 500)).sha256
    assert files.thumbnail(sha) is None
    assert files.taken_at(sha) is None
    untimed = files.add(photo(tmp_path / "no exif.jpg", taken=None)).sha256
    assert files.taken_at(untimed) is None and files.thumbnail(untimed) is not None
