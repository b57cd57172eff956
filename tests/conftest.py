"""Test-wide set-up: Qt offscreen, no test ever touches the user's data or settings, and each test starts with no
data key active, as a program just started does."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """Point the data folder, settings and history actor at throw-away places for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VERIFIELD_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("VERIFIELD_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("VERIFIELD_USER", "tester")
    yield
    # A key a test left active (a window that encrypted its folder, say) would seal the next test's files: the
    # process-wide "only active key" is used for a path in no active folder.
    from app.storage import data_key

    data_key.deactivate_all()


@pytest.fixture
def store(tmp_path):
    """A fresh store in a real SQLite file."""
    from app.storage.store import open_store

    opened = open_store(tmp_path / "store.sqlite")
    yield opened
    opened.close()
