"""Creating an engagement by typing and clicking through the wizard, then finding it after a restart."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QWizard

from app.services import engagements as services
from app.storage.store import open_store
from app.ui.commands.workbench import Workbench
from app.ui.dialogs.new_engagement import NewEngagementWizard
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.ui.clicking import pick, tick, type_into


def error_text(form, name: str) -> str:
    label = form.findChild(QLabel, f"error:{name}")
    return label.text() if label.isVisibleTo(form) else ""


def test_wizard_creates_an_engagement_that_survives_a_restart(qtbot, window, store_path):
    wizard = NewEngagementWizard(window.workbench, window)
    qtbot.addWidget(wizard)
    wizard.show()
    client = wizard.client.form
    type_into(qtbot, client, "name_zh", "苏州绿能新材料有限公司")
    type_into(qtbot, client, "name_en", "Suzhou Lvneng New Materials Co., Ltd.")
    type_into(qtbot, client, "credit_code", "91100000100003962A")  # wrong check character
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.client
    assert "should be T, not A" in error_text(client, "credit_code")

    type_into(qtbot, client, "credit_code", "91100000100003962T")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.basics

    basics = wizard.basics.form
    type_into(qtbot, basics, "title", "2025 年度温室气体核查")
    basics.widgets["period_end"].setDate(QDate(2024, 6, 30))  # before the default start 1 January of last year
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.basics
    assert "before it starts" in error_text(basics, "period_end")
    basics.set_values({"period_start": QDate(2025, 1, 1).toPython(), "period_end": QDate(2025, 12, 31).toPython()})
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.scope

    scope = wizard.scope.form
    tick(qtbot, scope.widgets["technical_areas"].list, "SK-06.3")
    tick(qtbot, scope.widgets["criteria"].list, "GB/T 32151.8-2015")
    type_into(qtbot, scope, "objectives", "Verify the 2025 GHG report.")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.created_id is not None

    window.close()
    window.workbench.store.close()
    reopened_store = open_store(store_path)
    again = MainWindow(Workbench(store_path, "tester", reopened_store), Settings())
    qtbot.addWidget(again)
    again.show()
    model = again.list_page.model
    assert model.rowCount() == 1
    summary = model.summary(0)
    assert (summary.client_zh, summary.title) == ("苏州绿能新材料有限公司", "2025 年度温室气体核查")
    engagement, organisation = services.load(reopened_store.uow(), summary.id)
    assert engagement.technical_areas == ("SK-06.3",)
    assert engagement.criteria == ("ISO 14064-3:2019", "GB/T 32151.8-2015")
    assert organisation.credit_code == "91100000100003962T"
    reopened_store.close()


def test_a_refused_wizard_saves_nothing(qtbot, window):
    wizard = NewEngagementWizard(window.workbench, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert "Enter the client's name" in error_text(wizard.client.form, "name_zh")
    assert services.list_organisations(window.workbench.uow()) == []


def test_agreed_upon_procedures_are_not_asked_for_a_level_of_assurance(qtbot, window):
    """Agreed-upon procedures give no opinion and no level of assurance: picking them hides the assurance and
    materiality rows (a limited assurance picked before is not carried over), picking another programme shows them
    again, and the engagement is stored with none of them set."""
    wizard = NewEngagementWizard(window.workbench, window)
    qtbot.addWidget(wizard)
    wizard.show()
    type_into(qtbot, wizard.client.form, "name_zh", "常州恒运精密机械有限公司")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    basics = wizard.basics.form
    shown = lambda: [basics.layout().isRowVisible(basics.widgets[n].parentWidget())  # noqa: E731
                     for n in ("assurance", "materiality_pct", "materiality_reason")]
    assert shown() == [True, True, True]
    assert "level of assurance" in wizard.basics.subTitle()
    pick(qtbot, basics.widgets["assurance"], "limited")
    pick(qtbot, basics.widgets["programme"], "aup")
    assert shown() == [False, False, False]
    assert "give no opinion and no level of assurance" in wizard.basics.subTitle()
    pick(qtbot, basics.widgets["programme"], "iso14067")
    assert shown() == [True, True, True]
    pick(qtbot, basics.widgets["programme"], "aup")
    type_into(qtbot, basics, "title", "AUP on purchased power")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.scope
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.created_id is not None
    engagement, _ = services.load(window.workbench.uow(), wizard.created_id)
    assert (engagement.programme.value, engagement.assurance.value, engagement.materiality_reason) == ("aup", "reasonable", "")
