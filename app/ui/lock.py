"""The lock of an encrypted data folder: asked for at start, and again after the idle time set in the settings.

:class:`UnlockDialog` takes the passphrase (or, ticked, the recovery key) and
unwraps the data key with it (:mod:`app.storage.data_key`); a wrong one is said
under the field.  :class:`IdleLock` watches the keyboard and mouse of the whole
application: after the idle minutes it hides the window — nothing of the data
stays on screen — and shows the dialog; the window comes back once the
passphrase is given again.  Background work carries on meanwhile.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import APP_NAME, logs
from app.storage import data_key
from app.ui import i18n
from app.ui.settings import LOCK_AFTER, Settings

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class UnlockDialog(QDialog):
    """``key`` holds the data key once the passphrase (or recovery key) given has opened it."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder, self.key = Path(folder), None
        self.setWindowTitle(self.tr("%1 is locked").replace("%1", APP_NAME))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery = QCheckBox(self.tr("Use the recovery key instead"))
        self.recovery.setObjectName("use_recovery")
        self.recovery.toggled.connect(self._recovery_toggled)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The data in %1 is encrypted. Enter your passphrase to open it.").replace("%1", str(self.folder))))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.recovery)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _recovery_toggled(self, on: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("XXXXXXX-XXXXXXX-…" if on else "")

    def accept(self) -> None:
        given = self.passphrase.text()
        try:
            self.key = (data_key.unlock_with_recovery if self.recovery.isChecked() else data_key.unlock)(self.folder, given)
        except data_key.Locked as refused:
            logs.log.info("unlock refused")
            self.problem.setText(i18n.show(refused.message))
            self.passphrase.selectAll()
            return
        logs.log.info("unlocked%s", " with the recovery key" if self.recovery.isChecked() else "")
        super().accept()


def unlock(folder: Path, parent: QWidget | None = None) -> bool:
    """Ask for the passphrase of an encrypted ``folder`` and make its key active; False when the verifier cancels.
    A folder that is not encrypted needs nothing."""
    if not data_key.is_encrypted(folder):
        return True
    dialog = UnlockDialog(folder, parent)
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
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_EVERY_MS)
        self.timer.timeout.connect(self.lock_if_idle)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """No more locking (the application of another profile takes over)."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and not self.locked:
            self.last = time.monotonic()
        return False

    def lock_if_idle(self) -> None:
        minutes = max(int(self.settings.get(LOCK_AFTER)), 1)
        if not self.locked and data_key.is_encrypted(self.folder) and time.monotonic() - self.last >= minutes * 60:
            self.lock()

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
