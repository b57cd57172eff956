"""Files written all at once (app/atomic.py): a failure or a kill leaves the old file, and no temporary file stays.

Real files, a real child process killed with SIGKILL half-way through a write, and a real
full disk (see :mod:`tests.integration.disks`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from app.atomic import replacing, write_bytes
from tests.integration.disks import ROOT, FullDisk


def test_a_failure_while_writing_leaves_the_old_file_and_nothing_else(tmp_path):
    target = tmp_path / "statement.pdf"
    target.write_bytes(b"the signed one")
    with pytest.raises(ValueError):
        with replacing(target) as handle:
            handle.write(b"half of the new one")
            raise ValueError("the layout failed")
    assert target.read_bytes() == b"the signed one"
    assert os.listdir(tmp_path) == ["statement.pdf"]


def test_a_written_file_replaces_the_old_one_with_the_usual_permissions(tmp_path):
    write_bytes(tmp_path / "a.pdf", b"old")
    write_bytes(tmp_path / "a.pdf", b"new")
    write_bytes(tmp_path / "key.p12", b"secret", private=True)
    assert (tmp_path / "a.pdf").read_bytes() == b"new"
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "key.p12").stat().st_mode & 0o777 == 0o600
    assert sorted(os.listdir(tmp_path)) == ["a.pdf", "key.p12"]


KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from app.atomic import replacing

    with replacing(sys.argv[1]) as handle:
        handle.write(b"x" * 100_000)
        handle.flush()
        print("writing", flush=True)
        time.sleep(60)
    """
)


def test_a_writer_killed_half_way_leaves_the_old_file_and_its_leftover_goes_with_the_next_write(tmp_path):
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"old workbook")
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert target.read_bytes() == b"old workbook"
    [leftover] = [name for name in os.listdir(tmp_path) if name != "book.xlsx"]
    assert leftover.startswith(".book.xlsx.") and leftover.endswith(".partial")
    write_bytes(target, b"new workbook")
    assert target.read_bytes() == b"new workbook"
    assert os.listdir(tmp_path) == ["book.xlsx"]


def test_a_running_writers_temporary_file_is_left_alone(tmp_path):
    target = tmp_path / "book.xlsx"
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "writing"
        write_bytes(target, b"mine")
        assert len(os.listdir(tmp_path)) == 2  # the other writer's temporary file is still there
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


WRITER = "import sys\nfrom app.atomic import write_bytes\nwrite_bytes(sys.argv[1], b'n' * 200_000)\n"


@pytest.mark.parametrize("mount", [True, False], ids=["tmpfs if possible", "file-size limit"])
def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path, mount):
    disk = FullDisk(tmp_path / "disk", mount=mount)
    try:
        target = disk.folder / "statement.pdf"
        target.write_bytes(b"the signed one")
        disk.fill()
        result = disk.run(str(target), script=WRITER)
        assert result.returncode == 1
        assert "No space left on device" in result.stderr or "File too large" in result.stderr
        assert f"'{target}'" in result.stderr  # the error names the file asked for, not the temporary one
        assert target.read_bytes() == b"the signed one"
        assert sorted(p.name for p in disk.folder.iterdir() if p.name != "filler") == ["statement.pdf"]
    finally:
        disk.close()


def _verifield(data, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


@pytest.mark.slow
def test_signing_a_statement_killed_at_random_keeps_the_old_signed_file_whole(tmp_path):
    import random

    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    passphrase = tmp_path / "pass"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    assert _verifield(data, "demo").wait(120) == 0
    assert _verifield(data, "identity", "王磊 Wang Lei", "--out", str(tmp_path / "lead.p12"), "--passphrase-file", str(passphrase)).wait(120) == 0
    signed = out / "statement.pdf"
    command = ("statement", "DEMO-2026-0001", "--out", str(signed), "--sign", str(tmp_path / "lead.p12"), "--passphrase-file", str(passphrase))
    assert _verifield(data, *command).wait(120) == 0
    chosen = random.Random(15)
    for _ in range(5):
        before = signed.read_bytes()
        child = _verifield(data, *command)
        try:
            child.wait(chosen.uniform(0.5, 3.0))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        child.wait(30)
        now = signed.read_bytes()
        # Changed only by a whole signed file: a kill may land after the rename, before the process exits.
        assert now == before or (now.startswith(b"%PDF") and now.rstrip().endswith(b"%%EOF") and b"/ByteRange" in now)
        assert not [p for p in out.iterdir() if p.name.endswith(".unsigned")]
    assert _verifield(data, *command).wait(120) == 0
    assert os.listdir(out) == ["statement.pdf"]  # whatever a kill left was swept by the next write
    checked = _verifield(data, "verify-pdf", str(signed), "--trust", str(tmp_path / "lead.cer"))
    stdout, _ = checked.communicate(timeout=120)
    assert checked.returncode == 0, stdout
