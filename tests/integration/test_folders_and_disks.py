"""Folders and disks that fail: the real CLI (a child process) gives a clear bilingual message and changes nothing.

A full disk and read-only files are made for real (see :mod:`tests.integration.disks`): a
statement over a signed one, a workbook, an import, ``demo`` and attaching evidence on a full
disk; a data folder that is a file; a read-only data folder and a read-only store.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest

from app.domain.inventory.data_request import COLUMNS
from app.storage.files import stored_version
from tests.integration.disks import ROOT, FullDisk, dump, read_only

CODE = "DEMO-2026-0001"
QUANTITY = next(i for i, c in enumerate(COLUMNS) if c.key == "quantity") + 1


def verifield(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=180, cwd=ROOT)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    """A data folder holding the demo engagement, to copy."""
    data = tmp_path_factory.mktemp("demo") / "data"
    assert verifield(data, "demo").returncode == 0
    return data


@pytest.fixture(params=["tmpfs if possible", "file-size limit"])
def disk(request, tmp_path, demo_store):
    """A disk, about to be filled, holding a copy of the demo data folder: each test runs on a tmpfs (when this
    process may mount one) and under RLIMIT_FSIZE, so both ways of filling a disk are known to work."""
    made = FullDisk(tmp_path / "disk", mount=request.param == "tmpfs if possible")
    shutil.copytree(demo_store, made.folder / "data")
    yield made
    made.close()


def assert_refused(result: subprocess.CompletedProcess, en: str, zh: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert en in result.stderr and zh in result.stderr, result.stderr


def assert_unchanged(data: Path, before: tuple[bytes, list[str]]) -> None:
    store = data / "verifield.sqlite"
    assert (store.read_bytes(), dump(store)) == before


def snapshot(data: Path) -> tuple[bytes, list[str]]:
    store = data / "verifield.sqlite"
    return store.read_bytes(), dump(store)


FULL = ("the disk is full", "磁盘已满")


def test_a_statement_on_a_full_disk_keeps_the_signed_one_and_leaves_nothing_behind(disk, tmp_path):
    data, out = disk.folder / "data", disk.folder / "out"
    out.mkdir()
    passphrase = tmp_path / "pass"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    assert verifield(data, "identity", "王磊 Wang Lei", "--out", str(tmp_path / "lead.p12"), "--passphrase-file", str(passphrase)).returncode == 0
    signed = out / "statement.pdf"
    sign = ("--sign", str(tmp_path / "lead.p12"), "--passphrase-file", str(passphrase))
    assert verifield(data, "statement", CODE, "--out", str(signed), *sign).returncode == 0
    kept = signed.read_bytes()
    disk.fill(data / "verifield.sqlite")
    for extra in ((), sign):
        result = disk.run("--data-dir", str(data), "statement", CODE, "--out", str(signed), *extra)
        # Under a file-size limit the scratch copy (in the system's temporary folder) is refused first.
        assert_refused(result, f"The file {signed if disk.mounted else ''}", FULL[1])
        assert f"cannot be written: {FULL[0]}" in result.stderr
        assert "Any earlier file is unchanged" in result.stderr
        assert signed.read_bytes() == kept
        assert sorted(p.name for p in out.iterdir()) == ["statement.pdf"]  # no .partial, no .unsigned


def test_a_workbook_on_a_full_disk_is_not_left_empty(disk):
    data, out = disk.folder / "data", disk.folder / "out"
    out.mkdir()
    earlier = out / "earlier.xlsx"
    assert verifield(data, "export-xlsx", CODE, str(earlier)).returncode == 0
    kept = earlier.read_bytes()
    disk.fill(data / "verifield.sqlite")
    for target in (out / "new.xlsx", earlier):
        result = disk.run("--data-dir", str(data), "export-xlsx", CODE, str(target))
        assert_refused(result, f"The file {target} cannot be written: {FULL[0]}", FULL[1])
    assert sorted(p.name for p in out.iterdir()) == ["earlier.xlsx"]
    assert earlier.read_bytes() == kept


def test_an_import_on_a_full_disk_says_so_after_its_plan_and_changes_nothing(disk, tmp_path):
    data = disk.folder / "data"
    request = tmp_path / "request.xlsx"
    assert verifield(data, "template", CODE, str(request)).returncode == 0
    book = openpyxl.load_workbook(request)
    book["Data"].cell(4, QUANTITY).value = 123456.0
    book.save(request)
    disk.fill(data / "verifield.sqlite")
    before = snapshot(data)
    result = disk.run("--data-dir", str(data), "import-data", CODE, str(request))
    assert "1 changed value" in result.stdout
    assert_refused(result, f"The data file {data / 'verifield.sqlite'} cannot be written", "没有作任何改动")
    assert_unchanged(data, before)


def test_demo_on_a_full_disk_says_so_and_changes_nothing(disk):
    data = disk.folder / "data"
    disk.fill(data / "verifield.sqlite")
    before = snapshot(data)
    result = disk.run("--data-dir", str(data), "demo")
    assert_refused(result, f"The data file {data / 'verifield.sqlite'} cannot be written", "没有作任何改动")
    assert_unchanged(data, before)


ATTACH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.ui.commands.workbench import Workbench

    bench = Workbench(Path(sys.argv[1]), "tester")
    bench.error.connect(lambda error: print("refused:", error.message.both()))
    engagement = bench.summaries()[0].id
    print("attached" if bench.attach_files(engagement, [Path(sys.argv[2])], (), "attach") else "not attached")
    """
)


