"""Chinese and English: every interface string is translated, and switching language rebuilds the window."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.ui import i18n
from app.ui.application import Application
from app.ui.main import start
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.scope_page import ScopePage
from app.ui.settings import LANGUAGE, Settings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "verifield_zh_CN.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_interface_string_has_a_finished_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    shipped = {key: t for key, t in messages(TS).items() if t.get("type") not in ("obsolete", "vanished")}
    missing = wanted - set(shipped)
    assert not missing, f"run `make translations` and translate: {sorted(missing)[:5]}"
    unfinished = [key for key in wanted if shipped[key].get("type") == "unfinished" or not (shipped[key].text or "").strip()]
    assert not unfinished, f"untranslated: {unfinished[:5]}"
    for (_, source), translation in shipped.items():
        for mark in ("%1", "%2"):
            assert source.count(mark) == (translation.text or "").count(mark), source


def test_the_compiled_translation_matches_its_source(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(rebuilt)], check=True, capture_output=True)
    assert rebuilt.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_chinese_interface_shows_chinese_throughout(qtbot, workbench):
    application = Application(workbench, Settings(), start)
    application.settings.set(LANGUAGE, "zh")
    window = application.build(workbench.create_demo())
    qtbot.addWidget(window)
    try:
        assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "帮助(&H)"]
        navigator = window.workspace.navigator
        qtbot.waitUntil(lambda: not window.workspace.building, timeout=20_000)  # the pages are made one per turn
        assert [navigator.item(i).text() for i in range(navigator.count())][:4] == ["概览", "受核查方", "合同评审", "核查范围"]
        overview = window.workspace.page(OverviewPage)
        assert overview.facts["assurance"].text() == "合理保证"
        assert overview.advance_button.text() == "进入“文件审定”阶段"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"  # Qt's own buttons too
    finally:
        i18n.install("en")


def _demo_in_english(qtbot, workbench, monkeypatch):
    """The demo open in an English window, with Settings set to answer "中文" when opened next."""

    def choose_chinese(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("zh"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    settings = Settings()
    settings.set(LANGUAGE, "en")
    application = Application(workbench, settings, start)
    engagement_id = workbench.create_demo()
    first = application.build(engagement_id)  # not qtbot's to close: the application deletes it when it replaces it
    monkeypatch.setattr("app.ui.dialogs.settings.SettingsDialog.exec", choose_chinese)
    return application, engagement_id, first


def test_switching_language_keeps_the_undo_history(qtbot, workbench, monkeypatch):
    """The rebuilt window undoes what was done in the old one; opening another engagement starts a history of its own."""
    from tests.ui.test_workspace import commit, show_page, stored

    application, engagement_id, first = _demo_in_english(qtbot, workbench, monkeypatch)
    old_title = stored(first, engagement_id).title
    commit(qtbot, show_page(first, ScopePage).basics, "title", "Revised title")
    try:
        first.edit_settings()
        second = application.window
        qtbot.addWidget(second)
        assert second is not first and second.undo_action.isEnabled()
        second.undo_action.trigger()
        assert stored(second, engagement_id).title == old_title
        assert second.redo_action.isEnabled()
        second.open_engagement(workbench.create_demo())
        assert workbench.undo_stack.count() == 0
    finally:
        i18n.install("en")


def test_switching_language_in_settings_rebuilds_the_window(qtbot, workbench, monkeypatch):
    application, engagement_id, first = _demo_in_english(qtbot, workbench, monkeypatch)
    try:
        first.edit_settings()
        second = application.window
        qtbot.addWidget(second)
        assert second is not first
        assert second.workspace.engagement_id == engagement_id
        assert second.menuBar().actions()[0].text() == "文件(&F)"
        assert Settings().language() == "zh"
    finally:
        i18n.install("en")


def test_the_replaced_window_is_taken_apart_a_page_per_turn_and_no_longer_follows_edits(qtbot, workbench, monkeypatch):
    """Deleting the old window's pages all at once held the GUI thread 50–70 ms: they go one per turn of the event
    loop, the window last, and meanwhile an edit refreshes only the new window."""
    from shiboken6 import isValid

    application, engagement_id, first = _demo_in_english(qtbot, workbench, monkeypatch)
    qtbot.waitUntil(lambda: not first.workspace.building, timeout=20_000)
    old_pages, old_scope = list(first.workspace.pages), first.workspace.page(ScopePage)
    try:
        first.edit_settings()
        second = application.window
        qtbot.addWidget(second)
        assert isValid(first) and all(isValid(page) for page in old_pages)  # nothing deleted yet
        assert workbench.edit_engagement(engagement_id, "title", "Renamed after the switch", "t")
        assert second.workspace.page(ScopePage).basics.value("title") == "Renamed after the switch"
        assert old_scope.basics.value("title") != "Renamed after the switch"
        qtbot.waitUntil(lambda: not isValid(first), timeout=10_000)
        assert not any(isValid(page) for page in old_pages)
    finally:
        i18n.install("en")
