"""Unexpected errors: logged, said in a dialog that offers to copy the log, and the application keeps running.

Every edit is committed in its own transaction before its slot returns, so an
exception raised later in a slot loses nothing that was stored; the step that
raised is rolled back with its unit of work.  :class:`ErrorReporter` takes
``sys.excepthook`` (which PySide6 calls for an exception escaping a slot), logs
the error by type and place only (see :mod:`app.logs`) and shows one dialog at a
time.  :func:`copy_log` (Help → *Copy log*) puts the log on the clipboard.
"""

from __future__ import annotations

import sys
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME, logs


class ErrorReporter(QObject):
    """Installed as ``sys.excepthook`` while the application runs; ``box`` is the dialog last shown."""

    def __init__(self, window: Callable[[], QWidget | None], parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self.box: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous

    def hook(self, kind, error, trace) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self._previous(kind, error, trace)
            return
        headline = logs.unexpected(kind, error, trace)
        if self.box is not None and self.box.isVisible():
            return  # one dialog at a time; the log has them all
        self.box = self._show(headline)

    def _show(self, headline: str) -> QMessageBox:
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, translate(
            "Errors", "Something unexpected went wrong, and what you were doing was not finished. Everything stored "
            "before it is kept, and Verifield goes on running: check the last step, and do it again if it is missing."),
            QMessageBox.StandardButton.Ok, self._window())
        box.setInformativeText(translate("Errors", "For support: %1. The log holds ids only, no client names, "
                                                   "figures or file contents.").replace("%1", headline))
        copy = box.addButton(translate("Errors", "Copy log"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(copy_log)
        box.setObjectName("unexpected_error")
        box.open()
        return box


def copy_log() -> str:
    """Put the end of the log on the clipboard; the text copied."""
    text = logs.tail()
    QApplication.clipboard().setText(text)
    return text
