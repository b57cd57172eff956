"""An audit package age-encrypted to head office and an escrow key: either key opens it, a wrong one is refused, a damaged one too.

Through the CLI, with real age keys (pyrage). The encrypted file shows nothing of the engagement, not even the
client's name; a refusal changes nothing at head office.
"""

from __future__ import annotations

import pyrage
import pytest

from app.cli import main
from tests.integration.package_fixture import laptop


def _key(path):
    identity = pyrage.x25519.Identity.generate()
    path.write_text(f"# created: test\n{identity}\n", encoding="utf-8")
    return str(identity.to_public())


@pytest.fixture(scope="module")
def sealed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sealed")
    machine = laptop(folder)
    head_key, escrow_key, stranger_key = folder / "head.key", folder / "escrow.key", folder / "stranger.key"
    recipients = [_key(head_key), _key(escrow_key)]
    _key(stranger_key)
    out = folder / "DEMO.vfpkg"
    arguments = ["--data-dir", str(machine.folder), "package", "DEMO-2026-0001", "--out", str(out), "--sign", str(machine.identity),
                 "--passphrase-file", str(machine.passphrase_file)]
    assert main(arguments + [item for r in recipients for item in ("--encrypt-to", r)]) == 0
    yield machine, out, head_key, escrow_key, stranger_key
    machine.store.close()


def test_the_encrypted_package_reveals_nothing(sealed):
    _machine, out, *_keys = sealed
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    for visible in ("常州恒运精密机械有限公司".encode(), b"DEMO-2026-0001", b"bagit.txt", b"engagement.json"):
        assert visible not in data


def test_either_recipient_opens_and_imports_it(sealed, tmp_path, capsys):
    machine, out, head_key, escrow_key, _stranger = sealed
    for key in (head_key, escrow_key):
        assert main(["--data-dir", str(tmp_path / "check"), "verify-package", str(out), "--identity", str(key),
                     "--trust", str(machine.certificate)]) == 0
    assert "intact and signed by" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "head"), "import-package", str(out), "--identity", str(escrow_key),
                 "--trust", str(machine.certificate)]) == 0
    kept = list((tmp_path / "head" / "packages").rglob("*.vfpkg"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"PK")  # kept as the verified, decrypted bag


def test_a_wrong_key_or_no_key_is_refused_and_nothing_is_stored(sealed, tmp_path, capsys):
    machine, out, _head, _escrow, stranger_key = sealed
    head = tmp_path / "head"
    assert main(["--data-dir", str(head), "import-package", str(out), "--identity", str(stranger_key), "--trust", str(machine.certificate)]) == 1
    assert "none of the age keys given is one of its recipients" in capsys.readouterr().err
    assert main(["--data-dir", str(head), "import-package", str(out), "--trust", str(machine.certificate)]) == 1
    assert "give head office's age key with --identity" in capsys.readouterr().err
    assert not (head / "packages").exists()


def test_a_bad_recipient_is_refused_before_anything_is_written(sealed, tmp_path, capsys):
    machine, *_rest = sealed
    out = tmp_path / "never.vfpkg"
    assert main(["--data-dir", str(machine.folder), "package", "DEMO-2026-0001", "--out", str(out), "--sign", str(machine.identity),
                 "--passphrase-file", str(machine.passphrase_file), "--encrypt-to", "age1notakey"]) == 2
    assert "Not an age public key (age1…): age1notakey" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("damage", ["a byte of a middle chunk", "cut at a chunk boundary", "bytes appended"])
def test_a_damaged_encrypted_package_is_refused_and_nothing_is_stored(sealed, tmp_path, capsys, damage):
    """Read through its age wrapping (nothing decrypted is written out), a damaged chunk anywhere is still a refusal."""
    machine, out, head_key, _escrow, _stranger = sealed
    data = out.read_bytes()
    payload = data.index(b"\n---") + len(b"\n--- ") + 43 + 1 + 16
    middle = payload + (len(data) - payload) // 2
    damaged = tmp_path / "damaged.vfpkg"
    damaged.write_bytes({"a byte of a middle chunk": data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:],
                         "cut at a chunk boundary": data[:payload + 2 * (64 * 1024 + 16)],
                         "bytes appended": data + b"\0" * 7}[damage])
    head = tmp_path / "head"
    for command in ("verify-package", "import-package"):
        assert main(["--data-dir", str(head), command, str(damaged), "--identity", str(head_key), "--trust", str(machine.certificate)]) == 1
        assert "the file is damaged" in capsys.readouterr().err
    assert not (head / "packages").exists() or not list((head / "packages").rglob("*"))
