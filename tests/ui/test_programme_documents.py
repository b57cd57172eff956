"""One engagement of each programme clicked to its own document.

The new-engagement wizard makes one engagement of each programme (ISO 14064-1, ISO 14068-1, ISO 14064-2, ISO 14067,
agreed-upon procedures): the navigator shows only the pages its programme uses, and the Scope page and the Overview
show no level of assurance or materiality for agreed-upon procedures.  The document itself is reached from
the programme's demo (``verifield demo --programme …``: a wizard-made engagement has no data to put in one): the arrow
keys walk the navigator from the Overview to the document's page, passing no hidden page, and the document's button
writes the PDF, read back with pdftotext for that programme's wording and none of the others'.  A page hidden by an
undo while it is shown gives way to the Overview.
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWizard

from app.domain.kernel.choices import Programme
from app.services import engagements as services
from app.services.aup_demo import create_aup_demo
from app.services.demo_stages import create_demo_at
from app.services.footprint_demo import create_footprint_demo
from app.services.project_demo import create_project_demo
from app.ui.dialogs.new_engagement import NewEngagementWizard
from app.ui.pages.aup_page import AupPage
from app.ui.pages.footprint_page import FootprintPage
from app.ui.pages.inventory_page import InventoryPage
from app.ui.pages.monitoring_page import MonitoringPage
from app.ui.pages.neutrality_page import NeutralityPage
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.project_page import ProjectPage
from app.ui.pages.scope_page import ScopePage
from app.ui.pages.statement_page import StatementPage
from tests.ui.clicking import activate, answering, choose_action, click, click_row, open_menu, pick, shortcut, type_into

PROGRAMME_PAGES = (InventoryPage, MonitoringPage, NeutralityPage, StatementPage, ProjectPage, FootprintPage, AupPage)
# The titles of the documents, as resources/statements/wording.toml and the report modules print them.
TITLES = {
    "statement": "Greenhouse gas verification statement",
    "project": "Verification statement of GHG emission reductions",
    "footprint": "Verification statement of a product carbon footprint",
    "aup": "Report of factual findings",
}
NEUTRALITY_CLAIM = "carbon-neutrality claim"
CASES = {  # programme: (the pages it shows, the demo, the document page, the document)
    Programme.ISO_14064_1: ({InventoryPage, MonitoringPage, NeutralityPage, StatementPage},
                            lambda uow: create_demo_at(uow, "planned", "test"), StatementPage, "statement"),
    Programme.ISO_14068_1: ({InventoryPage, MonitoringPage, NeutralityPage, StatementPage},
                            lambda uow: create_demo_at(uow, "planned", "test", programme="iso14068-1"), StatementPage, "statement"),
    Programme.ISO_14064_2: ({ProjectPage}, lambda uow: create_project_demo(uow, "test"), ProjectPage, "project"),
    Programme.ISO_14067: ({FootprintPage}, lambda uow: create_footprint_demo(uow, "test"), FootprintPage, "footprint"),
    Programme.AUP: ({AupPage}, lambda uow: create_aup_demo(uow, "test"), AupPage, "aup"),
}


def shown_programme_pages(workspace) -> set[type]:
    return {type(p) for row, p in enumerate(workspace.pages) if type(p) in PROGRAMME_PAGES and not workspace.navigator.item(row).isHidden()}


def create_in_wizard(qtbot, window, programme: Programme) -> str:
    wizard = NewEngagementWizard(window.workbench, window)
    qtbot.addWidget(wizard)
    wizard.show()
    type_into(qtbot, wizard.client.form, "name_zh", f"{programme.value} 受核查方")
    type_into(qtbot, wizard.client.form, "name_en", f"{programme.value} client")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    pick(qtbot, wizard.basics.form.widgets["programme"], programme.value)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.scope
    type_into(qtbot, wizard.scope.form, "objectives", "Verify it.")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.created_id is not None
    return wizard.created_id


def walk_to(qtbot, workspace, kind: type) -> None:
    """From the Overview, the Down key to the page of ``kind``: every page it stops on belongs to the programme."""
    navigator = workspace.navigator
    click_row(qtbot, navigator, 0)
    target = workspace.pages.index(workspace.page(kind))
    while navigator.currentRow() != target:
        before = navigator.currentRow()
        qtbot.keyClick(navigator, Qt.Key.Key_Down)
        assert navigator.currentRow() > before, f"the Down key stopped before {kind.__name__}"
        assert not navigator.item(navigator.currentRow()).isHidden()
        assert workspace.current_page().applies(workspace.current_page().engagement)
    assert workspace.current_page() is workspace.page(kind)


def write_document(qtbot, page, document: str) -> None:
    if document == "statement":
        [documents] = [b for b in page.findChildren(QToolButton) if b.text() == page.tr("Documents")]
        with answering(qtbot, choose_action(qtbot, page.tr("Verification statement (PDF)…"))):
            open_menu(qtbot, documents)
    else:
        click(qtbot, page.report_button if document == "aup" else page.statement_button)


@pytest.mark.parametrize("programme", list(CASES), ids=lambda p: p.value)
def test_each_programme_reaches_its_own_document(qtbot, window, tmp_path, monkeypatch, programme):
    pages, make_demo, kind, document = CASES[programme]
    workspace = window.workspace
    made = create_in_wizard(qtbot, window, programme)
    window.workbench.changed.emit()
    window.open_engagement(made)
    assert shown_programme_pages(workspace) == pages
    gives = programme is not Programme.AUP  # agreed-upon procedures: no level of assurance, no materiality
    scope, overview = workspace.page(ScopePage), workspace.page(OverviewPage)
    assert all(scope.basics.layout().isRowVisible(scope.basics.widgets[name].parentWidget()) is gives
               for name in ("assurance", "materiality_pct", "materiality_reason"))
    assert overview.facts_form.isRowVisible(overview.facts["assurance"]) is gives

    demo_id = make_demo(window.workbench.uow())
    window.show_list()
    window.workbench.changed.emit()
    window.open_engagement(demo_id)
    assert shown_programme_pages(workspace) == pages
    activate(qtbot, window)
    walk_to(qtbot, workspace, kind)
    pdf = tmp_path / f"{programme.value}.pdf"
    monkeypatch.setattr(workspace.current_page(), "ask_save_path", lambda *_: str(pdf))
    write_document(qtbot, workspace.current_page(), document)
    qtbot.waitUntil(pdf.exists, timeout=20000)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert TITLES[document] in text
    assert [title for other, title in TITLES.items() if other != document and title in text] == []
    assert (NEUTRALITY_CLAIM in text) is (programme is Programme.ISO_14068_1)
    if document == "aup":  # agreed-upon procedures: no opinion and no level of assurance anywhere
        assert "Level of assurance" not in text and "In our opinion" not in text and "保证等级" not in text


def test_a_page_hidden_under_the_verifier_by_an_undo_gives_way_to_the_overview(qtbot, window):
    """The programme changed on the Scope page shows the new programme's pages at once; undone (Ctrl+Z) while its
    Project page is shown, the navigator does not stay on a page the engagement no longer has."""
    workspace = window.workspace
    made = create_in_wizard(qtbot, window, Programme.ISO_14064_1)
    window.workbench.changed.emit()
    window.open_engagement(made)
    activate(qtbot, window)
    walk_to(qtbot, workspace, ScopePage)
    pick(qtbot, workspace.page(ScopePage).basics.widgets["programme"], Programme.ISO_14064_2.value)
    assert services.load(window.workbench.uow(), made)[0].programme is Programme.ISO_14064_2
    assert shown_programme_pages(workspace) == {ProjectPage}
    walk_to(qtbot, workspace, ProjectPage)

    shortcut(qtbot, window, "Ctrl+Z")
    assert services.load(window.workbench.uow(), made)[0].programme is Programme.ISO_14064_1
    assert shown_programme_pages(workspace) == {InventoryPage, MonitoringPage, NeutralityPage, StatementPage}
    assert workspace.navigator.currentRow() == 0 and workspace.stack.currentIndex() == 0


def test_changing_to_agreed_upon_procedures_clears_the_assurance_and_its_undo_gives_it_back(qtbot, window):
    """An organisation engagement with limited assurance and a 2 % materiality moved to agreed-upon procedures on the
    Scope page keeps no level of assurance (its rows hidden, the store's fields unset); Ctrl+Z gives both back."""
    workspace = window.workspace
    made = create_in_wizard(qtbot, window, Programme.ISO_14064_1)
    services.update_engagement(window.workbench.uow(), made, {"assurance": "limited", "materiality_pct": 2.0,
                                                              "materiality_reason": "the bank's requirement"}, "test")
    window.workbench.changed.emit()
    window.open_engagement(made)
    activate(qtbot, window)
    walk_to(qtbot, workspace, ScopePage)
    scope = workspace.page(ScopePage)
    pick(qtbot, scope.basics.widgets["programme"], Programme.AUP.value)
    stored = services.load(window.workbench.uow(), made)[0]
    assert (stored.programme, stored.assurance.value, stored.materiality_pct, stored.materiality_reason) == (
        Programme.AUP, "reasonable", 5.0, "")
    assert not scope.basics.layout().isRowVisible(scope.basics.widgets["assurance"].parentWidget())

    shortcut(qtbot, window, "Ctrl+Z")
    stored = services.load(window.workbench.uow(), made)[0]
    assert (stored.programme, stored.assurance.value, stored.materiality_pct, stored.materiality_reason) == (
        Programme.ISO_14064_1, "limited", 2.0, "the bank's requirement")
    walk_to(qtbot, workspace, ScopePage)
    assert scope.basics.widgets["assurance"].currentData() == "limited"
    assert scope.basics.layout().isRowVisible(scope.basics.widgets["assurance"].parentWidget())
