"""Whose Verifield this is (see :mod:`app.profiles`): asked at start when there are two or more profiles, and by
*File → Switch profile…*, where a new profile can be made.

:class:`ProfileDialog` lists the profiles; *New profile…* asks a name and makes
one with a data folder (and settings) of its own.  When no profile is listed
yet, the folder in use is shown under the current user's name, and making the
first new profile keeps it as theirs (with the shared settings copied), so that
they can come back to it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app import APP_NAME, profiles
from app.domain.kernel.text import DomainError
from app.ui import i18n


class ProfileDialog(QDialog):
    """``folder`` is the chosen profile's data folder once accepted; ``current``: the folder in use (None at start)."""

    def __init__(self, current: Path | None = None, owner: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.current, self.owner, self.folder = current, owner, None
        self.setWindowTitle(APP_NAME)
        self.list = QListWidget()
        self.list.setObjectName("profiles")
        self.new = QPushButton(self.tr("New profile…"))
        self.new.setObjectName("new_profile")
        self.new.clicked.connect(self.make_profile)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is using Verifield?")))
        layout.addWidget(self.list)
        layout.addWidget(self.new)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill(profiles.last())

    def _fill(self, selected: str) -> None:
        self.list.clear()
        listed = profiles.profiles()
        if not listed and self.current is not None:  # no profiles yet: the folder in use, under its user's name
            listed = [profiles.Profile(self.owner, Path(self.current))]
        for profile in listed:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, str(profile.folder))
            item.setToolTip(str(profile.folder))
            self.list.addItem(item)
            if profile.name == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def make_profile(self) -> None:
        name, ok = QInputDialog.getText(self, APP_NAME, self.tr("The new profile's name (the person's):"))
        if not ok:
            return
        try:
            if not profiles.profiles() and self.current is not None:  # keep the folder in use as its user's profile
                kept = profiles.add(self.owner, self.current)
                if (profiles.config_dir() / profiles.SETTINGS_FILE).exists() and not (kept.folder / profiles.SETTINGS_FILE).exists():
                    shutil.copyfile(profiles.config_dir() / profiles.SETTINGS_FILE, kept.folder / profiles.SETTINGS_FILE)
            made = profiles.add(name)
        except DomainError as refused:
            self.problem.setText(i18n.show(refused.message))
            return
        self.problem.clear()
        self._fill(made.name)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if profiles.profiles():
            profiles.choose(item.text())
        self.folder = item.data(Qt.ItemDataRole.UserRole)
        super().accept()


def choose_profile() -> tuple[bool, str | None]:
    """(go on, data folder) at start: the chosen profile's folder; None for the default folder when there is no
    profile (the profile's own folder when there is one); (False, None) when the verifier cancels."""
    listed = profiles.profiles()
    if not listed:
        return True, None
    if len(listed) == 1:
        return True, str(profiles.choose(listed[0].name).folder)
    dialog = ProfileDialog()
    if not dialog.exec():
        return False, None
    return True, dialog.folder

