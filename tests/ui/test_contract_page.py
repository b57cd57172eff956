"""The Contract review page clicked through (seed 001 §8): a new engagement cannot leave draft until the application
is filled in, the six items are ticked and a technical lead of the register accepts it; a missing item is refused
under its field; a contract change is added and reviewed; the first edit can be undone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from app.domain.engagement.stages import Stage
from app.services import contract_review as contracts
from app.services import demo
from app.services import engagements as services
from app.services import people as people_services
from app.ui.pages.contract_page import ContractPage
from app.ui.pages.overview_page import OverviewPage
from tests.ui.clicking import click, click_row, fill
from tests.ui.contract_steps import accept_contract_review, register_technical_lead

TODAY = date.today()


def draft_demo_engagement(window) -> str:
    """The demo's client, people and engagement as a new draft: planned but for its contract review."""
    uow = window.workbench.uow
    client_id = services.create_organisation(uow(), demo.demo_client(), "tester")
    people_services.ensure_people(uow(), demo.demo_people(), "tester")
    engagement_id = services.create_engagement(uow(), demo.demo_engagement(client_id, TODAY), "tester", TODAY)
    window.workbench.changed.emit()
    window.open_engagement(engagement_id)
    return engagement_id


def go(qtbot, window, kind):
    workspace = window.workspace
    page = workspace.page(kind)
    click_row(qtbot, workspace.navigator, workspace.pages.index(page))
    return page


def test_the_review_is_clicked_through_and_lets_the_engagement_leave_draft(qtbot, window):
    engagement_id = draft_demo_engagement(window)
    overview = go(qtbot, window, OverviewPage)
    assert not overview.advance_button.isEnabled()
    assert "no application and contract review" in overview.blocker_list.text()
    row = window.workspace.pages.index(window.workspace.page(ContractPage))
    assert window.workspace.navigator.item(row).text().startswith("⚠")

    register_technical_lead(qtbot, window, "钱慧", "Qian Hui", ("SK-02.1", "SK-02.4"))
    page = go(qtbot, window, ContractPage)
    fill(qtbot, page.application, products_services="gearboxes")
    window.undo_action.trigger()  # the first edit recorded the review: undone, there is none
    assert contracts.review_of(window.workbench.uow(), engagement_id) is None
    fill(qtbot, page.checks, man_days="-1")  # refused under the field, nothing stored
    error = page.checks.findChild(QLabel, "error:man_days")
    assert error is not None and error.isVisible() and "cannot be negative" in error.text()
    assert contracts.review_of(window.workbench.uow(), engagement_id) is None

    accept_contract_review(qtbot, page, "钱慧 Qian Hui", 4.0, TODAY)
    assert "✓" in page.status.text() and "4" in page.status.text()
    assert page.changes.isEnabled()
    overview = go(qtbot, window, OverviewPage)
    click(qtbot, overview.advance_button)
    assert services.load(window.workbench.uow(), engagement_id)[0].status is Stage.PLANNED

    page = go(qtbot, window, ContractPage)
    click(qtbot, page.changes.add_button)
    fill(qtbot, page.changes.form, kind="man-days", description="a warehouse joins: one more site day", man_days_delta="1")
    assert "contract change 1" in go(qtbot, window, OverviewPage).blocker_list.text()
    page = go(qtbot, window, ContractPage)
    lead = page.changes.form.widgets["reviewed_by_id"]
    lead_id = next(lead.itemData(i) for i in range(lead.count()) if lead.itemText(i) == "钱慧 Qian Hui")
    fill(qtbot, page.changes.form, reviewed_by_id=lead_id, reviewed_on=TODAY.isoformat(),
         review_note="no further review needed; the plan gets the extra day", outcome="continue")
    change = contracts.changes_of(window.workbench.uow(), engagement_id)[0]
    assert (change.man_days_delta, change.outcome.value, change.reviewed_by_id) == (1.0, "continue", lead_id)
    assert "5" in page.status.text()
    assert go(qtbot, window, OverviewPage).advance_button.isEnabled()
