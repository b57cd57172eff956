"""The audit package in the GUI: *Package for head office…* on the overview page (a wrong passphrase shown under its
field, progress, Cancel leaving no file, then a package encrypted to head office), and at head office *Import
packages from folder…* from the File menu and the imported revision shown read-only with the recalculation agreeing.
"""

from __future__ import annotations

import stat

import pyrage
import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.reports.identity import create_identity, identities_beside
from app.storage import viewer_copies
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.pages.overview_page import OverviewPage
from tests.ui.clicking import click, fill, press
from tests.ui.test_workspace import open_demo, show_page

PASS = "lead verifier passphrase"


@pytest.fixture
def page(window, store_path):
    open_demo(window)
    identities_beside(store_path).mkdir()
    create_identity(identities_beside(store_path) / "张伟.p12", "张伟", "核查组长", "", "", PASS)
    return show_page(window, OverviewPage)


def _dialog(qtbot, page) -> FormDialog:
    click(qtbot, page.package_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(FormDialog)))
    return next(d for d in page.findChildren(FormDialog) if d.isVisible())


def test_package_for_head_office_with_cancel_then_import_it_at_head_office(qtbot, window, page, tmp_path, monkeypatch):
    identity = str(identities_beside(window.workbench.path) / "张伟.p12")
    out = tmp_path / "usb" / "DEMO.vfpkg"
    out.parent.mkdir()
    key = pyrage.x25519.Identity.generate()
    (tmp_path / "head.key").write_text(f"{key}\n", encoding="utf-8")

    dialog = _dialog(qtbot, page)
    fill(qtbot, dialog.form, identity=identity, passphrase="not the passphrase", out=str(out))
    press(qtbot, dialog)
    assert dialog.isVisible() and "passphrase" in dialog.form.errors["passphrase"].text().lower()

    fill(qtbot, dialog.form, passphrase=PASS)
    press(qtbot, dialog)
    assert not dialog.isVisible()
    job = page.packages.running
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=10000)
    click(qtbot, job.dialog.findChild(QPushButton))  # Cancel, while the documents are being made
    qtbot.waitUntil(lambda: page.packages.running is None, timeout=30000)
    assert "Cancelled" in page.package_status.text() and list(out.parent.iterdir()) == []

    dialog = _dialog(qtbot, page)
    fill(qtbot, dialog.form, identity=identity, passphrase=PASS, out=str(out), recipients=str(key.to_public()))
    press(qtbot, dialog)
    qtbot.waitUntil(lambda: page.packages.running is None, timeout=30000)
    assert "Package written" in page.package_status.text() and out.read_bytes().startswith(b"age-encryption.org/v1")
    assert [p.name for p in out.parent.iterdir()] == ["DEMO.vfpkg"]  # no temporary file left beside it

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out.parent))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(tmp_path / "head.key"), ""))
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Import packages from folder…")
    action.trigger()
    qtbot.waitUntil(lambda: window.packages.running is None and hasattr(window, "imported_dialog"), timeout=30000)
    shown = window.imported_dialog
    assert "✓ DEMO.vfpkg: imported" in shown.said.text()
    assert shown.revisions.count() == 1 and "DEMO-2026-0001" in shown.revisions.item(0).text()
    assert "The recalculation agrees with every figure the package states." in shown.facts.text()
    assert "tCO₂e, recalculated here" in shown.facts.text() and "CO2" not in shown.facts.text()  # the subscript, as everywhere
    names = [shown.files.item(i).text() for i in range(shown.files.count())]
    assert "data/documents/calculation.xlsx" in names and shown.history.count() > 10
    opened = []
    monkeypatch.setattr("app.ui.actions.printing.open_in_viewer", lambda path: opened.append(path) or True)
    shown.files.setCurrentRow(names.index("data/documents/calculation.xlsx"))
    click(qtbot, shown.open_button)
    assert opened and opened[0].read_bytes()[:2] == b"PK"
    assert stat.S_IMODE(opened[0].parent.stat().st_mode) == 0o700  # a private folder, removed at exit
    viewer_copies.forget()
    assert not opened[0].exists()

    action.trigger()  # the same package again: nothing changes
    qtbot.waitUntil(lambda: window.packages.running is None and "already imported" in window.imported_dialog.said.text(), timeout=30000)
    assert window.imported_dialog.revisions.count() == 1
