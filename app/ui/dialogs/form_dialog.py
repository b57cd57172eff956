"""A dialog of fields that submits once: OK stores the values or shows the refusal under its field."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.domain.kernel.text import DomainError
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.widgets.forms import FieldForm, FieldSpec


class FormDialog(QDialog):
    """Fields, then OK: ``submit(values)`` stores them and returns True, or the refusal shows under its field."""

    def __init__(self, workbench: Workbench, title: str, specs: list[FieldSpec], values: dict[str, Any],
                 submit: Callable[[dict[str, Any]], bool], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 0)
        self.workbench, self.submit = workbench, submit
        self.form = FieldForm(specs)
        self.form.set_values(values)
        self.message = QLabel()
        self.message.setObjectName("dialog_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.form.clear_errors()
        refusals: list[DomainError] = []
        record = refusals.append  # one bound method, so the same one is disconnected
        self.workbench.error.connect(record)
        try:
            stored = self.submit(self.form.values())
        except DomainError as error:
            stored, refusals = False, [error]
        finally:
            self.workbench.error.disconnect(record)
        if stored:
            super().accept()
        elif refusals:
            error = refusals[0]
            if not self.form.show_error(error.field, show(error.message)):
                self.message.setText(show(error.message))
