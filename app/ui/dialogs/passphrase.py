"""Setting (which encrypts the data folder) or changing the passphrase: :class:`PassphraseDialog`, and the lock part
of the settings dialog that opens it (:class:`LockSettings`, with the idle minutes).

Setting one closes the store and converts the folder all or nothing (see
:mod:`app.storage.encrypt_folder`) off the GUI thread, behind a progress dialog
whose Cancel leaves the folder as it was (:mod:`app.ui.jobs`); done, it opens the
store again with the new key and shows the recovery key, if one was asked for,
this once.  Changing one re-wraps the data key only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSpinBox, QWidget,
)

from app import APP_NAME, logs
from app.domain.kernel.text import DomainError
from app.storage import data_key
from app.ui import i18n
from app.ui.settings import LOCK_AFTER, Settings
from app.ui.commands.workbench import Workbench


class LockSettings(QGroupBox):
    def __init__(self, settings: Settings, workbench: Workbench | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.setTitle(self.tr("Passphrase and lock"))
        self.idle = QSpinBox()
        self.idle.setObjectName("lock_after")
        self.idle.setRange(1, 24 * 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(int(settings.get(LOCK_AFTER)))
        self.button = QPushButton()
        self.button.setObjectName("passphrase_button")
        self.button.clicked.connect(self.edit_passphrase)
        self.button.setEnabled(workbench is not None)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.state)
        layout.addRow(self.tr("Lock after idle"), self.idle)
        layout.addRow(self.button)
        self.dialog: PassphraseDialog | None = None
        self._show_state()

    def _show_state(self) -> None:
        encrypted = self.workbench is not None and data_key.is_encrypted(self.workbench.path.parent)
        self.state.setText(self.tr("The data folder is encrypted; Verifield locks at start and when idle.") if encrypted else
                           self.tr("No passphrase: the data folder is not encrypted and Verifield does not lock."))
        self.button.setText(self.tr("Change passphrase…") if encrypted else self.tr("Set a passphrase (encrypts the data)…"))

    def edit_passphrase(self) -> None:
        self.dialog = PassphraseDialog(self.workbench, self)
        self.dialog.exec()
        self.dialog.setParent(None)  # done with: not one of the settings dialog's widgets any more
        self._show_state()

    def save(self, settings: Settings) -> None:
        settings.set(LOCK_AFTER, self.idle.value())


class PassphraseDialog(QDialog):
    """Sets the first passphrase (encrypting the folder) or changes it; ``recovery_box`` shows a new recovery key."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench, self.folder = workbench, workbench.path.parent
        self.encrypted = data_key.is_encrypted(self.folder)
        self.recovery_box: QMessageBox | None = None
        self.pool = QThreadPool(self)
        self.running = None  # the encryption's Job while it runs
        self.setWindowTitle(self.tr("Change passphrase") if self.encrypted else self.tr("Set a passphrase"))
        self.current, self.new, self.repeat = (self._secret(name) for name in ("current", "new", "repeat"))
        self.make_recovery = QCheckBox(self.tr("Make a recovery key (shown once; it opens the data if the passphrase is forgotten)"))
        self.make_recovery.setObjectName("make_recovery")
        self.make_recovery.setChecked(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        if self.encrypted:
            layout.addRow(self.tr("Current passphrase"), self.current)
        else:
            layout.addRow(QLabel(self.tr("Setting a passphrase encrypts the store, its backups and the evidence files. "
                                         "Without the passphrase (or the recovery key) nobody, you included, can read them.")))
        layout.addRow(self.tr("New passphrase"), self.new)
        layout.addRow(self.tr("Repeat it"), self.repeat)
        if not self.encrypted:
            layout.addRow(self.make_recovery)
        layout.addRow(self.problem)
        layout.addRow(buttons)

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.problem.setText(self.tr("The two new passphrases differ."))
            return
        if not self.encrypted:
            self._encrypt()
            return
        try:
            self._change()
        except DomainError as refused:
            self.problem.setText(i18n.show(refused.message))
            return
        super().accept()

    def reject(self) -> None:
        if self.running is None:  # while the folder is being encrypted, only the progress dialog's Cancel stops
            super().reject()

    def _change(self) -> None:
        data_key.change_passphrase(self.folder, self.current.text(), self.new.text())
        logs.log.info("passphrase changed")

    def _encrypt(self) -> None:
        """Close the store and convert the folder in the background; :meth:`_encrypted` when it ends."""
        from app.storage.encrypt_folder import encrypt_folder
        from app.ui.jobs import run_with_progress

        folder, passphrase, recovery, name = Path(self.folder), self.new.text(), self.make_recovery.isChecked(), self.workbench.path.name
        self.workbench.close_store()
        self.buttons.setEnabled(False)
        self.problem.clear()

        def work(progress, cancelled):
            done = encrypt_folder(folder, passphrase, recovery, name, progress, cancelled)
            return done, data_key.unlock(folder, passphrase)

        self.running = run_with_progress(self, self.pool, work, self.tr("Encrypting the data folder…"), self._encrypted)

    def _encrypted(self, result, refused: DomainError | None) -> None:
        self.running = None
        self.buttons.setEnabled(True)
        if refused is not None or result is None:  # refused or cancelled: the folder is as it was
            self.problem.setText(i18n.show(refused.message) if refused else self.tr("Cancelled: nothing was encrypted."))
            return
        done, key = result
        data_key.activate(self.folder, key)
        logs.log.info("data folder encrypted: %d store files, %d evidence files", done.stores, done.evidence)
        self.workbench.changed.emit()
        if done.recovery:
            self.recovery_box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, self.tr(
                "Recovery key — write it down now and keep it apart from the laptop; it is shown only this once:")
                + f"\n\n{done.recovery}", QMessageBox.StandardButton.Ok, self)
            self.recovery_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.recovery_box.exec()
        super().accept()
