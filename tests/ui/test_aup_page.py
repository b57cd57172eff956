"""The agreed-upon procedures page clicked through: shown for the AUP programme only; the terms typed in, a procedure
added and its factual finding recorded; a finding with assurance wording is refused under its field; the report of
factual findings is written once every procedure is performed.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QLabel

from app.domain.kernel.choices import Programme
from app.services import aup
from app.services import demo
from app.services import engagements as services
from app.services import people as people_services
from app.ui.pages.aup_page import AupPage
from tests.ui.clicking import click, click_row, fill

TODAY = date.today()


def test_the_aup_page_is_clicked_through(qtbot, window, tmp_path, monkeypatch):
    uow = window.workbench.uow
    client_id = services.create_organisation(uow(), demo.demo_client(), "tester")
    people_services.ensure_people(uow(), demo.demo_people(), "tester")
    engagement_id = services.create_engagement(uow(), replace(demo.demo_engagement(client_id, TODAY), programme=Programme.AUP), "tester", TODAY)
    window.workbench.changed.emit()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    page = workspace.page(AupPage)
    row = workspace.pages.index(page)
    assert not workspace.navigator.item(row).isHidden()
    click_row(qtbot, workspace.navigator, row)
    assert not page.report_button.isEnabled()

    fill(qtbot, page.terms, engaging_party="Hengyun", purpose="to check the purchased power for a green loan",
         subject_matter="the purchased-power ledger", intended_users="Bank of China", agreed_on=TODAY.isoformat())
    click(qtbot, page.procedures.add_button)
    fill(qtbot, page.procedures.form, description="agree the monthly invoices to the ledger")
    fill(qtbot, page.procedures.form, finding="In our opinion the ledger is right")
    error = page.procedures.form.findChild(QLabel, "error:finding")
    assert error is not None and error.isVisible() and "assurance wording" in error.text()
    fill(qtbot, page.procedures.form, finding="11 months agree; August differs by 30 MWh", performed_on=TODAY.isoformat(), outcome="exception")
    [procedure] = aup.procedures_of(uow(), engagement_id)
    assert (procedure.outcome.value, procedure.finding) == ("exception", "11 months agree; August differs by 30 MWh")
    assert page.report_button.isEnabled(), page.status.text()

    pdf = tmp_path / "aup.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(pdf))
    click(qtbot, page.report_button)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Bank of China" in text and "August differs by 30 MWh" in text
