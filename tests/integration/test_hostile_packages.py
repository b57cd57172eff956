"""Hostile and damaged audit packages are refused with the member named, and head office's data folder is unchanged.

A flipped byte in each member (and, with hypothesis, anywhere in a member's bytes), a truncated zip, a member added
or removed, a ``..`` path, a symbolic link, a zip bomb, a signature that does not hold, an untrusted signer, a
different package claiming an imported package's id; and revisions: a newer one kept beside the older, an older
one after a newer refused.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.kernel.text import DomainError
from app.reports.identity import create_identity
from app.services import engagements as services
from app.services import packages as package_services
from app.storage.store import open_store
from app.sync.bag import TAG_MANIFEST
from app.sync.signature import sign_detached
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop, snapshot


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    machine = laptop(folder)
    first = folder / "first.vfpkg"
    package_services.make_package(machine.store, machine.engagement_id, first, machine.identity, PASSPHRASE, [], ACTOR)
    services.update_engagement(machine.store.uow(), machine.engagement_id, {"objectives": "复核 / second look"}, ACTOR)
    second = folder / "second.vfpkg"
    package_services.make_package(machine.store, machine.engagement_id, second, machine.identity, PASSPHRASE, [], ACTOR)
    head = open_store(folder / "head" / "verifield.sqlite")
    yield machine, first, second, head
    head.close()
    machine.store.close()


def _trust(machine) -> package_services.Trust:
    return package_services.Trust([machine.certificate.read_bytes()])


def _refused(world, path: Path, member: str, reason: str = "") -> None:
    machine, _first, _second, head = world
    before = snapshot(head.path.parent)
    with pytest.raises(DomainError) as refused:
        package_services.import_package(head, path, [], _trust(machine))
    message = refused.value.message
    assert member in message.en and member in message.zh and reason in message.en, message.en
    assert snapshot(head.path.parent) == before


def _rebuilt(source: Path, target: Path, change=lambda name, data: data, extra=()) -> Path:
    """A copy of the zip ``source`` with members changed (``change`` returning None drops one) and ``extra`` added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)
        for info, data in extra:
            new.writestr(info, data)
    return target


def _member_offsets(path: Path) -> dict[str, tuple[int, int]]:
    """Where each member's stored bytes are in the file: (start, length)."""
    offsets = {}
    with zipfile.ZipFile(path) as bag:
        for info in bag.infolist():
            with open(path, "rb") as raw:
                raw.seek(info.header_offset + 26)
                name_length, extra_length = int.from_bytes(raw.read(2), "little"), int.from_bytes(raw.read(2), "little")
            offsets[info.filename] = (info.header_offset + 30 + name_length + extra_length, info.compress_size)
    return offsets


def test_a_flipped_byte_in_each_member_is_refused_naming_it(world, tmp_path):
    _machine, first, _second, _head = world
    for member, (start, length) in _member_offsets(first).items():
        damaged = tmp_path / "damaged.vfpkg"
        data = bytearray(first.read_bytes())
        data[start + length // 2] ^= 0x40
        damaged.write_bytes(bytes(data))
        _refused(world, damaged, member)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_any_flipped_bit_of_any_members_bytes_is_refused(world, tmp_path, where, bit):
    _machine, first, _second, _head = world
    offsets = _member_offsets(first)
    total = sum(length for _start, length in offsets.values())
    at = int(where * total)
    for member, (start, length) in offsets.items():
        if at < length:
            break
        at -= length
    data = bytearray(first.read_bytes())
    data[start + at] ^= 1 << bit
    damaged = tmp_path / "flipped.vfpkg"
    damaged.write_bytes(bytes(data))
    if _same_content(first, damaged):  # a bit of a deflate stream's padding: every member still reads the same
        with package_services.opened(damaged, [], _trust(_machine)) as package:
            assert package.bag.payload
    else:
        _refused(world, damaged, member)


def _same_content(one: Path, other: Path) -> bool:
    try:
        with zipfile.ZipFile(one) as a, zipfile.ZipFile(other) as b:
            return a.namelist() == b.namelist() and all(a.read(n) == b.read(n) for n in a.namelist())
    except Exception:  # any way the damaged zip fails to read is a changed content
        return False


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.999])
def test_a_truncated_package_is_refused(world, tmp_path, keep):
    _machine, first, _second, _head = world
    cut = tmp_path / "cut.vfpkg"
    cut.write_bytes(first.read_bytes()[: int(first.stat().st_size * keep)])
    _refused(world, cut, "cut.vfpkg", "is not a whole zip file")


