"""Driving widgets as a user does, for the UI tests: typing, picking from a drop-down, ticking, clicking a row or a cell,
choosing from a menu, and answering the dialog a click opens (modal ``exec`` dialogs and ``open`` ones alike).

Every helper sends real mouse and key events to the widget (QTest, through qtbot); none calls a page's slot or a
use case.  Text that is not ASCII is committed the way an input method commits it, since QTest cannot type CJK.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from pytestqt.exceptions import TimeoutError as WaitTimeout
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QDialog,
    QDialogButtonBox, QFileDialog, QLineEdit, QListWidget, QMenu, QMessageBox, QRadioButton, QPlainTextEdit, QToolButton, QWidget,
)

Handler = Callable[[QWidget], None]


class _Answering:
    """The handlers waiting for the dialogs a block of actions opens, one dialog each, in order."""

    def __init__(self, handlers: tuple[Handler, ...]):
        self.handlers = list(handlers)
        self.seen: list[QWidget] = []
        self.running = 0
        self.failure: BaseException | None = None

    @property
    def done(self) -> bool:
        return not self.handlers and not self.running


_stack: list[_Answering] = []
_poller: QTimer | None = None


def _poll() -> None:
    """Give a newly opened modal dialog or popup menu to the innermost waiting handler (run from its own timer,
    so a dialog the handler opens in turn is answered too)."""
    if not _stack:
        return
    waiting = _stack[-1]
    popup = QApplication.activePopupWidget()
    widget = popup if isinstance(popup, QMenu) else None if popup is not None else QApplication.activeModalWidget()
    if widget is None or not waiting.handlers or any(widget is w for s in _stack for w in s.seen):
        return
    waiting.seen.append(widget)
    handler = waiting.handlers.pop(0)
    waiting.running += 1

    def run() -> None:
        if waiting not in _stack:  # the block ended (timed out) before this turn: answer nothing, leave nothing open
            waiting.running -= 1
            if isinstance(widget, (QDialog, QMenu)) and widget.isVisible():
                widget.close()
            return
        try:
            handler(widget)
        except BaseException as failure:  # noqa: BLE001 - handed to the test; the dialog must not stay open
            waiting.failure = waiting.failure or failure
            if isinstance(widget, (QDialog, QMenu)) and widget.isVisible():
                widget.close()
        finally:
            waiting.running -= 1

    QTimer.singleShot(0, run)


@contextmanager
def answering(qtbot, *handlers: Handler, required: bool = True, timeout: int = 10000):
    """Answer the next modal dialogs (or popup menus) opened inside the block, one handler each.

    ``required=False``: a dialog that may or may not appear (waits a moment for it)."""
    global _poller
    if _poller is None:
        _poller = QTimer()
        _poller.setInterval(15)
        _poller.timeout.connect(_poll)
    waiting = _Answering(handlers)
    _stack.append(waiting)
    _poller.start()
    try:
        yield waiting
        if required:
            try:
                qtbot.waitUntil(lambda: waiting.done or waiting.failure is not None, timeout=timeout)
            except WaitTimeout:
                raise WaitTimeout(_unanswered(waiting, timeout)) from None
        else:
            qtbot.wait(300)
            qtbot.waitUntil(lambda: not waiting.running, timeout=timeout)
    finally:
        _stack.remove(waiting)
        if not _stack:
            _poller.stop()
    if waiting.failure is not None:
        raise waiting.failure


def _unanswered(waiting: _Answering, timeout: int) -> str:
    """What a block that timed out was still waiting for, and what was open then: the test's failure says it."""
    def named(widget) -> str:
        return f"{type(widget).__name__} “{widget.windowTitle()}”" if widget is not None else "none"

    left = ", ".join(getattr(h, "__qualname__", repr(h)) for h in waiting.handlers) or "none"
    shown = ", ".join(named(w) for w in QApplication.topLevelWidgets() if w.isVisible()) or "none"
    return (f"no dialog answered within {timeout} ms; handlers left: {left}; running: {waiting.running}; "
            f"modal: {named(QApplication.activeModalWidget())}; popup: {named(QApplication.activePopupWidget())}; "
            f"active window: {named(QApplication.activeWindow())}; visible windows: {shown}")


def activate(qtbot, widget: QWidget) -> None:
    """Bring the widget's window to the front (as the user's click would): focus and shortcuts work only there."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"the button “{button.text()}” cannot be clicked"
    if isinstance(button, (QCheckBox, QRadioButton)):  # on its box: the widget may be wider than box and label
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(7, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot, dialog: QDialog, which: str = "Ok") -> None:
    """Click one of the dialog's standard buttons by its name: "Ok", "Save", "Yes", "No"…"""
    if isinstance(dialog, QMessageBox):
        button = dialog.button(getattr(QMessageBox.StandardButton, which))
    else:
        buttons = (box.button(getattr(QDialogButtonBox.StandardButton, which)) for box in dialog.findChildren(QDialogButtonBox))
        button = next((b for b in buttons if b is not None), None)
    assert button is not None, f"“{dialog.windowTitle()}” has no {which} button"
    click(qtbot, button)


