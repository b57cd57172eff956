"""The lock of an encrypted data folder: asked for at start, and again after the idle time set in the settings.

The dialog (:class:`~app.ui.dialogs.unlock.UnlockDialog`) takes the passphrase
(or, ticked, the recovery key) and unwraps the data key with it
(:mod:`app.storage.data_key`); a wrong one is said under the field.
:class:`IdleLock` watches the keyboard and mouse of the whole application:
after the idle minutes it hides the window — nothing of the data stays on
screen — and shows the dialog; the window comes back once the passphrase is
given again.  Background work carries on meanwhile.

It watches sparingly: an application-wide event filter written in Python makes every Qt event of the GUI thread
take the GIL, and while a background job runs Python each event then waits for it (profiled: most of the GUI's
stalls during an import or a package).  So the filter is installed only for an encrypted folder, and only until
the first key or mouse event after each check; the check (every 15 s) installs it again.  A folder is idle when no
such event came since a check: the lock may come up to one check early.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import logs
from app.storage import data_key
from app.ui.dialogs.unlock import UnlockDialog
from app.ui.settings import LOCK_AFTER, Settings

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


def unlock(folder: Path, parent: QWidget | None = None, passphrase: str = "") -> bool:
    """Ask for the passphrase of an encrypted ``folder`` and make its key active; False when the verifier cancels.
    A folder that is not encrypted needs nothing.  A ``passphrase`` given (``--passphrase-file``) is tried first,
    in the dialog as if typed: it closes once the key is unwrapped, or says the passphrase is wrong and waits."""
    if not data_key.is_encrypted(folder):
        return True
    dialog = UnlockDialog(folder, parent)
    if passphrase:
        dialog.passphrase.setText(passphrase)
        QTimer.singleShot(0, dialog.accept)  # once the dialog's own loop runs
    if not dialog.exec():
        return False
    data_key.activate(folder, dialog.key)
    return True


class IdleLock(QObject):
    """Locks the window of an encrypted folder after the idle minutes; ``locked`` is True while it waits."""

    CHECK_EVERY_MS = 15_000

    def __init__(self, folder: Path, settings: Settings, window, parent: QObject | None = None):
        super().__init__(parent)
        self.folder, self.settings, self.window = Path(folder), settings, window
        self.last = time.monotonic()
        self.locked = False
        self.armed = False  # the event filter installed, waiting for the first key or mouse event
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_EVERY_MS)
        self.timer.timeout.connect(self.lock_if_idle)
        self._arm()
        self.timer.start()

    def stop(self) -> None:
        """No more locking (the application of another profile takes over)."""
        self.timer.stop()
        self._disarm()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and not self.locked:
            self.last = time.monotonic()
            self._disarm()  # until the next check: the events in between reach no Python
        return False

    def lock_if_idle(self) -> None:
        if not data_key.is_encrypted(self.folder):
            self._disarm()
            return
        minutes = max(int(self.settings.get(LOCK_AFTER)), 1)
        if not self.locked and self.armed and time.monotonic() - self.last >= minutes * 60:
            self.lock()
        elif not self.armed:
            self._arm()

    def _arm(self) -> None:
        if not self.armed and data_key.is_encrypted(self.folder):
            QApplication.instance().installEventFilter(self)
            self.armed = True

    def _disarm(self) -> None:
        if self.armed:
            QApplication.instance().removeEventFilter(self)
            self.armed = False

    def lock(self) -> None:
        """Hide the window and ask for the passphrase again (the dialog opens without blocking)."""
        window = self.window()
        self.locked = True
        logs.log.info("locked after idle time")
        if window is not None:
            window.hide()
        self.dialog = UnlockDialog(self.folder)
        self.dialog.setModal(True)
        self.dialog.finished.connect(self._answered)
        self.dialog.open()

    def _answered(self, result: int) -> None:
        if not result:  # the verifier chose to stop rather than unlock
            QApplication.instance().quit()
            return
        self.locked, self.last = False, time.monotonic()
        window = self.window()
        if window is not None:
            window.show()