def test_a_member_added_to_the_payload_or_beside_it_is_refused(world, tmp_path):
    _machine, first, _second, _head = world
    _refused(world, _rebuilt(first, tmp_path / "a.vfpkg", extra=[("data/evidence/extra.txt", b"planted")]),
             "data/evidence/extra.txt", "is not in manifest-sha256.txt")
    _refused(world, _rebuilt(first, tmp_path / "b.vfpkg", extra=[("README.txt", b"planted")]), "README.txt", "layout")


def test_a_member_removed_is_refused(world, tmp_path):
    _machine, first, _second, _head = world
    with zipfile.ZipFile(first) as bag:
        evidence = next(n for n in bag.namelist() if n.startswith("data/evidence/"))
    _refused(world, _rebuilt(first, tmp_path / "a.vfpkg", lambda n, d: None if n == evidence else d), evidence, "missing")
    _refused(world, _rebuilt(first, tmp_path / "b.vfpkg", lambda n, d: None if n == "signature.p7s" else d), "signature.p7s", "missing")


def test_a_path_out_of_the_bag_a_symlink_and_a_zip_bomb_are_refused(world, tmp_path):
    _machine, first, _second, _head = world
    _refused(world, _rebuilt(first, tmp_path / "a.vfpkg", extra=[("data/../../etc/evil", b"x")]), "data/../../etc/evil", "unsafe path")
    _refused(world, _rebuilt(first, tmp_path / "b.vfpkg", extra=[("/etc/evil", b"x")]), "/etc/evil", "unsafe path")
    link = zipfile.ZipInfo("data/evidence/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _refused(world, _rebuilt(first, tmp_path / "c.vfpkg", extra=[(link, b"/etc/passwd")]), "data/evidence/link", "symbolic link")
    bomb = zipfile.ZipInfo("data/evidence/bomb")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    _refused(world, _rebuilt(first, tmp_path / "d.vfpkg", extra=[(bomb, bytes(64 << 20))]), "data/evidence/bomb", "zip bomb")


def _resigned(source: Path, target: Path, identity: Path, passphrase: str, bag_info=lambda d: d) -> Path:
    """``source`` with bag-info changed by ``bag_info`` and its tag manifest and signature made again by ``identity``."""
    with zipfile.ZipFile(source) as old:
        tags = {n: old.read(n) for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")}
    tags["bag-info.txt"] = bag_info(tags["bag-info.txt"])
    manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in tags.items()).encode()
    signature = sign_detached(manifest, identity, passphrase)
    replaced = tags | {TAG_MANIFEST: manifest, "signature.p7s": signature}
    return _rebuilt(source, target, lambda n, d: replaced.get(n, d))


def test_a_signature_by_someone_else_or_over_other_content_is_refused(world, tmp_path):
    machine, first, second, _head = world
    other = create_identity(tmp_path / "other.p12", "冒名者", "", "", "", "another-passphrase")
    _refused(world, _resigned(first, tmp_path / "a.vfpkg", other.path, "another-passphrase"), "signature.p7s", "the signer is not trusted")
    with zipfile.ZipFile(second) as bag:
        foreign = bag.read("signature.p7s")  # the lead's signature, but over the other package's tag manifest
    _refused(world, _rebuilt(first, tmp_path / "b.vfpkg", lambda n, d: foreign if n == "signature.p7s" else d),
             "signature.p7s", "does not hold")


def test_the_same_package_twice_changes_nothing_and_revisions_are_kept_in_order(world, tmp_path):
    machine, first, second, head = world
    kept, new = package_services.import_package(head, first, [], _trust(machine))
    assert new
    before = snapshot(head.path.parent)
    again, new_again = package_services.import_package(head, first, [], _trust(machine))
    assert not new_again and again == kept and snapshot(head.path.parent) == before
    newer, _ = package_services.import_package(head, second, [], _trust(machine))
    assert [k.revision for k in package_services.imported(head)] == [kept.revision, newer.revision] and newer.revision > kept.revision
    with zipfile.ZipFile(first) as bag:
        first_id = package_services.bags._info(bag.read("bag-info.txt"))["Package-Id"]
    with zipfile.ZipFile(second) as bag:
        second_id = package_services.bags._info(bag.read("bag-info.txt"))["Package-Id"]
    claiming = _resigned(second, tmp_path / "claim.vfpkg", machine.identity, PASSPHRASE,
                         lambda d: d.replace(second_id.encode(), first_id.encode()))
    _refused(world, claiming, first_id, "A different package with the same package id")
    fresh = open_store(tmp_path / "other-head" / "verifield.sqlite")
    try:
        package_services.import_package(fresh, second, [], _trust(machine))
        with pytest.raises(DomainError) as older:
            package_services.import_package(fresh, first, [], _trust(machine))
        assert "older or equal revision" in older.value.message.en and f"revision {kept.revision}" in older.value.message.en
    finally:
        fresh.close()


def test_an_altered_history_is_refused_even_when_signed_again(world, tmp_path):
    """The lead's own identity signs a package whose history entry was edited: the hash chain still gives it away."""
    import json

    machine, first, _second, _head = world
    with zipfile.ZipFile(first) as bag:
        data = json.loads(bag.read("data/engagement.json"))
    entry = data["tables"]["history"][3]
    entry["new"] = entry["new"] + " (edited)"
    edited = json.dumps(data, ensure_ascii=False).encode()
    with zipfile.ZipFile(first) as bag:
        manifest = bag.read("manifest-sha256.txt").decode()
    old_line = next(line for line in manifest.splitlines() if line.endswith("data/engagement.json"))
    manifest = manifest.replace(old_line, f"{hashlib.sha256(edited).hexdigest()}  data/engagement.json").encode()
    staged = _rebuilt(first, tmp_path / "staged.vfpkg",
                      lambda n, d: edited if n == "data/engagement.json" else manifest if n == "manifest-sha256.txt" else d)
    with zipfile.ZipFile(first) as bag:
        grown = len(edited) - bag.getinfo("data/engagement.json").file_size

    def oxum(info: bytes) -> bytes:
        lines = info.decode().splitlines()
        octets, count = next(line for line in lines if line.startswith("Payload-Oxum: "))[14:].split(".")
        return "".join((f"Payload-Oxum: {int(octets) + grown}.{count}" if line.startswith("Payload-Oxum") else line) + "\n"
                       for line in lines).encode()

    forged = _resigned(staged, tmp_path / "forged.vfpkg", machine.identity, PASSPHRASE, oxum)
    _refused(world, forged, "data/engagement.json", f"history entry {entry['seq']} was altered")


def test_a_signer_recorded_for_a_person_in_the_register_is_trusted(world, tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    from app.domain.engagement.people import Person
    from app.services import people as people_services

    machine, first, _second, _head = world
    fresh = open_store(tmp_path / "register" / "verifield.sqlite")
    try:
        with pytest.raises(DomainError):
            package_services.import_package(fresh, first, [], package_services.trust_of(fresh, []))
        fingerprint = x509.load_der_x509_certificate(machine.certificate.read_bytes()).fingerprint(hashes.SHA256()).hex()
        people_services.add_person(fresh.uow(), Person(name_zh="张伟", name_en="Zhang Wei", identity=fingerprint), ACTOR)
        kept, new = package_services.import_package(fresh, first, [], package_services.trust_of(fresh, []))
        assert new and kept.path.is_file()
    finally:
        fresh.close()


def test_verify_package_on_the_command_line_names_the_bad_member_and_exits_1(world, tmp_path, capsys):
    from app.cli import main

    machine, first, _second, _head = world
    start, length = _member_offsets(first)["data/engagement.json"]
    data = bytearray(first.read_bytes())
    data[start + length // 3] ^= 0x01
    damaged = tmp_path / "damaged.vfpkg"
    damaged.write_bytes(bytes(data))
    assert main(["--data-dir", str(tmp_path / "d"), "verify-package", str(damaged), "--trust", str(machine.certificate)]) == 1
    said = capsys.readouterr().err
    assert "data/engagement.json" in said and "Package refused" in said and "数据包被拒绝" in said
    assert main(["--data-dir", str(tmp_path / "d"), "verify-package", str(first), "--trust", str(machine.certificate)]) == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_a_flipped_bit_anywhere_is_refused_or_leaves_every_member_as_it_was(world, tmp_path, where, bit):
    """Headers and the central directory too: a bit that changes nothing read (a date, a padding bit) may pass;
    any other is a refusal in both languages, never another kind of error."""
    machine, first, _second, _head = world
    data = bytearray(first.read_bytes())
    data[int(where * len(data))] ^= 1 << bit
    damaged = tmp_path / "anywhere.vfpkg"
    damaged.write_bytes(bytes(data))
    try:
        with package_services.opened(damaged, [], _trust(machine)):
            pass
    except DomainError as refused:
        assert refused.message.zh and refused.message.en
    else:
        assert _same_content(first, damaged)


@pytest.mark.parametrize("evil", ["../../escaped", "/tmp/elsewhere", "not-a-uuid"])
def test_an_engagement_id_that_is_a_path_is_refused_even_from_a_trusted_signer(world, tmp_path, evil):
    """Review finding: the engagement id (and package id) name the folder and file a package is kept in; a package
    re-signed by a trusted lead with ``../../escaped`` as its id was written outside head office's folder."""
    machine, first, _second, head = world
    with zipfile.ZipFile(first) as bag:
        data = json.loads(bag.read("data/engagement.json"))
        manifest = bag.read("manifest-sha256.txt").decode()
        size = bag.getinfo("data/engagement.json").file_size
    data["engagement_id"] = evil
    edited = json.dumps(data, ensure_ascii=False).encode()
    line = next(entry for entry in manifest.splitlines() if entry.endswith("data/engagement.json"))
    manifest = manifest.replace(line, f"{hashlib.sha256(edited).hexdigest()}  data/engagement.json").encode()
    staged = _rebuilt(first, tmp_path / "staged.vfpkg",
                      lambda name, body: edited if name == "data/engagement.json" else manifest if name == "manifest-sha256.txt" else body)

    def info(raw: bytes) -> bytes:
        lines = []
        for entry in raw.decode().splitlines():
            if entry.startswith("Payload-Oxum: "):
                octets, count = entry[len("Payload-Oxum: "):].split(".")
                entry = f"Payload-Oxum: {int(octets) + len(edited) - size}.{count}"
            if entry.startswith("Engagement-Id: "):
                entry = "Engagement-Id: " + evil
            lines.append(entry + "\n")
        return "".join(lines).encode()

    forged = _resigned(staged, tmp_path / "forged.vfpkg", machine.identity, PASSPHRASE, info)
    home = head.path.parent
    kept = lambda: sorted(p for p in home.rglob("*") if not p.name.endswith(("-shm", "-wal")))  # noqa: E731
    before = kept()
    with pytest.raises(DomainError) as refused:
        package_services.import_package(head, forged, [], _trust(machine))
    assert "is not a UUID" in refused.value.message.en
    assert kept() == before and not (home.parent / "escaped").exists() and not (home / "packages" / "not-a-uuid").exists()
