"""An ISO 14067 footprint engagement clicked from the new-engagement wizard to its statement: File → New engagement
with the programme *ISO 14067 product carbon footprint*; on the Product footprint page the product, its declared unit,
reference flow, boundary and allocation typed in, three inputs added (an own factor, a library grid factor, a flow of
the product alone), the flour and its bran with their shares (a sum short of 100 % is named until the bran's shares
are in); the result per unit is the one worked by hand; an edit is undone; the workbook and the footprint statement
are written from the page and read back.

By hand: wheat 130 t × 400 kgCO₂e/t = 52 t and mill power 20 MWh × 0.5617 tCO₂/MWh = 11.234 t, shared at the flour's
75 % by mass: 47.4255 t; delivery 100 t × 50 kgCO₂e/t = 5 t, the flour's alone; 52.4255 t over 100 t of flour is
524.255 kgCO₂e per t.  By value (90 %): (63.234 × 0.9 + 5) × 10 = 619.106 kg.
"""

from __future__ import annotations

import subprocess
from datetime import date

import openpyxl
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWizard

from app.domain.kernel.choices import Programme
from app.services import footprint as footprint_services
from app.ui.pages.footprint_page import FootprintPage
from tests.ui.clicking import answering, click, click_row, fill, shortcut

YEAR = date.today().year - 1


def new_footprint_engagement(qtbot, window) -> None:
    def wizard(w) -> None:
        click(qtbot, w.client.new)
        fill(qtbot, w.client.form, name_zh="江苏麦田面粉有限公司", name_en="Jiangsu Maitian Flour Co., Ltd.",
             credit_code="91320400137654321T", address="江苏省宿迁市", contact_name="吴芳")
        click(qtbot, w.button(QWizard.WizardButton.NextButton))
        fill(qtbot, w.basics.form, title=f"{YEAR} 面粉碳足迹 / {YEAR} flour footprint", programme=Programme.ISO_14067.value,
             period_start=f"{YEAR}-01-01", period_end=f"{YEAR}-12-31")
        click(qtbot, w.button(QWizard.WizardButton.NextButton))
        assert w.currentPage() is w.scope
        fill(qtbot, w.scope.form, criteria=("ISO 14067:2018",), objectives="verify the flour's footprint")
        click(qtbot, w.button(QWizard.WizardButton.FinishButton))

    with answering(qtbot, wizard):
        shortcut(qtbot, window, QKeySequence.StandardKey.New)
    assert window.stack.currentWidget() is window.workspace


def test_a_footprint_engagement_is_clicked_from_the_wizard_to_its_statement(qtbot, window, tmp_path, monkeypatch):
    new_footprint_engagement(qtbot, window)
    workspace = window.workspace
    page = workspace.page(FootprintPage)
    row = workspace.pages.index(page)
    assert not workspace.navigator.item(row).isHidden()
    click_row(qtbot, workspace.navigator, row)
    assert workspace.current_page() is page
    engagement_id = page.engagement.id
    uow = window.workbench.uow

    fill(qtbot, page.product, product="wheat flour", unit_kind="declared", unit_text="1 t of packaged flour", reference_flow="100",
         boundary="cradle-to-grave", allocation="mass", cutoff_text="flows under 1 % may be cut off")
    click(qtbot, page.flows.add_button)
    fill(qtbot, page.flows.form, name="wheat", stage="raw-materials", quantity="130", unit="t", factor_value="400",
         factor_unit="kgCO2e/t", factor_source="supplier farm survey")
    click(qtbot, page.flows.add_button)
    grid = next(f.id for f in window.workbench.factor_library() if f.id == "cn-grid/East China grid/2022")
    fill(qtbot, page.flows.form, name="mill power", stage="production", method="energy", factor_id=grid, quantity="20", unit="MWh")
    click(qtbot, page.flows.add_button)
    fill(qtbot, page.flows.form, name="delivery", stage="distribution", allocated=False, quantity="100", unit="t",
         factor_value="50", factor_unit="kgCO2e/t")
    click(qtbot, page.coproducts.add_button)
    fill(qtbot, page.coproducts.form, name="flour", mass_pct="75", economic_pct="90", physical_pct="80")
    click(qtbot, page.coproducts.add_button)
    fill(qtbot, page.coproducts.form, name="bran")
    assert "sum to 75 %, not 100 %" in page.summary.text()  # named until the bran's shares are in
    fill(qtbot, page.coproducts.form, mass_pct="25", economic_pct="10", physical_pct="20")

    held = footprint_services.footprint(uow(), engagement_id)
    assert held.result.problems == ()
    assert held.result.per_unit == pytest.approx(524.255, rel=1e-9)
    assert "524.255" in page.summary.text() and "619.106" in page.summary.text()
    assert page.stages.item(page.stages.rowCount() - 1, 1).text() == "524.255"

    fill(qtbot, page.product, allocation="economic")
    assert footprint_services.footprint(uow(), engagement_id).result.per_unit == pytest.approx(619.106, rel=1e-9)
    window.undo_action.trigger()
    assert footprint_services.footprint(uow(), engagement_id).product.allocation.value == "mass"

    out = tmp_path / "footprint.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(out))
    click(qtbot, page.workbook_button)
    assert openpyxl.load_workbook(out).sheetnames == ["Product", "Allocation", "Factors", "Flows", "Result"]
    pdf = tmp_path / "statement.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(pdf))
    click(qtbot, page.statement_button)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Verification statement of a product carbon footprint" in text and "产品碳足迹核查声明" in text
    assert "524.255 kgCO₂e per declared unit" in text
