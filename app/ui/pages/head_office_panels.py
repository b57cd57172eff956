"""What the head-office pages share: a person picker from the register, a refusal line, today's date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.domain.certification.eligibility import eligible
from app.domain.kernel.text import DomainError
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show


def person_picker(workbench: Workbench, name: str, role: str = "") -> QComboBox:
    """A drop-down of the register's people (only those holding ``role``, when given), each holding the person's id."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setProperty("role", role)
    refill(workbench, combo)
    return combo


def refill(workbench: Workbench, combo: QComboBox) -> None:
    """The register as it is now (people added since are offered), keeping the person picked."""
    kept, role = combo.currentData(), combo.property("role")
    combo.clear()
    for person in sorted(eligible(workbench.people(), role), key=lambda p: p.name):
        combo.addItem(person.name, person.id)
    if kept is not None and combo.findData(kept) >= 0:
        combo.setCurrentIndex(combo.findData(kept))


def pick_id(combo: QComboBox) -> str:
    return combo.currentData() or ""


class Refusals(QLabel):
    """Where a head-office page says why the last step was refused (while the page is shown)."""

    def __init__(self, workbench: Workbench, owner: QWidget, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.owner = owner
        workbench.error.connect(self._refused)

    def _refused(self, error: DomainError) -> None:
        if self.owner.isVisible():
            self.setText(show(error.message))

    def clear_refusal(self) -> None:
        self.setText("")


def today() -> date:
    return date.today()
