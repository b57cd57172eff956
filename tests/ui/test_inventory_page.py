"""The inventory and neutrality pages: cell edits re-total at once, paste all-or-nothing, undo, factor picker, source dialog,
and the factors a source is recalculated with (weighted from lab results where there are some)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from app.domain.inventory.factors import FactorKind
from app.domain.inventory.measured import MeasuredValue, Parameter
from app.domain.inventory.sources import Method
from app.services import inventory as inventory_services
from app.services import monitoring as monitoring_services
from app.ui.dialogs.source import SourceDialog
from app.ui.models.inventory import RecordsModel, SourcesModel
from app.ui.pages.inventory_page import InventoryPage
from app.ui.pages.neutrality_page import NeutralityPage
from app.ui.dialogs.factor_picker import FactorPicker
from tests.ui.clicking import click_row
from tests.ui.test_workspace import open_demo, show_page


def total_shown(page) -> float:
    return float(page.results.values["total"].text().replace(",", ""))


def select_source(page, name_part):
    row = next(i for i, s in enumerate(page.sources_model.sources) if name_part in s.name)
    page.sources.selectRow(row)
    return page.sources_model.sources[row]


def quantity_index(page, row):
    column = next(i for i, c in enumerate(page.records_model.columns) if c[0] == "quantity")
    return page.records_model.index(row, column)


def test_the_page_shows_the_stored_recalculation(window):
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    results = inventory_services.calculate(window.workbench.uow(), engagement_id).results
    assert page.sources_model.rowCount() == 5
    assert total_shown(page) == pytest.approx(results.total, abs=0.005)
    assert page.results.verdict.text() == "not material"


def test_editing_a_cell_re_totals_at_once_and_undo_restores(window, qtbot):
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    before = total_shown(page)
    select_source(page, "Purchased electricity")
    index = quantity_index(page, 0)  # January: 1 420 MWh
    page.records.setCurrentIndex(index)
    page.records.edit(index)
    editor = page.records.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "2420")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: total_shown(page) != before, timeout=2000)  # stored on the next turn of the event loop
    assert total_shown(page) == pytest.approx(before + 1000 * 0.5617, abs=0.01)
    stored = inventory_services.records_of(window.workbench.uow(), page.selected_source().id)
    assert stored[0].quantity == 2420
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert total_shown(page) == pytest.approx(before, abs=0.005)
    assert inventory_services.calculate(window.workbench.uow(), engagement_id).results.total == pytest.approx(before, abs=0.005)


def test_a_cell_that_is_not_a_number_is_refused_with_its_row(window):
    open_demo(window)
    page = show_page(window, InventoryPage)
    select_source(page, "Diesel")
    assert not page.records_model.setData(quantity_index(page, 2), "six")
    assert "Row 3, Quantity" in window.workspace.banner.text()
    assert page.records_model.records[2].quantity == 6.0


def test_paste_with_chinese_headers_adds_records_and_a_bad_paste_changes_nothing(window):
    open_demo(window)
    page = show_page(window, InventoryPage)
    source = select_source(page, "CO₂ welding")
    before = total_shown(page), len(page.records_model.records)
    QGuiApplication.clipboard().setText("月份\t数量\t单位\t数据来源\n2025-12\t0.3\t吨\t台账\n2025-12\t200\tkg\t台账\n")
    page.records.setFocus()
    page.paste()
    assert len(page.records_model.records) == before[1] + 2
    assert total_shown(page) == pytest.approx(before[0] + 0.5, abs=0.005)
    count = len(inventory_services.records_of(window.workbench.uow(), source.id))
    QGuiApplication.clipboard().setText("period\tquantity\tunit\n2025-11\t1\tt\n2025-11\tlots\tt\n")
    page.paste()
    assert "Row 3, quantity: “lots” is not a number" in window.workspace.banner.text()
    assert len(inventory_services.records_of(window.workbench.uow(), source.id)) == count


def test_a_paste_is_named_in_the_undo_menu_with_the_right_number(window):
    open_demo(window)
    page = show_page(window, InventoryPage)
    select_source(page, "CO₂ welding")
    QGuiApplication.clipboard().setText("2025-12\t0.3\tt\n")
    page.paste()
    assert window.workbench.undo_stack.undoText() == "Paste 1 record"
    QGuiApplication.clipboard().setText("2025-11\t0.3\tt\n2025-10\t0.2\tt\n")
    page.paste()
    assert window.workbench.undo_stack.undoText() == "Paste 2 records"


def test_factor_picker_shows_provenance_and_fills_the_field(window, qtbot):
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    dialog = SourceDialog(window.workbench, page.engagement, None, page)
    qtbot.addWidget(dialog)
    picker = FactorPicker(window.workbench, FactorKind.GRID, dialog)
    qtbot.addWidget(picker)
    picker.search.setText("Southern grid")
    assert picker.proxy.rowCount() == 1
    picker.table.selectRow(0)
    picker.accept()
    assert picker.chosen.value == 0.3869 and "MEE + NBS" in picker.chosen.source
    dialog.name.setText("Office building power")
    dialog.method.setCurrentIndex(dialog.method.findData(Method.ENERGY.value))
    dialog.factor.set_use(picker.chosen.use())
    assert dialog.factor.status.text().startswith("Southern grid 2022") and "⚠" in dialog.factor.status.text()
    dialog.reported.setText("12.5")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved
    stored = inventory_services.load_inventory(window.workbench.uow(), engagement_id).sources[-1]
    assert (stored.name, stored.factor.value, stored.factor.library_id, stored.reported) == (
        "Office building power", 0.3869, "cn-grid/Southern grid/2022", 12.5
    )


def test_source_dialog_keeps_what_was_typed_when_refused(window, qtbot):
    open_demo(window)
    page = show_page(window, InventoryPage)
    dialog = SourceDialog(window.workbench, page.engagement, None, page)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(Method.ENERGY.value))
    dialog.factor.value.setText("0.58")
    dialog.factor.unit.setText("tCO2/barrel")
    dialog.name.setText("Grid")
    dialog.accept()
    assert not dialog.saved and "Unknown factor unit “tCO2/barrel”" in dialog.message.text()
    assert dialog.name.text() == "Grid"


def test_inventory_models_pass_the_model_tester(window, qtmodeltester):
    open_demo(window)
    page = show_page(window, InventoryPage)
    select_source(page, "Natural gas")
    assert isinstance(page.sources_model, SourcesModel) and isinstance(page.records_model, RecordsModel)
    qtmodeltester.check(page.sources_model)
    qtmodeltester.check(page.records_model)


def test_neutrality_page_shows_the_shortfall_and_why_an_offset_does_not_count(window, qtbot):
    open_demo(window)
    page = show_page(window, NeutralityPage)
    assert "Not neutral: shortfall of 266.95 tCO₂e" in page.balance.text()
    form = page.editor.form
    form.widgets["issued"].click()
    assert "✗ ISO 14068-1: only ex-post credits count: this one is not yet issued" in page.editor.model.data(page.editor.model.index(0, 6))
    assert "eligible offsets 0.00" in page.balance.text()


def test_a_beneficiary_entered_on_the_page_is_compared_with_the_client(window, qtbot):
    """Typing another company as beneficiary shows the refusal and drops the credit; the client's name, in any case, counts."""
    engagement_id = open_demo(window)
    page = show_page(window, NeutralityPage)
    cell = page.editor.table.visualRect(page.editor.model.index(0, 0)).center()
    qtbot.mouseClick(page.editor.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    counts = page.editor.model.index(0, 6)
    assert page.editor.model.data(counts) == "✓"
    field = page.editor.form.widgets["beneficiary"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "Hengyun Trading Co.")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    shown = page.editor.model.data(page.editor.model.index(0, 6))
    assert shown.startswith("✗ ISO 14068-1: retired on behalf of the client: the beneficiary “Hengyun Trading Co.” is not the client")
    assert "eligible offsets 0.00" in page.balance.text()
    stored = inventory_services.load_inventory(window.workbench.uow(), engagement_id).offsets[0]
    assert stored.beneficiary == "Hengyun Trading Co."
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "changzhou hengyun precision machinery co., ltd.")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.editor.model.data(page.editor.model.index(0, 6)) == "✓"
    assert "eligible offsets 15,000.00" in page.balance.text()


