"""The findings page driven as a verifier would: raise, respond, send back, close, reopen, undo; filters; proposals;
the refusal shown under its field; the client's form out and back; and the stage strip's blocking rule."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.domain.engagement.stages import Stage
from app.domain.findings.finding import State
from app.domain.findings.reply import COLUMNS
from app.services import engagements as services
from app.ui.pages.findings_page import FindingsPage
from app.ui.pages.overview_page import OverviewPage
from tests.ui.test_workspace import open_demo, show_page


@pytest.fixture
def page(window):
    open_demo(window)
    return show_page(window, FindingsPage)


def shown(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def select(page, label: str) -> None:
    page.table.selectRow(shown(page).index(label))
    assert page.selected().label == label


def fill(dialog, **values) -> None:
    for name, value in values.items():
        widget = dialog.form.widgets[name]
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)


def test_raise_respond_send_back_close_reopen_and_undo(page, window, qtbot, monkeypatch):
    assert shown(page) == ["NC-01", "CL-02", "OB-03"]
    dialog = page.raise_finding()
    fill(dialog, kind="nonconformity", severity="major", clause="7.3", description="Meter M-4 calibration expired in May")
    dialog.accept()
    assert not dialog.isVisible() and shown(page)[-1] == "NC-04"
    select(page, "NC-04")
    assert page.selected().severity.value == "major" and "Meter M-4" in page.detail.toPlainText()

    dialog = page.respond()
    fill(dialog, root_cause="", correction="recalibrated", corrective_action="calibration calendar")
    dialog.accept()
    assert dialog.isVisible() and "root cause" in dialog.form.errors["root_cause"].text()  # refused under its field
    fill(dialog, root_cause="no reminder")
    dialog.accept()
    assert page.selected().state is State.RESPONDED

    monkeypatch.setattr(page, "ask_text", lambda _title, _prompt: ("certificate not attached", True))
    page.actions["reject"].click()
    assert page.selected().state is State.OPEN and page.selected().evaluation == "certificate not attached"
    page.respond().accept()  # the same answer again, now with the certificate sent
    page.actions["accept"].click()
    assert page.selected().state is State.CLOSED and not page.actions["accept"].isEnabled()
    page.actions["reopen"].click()
    assert page.selected().state is State.OPEN
    assert "reopened — certificate not attached" in page.detail.toPlainText()

    window.workbench.undo_stack.undo()  # the reopening
    assert page.selected().state is State.CLOSED
    for _ in range(4):  # close, response, sending back, response
        window.workbench.undo_stack.undo()
    window.workbench.undo_stack.undo()  # raising it
    assert shown(page) == ["NC-01", "CL-02", "OB-03"]


def test_filters_and_sorting(page, qtbot):
    page.state_filter.setCurrentIndex(page.state_filter.findData("responded"))
    assert shown(page) == ["CL-02"]
    page.state_filter.setCurrentIndex(page.state_filter.findData("unresolved"))
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("observation"))
    assert shown(page) == ["OB-03"]
    page.kind_filter.setCurrentIndex(0)
    gas = page.sources[0]
    page.source_filter.setCurrentIndex(page.source_filter.findData(gas.id))
    assert shown(page) == ["CL-02", "OB-03"]
    page.source_filter.setCurrentIndex(0)
    page.search.setText("sub-meter")
    assert shown(page) == ["OB-03"]
    page.search.clear()
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["OB-03", "CL-02", "NC-01"]


def test_proposals_from_the_threshold_raise_the_ticked_ones_as_one_undoable_step(page, window, qtbot):
    page.threshold.setValue(0.5)
    page.threshold.editingFinished.emit()
    assert window.workbench.load(page.engagement.id)[0].difference_threshold_pct == 0.5
    dialog = page.propose()
    assert dialog.list.count() == 1 and "4,650.00" in dialog.list.item(0).text()  # the refrigerant already has NC-01
    dialog.accept()
    assert shown(page)[-1] == "NC-04" and "4,650.00" in page.findings[-1].description
    window.workbench.undo_stack.undo()
    assert shown(page) == ["NC-01", "CL-02", "OB-03"]


def test_the_client_form_goes_out_and_the_reply_comes_back_in_one_undoable_import(page, window, monkeypatch, tmp_path):
    path = tmp_path / "form.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda _suggested, _pattern: str(path))
    monkeypatch.setattr(page, "ask_open_path", lambda _pattern: str(path))
    assert page.write_form("xlsx")
    book = openpyxl.load_workbook(path)
    keys = [c.key for c in COLUMNS]
    sheet = book["Findings"]
    for key, text in (("root_cause", "refill log not kept"), ("correction", "added"), ("corrective_action", "log kept")):
        sheet.cell(4, keys.index(key) + 1).value = text
    sheet.cell(4, keys.index("on") + 1).value = "yesterday"
    book.save(path)
    preview = page.import_reply()
    assert "Findings!N4" in preview.problems.toPlainText() and not preview.apply_button.isEnabled()
    sheet.cell(4, keys.index("on") + 1).value = None
    book.save(path)
    preview = page.import_reply()
    assert preview.summary.text() == "1 new response, 1 unchanged, 1 not answered."
    preview.apply_button.click()
    assert [f.state for f in page.findings] == [State.RESPONDED, State.RESPONDED, State.OPEN]
    window.workbench.undo_stack.undo()
    assert page.findings[0].state is State.OPEN
    report = tmp_path / "report.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda _suggested, _pattern: str(report))
    assert page.write_report() and report.read_bytes().startswith(b"%PDF")


def test_the_final_statement_waits_for_open_nonconformities(page, window):
    with window.workbench.uow() as uow:
        e = uow.engagements.get(page.engagement.id)
        e.status = Stage.STATEMENT
        uow.engagements.save(e)
        uow.commit()
    window.workspace.refresh()
    overview = show_page(window, OverviewPage)
    assert not overview.advance_button.isEnabled()
    assert "NC-01 (nonconformity): open" in overview.blocker_list.text()
    assert "CL-02" in window.workspace.strip.labels[Stage.SUBMITTED].toolTip()
    assert services.load(window.workbench.uow(), page.engagement.id)[0].status is Stage.STATEMENT
