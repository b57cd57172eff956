"""The benchmarks' ``--encrypted`` option (benchmarks/encrypted.py) really puts their stores in an encrypted data folder:
the setup of recalc.py, workbook.py, pdf.py and startup.py makes a store with no "SQLite format 3" header (and a plain one
without the option), that opens with the benchmark's passphrase; and startup.py's program gets past the passphrase dialog
to the list of engagements, so that what it times is the start of an unlocked window, not a refusal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import database_path
from app.services import engagements as engagement_services
from app.storage import data_key
from app.storage.encryption_at_rest import is_plain
from app.storage.store import open_store
from benchmarks import encrypted, pdf, recalc, startup, workbook

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_key_left_active():
    yield
    data_key.deactivate_all()


def _recalc(folder: Path, on: bool):
    sources, records = recalc.inventory(count=3)
    return recalc.stored(folder, sources, records, encrypted=on)


def _workbook(folder: Path, on: bool):
    return workbook.stored(folder, *workbook.calculation(), on)


def _pdf(folder: Path, on: bool):
    return pdf.demo_store(folder, on)


@pytest.fixture
def _small_workbook(monkeypatch):
    monkeypatch.setattr(workbook, "RECORDS", 24)


@pytest.mark.usefixtures("_small_workbook")
@pytest.mark.parametrize("setup", [_recalc, _workbook, _pdf], ids=["recalc", "workbook", "pdf"])
def test_the_option_makes_the_benchmarks_store_encrypted_and_without_it_plain(tmp_path, setup):
    made = {}
    for on in (True, False):
        folder = tmp_path / ("sealed" if on else "plain")
        store, made[on] = setup(folder, on)
        store.close()
        encrypted.forget(folder)
        assert is_plain(database_path(folder)) is (not on)
        assert data_key.is_encrypted(folder) is on
    data_key.activate(tmp_path / "sealed", data_key.unlock(tmp_path / "sealed", encrypted.PASSPHRASE))
    reopened = open_store(database_path(tmp_path / "sealed"))
    try:
        assert made[True] in [e.id for e in engagement_services.list_engagements(reopened.uow())]
    finally:
        reopened.close()
        encrypted.forget(tmp_path / "sealed")


def test_the_start_up_benchmark_starts_an_encrypted_folder_past_its_passphrase(tmp_path):
    data = tmp_path / "data"
    startup.fill_store(data, 3, encrypted=True)
    assert is_plain(database_path(data)) is False
    env = {**os.environ, "VERIFIELD_DATA_DIR": str(data), "VERIFIELD_CONFIG_DIR": str(tmp_path / "config"),
           "VERIFIELD_EXIT_WHEN": "ready"}
    subprocess.run([sys.executable, "-c", startup.TYPED, encrypted.PASSPHRASE], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    said = (data / "logs" / "verifield.log").read_text(encoding="utf-8")  # logged only once the folder is unlocked
    assert "start Verifield" in said and "schema" in said
