"""The inventory page's workbook buttons: export, data request, import with a preview and undo, reported figures with a remembered mapping."""

from __future__ import annotations

import openpyxl
import pytest

from app.domain.inventory.data_request import COLUMNS
from app.services import inventory as inventory_services
from app.ui.pages.inventory_page import InventoryPage
from tests.ui.test_workspace import open_demo, show_page

QUANTITY = 1 + [c.key for c in COLUMNS].index("quantity")


@pytest.fixture
def page(window):
    open_demo(window)
    return show_page(window, InventoryPage)


def answer(page, monkeypatch, path) -> None:
    monkeypatch.setattr(page.workbooks, "ask_save_path", lambda _suggested: str(path))
    monkeypatch.setattr(page.workbooks, "ask_open_path", lambda: str(path))


def finish(qtbot, actions) -> None:
    """Wait for the background job of the workbook actions (and any edit it stores) to be done."""
    qtbot.waitUntil(lambda: actions.running is None and actions.workbench.busy is None, timeout=30_000)


def test_export_writes_the_calculation_workbook(page, qtbot, monkeypatch, tmp_path):
    answer(page, monkeypatch, tmp_path / "calc.xlsx")
    assert page.workbooks.export_workbook() is not None
    finish(qtbot, page.workbooks)
    summary = openpyxl.load_workbook(tmp_path / "calc.xlsx", data_only=True)["Summary"]
    total = next(row[3] for row in summary.iter_rows(values_only=True) if row[0] == "total")
    assert total == pytest.approx(page.calculation.results.total)


def test_data_request_round_trip_previews_then_imports_and_undo_takes_it_back(page, window, qtbot, monkeypatch, tmp_path):
    request = tmp_path / "request.xlsx"
    answer(page, monkeypatch, request)
    page.workbooks.write_request()
    finish(qtbot, page.workbooks)
    book = openpyxl.load_workbook(request)
    data = book["Data"]
    blank = next(r for r in range(4, data.max_row + 1) if data.cell(r, 1).value is None)
    data.cell(blank, QUANTITY).value = 77
    held = next(r for r in range(4, data.max_row + 1) if data.cell(r, 1).value)
    data.cell(held, QUANTITY).value = 1
    book.save(request)
    records_before = len(page.calculation.inventory.records)

    page.workbooks.import_data()
    finish(qtbot, page.workbooks)
    dialog = page.workbooks.preview
    assert dialog.summary.text().startswith("1 new record, 1 changed value")
    assert dialog.changes.rowCount() == 2 and dialog.apply_button.isEnabled()
    assert len(inventory_services.load_inventory(window.workbench.uow(), page.engagement.id).records) == records_before  # preview only
    dialog.apply_button.click()
    finish(qtbot, page.workbooks)  # stored in the background, one undoable edit
    assert len(page.calculation.inventory.records) == records_before + 1
    window.undo_action.trigger()
    finish(qtbot, page.workbooks)  # undone in the background too
    assert len(page.calculation.inventory.records) == records_before


def test_a_bad_cell_shows_in_the_preview_and_import_is_disabled(page, qtbot, monkeypatch, tmp_path):
    request = tmp_path / "request.xlsx"
    answer(page, monkeypatch, request)
    page.workbooks.write_request()
    finish(qtbot, page.workbooks)
    book = openpyxl.load_workbook(request)
    book["Data"].cell(4, QUANTITY).value = "n/a"
    book.save(request)
    page.workbooks.import_data()
    finish(qtbot, page.workbooks)
    dialog = page.workbooks.preview
    assert "Data!H4: “n/a” is not a number" in dialog.problems.toPlainText()
    assert not dialog.apply_button.isEnabled() and dialog.changes.isHidden()


def test_reported_figures_import_through_a_mapping_that_is_remembered_per_client(page, monkeypatch, tmp_path):
    sources = page.calculation.inventory.sources
    client_book = tmp_path / "client.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "核算表"
    ws.append(["XX公司 2025 年温室气体排放核算"])
    ws.append(["序号", "排放源", "排放量（kgCO2e）"])
    for n, source in enumerate(sources[:2], start=1):
        ws.append([n, source.name, 1_234_000 * n])
    ws.append(["", "合计", 3_702_000])
    book.save(client_book)
    answer(page, monkeypatch, client_book)

    dialog = page.workbooks.import_reported()
    dialog.header_row.setValue(2)
    dialog.name_column.setText("B")
    dialog.value_column.setText("C")
    dialog.unit.setCurrentIndex(dialog.unit.findData("kg"))
    assert "2 sources have a reported figure, 2 changed; 1 row ignored." in dialog.result.toPlainText()
    dialog.apply_button.click()
    reported = {s.id: s.reported for s in page.calculation.inventory.sources}
    assert reported[sources[0].id] == pytest.approx(1234.0) and reported[sources[1].id] == pytest.approx(2468.0)

    again = page.workbooks.import_reported()
    assert (again.header_row.value(), again.name_column.text(), again.value_column.text(), again.unit.currentData()) == (2, "B", "C", "kg")
    again.value_column.setText("Q!")
    assert "Give the column as letters" in again.result.toPlainText() and not again.apply_button.isEnabled()

    book["核算表"].title = "Summary 2025"
    book.save(client_book)
    renamed = page.workbooks.import_reported()
    assert "client.xlsx has no sheet “核算表” (it has: Summary 2025)." in renamed.result.toPlainText()
    assert not renamed.apply_button.isEnabled()
    renamed.sheet.setCurrentText("Summary 2025")
    assert "2 sources have a reported figure, 0 changed; 1 row ignored." in renamed.result.toPlainText()
