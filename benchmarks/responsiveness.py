"""GUI responsiveness (issue 22: never a frozen window).

A 10 ms heartbeat timer on the GUI thread records when it last ran; while each
operation runs through the real widgets (the main window, its pages, their
buttons' slots) the longest gap between two beats is that operation's stall.
The store holds the demo engagement plus 2,000 sources × 12 months (24,000
records) and 500 findings; 5,000 evidence files are added through the
Evidence page as one of the operations; the verification report of
benchmarks/pdf.py (about 100 pages) is printed to a PDF printer and the
engagement packaged for head office.  An operation that hands its work to
a background job counts until its result is shown.

Printed per operation: the longest stall, the total time and the peak resident memory so far (which operation
raised it); then
``worst GUI stall: N ms (budget 100 ms)`` and the peak resident memory
(goal ≤ 600 MB).  Runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise.

``--encrypted``: the same in an encrypted data folder (``benchmarks/encrypted.py``), the store built anew.

``--why``: under each operation over budget, the GUI thread's stacks sampled while it was late.

``--group``: issue 22's group scale, 20 sites × 1,000 sources × 12 months (240,000 records), measured up to the
edits of the Inventory (start-up, the store, the engagement, the Inventory and its edits): the Inventory must open
with its figures within 1 s (printed as a ratio of that) and never stall the GUI thread.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/responsiveness.py [--files N] [--encrypted] [--why]``).
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks import encrypted as benchmark_folder  # noqa: E402

from benchmarks.recalc import GROUP_SOURCES, SOURCES, inventory  # noqa: E402

BUDGET_MS = 100
FINDINGS = 500


class Heartbeat:
    """A 10 ms timer on the GUI thread; ``gap`` is the longest time between two beats since ``reset``.

    ``why``: a watchdog thread samples the GUI thread's stack every 5 ms while a beat is over 50 ms late, so that
    :meth:`culprits` can say where an operation's stalls were spent (the frames of Verifield's own code)."""

    def __init__(self, why: bool = False):
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.beat)
        self.last = time.perf_counter()
        self.gap = 0.0
        self.samples: collections.Counter[str] = collections.Counter()
        self.timer.start()
        self.collections: list[float] = []  # the cycle collector's passes over 20 ms (they hold the GIL), seconds
        self._collecting = 0.0
        if why:
            threading.Thread(target=self._watch, args=(threading.get_ident(),), daemon=True).start()
            gc.callbacks.append(self._collector)

    def _collector(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._collecting = time.perf_counter()
        elif (took := time.perf_counter() - self._collecting) > 0.02:
            self.collections.append(took)
            self.samples[f"cycle collection of generation {info['generation']} (holds the GIL)"] += round(took / 0.005)

    def _watch(self, gui: int) -> None:
        root = str(Path(__file__).resolve().parents[1])
        while True:
            time.sleep(0.005)
            if time.perf_counter() - self.last > 0.05 and (frame := sys._current_frames().get(gui)) is not None:
                own = [f"{Path(f.f_code.co_filename).stem}:{line} {f.f_code.co_name}" for f, line in traceback.walk_stack(frame)
                       if f.f_code.co_filename.startswith(root + "/app")]
                innermost = traceback.extract_stack(frame, limit=1)[0]
                self.samples[" < ".join(own[:4]) + f"  [in {Path(innermost.filename).name}:{innermost.lineno}]"] += 1

    def culprits(self, count: int = 4) -> list[str]:
        """The GUI thread's most sampled stacks while it was late (5 ms each), since ``reset``."""
        return [f"{n * 5:5d} ms  {stack}" for stack, n in self.samples.most_common(count)]

    def beat(self) -> None:
        now = time.perf_counter()
        self.gap = max(self.gap, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.gap = time.perf_counter(), 0.0
        self.samples.clear()
        self.collections.clear()


def measure(heart: Heartbeat, name: str, action: Callable[[], object], done: Callable[[], bool] = lambda: True,
            timeout: float = 600.0) -> tuple[str, float, float]:
    """Run ``action`` from the event loop, keep the loop turning until ``done()``; (name, stall, total) in seconds."""
    loop = QEventLoop()
    start = [0.0]

    def go() -> None:
        heart.reset()
        start[0] = time.perf_counter()
        action()

    def check() -> None:
        if start[0] and done():
            loop.quit()
        elif start[0] and time.perf_counter() - start[0] > timeout:
            raise SystemExit(f"{name}: not done after {timeout:.0f} s")

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(check)
    QTimer.singleShot(0, go)
    poll.start()
    loop.exec()
    poll.stop()
    total = time.perf_counter() - start[0]
    heart.beat()  # the gap up to the moment the result was shown
    result = (name, heart.gap, total)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {name:<46} stall {heart.gap * 1000:7.0f} ms   total {total:7.2f} s   peak memory so far {peak:5.0f} MB", flush=True)
    if heart.gap * 1000 > BUDGET_MS:
        for line in heart.culprits():
            print(f"      {line}", flush=True)
    return result


def fill_store(path: Path, count: int = SOURCES) -> str:
    """The demo engagement with ``count`` more sources × 12 months and 500 findings; returns its id."""
    from app.domain.findings.finding import Finding, Kind
    from app.services import demo
    from app.services import findings as finding_services
    from app.storage.checklist_templates import shipped_templates
    from app.storage.store import open_store

    sources, records = inventory(count=count)
    store = open_store(path)
    engagement_id = demo.create_demo(store.uow(), "bench", templates=shipped_templates())
    with store.uow() as uow:
        for source in sources:
            uow.inventory.put("source", engagement_id, source)
        uow.session.flush()
        for record in records:
            uow.inventory.put("record", engagement_id, record)
        uow.commit()
    day = date(2026, 3, 1)
    for n in range(FINDINGS):
        finding = Finding(Kind.CLARIFICATION, f"Bench finding {n}: clarify the meter reading", "bench", day, date(2026, 4, 1))
        finding_services.add_finding(store.uow(), engagement_id, finding, "bench")
    store.close()
    return engagement_id


def small_files(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"IMG_{i:05}.jpg"
        path.write_bytes(i.to_bytes(8, "big") * 128)
        paths.append(str(path))
    return paths


def filled_request(source_path: Path, out: Path) -> None:
    """The data request as written for the store, every quantity changed (so each row is a change to import),
    filled in by a child process as the client fills it in Excel: openpyxl's full workbook of 50,000 rows would
    otherwise leave 0.75 million objects in reference cycles (and hundreds of MB) in the process measured, which
    the next full pass of the cycle collector, whatever operation it falls in, would have to scan."""
    subprocess.run([sys.executable, __file__, "--fill", str(source_path), str(out)], check=True)


def _fill(source_path: Path, out: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(source_path)
    data = book["Data"]
    for row in range(4, data.max_row + 1):
        if data.cell(row, 8).value is not None or data.cell(row, 1).value:
            data.cell(row, 8).value = 100.0 + row % 97
    book.save(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--store", help="keep the built store in this folder and reuse it on the next run")
    parser.add_argument("--why", action="store_true", help="for each operation over budget, where the GUI thread was while late")
    parser.add_argument("--group", action="store_true", help="240,000 records (20 sites × 1,000 sources × 12 months), "
                        "measured up to the Inventory's edits")
    parser.add_argument("--fill", nargs=2, metavar=("REQUEST", "OUT"), help=argparse.SUPPRESS)  # filled_request's child
    benchmark_folder.add_option(parser, "the store SQLCipher, the evidence sealed; the store is built anew each run")
    args = parser.parse_args()
    if args.fill:
        _fill(Path(args.fill[0]), Path(args.fill[1]))
        return
    if args.encrypted:
        benchmark_folder.announce("the store and the evidence of every operation")
    app = QApplication.instance() or QApplication([])
    from app.ui.commands.workbench import Workbench
    from app.ui.application import Application
    from app.ui.main import start
    from app.ui.pages.evidence_page import EvidencePage
    from app.ui.pages.inventory_page import InventoryPage
    from app.ui.settings import LANGUAGE, Settings

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as scratch:
        scratch = Path(scratch)
        os.environ["VERIFIELD_CONFIG_DIR"] = str(scratch / "config")
        path = benchmark_folder.data_folder(scratch / "data", args.encrypted) / "verifield.sqlite"
        kept = Path(args.store) / "verifield.sqlite" if args.store and not args.encrypted else None  # a kept store is plain
        if kept is not None and kept.exists():
            shutil.copyfile(kept, path)
            engagement_id = (kept.parent / "engagement").read_text()
        else:
            count = GROUP_SOURCES if args.group else SOURCES
            print(f"building the store ({count:,} sources × 12 months, 500 findings)…", flush=True)
            engagement_id = fill_store(path, count)
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, kept)
                (kept.parent / "engagement").write_text(engagement_id)
        photos = small_files(scratch / "photos", args.files)
        heart = Heartbeat(args.why)
        rows = []
        settings = Settings()
        settings.set(LANGUAGE, "en")
        workbench = Workbench(path, "bench")
        application = Application(workbench, settings, start)
        print(f"operations (heartbeat every 10 ms, budget {BUDGET_MS} ms):", flush=True)
        rows.append(measure(heart, "start-up to the list", lambda: application.build()))
        # as app.ui.main.run_gui does once the list is shown: the store (and the ORM) opened on a thread of its own
        opening = []
        rows.append(measure(heart, "opening the store after the first paint", lambda: opening.append(workbench.open_in_background()),
                            lambda: not opening[0].is_alive()))
        window = application.window
        rows.append(measure(heart, "opening the engagement (every page made)", lambda: window.open_engagement(engagement_id),
                            lambda: not window.workspace.building))
        page = window.workspace.page(InventoryPage)

        def loaded() -> bool:
            return not page._stale and getattr(page, "loading", None) is None and getattr(workbench, "busy", None) is None

        def show_inventory() -> None:
            window.workspace.navigator.setCurrentRow(window.workspace.pages.index(page))

        rows.append(measure(heart, "opening the Inventory", show_inventory, loaded))
        opened = rows[-1][2]
        source = page.sources_model.sources[-1]
        rows.append(measure(heart, "editing a source", lambda: workbench.save_source(
            engagement_id, replace(source, name=source.name + " (renamed)"), "bench"), loaded))
        from app.domain.kernel.choices import GwpReport

        rows.append(measure(heart, "editing the GWP report", lambda: workbench.edit_engagement(
            engagement_id, "gwp_report", GwpReport.AR5, "bench"), loaded))
        rows.append(measure(heart, "editing the materiality", lambda: workbench.edit_engagement_fields(
            engagement_id, {"materiality_pct": 3.0, "materiality_reason": "the programme's"}, "bench"), loaded))
        if args.group:
            print(f"opening the Inventory at {len(page.sources_model.sources):,} sources: {opened:.2f} s; / 1 s target = "
                  f"{opened:.2f} (target ≤ 1)")
            summarise(rows, args.why)
            workbench.store.close()
            return
        target = next(i for i, s in enumerate(page.sources_model.sources) if s.name.startswith("boiler 0"))
        page.sources.selectRow(target)
        pasted = "start\tend\tquantity\tunit\n" + "".join(f"2025-01-{1 + n % 28:02d}\t2025-01-{1 + n % 28:02d}\t{n + 1}\tt\n" for n in range(1000))
        QGuiApplication.clipboard().setText(pasted)
        rows.append(measure(heart, "pasting 1,000 rows", page.paste, loaded))

        books = page.workbooks
        exported = scratch / "calculation.xlsx"
        books.ask_save_path = lambda _suggested: str(exported)
        rows.append(measure(heart, "exporting the calculation workbook", books.export_workbook,
                            lambda: exported.exists() and getattr(books, "running", None) is None))
        request = scratch / "request.xlsx"
        books.ask_save_path = lambda _suggested: str(request)
        rows.append(measure(heart, "writing the data request", books.write_request,
                            lambda: request.exists() and getattr(books, "running", None) is None))
        filled = scratch / "filled.xlsx"
        filled_request(request, filled)
        books.ask_open_path = lambda: str(filled)
        rows.append(measure(heart, "importing the data request: preview", books.import_data,
                            lambda: books.running is None and books.preview is not None))
        if books.preview.plan is None:
            raise SystemExit("the filled-in data request was refused: " + books.preview.problems.toPlainText()[:500])
        rows.append(measure(heart, "importing the data request: import", books.preview.apply, loaded))

        evidence = window.workspace.page(EvidencePage)
        window.workspace.navigator.setCurrentRow(window.workspace.pages.index(evidence))
        app.processEvents()
        count = len(evidence.held)
        rows.append(measure(heart, f"adding {len(photos):,} files", lambda: evidence.add_files(photos),
                            lambda: evidence.running is None and evidence.loading is None and len(evidence.held) == count + len(photos)))
        undo = window.undo_action
        rows.append(measure(heart, f"undo of adding {len(photos):,} files", undo.trigger,
                            lambda: len(evidence.held) == count and workbench.busy is None and evidence.loading is None))
        rows.append(measure(heart, f"redo of adding {len(photos):,} files", window.redo_action.trigger,
                            lambda: len(evidence.held) == count + len(photos) and workbench.busy is None and evidence.loading is None))
        rows.append(print_report(heart, window, scratch))
        rows.append(package(heart, window, engagement_id, scratch))
        window.workspace.navigator.setCurrentRow(window.workspace.pages.index(window.workspace.page(InventoryPage)))
        app.processEvents()

        def switch() -> None:
            settings.set(LANGUAGE, "zh")
            application._rebuild()

        rows.append(measure(heart, "switching language (window rebuilt)", switch, lambda: loaded_in(application)))
        summarise(rows, args.why)
        workbench.store.close()


def summarise(rows: list[tuple[str, float, float]], why: bool) -> None:
    """The worst stall of all operations and the peak memory; with ``why``, what the cycle collector tracks."""
    worst = max(rows, key=lambda r: r[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"worst GUI stall: {worst[1] * 1000:.0f} ms (budget {BUDGET_MS} ms) — {worst[0]}")
    print(f"peak resident memory: {peak:.0f} MB (goal ≤ 600 MB)")
    if why:  # what a full pass of the cycle collector would scan, by type
        kinds = collections.Counter(type(o).__qualname__ for o in gc.get_objects())
        print(f"objects the cycle collector tracks: {sum(kinds.values()):,} (and {gc.get_freeze_count():,} frozen); most: "
              + ", ".join(f"{name} {n:,}" for name, n in kinds.most_common(12)))


def print_report(heart: Heartbeat, window, scratch: Path) -> tuple[str, float, float]:
    """Printing the verification report of benchmarks/pdf.py (3,000 sources, 300 findings: about 100 pages) to a
    PDF printer, as the print dialog's OK does (the report itself is written before the measurement)."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from app.reports.verification_report_pdf import write_verification_report
    from app.ui.actions.printing import print_later
    from benchmarks.pdf import NOW, case

    report = scratch / "report.pdf"
    write_verification_report(report, *case(sources=3000, findings=300), NOW)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(scratch / "printed.pdf"))
    printed: list = []
    pages = len(PdfReader(report).pages)
    return measure(heart, f"printing the {pages}-page report to PDF", lambda: print_later(report, printer, window, lambda n, _e: printed.append(n)),
                   lambda: bool(printed))


def package(heart: Heartbeat, window, engagement_id: str, scratch: Path) -> tuple[str, float, float]:
    """Making the audit package of the engagement (its evidence files included), as the package form's OK does."""
    from app.reports.identity import create_identity
    from app.ui.pages.overview_page import OverviewPage

    identity = create_identity(scratch / "lead.p12", "张伟", "核查组长", "", "", "bench passphrase")
    actions = window.workspace.page(OverviewPage).packages
    out = scratch / "engagement.vfpkg"
    result = measure(heart, "packaging", lambda: actions.make(engagement_id, out, identity.path, "bench passphrase", []),
                     lambda: actions.running is None)
    if not out.exists():  # refused: say why rather than wait for a file that will never come
        raise SystemExit(f"packaging was refused: {actions.last}")
    return result


def loaded_in(application) -> bool:
    from app.ui.pages.inventory_page import InventoryPage

    workspace = application.window.workspace
    if workspace.building:
        return False
    page = workspace.page(InventoryPage)
    return not page.isVisible() or (not page._stale and getattr(page, "loading", None) is None)


if __name__ == "__main__":
    main()
