"""The settings dialog: interface language, the name written into the change history, backups, passphrase and lock."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from app.ui.widgets.backup_settings import BackupSettings
from app.ui.dialogs.passphrase import LockSettings
from app.ui.settings import ACTOR, LANGUAGE, Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None, workbench=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("中文（简体）", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.actor = QLineEdit(settings.get(ACTOR))
        self.actor.setObjectName("actor")
        self.actor.setPlaceholderText(settings.actor())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.tr("Your name in the change history"), self.actor)
        self.backups = BackupSettings(settings)
        layout.addRow(self.backups)
        self.lock = LockSettings(settings, workbench)
        layout.addRow(self.lock)
        layout.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.set(ACTOR, self.actor.text().strip())
        self.backups.save(self.settings)
        self.lock.save(self.settings)
        super().accept()