def test_attaching_evidence_on_a_full_disk_says_so_and_changes_nothing(disk, tmp_path):
    data = disk.folder / "data"
    photo = tmp_path / "site.jpg"
    photo.write_bytes(os.urandom(256 * 1024))
    disk.fill(data / "verifield.sqlite")
    before = snapshot(data)
    result = disk.run(str(data / "verifield.sqlite"), str(photo), script=ATTACH)
    assert "Traceback" not in result.stderr, result.stderr
    assert "not attached" in result.stdout
    assert "cannot be written: the disk is full" in result.stdout and "磁盘已满" in result.stdout
    assert_unchanged(data, before)
    leftovers = [p for p in (data / "evidence").rglob("*") if p.is_file()] if (data / "evidence").exists() else []
    assert leftovers == []


def test_a_data_folder_that_is_a_file_is_refused_clearly(tmp_path):
    afile = tmp_path / "notes.txt"
    afile.write_text("mine", encoding="utf-8")
    result = verifield(afile, "list")
    assert_refused(result, f"The data folder {afile} cannot be used: it is a file, not a folder", "它是一个文件，不是文件夹")
    assert afile.read_text(encoding="utf-8") == "mine"


def test_a_read_only_data_folder_is_refused_clearly(tmp_path, demo_store):
    data = tmp_path / "data"
    shutil.copytree(demo_store, data)
    before = snapshot(data)
    with read_only(data, *data.iterdir()):  # as on a read-only share: the folder and what it holds
        listed = verifield(data, "list")
        assert listed.returncode == 0 and CODE in listed.stdout  # reading still works
        assert_refused(verifield(data, "demo"), "the data file or its folder is read-only", "只读")
    assert_unchanged(data, before)


def test_an_import_into_a_read_only_store_says_so_after_its_plan_and_changes_nothing(tmp_path, demo_store):
    data = tmp_path / "data"
    shutil.copytree(demo_store, data)
    request = tmp_path / "request.xlsx"
    assert verifield(data, "template", CODE, str(request)).returncode == 0
    book = openpyxl.load_workbook(request)
    book["Data"].cell(4, QUANTITY).value = 123456.0
    book.save(request)
    before = snapshot(data)
    with read_only(data / "verifield.sqlite"):
        listed = verifield(data, "list", "--json")
        assert listed.returncode == 0 and json.loads(listed.stdout)[0]["code"] == CODE  # reading still works
        result = verifield(data, "import-data", CODE, str(request))
        assert "1 changed value" in result.stdout
        assert_refused(result, "the data file or its folder is read-only", "只读")
        assert_refused(verifield(data, "demo"), "the data file or its folder is read-only", "只读")
    assert_unchanged(data, before)
    assert stored_version(data / "verifield.sqlite")


def test_an_identity_on_a_full_disk_says_so_and_leaves_no_file(disk, tmp_path):
    out = disk.folder / "keys"
    out.mkdir()
    passphrase = tmp_path / "pass"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    disk.fill(room=0)  # a key is smaller than the few KiB a nearly full disk has left
    result = disk.run("--data-dir", str(disk.folder / "data"), "identity", "王磊 Wang Lei", "--out", str(out / "lead.p12"),
                      "--passphrase-file", str(passphrase))
    assert_refused(result, "cannot be written: the disk is full", FULL[1])
    assert list(out.iterdir()) == []
