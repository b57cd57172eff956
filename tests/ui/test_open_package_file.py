"""Opening a .vfpkg file with Verifield (the file association of the installers runs ``verifield --open FILE``):
the GUI starts and imports that one package, asking for no folder and no key when the package is not encrypted."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.cli import main
from app.reports.identity import identities_beside
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings import FIRST_START_DONE, Settings
from tests.integration.package_fixture import laptop


def _when_imported(seen: dict, loop: QEventLoop) -> None:
    """Once the main window shows what the import did: keep it, close the window and leave the event loop."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    shown = getattr(windows[0], "imported_dialog", None) if windows else None
    if shown is None:
        QTimer.singleShot(50, lambda: _when_imported(seen, loop))
        return
    seen["said"] = shown.said.text()
    seen["revisions"] = [shown.revisions.item(i).text() for i in range(shown.revisions.count())]
    seen["window"] = windows[0]
    shown.close()
    windows[0].close()
    loop.quit()


def test_verifield_open_a_package_file_imports_it(qapp, qtbot, tmp_path, monkeypatch):
    machine = laptop(tmp_path / "laptop")
    package = tmp_path / "mail" / "DEMO.vfpkg"
    package.parent.mkdir()
    assert main(["--data-dir", str(machine.folder), "package", "DEMO-2026-0001", "--out", str(package),
                 "--sign", str(machine.identity), "--passphrase-file", str(machine.passphrase_file)]) == 0
    machine.store.close()
    (package.parent / "other.vfpkg").write_bytes(b"not a package")  # beside it, and not what was opened
    head = tmp_path / "head"
    identities_beside(head / "verifield.sqlite").mkdir(parents=True)
    shutil.copy(machine.certificate, identities_beside(head / "verifield.sqlite"))  # head office trusts the lead verifier
    Settings().set(FIRST_START_DONE, True)
    i18n.install("en")
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **_k: asked.append(a) or "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **_k: asked.append(a) or ("", ""))
    # The GUI's event loop is a local one: QApplication.exec() would leave the application closing (no window could
    # be activated again in this process), and the other tests share it.
    loop, seen = QEventLoop(), {}
    monkeypatch.setattr(qapp, "exec", loop.exec)
    QTimer.singleShot(0, lambda: _when_imported(seen, loop))

    assert main(["--data-dir", str(head), "--open", str(package)]) == 0
    qtbot.addWidget(seen["window"])  # deleted after the test, with its dialogs, as every test's windows are

    assert asked == []
    assert seen["said"].startswith("✓ DEMO.vfpkg: imported — DEMO-2026-0001 r") and "other.vfpkg" not in seen["said"]
    assert len(seen["revisions"]) == 1 and "DEMO-2026-0001" in seen["revisions"][0]
    assert len(list((head / "packages" / machine.engagement_id).glob("*.vfpkg"))) == 1