def type_text(qtbot, widget: QWidget, text: str, leave: bool = True) -> None:
    """Replace what the field holds with ``text``; ``leave`` moves on with Tab, which stores the field."""
    activate(qtbot, widget)
    widget.setFocus()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        widget.selectAll()
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):  # an input method commits CJK text like this
        widget.insert(text)
    else:
        widget.insertPlainText(text)
    if leave:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def type_into(qtbot, form, name: str, text: str, leave: bool = False) -> None:
    """Type into field ``name`` of a FieldForm."""
    type_text(qtbot, form.widgets[name], text, leave)


def fill(qtbot, form, **values) -> None:
    """Fill FieldForm fields by type: text typed, a choice picked, ticks ticked, a check box set, a date typed."""
    for name, value in values.items():
        widget = form.widgets[name]
        if isinstance(widget, QComboBox):
            pick(qtbot, widget, value)
        elif isinstance(widget, QCheckBox):
            if widget.isChecked() != bool(value):
                activate(qtbot, widget)
                widget.setFocus()
                qtbot.keyClick(widget, Qt.Key.Key_Space)
        elif hasattr(widget, "list"):  # a CheckList
            tick(qtbot, widget.list, *value)
        else:
            type_text(qtbot, widget, str(value))


def pick(qtbot, combo: QComboBox, value) -> None:
    """Choose the entry holding ``value`` as a user does: open the drop-down, move to it with the arrow keys, Enter."""
    target = combo.findData(value)
    assert target >= 0, f"{combo.objectName()} offers no {value!r}"
    if target == combo.currentIndex():
        return
    activate(qtbot, combo)
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    key = Qt.Key.Key_Down if target > view.currentIndex().row() else Qt.Key.Key_Up
    while view.currentIndex().row() != target:
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    # The popup may flash the chosen entry before it closes and sets the index: wait for it, under load too.
    qtbot.waitUntil(lambda: combo.currentIndex() == target and not view.isVisible(), timeout=3000)


def tick(qtbot, items: QListWidget, *values) -> None:
    """Tick the entries holding ``values`` in a list of check boxes (click the entry, then Space)."""
    activate(qtbot, items)
    for row in range(items.count()):
        item = items.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in values and item.checkState() != Qt.CheckState.Checked:
            items.scrollToItem(item)
            qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(item).center())
            qtbot.keyClick(items.viewport(), Qt.Key.Key_Space)
            assert item.checkState() == Qt.CheckState.Checked, item.text()


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    activate(qtbot, view)
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def type_in_cell(qtbot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Click a cell, F2 to edit it, type, Enter."""
    click_row(qtbot, view, row, column)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, "the cell opened no editor"
    editor = editors[0]
    type_text(qtbot, editor, text, leave=False)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def shortcut(qtbot, window: QWidget, keys: QKeySequence | str) -> None:
    """Press a window's keyboard shortcut (the window is brought to the front first, as shortcuts need)."""
    activate(qtbot, window)
    qtbot.keySequence(window, QKeySequence(keys))


def choose_action(qtbot, text: str) -> Handler:
    """A handler for a popup menu: click the entry whose text is ``text``."""

    def handler(menu: QWidget) -> None:
        assert isinstance(menu, QMenu), f"expected a menu, got {menu!r}"
        action = next((a for a in menu.actions() if a.text() == text), None)
        assert action is not None, f"the menu has no “{text}”: {[a.text() for a in menu.actions()]}"
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    return handler


def open_menu(qtbot, button: QToolButton) -> None:
    """Press a tool button whose menu pops up at once (answer the menu with ``choose_action``)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))


def pick_file(monkeypatch, path: Path) -> None:
    """The operating system's file dialogs (open or save) answer ``path``, as the user would pick it there."""
    chosen = lambda *_args, **_kwargs: (str(path), "")  # noqa: E731
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen)


class Camera:
    """Screenshots of each step, numbered in order, as ``<language>-<nn>-<name>.png`` in ``folder``."""

    def __init__(self, folder: Path, language: str):
        self.folder, self.language, self.count = folder, language, 0
        folder.mkdir(parents=True, exist_ok=True)

    def shoot(self, widget: QWidget, name: str) -> Path:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # widgets replaced since: gone, as on screen
        QApplication.processEvents()
        self.count += 1
        path = self.folder / f"{self.language}-{self.count:02d}-{name}.png"
        assert widget.grab().save(str(path)), path
        return path
