"""What a start of the GUI imports, and when: the window's modules while the passphrase is asked for, and none of the
command-line commands.  Each start runs in a process of its own, the modules counted from its ``sys.modules``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.storage import data_key
from tests.ui.test_lock import PASSPHRASE, _encrypted_folder

ROOT = Path(__file__).resolve().parents[2]

# Started as ``verifield --data-dir D``: the unlock dialog waits (up to 20 s) for the window's module to be imported
# before its passphrase is typed, and says whether it was; at the end, which command groups were imported.
STARTED = """
import sys

from PySide6.QtCore import QTimer

from app.ui.dialogs import unlock

PASSPHRASE, FOLDER = sys.argv[1:]
shown = unlock.UnlockDialog.exec


def typed(dialog):
    waited = []

    def answer():
        window = sys.modules.get("app.ui.application")
        if getattr(window, "open_folder", None) is None and len(waited) < 400:
            waited.append(1)
            QTimer.singleShot(50, answer)
            return
        print("window imported while asked:", window is not None and hasattr(window, "open_folder"), flush=True)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(0, answer)
    return shown(dialog)


unlock.UnlockDialog.exec = typed
from app.cli import main

code = main(["--data-dir", FOLDER])
print("commands imported:", sorted(m for m in sys.modules if m.startswith("app.cli.") and m not in ("app.cli.common", "app.cli.laptop")))
raise SystemExit(code)
"""


def test_the_window_is_imported_while_the_passphrase_is_asked_for_and_no_command_is(tmp_path):
    data = _encrypted_folder(tmp_path)
    data_key.deactivate_all()  # its key active only in the started program
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VERIFIELD_EXIT_WHEN": "shown", "VERIFIELD_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", STARTED, PASSPHRASE, str(data)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "window imported while asked: True" in done.stdout
    assert "commands imported: []" in done.stdout


def test_a_command_still_takes_the_whole_command_line(tmp_path):
    env = {**os.environ, "VERIFIELD_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "lisst"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "invalid choice: 'lisst'" in done.stderr and "'list'" in done.stderr


def test_the_window_opens_an_encrypted_folder_with_the_passphrase_file_given(tmp_path):
    """``verifield --passphrase-file P`` starts the window past the passphrase (no one types it: a dialog left
    waiting would keep the program from exiting); a file that cannot be read is said, and nothing starts."""
    data = _encrypted_folder(tmp_path)
    data_key.deactivate_all()
    (tmp_path / "passphrase.txt").write_text(f"\ufeff{PASSPHRASE}\n", encoding="utf-8")  # as Notepad saves it
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VERIFIELD_EXIT_WHEN": "ready", "VERIFIELD_CONFIG_DIR": str(tmp_path / "config")}
    started = [sys.executable, "-m", "app", "--data-dir", str(data), "--passphrase-file"]
    done = subprocess.run([*started, str(tmp_path / "passphrase.txt")], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "start Verifield" in (data / "logs" / "verifield.log").read_text(encoding="utf-8")  # the store was opened
    missing = subprocess.run([*started, str(tmp_path / "none.txt")], env=env, cwd=ROOT, capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode == 2 and "none.txt cannot be read" in missing.stderr and "Traceback" not in missing.stderr
