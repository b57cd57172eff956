"""The dialog that unlocks an encrypted data folder: the passphrase (or, ticked, the recovery key) unwraps its key.

:class:`UnlockDialog` unwraps the data key with what is given (:mod:`app.storage.data_key`); a wrong one is said
under the field.  :mod:`app.ui.lock` asks with it at start and after the idle time.

The passphrase's Argon2id derivation takes 0.15 s here and up to a second on a slow laptop, so it runs on a thread
of the pool while the dialog says it is opening the folder (its buttons and field off): the dialog never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import APP_NAME, logs
from app.storage import data_key
from app.ui import i18n
from app.ui.jobs import Job


class UnlockDialog(QDialog):
    """``key`` holds the data key once the passphrase (or recovery key) given has opened it; ``deriving`` is the job
    unwrapping it, while one runs."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder, self.key, self.deriving = Path(folder), None, None
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
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
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
        """OK: unwrap the key on a thread of the pool; the dialog closes once it is unwrapped."""
        if self.deriving is not None:
            return
        folder, given, recovery = self.folder, self.passphrase.text(), self.recovery.isChecked()
        opener = data_key.unlock_with_recovery if recovery else data_key.unlock
        self.deriving = Job(lambda _progress, _cancelled: opener(folder, given))
        self.deriving.signals.finished.connect(self._unwrapped)  # a method of the dialog: run on the GUI thread
        self._opening(True)
        QThreadPool.globalInstance().start(self.deriving)

    def reject(self) -> None:
        if self.deriving is None:  # Escape is not taken while the key is being unwrapped (a moment)
            super().reject()

    def _opening(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        self.cancel.setEnabled(not busy)
        self.passphrase.setReadOnly(busy)
        self.recovery.setEnabled(not busy)
        self.problem.setStyleSheet("" if busy else "color: #b00020;")
        self.problem.setText(self.tr("Opening the folder…") if busy else "")

    def _unwrapped(self, key: bytes | None, error) -> None:
        self.deriving = None
        self._opening(False)
        if error is not None:
            logs.log.info("unlock refused")
            self.problem.setText(i18n.show(error.message))
            self.passphrase.selectAll()
            return
        logs.log.info("unlocked%s", " with the recovery key" if self.recovery.isChecked() else "")
        self.key = key
        super().accept()
