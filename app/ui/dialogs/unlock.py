"""The dialog that unlocks an encrypted data folder: the passphrase (or, ticked, the recovery key) unwraps its key.

:class:`UnlockDialog` unwraps the data key with what is given (:mod:`app.storage.data_key`); a wrong one is said
under the field.  :mod:`app.ui.lock` asks with it at start and after the idle time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import APP_NAME, logs
from app.storage import data_key
from app.ui import i18n


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
