"""The backup part of the settings dialog: minutes between backups, how many are kept, a second folder."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from app.ui.settings import BACKUP_EVERY, BACKUP_KEEP, BACKUP_SECOND_FOLDER, Settings


class BackupSettings(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.every = QSpinBox()
        self.every.setObjectName("backup_every")
        self.every.setRange(1, 24 * 60)
        self.every.setSuffix(self.tr(" min"))
        self.every.setValue(int(settings.get(BACKUP_EVERY)))
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, 1000)
        self.keep.setValue(int(settings.get(BACKUP_KEEP)))
        self.second = QLineEdit(str(settings.get(BACKUP_SECOND_FOLDER) or ""))
        self.second.setObjectName("backup_second_folder")
        self.second.setPlaceholderText(self.tr("None: only the data folder's backups/"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("backup_choose_folder")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.second, 1)
        row.addWidget(choose)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Back up after each"), self.every)
        layout.addRow(self.tr("Backups kept (besides one a day for a week)"), self.keep)
        layout.addRow(self.tr("Also back up to (a USB stick)"), row)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"), self.second.text())
        if folder:
            self.second.setText(folder)

    def save(self, settings: Settings) -> None:
        settings.set(BACKUP_EVERY, self.every.value())
        settings.set(BACKUP_KEEP, self.keep.value())
        settings.set(BACKUP_SECOND_FOLDER, self.second.text().strip())
