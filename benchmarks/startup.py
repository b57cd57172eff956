"""Start-up and list-filter speed (issue: foundation).

1. With 1,000 engagements in the store, time from process start to the main
   window shown with the list filled, against a bare QMainWindow start
   measured in the same run.  Target: ratio ≤ 3.  Also printed: the time
   until the ORM store is open as well (it opens right after the first paint).
   Bytecode is compiled first, as an installed copy has it.
2. Filtering a list of 10,000 engagements, one keystroke at a time, with the
   table shown.  Target: ≤ 50 ms per keystroke (printed as a ratio of that budget).

``--encrypted``: the 1,000 engagements are in an encrypted data folder (SQLCipher, see ``benchmarks/encrypted.py``), and
the program is started through :data:`TYPED`, which answers the passphrase dialog as a verifier would (the passphrase
put in its field and OK pressed once the dialog is up, so the dialog, the Argon2id derivation and the keyed store are
on the clock; the typing is not).
The bare ``QMainWindow`` stays the floor.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/startup.py [--encrypted]``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import encrypted as benchmark_folder  # noqa: E402

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 820)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

TYPED = """
import runpy
import sys

from app.ui import lock

PASSPHRASE = sys.argv.pop()  # what follows -c; the program itself is started with no arguments


from PySide6.QtCore import QTimer

shown = lock.UnlockDialog.exec


def typed(dialog):
    dialog.passphrase.setText(PASSPHRASE)
    QTimer.singleShot(0, dialog.accept)  # OK pressed as soon as the dialog is up; the key is unwrapped on a worker
    return shown(dialog)


lock.UnlockDialog.exec = typed
runpy.run_module("app", run_name="__main__")
"""


def fill_store(folder: Path, count: int, encrypted: bool = False) -> None:
    from app.domain.engagement.engagement import Engagement
    from app.paths import database_path
    from app.services import demo
    from app.services import engagements as services
    from app.storage.store import open_store

    store = open_store(database_path(benchmark_folder.data_folder(folder, encrypted)))
    client = services.create_organisation(store.uow(), demo.demo_client(), "bench")
    for i in range(count):
        e = demo.demo_engagement(client, date(2026, 6, 1))
        services.create_engagement(store.uow(), Engagement(**{**e.__dict__, "id": f"bench-{i:05d}", "sites": [], "team": []}), "bench")
    store.close()
    benchmark_folder.forget(folder)


def timed_runs(args: list[str], env: dict, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup(runs: int = 5, encrypted: bool = False) -> None:
    program = [sys.executable, "-c", TYPED, benchmark_folder.PASSPHRASE] if encrypted else [sys.executable, "-m", "app"]
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        fill_store(data, 1000, encrypted)
        env = {
            **os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "VERIFIELD_DATA_DIR": str(data), "VERIFIELD_CONFIG_DIR": str(Path(scratch) / "config"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], env=env, check=True, capture_output=True)
        subprocess.run(program, env={**env, "VERIFIELD_EXIT_WHEN": "ready"}, check=True, cwd=ROOT, capture_output=True)
        bare = timed_runs([sys.executable, "-c", BARE], env, runs)
        shown = timed_runs(program, {**env, "VERIFIELD_EXIT_WHEN": "shown"}, runs)
        ready = timed_runs(program, {**env, "VERIFIELD_EXIT_WHEN": "ready"}, runs)
    print(f"start-up, 1,000 engagements{' in an encrypted folder, passphrase given' if encrypted else ''}: window shown with the list {shown * 1000:.0f} ms; bare QMainWindow "
          f"{bare * 1000:.0f} ms; ratio {shown / bare:.2f} (target ≤ 3)")
    print(f"  store open too: {ready * 1000:.0f} ms; ratio {ready / bare:.2f}")


def filtering(count: int = 10_000) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from app.domain.engagement.summary import EngagementSummary
    from app.ui import i18n
    from app.ui.models.tables import EngagementFilterProxy, EngagementListModel, ListFilter

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    clients = [("常州恒运精密机械有限公司", "Changzhou Hengyun Precision Machinery"), ("苏州绿能新材料", "Suzhou Lvneng New Materials"), ("宁波港口物流", "Ningbo Port Logistics")]
    rows = [
        EngagementSummary(
            f"id{i}", f"VF-{2020 + i % 7}-{i:04d}", f"{2019 + i % 7} GHG verification {i}", *clients[i % 3], f"org{i % 3}",
            "iso14064-1", "planned", date(2025, 1, 1), date(2025, 12, 31), 2019 + i % 7,
        )
        for i in range(count)
    ]
    model = EngagementListModel()
    model.set_rows(rows)
    proxy = EngagementFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    typed = "changzhou 2024 verification"
    times = []
    for n in range(1, len(typed) + 1):
        start = time.perf_counter()
        proxy.set_filter(ListFilter(text=typed[:n]))
        app.processEvents()
        times.append(time.perf_counter() - start)
    for n in range(len(typed) - 1, -1, -1):  # and deleting it again
        start = time.perf_counter()
        proxy.set_filter(ListFilter(text=typed[:n]))
        app.processEvents()
        times.append(time.perf_counter() - start)
    worst, mean = max(times), statistics.mean(times)
    print(f"filter 10,000 engagements: mean {mean * 1000:.1f} ms, worst {worst * 1000:.1f} ms per keystroke; "
          f"worst / 50 ms budget = {worst / 0.050:.2f} (target ≤ 1)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    benchmark_folder.add_option(parser, "the store of the 1,000 engagements encrypted with SQLCipher, passphrase given")
    options = parser.parse_args()
    if options.encrypted:
        benchmark_folder.announce("the store of the 1,000 engagements is encrypted (SQLCipher); the floor stays plain; "
                                  "the filter runs in memory, the same either way")
    filtering()
    startup(encrypted=options.encrypted)
