"""The client page: names, credit code, address and contact, each saved as soon as it is edited."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.ui.pages.base import Page
from app.ui.widgets.field_specs import client_specs
from app.ui.widgets.forms import FieldForm


class ClientPage(Page):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Client")
        self.form = FieldForm(client_specs())
        self.forms = [self.form]
        note = QLabel(self.tr("Changes here apply to every engagement of this client."))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addStretch()
        self.form.edited.connect(self._edited)

    def refresh(self, engagement, client) -> None:
        super().refresh(engagement, client)
        self.form.set_values({name: getattr(client, name) for name in self.form.widgets})

    def _edited(self, field: str, value) -> None:
        self.workbench.edit_client(self.client.id, field, value, self.tr("Edit client"))