def test_the_method_column_shows_where_each_factor_came_from(window):
    open_demo(window)
    page = show_page(window, InventoryPage)
    select_source(page, "Natural gas")
    tip = page.sources_model.data(page.sources_model.index(0, SourcesModel.COL_METHOD), Qt.ItemDataRole.ToolTipRole)
    assert "net calorific value: 389.31 GJ/10⁴ Nm³ · GB/T 32151.22-2024 附录 C 表 C.1 / Annex C Table C.1 ·" in tip and "⚠" in tip
    assert ".csv" not in tip  # the standard and its table, never a file of ours
    assert {f.name.both() for f in window.workbench.factor_library() if f.group == "natural gas"} == {"natural gas (10⁴ Nm³) / 天然气（万 Nm³）"}


def test_keyboard_adds_and_removes_a_period(window, qtbot):
    open_demo(window)
    page = show_page(window, InventoryPage)
    select_source(page, "Refrigerant")
    count = len(page.records_model.records)
    page.records.setFocus()
    qtbot.keyClick(page.records, Qt.Key.Key_Insert)
    assert len(page.records_model.records) == count + 1
    page.records.selectRow(count)
    qtbot.keyClick(page.records, Qt.Key.Key_Delete)
    assert len(page.records_model.records) == count


def test_history_names_inventory_changes_by_entity_and_field(window):
    from app.ui.pages.history_page import HistoryPage

    engagement_id = open_demo(window)
    source = inventory_services.load_inventory(window.workbench.uow(), engagement_id).sources[1]
    first = inventory_services.records_of(window.workbench.uow(), source.id)[0]
    window.workbench.save_records(engagement_id, source.id, [replace(first, quantity=7.0)], [], "edit")
    page = show_page(window, HistoryPage)
    newest = [page.proxy.index(0, c).data() for c in range(6)]
    assert newest[2:] == ["activity data", "Quantity", "6.2", "7"]


