"""The demo engagement in the GUI: offered on first start (the dialog answered both ways), marked DEMO on the list
and in the window title, deleted from the list by clicking, and a real engagement refused with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.services import engagements as services
from app.ui.main import start
from app.ui.models.tables import EngagementListModel
from app.ui.settings import LANGUAGE, Settings
from tests.ui.test_workspace import open_demo

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def answer_dialog(qtbot, button, seen: list[str], tries: int = 300) -> None:
    """Click ``button`` of the next message box once it is shown, and note its text in ``seen``."""

    def poll(left: int) -> None:
        box = QApplication.activeModalWidget()
        target = box.button(button) if isinstance(box, QMessageBox) else None  # a box without that button: not ours yet
        if target is not None:
            seen.append(box.text())
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


@pytest.fixture
def first_start(qtbot, tmp_path):
    """Start the application on an empty data folder, answering the first-start question with a given button."""
    Settings().set(LANGUAGE, "en")
    started = []

    def run(button):
        seen: list[str] = []
        answer_dialog(qtbot, button, seen)
        application = start(str(tmp_path / "data"))
        qtbot.addWidget(application.window)
        started.append(application)
        return application, seen

    yield run
    for application in started:
        application.window.close()
        application.workbench.store.close()


def test_first_start_offers_the_demo_and_yes_opens_it_marked_demo(first_start):
    application, seen = first_start(YES)
    assert seen and seen[0].startswith("Create a demo engagement?") and "marked DEMO" in seen[0]
    window = application.window
    assert window.stack.currentWidget() is window.workspace
    assert window.windowTitle().startswith("DEMO-") and "演示项目 DEMO" in window.windowTitle()
    [summary] = application.workbench.summaries()
    assert summary.code.startswith("DEMO-") and summary.is_demo


def test_first_start_answered_no_creates_nothing_and_does_not_ask_again(first_start):
    application, seen = first_start(NO)
    assert len(seen) == 1 and application.workbench.summaries() == []
    window = application.window
    assert window.stack.currentWidget() is window.list_page and window.list_page.empty.isVisible()
    application.window.close()
    again, asked = first_start(NO)
    assert asked == [] and again.workbench.summaries() == []


def click_row(qtbot, page, code: str) -> None:
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, EngagementListModel.COL_CODE).data() == code)
    rect = page.table.visualRect(page.proxy.index(row, EngagementListModel.COL_CODE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def codes_listed(page) -> list[str]:
    return [page.proxy.index(r, EngagementListModel.COL_CODE).data() for r in range(page.proxy.rowCount())]


def test_the_list_marks_the_demo_and_deletes_it_but_refuses_a_real_engagement(qtbot, window):
    open_demo(window)
    assert "演示项目 DEMO" in window.windowTitle()
    client = services.create_organisation(window.workbench.uow(), Organisation(name_en="Acme Steel"), "t")
    services.create_engagement(window.workbench.uow(), Engagement(organisation_id=client, title="Acme 2025"), "t")
    window.show_list()
    assert window.windowTitle() == "Verifield"
    page = window.list_page
    year = codes_listed(page)[0][-9:-5]
    demo_code, real_code = f"DEMO-{year}-0001", f"VF-{year}-0001"
    assert sorted(codes_listed(page)) == [demo_code, real_code]
    demo_row = codes_listed(page).index(demo_code)
    assert page.proxy.index(demo_row, EngagementListModel.COL_TITLE).data().startswith("演示项目 DEMO · ")
    assert not page.proxy.index(1 - demo_row, EngagementListModel.COL_TITLE).data().startswith("演示项目")

    click_row(qtbot, page, real_code)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.notice.isVisible()
    assert page.notice.text().startswith(f"{real_code} is a real engagement and cannot be deleted") and "terminated" in page.notice.text()
    assert sorted(codes_listed(page)) == [demo_code, real_code]

    click_row(qtbot, page, demo_code)
    seen: list[str] = []
    answer_dialog(qtbot, NO, seen)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert demo_code in seen[0] and sorted(codes_listed(page)) == [demo_code, real_code]
    answer_dialog(qtbot, YES, seen)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert codes_listed(page) == [real_code] and not page.notice.isVisible()
    assert [s.code for s in window.workbench.summaries()] == [real_code]
