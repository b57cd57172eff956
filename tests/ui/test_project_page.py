"""The Project page of an ISO 14064-2 engagement clicked through: the page shows only for the project programme; a
sink and its ex-post datum added in the forms change ER = BE − PE − LE at once; the description is edited and undone;
the project workbook and the statement of reductions are written from the page.
"""

from __future__ import annotations

import subprocess
from datetime import date

import openpyxl
import pytest

from app.domain.project.project import Basis
from app.services import demo
from app.services import project as project_services
from app.services.project_demo import create_project_demo
from app.ui.pages.project_page import ProjectPage
from tests.ui.clicking import click, click_row, fill

TODAY = date.today()


def open_page(qtbot, window, engagement_id):
    window.workbench.changed.emit()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    page = workspace.page(ProjectPage)
    click_row(qtbot, workspace.navigator, workspace.pages.index(page))
    assert workspace.current_page() is page
    return page


def test_the_project_page_is_clicked_through(qtbot, window, tmp_path, monkeypatch):
    uow = window.workbench.uow
    organisation = demo.create_demo(uow(), "tester", TODAY)
    window.workbench.changed.emit()
    window.open_engagement(organisation)
    row = window.workspace.pages.index(window.workspace.page(ProjectPage))
    assert window.workspace.navigator.item(row).isHidden()  # an organisation's inventory has no project page

    engagement_id = create_project_demo(uow(), "tester", TODAY)
    page = open_page(qtbot, window, engagement_id)
    assert not window.workspace.navigator.item(row).isHidden()
    before = project_services.project(uow(), engagement_id).reductions.total(Basis.EX_POST)["reductions"]
    assert page.results.rowCount() == 4 and f"{before:,.2f}" in page.totals.text()

    click(qtbot, page.ssrs.add_button)
    fill(qtbot, page.ssrs.form, name="site planting", scenario="project", kind="sink", method="measured", gas="CO2")
    click(qtbot, page.data.add_button)
    mp1 = project_services.project(uow(), engagement_id).periods[0]
    planting = project_services.project(uow(), engagement_id).ssrs[-1]
    fill(qtbot, page.data.form, ssr_id=planting.id, basis="ex-post", period_start=mp1.start.isoformat(),
         period_end=mp1.start.replace(month=12, day=31).isoformat(), quantity="10", unit="t")
    after = project_services.project(uow(), engagement_id).reductions.total(Basis.EX_POST)["reductions"]
    assert after == pytest.approx(before + 10)  # a removal of 10 t in the project scenario
    assert f"{after:,.2f}" in page.totals.text()

    fill(qtbot, page.description, methodology="CCER-01-001-V02")
    assert project_services.project(uow(), engagement_id).description.methodology == "CCER-01-001-V02"
    window.undo_action.trigger()
    assert project_services.project(uow(), engagement_id).description.methodology.startswith("CCER-01-001-V01")

    out = tmp_path / "project.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(out))
    click(qtbot, page.workbook_button)
    sheets = openpyxl.load_workbook(out).sheetnames
    assert sheets == ["Project", "SSRs", "Data", "Reductions"]
    pdf = tmp_path / "statement.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(pdf))
    click(qtbot, page.statement_button)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Verification statement of GHG emission reductions" in text and f"{after:,.2f}" in text