def test_confirming_a_cell_without_change_keeps_every_digit(window, qtbot):
    engagement_id = open_demo(window)
    page = show_page(window, InventoryPage)
    source = select_source(page, "Purchased electricity")
    first = page.records_model.records[0]
    window.workbench.save_records(engagement_id, source.id, [replace(first, quantity=1_234_567.89)], [], "precise")
    index = quantity_index(page, 0)
    page.records.setCurrentIndex(index)
    page.records.edit(index)
    editor = page.records.viewport().findChild(QLineEdit)
    assert editor.text() == "1234567.89"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert inventory_services.records_of(window.workbench.uow(), source.id)[0].quantity == 1_234_567.89


def test_insert_without_any_source_does_nothing(window, qtbot):
    window.workbench.create_demo()
    engagement_id = window.workbench.create(None, window.workbench.clients()[0].id, {"title": "empty"})
    window.open_engagement(engagement_id)
    page = show_page(window, InventoryPage)
    page.records.setFocus()
    qtbot.keyClick(page.records, Qt.Key.Key_Insert)
    assert page.records_model.rowCount() == 0 and page.sources_model.rowCount() == 0


def _settle_nc01(window, engagement_id, tonnes):
    """The demo's NC-01 (the refrigerant the client left out) settled by a conservative estimate once it is overdue."""
    from datetime import timedelta

    from app.services import findings as finding_services

    nc = next(f for f in finding_services.list_findings(window.workbench.uow(), engagement_id) if f.label == "NC-01")
    finding_services.settle_by_estimate(window.workbench.uow(), engagement_id, nc.id, tonnes, "two refills", "tester", nc.due + timedelta(days=1))


def test_the_results_panel_shows_a_conservative_estimate_as_its_own_line_in_the_verified_total(window):
    engagement_id = window.workbench.create_demo()
    recalculated = inventory_services.calculate(window.workbench.uow(), engagement_id).results.total
    _settle_nc01(window, engagement_id, 2_000.0)
    window.open_engagement(engagement_id)
    page = show_page(window, InventoryPage)
    assert page.results.values["estimates"].text() == "NC-01 +2,000.00"
    assert total_shown(page) == pytest.approx(recalculated + 2_000.0, abs=0.005)
    results = page.calculation.results
    assert page.results.values["difference"].text() == f"{results.difference:,.2f}  ({results.difference_pct:+.2f} %)"
    assert "% of reported total" in page.results.findChild(QLabel, "result_label_difference").text()
    neutrality = show_page(window, NeutralityPage)
    assert "NC-01 +2,000.00" in neutrality.balance.text() and f"{recalculated + 2_000.0:,.2f}" in neutrality.balance.text()


def test_nothing_reported_shows_a_dash_not_zero_or_minus_100_percent(window):
    engagement_id = window.workbench.create_demo()
    sources = inventory_services.sources_of(window.workbench.uow(), engagement_id)
    inventory_services.set_reported(window.workbench.uow(), engagement_id, {s.id: None for s in sources}, "tester")
    window.open_engagement(engagement_id)
    page = show_page(window, InventoryPage)
    values = page.results.values
    assert (values["reported"].text(), values["difference"].text()) == ("—", "—")
    model = page.sources_model
    for row in range(model.rowCount()):
        assert model.index(row, SourcesModel.COL_DIFFERENCE).data() == "—" and model.index(row, SourcesModel.COL_PCT).data() == "—"
    assert page.results.verdict.text() == "no reported figures yet"


def test_a_partly_reported_inventory_names_the_sources_left_out(window):
    open_demo(window)
    page = show_page(window, InventoryPage)
    left_out = [s.name for s in page.sources_model.sources if s.reported is None]
    assert left_out and all(name in page.results.unreported.text() for name in left_out)
    row = next(i for i, s in enumerate(page.sources_model.sources) if s.reported is None)
    assert page.sources_model.index(row, SourcesModel.COL_DIFFERENCE).data() == "—"


