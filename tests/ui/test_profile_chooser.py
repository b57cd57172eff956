"""At start with two or more profiles Verifield asks whose it is and opens that person's data folder; one profile
opens at once; Cancel stops.  *File → Switch profile…* makes a second profile from the window and switches to it:
its data folder and settings are its own, the first one's data absent, and switching back finds it again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app import profiles
from app.domain.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.paths import DATA_DIR_ENV
from app.services import engagements as services
from app.ui import i18n
from app.ui.main import start
from app.ui.settings import BACKUP_SECOND_FOLDER, LOCK_AFTER
from tests.ui.clicking import answering, choose_action, click, click_row, press, type_text


def _pick(qtbot, name: str):
    def handler(dialog) -> None:
        names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        click_row(qtbot, dialog.list, names.index(name))
        press(qtbot, dialog)
    return handler


def _switch_profile(qtbot, window, *then) -> None:
    bar = window.menuBar()
    action = next(a for a in bar.actions() if a.text() == "&File")
    with answering(qtbot, choose_action(qtbot, "S&witch profile…"), *then):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())


def _titles(window) -> list[str]:
    model = window.list_page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount()) for column in range(model.columnCount())]


def test_the_verifier_picks_their_profile_at_start(qapp, qtbot, tmp_path, monkeypatch):
    i18n.install("en")
    monkeypatch.delenv(DATA_DIR_ENV)
    profiles.add("Wang Lei", tmp_path / "wang")
    li = profiles.add("Li Na", tmp_path / "li")
    no_demo = lambda box: press(qtbot, box, "No")  # noqa: E731 - the first start on an empty store offers the demo
    with answering(qtbot, _pick(qtbot, "Li Na"), no_demo):
        application = start()
    assert application is not None
    qtbot.addWidget(application.window)
    assert application.workbench.path.parent == li.folder and profiles.last() == "Li Na"
    application.workbench.close_store()
    application.errors.uninstall()

    with answering(qtbot, lambda dialog: press(qtbot, dialog, "Cancel")):
        assert start() is None


def test_a_single_profile_opens_without_asking(qapp, qtbot, tmp_path, monkeypatch):
    i18n.install("en")
    monkeypatch.delenv(DATA_DIR_ENV)
    only = profiles.add("Wang Lei", tmp_path / "wang")
    with answering(qtbot, lambda box: press(qtbot, box, "No")):  # the demo offered, not the profile asked
        application = start()
    qtbot.addWidget(application.window)
    assert application.workbench.path.parent == only.folder
    application.workbench.close_store()
    application.errors.uninstall()


def test_a_second_profile_made_from_the_window_has_its_own_data_and_settings(qapp, qtbot, tmp_path):
    i18n.install("en")
    no_demo = lambda box: press(qtbot, box, "No")  # noqa: E731 - each profile's first start offers the demo
    with answering(qtbot, no_demo):
        first = start(str(tmp_path / "first"))
    qtbot.addWidget(first.window)
    client = services.create_organisation(first.workbench.uow(), Organisation(name_en="Acme"), "t")
    services.create_engagement(first.workbench.uow(), Engagement(organisation_id=client, title="Acme 2025"), "t", date(2026, 1, 5))
    first.settings.set(BACKUP_SECOND_FOLDER, str(tmp_path / "usb"))
    first.settings.set(LOCK_AFTER, 3)
    first.workbench.changed.emit()
    qtbot.waitUntil(lambda: "Acme 2025" in _titles(first.window))

    def new_profile(dialog) -> None:
        assert [dialog.list.item(row).text() for row in range(dialog.list.count())] == ["tester"]  # the folder in use
        def name(box) -> None:
            type_text(qtbot, box.findChild(QLineEdit), "Li Na", leave=False)
            press(qtbot, box)
        with answering(qtbot, name):
            click(qtbot, dialog.new)
        assert dialog.list.currentItem().text() == "Li Na"
        press(qtbot, dialog)

    _switch_profile(qtbot, first.window, new_profile, no_demo)
    second = first.successor
    assert second is not None
    qtbot.addWidget(second.window)
    li = next(p for p in profiles.profiles() if p.name == "Li Na")
    assert second.workbench.path.parent == li.folder != first.workbench.path.parent
    assert second.workbench.is_empty() and "Acme 2025" not in _titles(second.window) and not first.window.isVisible()
    assert second.settings.get(BACKUP_SECOND_FOLDER) == "" and int(second.settings.get(LOCK_AFTER)) == 10
    assert str(tmp_path / "usb") not in (li.folder / "settings.ini").read_text(encoding="utf-8")

    _switch_profile(qtbot, second.window, _pick(qtbot, "tester"))  # back: no demo offered, the first's data there
    back = second.successor
    qtbot.addWidget(back.window)
    assert back.workbench.path.parent == (tmp_path / "first").resolve()
    qtbot.waitUntil(lambda: "Acme 2025" in _titles(back.window))
    assert back.settings.get(BACKUP_SECOND_FOLDER) == str(tmp_path / "usb") and int(back.settings.get(LOCK_AFTER)) == 3
    for application in (first, second, back):
        application.workbench.close_store()
        application.errors.uninstall()
        application.lock.stop()
