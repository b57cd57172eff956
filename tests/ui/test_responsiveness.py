"""Long work off the GUI thread (issue 22): the inventory read in the background with an edit made meanwhile kept,
a cancelled export that leaves no file, a big evidence batch undone and redone in the background, and a batch that
cannot be recorded taking back the files it copied."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QRunnable
from PySide6.QtWidgets import QPushButton

from app.domain.kernel.choices import GwpReport
from app.services import inventory as inventory_services
from app.ui.jobs import Latest
from app.ui.pages import evidence_page
from app.ui.pages.evidence_page import EvidencePage
from app.ui.pages.inventory_page import InventoryPage
from tests.ui.test_workspace import open_demo, show_page


class Blocker(QRunnable):
    """Holds a one-thread pool until ``release`` so that the job queued after it has not started yet."""

    def __init__(self):
        super().__init__()
        self.gate = threading.Event()

    def run(self) -> None:
        self.gate.wait(10)


def total_shown(page) -> float:
    return float(page.results.values["total"].text().replace(",", ""))


def test_of_two_readings_only_the_newest_is_shown(qtbot):
    latest, shown = Latest(), []
    blocker = Blocker()
    latest.pool.start(blocker)
    latest.start(lambda _p, _c: "read before the edit", shown.append, pytest.fail)
    latest.start(lambda _p, _c: "read after the edit", shown.append, pytest.fail)
    blocker.gate.set()
    qtbot.waitUntil(lambda: latest.job is None, timeout=5000)
    latest.wait()
    qtbot.wait(50)  # any late result of the first reading would have arrived by now
    assert shown == ["read after the edit"]


def test_a_big_inventory_is_read_in_the_background_and_an_edit_during_the_reload_survives(window, qtbot, monkeypatch):
    monkeypatch.setattr(InventoryPage, "background_from", 0)  # the demo's records count as a big inventory
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    assert page.loading is not None and "Reading" in page.summary.text()  # the window is not waiting for it
    qtbot.waitUntil(lambda: page.loading is None, timeout=10_000)
    wb = window.workbench
    before = total_shown(page)
    blocker = Blocker()
    page.reading.pool.start(blocker)  # the reload after the next edit has not read anything yet …
    assert wb.edit_engagement(engagement_id, "gwp_report", GwpReport.AR5, "GWP report")  # every source recalculated
    assert page.loading is not None
    source = next(s for s in page.calculation.inventory.sources if "electricity" in s.name)
    record = page.calculation.recalculator.records[source.id][0]
    # … when a record is edited: stored at once, and the page reads again after it
    assert wb.save_records(engagement_id, source.id, [replace(record, quantity=record.quantity + 1000)], [], "Edit activity data")
    blocker.gate.set()
    qtbot.waitUntil(lambda: page.loading is None, timeout=10_000)
    stored = inventory_services.calculate(wb.uow(), engagement_id).results.total
    assert total_shown(page) == pytest.approx(stored, abs=0.005) and stored != pytest.approx(before, abs=0.005)
    assert "GWP: AR5" in page.summary.text()
    assert page.calculation.recalculator.records[source.id][0].quantity == record.quantity + 1000


def test_a_replaced_calculation_is_freed_a_slice_per_turn_not_at_once(window, qtbot, monkeypatch):
    """Freeing a group's calculation at once held the GUI thread for 0.1 s: the one a reload replaces is emptied
    over later turns of the event loop, its records freed in the end, while the new one stays whole."""
    import weakref

    from app.ui import letting_go

    monkeypatch.setattr(InventoryPage, "background_from", 0)
    monkeypatch.setattr(letting_go, "SLICE", 1)
    monkeypatch.setattr(letting_go, "TURN_SECONDS", 0.0)  # a record per turn: the demo's take dozens of turns
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    qtbot.waitUntil(lambda: page.loading is None, timeout=10_000)
    old = page.calculation
    records = old.inventory.records
    first = weakref.ref(records[0])
    left_at_once = []
    loaded = page._loaded
    monkeypatch.setattr(page, "_loaded", lambda *args: (loaded(*args), left_at_once.append(letting_go.pending())))
    del old
    assert window.workbench.edit_engagement(engagement_id, "gwp_report", GwpReport.AR5, "GWP report")
    qtbot.waitUntil(lambda: page.loading is None, timeout=10_000)
    assert left_at_once and left_at_once[0] >= len(records) > 0  # nothing freed yet when the new figures were shown
    qtbot.waitUntil(lambda: letting_go.pending() == 0, timeout=10_000)
    assert records == [] and first() is None
    assert page.calculation.inventory.records and "GWP: AR5" in page.summary.text()
    assert total_shown(page) == pytest.approx(inventory_services.calculate(window.workbench.uow(), engagement_id).results.total, abs=0.005)


def test_cancelling_an_export_leaves_no_file(window, qtbot, tmp_path):
    open_demo(window)
    page = show_page(window, InventoryPage)
    books = page.workbooks
    target = tmp_path / "calculation.xlsx"
    books.ask_save_path = lambda _suggested: str(target)
    blocker = Blocker()
    books.pool.start(blocker)
    job = books.export_workbook()
    job.dialog.findChild(QPushButton).click()  # the Cancel button of its progress dialog
    blocker.gate.set()
    qtbot.waitUntil(lambda: books.running is None, timeout=10_000)
    assert not target.exists() and list(tmp_path.glob("*.xlsx")) == []
    assert books.said == "Cancelled: nothing was written or changed."
    books.export_workbook()  # not cancelled: written
    qtbot.waitUntil(lambda: books.running is None, timeout=10_000)
    assert target.exists() and books.said == f"Written: {target}"


def photos(folder, count):
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"IMG_{i:03}.jpg"
        path.write_bytes(b"photo %d " % i * 200)
        paths.append(str(path))
    return paths


def test_undo_and_redo_of_a_big_evidence_batch_run_in_the_background(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(evidence_page, "BACKGROUND_BATCH", 3)  # three files count as a big batch
    open_demo(window)
    page = show_page(window, EvidencePage)
    page.add_files(photos(tmp_path / "photos", 3))
    qtbot.waitUntil(lambda: page.running is None and len(page.held) == 3, timeout=10_000)
    wb = window.workbench
    page.load()  # three files count as many: read in the background
    assert page.loading is not None
    qtbot.waitUntil(lambda: page.loading is None, timeout=10_000)
    assert len(page.held) == 3 and page.model.rowCount() == 3
    window.undo_action.trigger()
    assert wb.busy is not None and not window.undo_action.isEnabled()  # no second undo while this one is stored
    qtbot.waitUntil(lambda: wb.busy is None, timeout=10_000)
    assert page.held == [] and window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert wb.busy is not None
    qtbot.waitUntil(lambda: wb.busy is None and page.loading is None, timeout=10_000)
    assert len(page.held) == 3 and window.undo_action.isEnabled()


def test_a_batch_that_cannot_be_recorded_takes_back_the_files_it_copied(window, qtbot, tmp_path):
    engagement_id = open_demo(window)
    page = show_page(window, EvidencePage)
    files = window.workbench.evidence_files
    first, *rest = photos(tmp_path / "photos", 4)
    page.add_files([first])
    qtbot.waitUntil(lambda: page.running is None and len(page.held) == 1, timeout=10_000)
    kept = page.held[0].sha256
    assert window.workbench.terminate(engagement_id, "client withdrew", "Terminate")  # no more edits: recording is refused
    before = set(files.stored())
    page.add_files([first, *rest])
    qtbot.waitUntil(lambda: page.running is None, timeout=10_000)
    assert "can no longer be changed" in window.workspace.banner.text()
    assert set(files.stored()) == before and files.has(kept)  # the new copies are gone, the file recorded before stays
    assert len(page.bench.records(engagement_id, "evidence")) == 1


def test_a_big_paste_is_stored_and_undone_in_the_background(window, qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from app.ui.pages import inventory_page

    monkeypatch.setattr(inventory_page, "BACKGROUND_ROWS", 2)  # two rows count as a big paste
    open_demo(window)
    page = show_page(window, InventoryPage)
    row = next(i for i, s in enumerate(page.sources_model.sources) if "CO₂ welding" in s.name)
    page.sources.selectRow(row)
    source, before = page.selected_source(), total_shown(page)
    held = len(page.records_model.records)
    QGuiApplication.clipboard().setText("月份\t数量\t单位\t数据来源\n2025-12\t0.3\t吨\t台账\n2025-12\t200\tkg\t台账\n")
    page.paste()
    wb = window.workbench
    assert wb.busy is not None  # storing, and the window is not waiting for it
    qtbot.waitUntil(lambda: wb.busy is None and page.loading is None, timeout=10_000)
    assert len(inventory_services.records_of(wb.uow(), source.id)) == held + 2
    assert total_shown(page) == pytest.approx(before + 0.5, abs=0.005) and len(page.records_model.records) == held + 2
    assert wb.undo_stack.undoText() == "Paste 2 records"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: wb.busy is None and page.loading is None, timeout=10_000)
    assert len(inventory_services.records_of(wb.uow(), source.id)) == held
    assert total_shown(page) == pytest.approx(before, abs=0.005)


def test_a_bar_chart_of_two_thousand_sources_draws_what_is_shown_and_only_that(qtbot):
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QImage, QRegion

    from app.ui.widgets.charts import BLUE, GREY, BarChart

    rows = [(f"source {n}", [float(n), float(n) + 0.5]) for n in range(2000)]
    every, few = BarChart([("reported", GREY), ("verified", BLUE)]), BarChart([("reported", GREY), ("verified", BLUE)])
    every.set_rows(rows)
    few.set_rows(rows[:3] + [rows[-1]])  # the same largest value, so the same bar lengths
    for chart in (every, few):
        qtbot.addWidget(chart)
        chart.resize(380, chart.height())
    step = every._row_height()
    top = QRect(0, 0, 380, 3 * step)  # the first three rows, as scrolled to the top

    def drawn(chart) -> QImage:
        image = QImage(380, 3 * step, QImage.Format.Format_ARGB32)
        image.fill(0)
        chart.render(image, QPoint(), QRegion(top))
        return image

    few_rows = drawn(few)
    assert drawn(every) == few_rows != QImage(380, 3 * step, QImage.Format.Format_ARGB32)
    assert every.height() == step * 2000 + 26  # every source still has its row

    def best(chart) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            drawn(chart)
            times.append(time.perf_counter() - start)
        return min(times)

    # Drawing all 2,000 rows (then clipped away) took about 500 × as long as drawing four.
    assert best(every) < 20 * best(few)


def test_a_source_edit_and_a_materiality_edit_re_total_without_reading_the_inventory_again(window, monkeypatch):
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    wb = window.workbench
    read = []
    monkeypatch.setattr(wb, "calculate", lambda eid: read.append(eid))  # a full reading would now fail loudly
    source = next(s for s in page.calculation.inventory.sources if "electricity" in s.name)
    assert wb.save_source(engagement_id, replace(source, reported=(source.reported or 0) + 1000.0), "Edit source")
    stored = inventory_services.calculate(wb.uow(), engagement_id).results
    assert read == [] and total_shown(page) == pytest.approx(stored.total, abs=0.005)
    assert page.calculation.recalculator.results.reported_total == pytest.approx(stored.reported_total)
    assert wb.edit_engagement_fields(engagement_id, {"materiality_pct": 1.0, "materiality_reason": "the programme's"}, "Materiality")
    stored = inventory_services.calculate(wb.uow(), engagement_id).results
    assert read == [] and page.calculation.recalculator.results.materiality == stored.materiality
    assert page.results.verdict.text() == stored.materiality.verdict.label.en and "threshold 1 %" in page.summary.text()
    window.undo_action.trigger()  # the materiality back: re-totalled again
    window.undo_action.trigger()  # the source's old reported figure back
    stored = inventory_services.calculate(wb.uow(), engagement_id).results
    assert read == [] and page.calculation.recalculator.results.materiality == stored.materiality
    assert page.calculation.recalculator.results.reported_total == pytest.approx(stored.reported_total)


def test_the_store_opens_on_a_thread_of_its_own_and_only_once(qapp, tmp_path):
    from app.ui.commands.workbench import Workbench

    workbench = Workbench(tmp_path / "verifield.sqlite", "tester")
    opening = workbench.open_in_background()
    store = workbench.store  # asked on the GUI thread meanwhile: waits for that opening, opens no second store
    opening.join(10)
    assert not opening.is_alive() and workbench.store is store and workbench.is_open
    store.close()


def test_an_edit_while_a_long_one_is_stored_is_refused_and_changes_nothing(window, qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from app.ui.pages import inventory_page

    monkeypatch.setattr(inventory_page, "BACKGROUND_ROWS", 2)
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    wb = window.workbench
    page.sources.selectRow(next(i for i, s in enumerate(page.sources_model.sources) if "CO₂ welding" in s.name))
    QGuiApplication.clipboard().setText("月份\t数量\t单位\t数据来源\n2025-12\t0.3\t吨\t台账\n2025-12\t200\tkg\t台账\n")
    page.paste()
    assert wb.busy is not None
    assert not wb.edit_engagement(engagement_id, "gwp_report", GwpReport.AR5, "GWP report")
    assert "being stored in the background" in window.workspace.banner.text()
    qtbot.waitUntil(lambda: wb.busy is None and page.loading is None, timeout=10_000)
    assert wb.load(engagement_id)[0].gwp_report is not GwpReport.AR5
    assert wb.edit_engagement(engagement_id, "gwp_report", GwpReport.AR5, "GWP report")  # now it is taken