def test_units_are_shown_with_superscripts_and_stored_as_typed(window):
    """10⁴ Nm³ (万 Nm³ in Chinese) in the grid and the sources table; the editor and the store keep "10^4 Nm3"."""
    from app.ui import i18n

    open_demo(window)
    page = show_page(window, InventoryPage)
    select_source(page, "Natural gas")
    column = next(i for i, c in enumerate(page.records_model.columns) if c[0] == "unit")
    cell = page.records_model.index(0, column)
    activity = page.sources_model.index(0, SourcesModel.COL_ACTIVITY)
    assert page.records_model.data(cell) == "10⁴ Nm³" and page.sources_model.data(activity).endswith(" 10⁴ Nm³")
    assert page.records_model.data(cell, Qt.ItemDataRole.EditRole) == "10^4 Nm3" == page.records_model.records[0].unit
    assert page.sources_model.headers[SourcesModel.COL_VERIFIED] == "Verified tCO₂e"
    try:
        i18n.install("zh")
        assert page.records_model.data(cell) == "万 Nm³" and page.sources_model.data(activity).endswith(" 万 Nm³")
    finally:
        i18n.install("en")


def test_a_fuels_weighted_ncv_is_shown_where_its_stored_one_was(window, qtbot):
    """With three months of lab results the natural gas's NCV on the page (under the sources and in the Method
    column's tip, on the Factors used tab) is the quantity-weighted one the recalculation uses, said to be weighted from 3 results beside the
    value the source states; the diesel, with none, shows its own."""
    engagement_id = open_demo(window)
    calc = inventory_services.calculate(window.workbench.uow(), engagement_id)
    gas = next(s for s in calc.inventory.sources if "Natural gas" in s.name)
    year = calc.inventory.engagement.period_start.year
    # 32 × 380 + 29 × 390 + 24 × 400 (10⁴ Nm³ · GJ/10⁴ Nm³) = 12 160 + 11 310 + 9 600 = 33 070 over 85: 389.0588… GJ/10⁴ Nm³
    for month, quantity, ncv in ((1, 32, 380.0), (2, 29, 390.0), (3, 24, 400.0)):
        monitoring_services.save(window.workbench.uow(), engagement_id, MeasuredValue(
            gas.id, Parameter.NCV, date(year, month, 1), date(year, month, 28), quantity, "10^4 Nm3", ncv, gas.ncv.unit), "tester")
    window.workbench.changed.emit()
    page = show_page(window, InventoryPage)
    row = next(i for i, s in enumerate(page.sources_model.sources) if s.id == gas.id)
    click_row(qtbot, page.sources, row)
    tab = page.tabs.tabBar()
    factors_tab = next(i for i in range(tab.count()) if tab.tabText(i) == "Factors used")
    qtbot.mouseClick(tab, Qt.MouseButton.LeftButton, pos=tab.tabRect(factors_tab).center())
    assert page.factors.isVisible()
    weighted = f"{33_070 / 85:.6g}"
    assert weighted == "389.059"
    line = next(text for text in page.factors.text().splitlines() if text.startswith("net calorific value"))
    assert line == f"net calorific value: {weighted} GJ/10⁴ Nm³ · weighted from 3 lab results (Σq·v / Σq); the source states 389.31 GJ/10⁴ Nm³"
    tip = page.sources_model.data(page.sources_model.index(row, SourcesModel.COL_METHOD), Qt.ItemDataRole.ToolTipRole)
    assert line in tip
    ratio = inventory_services.calculate(window.workbench.uow(), engagement_id).results.sources[gas.id].verified / calc.results.sources[gas.id].verified
    assert ratio == pytest.approx((33_070 / 85) / 389.31, rel=1e-9)  # the value shown is the one recalculated
    diesel = next(i for i, s in enumerate(page.sources_model.sources) if s.method is Method.FUEL and s.id != gas.id)
    click_row(qtbot, page.sources, diesel)
    assert "weighted" not in page.factors.text() and "net calorific value:" in page.factors.text()


def test_a_long_list_of_unreported_sources_names_twelve_and_counts_the_rest(qtbot):
    """A group's thousands of unreported sources once filled one word-wrapped label (a second to lay out): the panel
    names the first twelve and counts the others."""
    from benchmarks.workbook import calculation
    from app.ui.pages.inventory_page import ResultsPanel

    calc, _client = calculation(2400)
    unreported = calc.results.unreported
    assert len(unreported) > ResultsPanel.NAMED
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show_results(calc.inventory.sources, calc.results)
    names = {s.id: s.name for s in calc.inventory.sources}
    text = panel.unreported.text()
    assert all(names[i] in text for i in unreported[:ResultsPanel.NAMED]) and names[unreported[ResultsPanel.NAMED]] + "," not in text
    assert text.endswith(f"and {len(unreported) - ResultsPanel.NAMED:,} more")
