"""The person register as a dialog (File ▸ People…): everyone who can be on a team, review or decide.

Adding, changing and removing a person are undoable like every other edit;
a refusal (no name, a person still on an engagement) shows under the field
or beneath the form.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.domain.engagement.people import Person, PersonRole
from app.domain.kernel.text import DomainError
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.models.tables import RowsModel
from app.ui.widgets.field_specs import person_specs
from app.ui.widgets.forms import FieldForm, row_table


class PeopleDialog(QDialog):
    """The register's table, Add and Remove, and a form for the selected person."""

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self.resize(760, 620)
        self.workbench = workbench
        self.model = RowsModel([
            (self.tr("Name (Chinese)"), lambda p: p.name_zh), (self.tr("Name (English)"), lambda p: p.name_en),
            (self.tr("Roles"), lambda p: ", ".join(show(PersonRole(r).label) for r in p.roles)),
            (self.tr("Competent in"), lambda p: ", ".join(p.competences)),
        ], self)
        self.table = row_table(self.model, read_only=True)
        self.table.setObjectName("people_table")
        self.table.setMinimumHeight(160)
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setObjectName("add_person")
        self.remove_button = QPushButton(self.tr("Remove person"))
        self.remove_button.setObjectName("remove_person")
        self.form = FieldForm(person_specs())
        self.message = QLabel()
        self.message.setObjectName("people_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.remove_button, *close.buttons()):
            button.setAutoDefault(False)  # Return finishes a field; it neither adds a person nor closes the register
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.form.edited.connect(self._edited)
        workbench.changed.connect(self.reload)
        workbench.error.connect(self._refused)
        self.reload()

    def done(self, result: int) -> None:
        self.workbench.changed.disconnect(self.reload)
        self.workbench.error.disconnect(self._refused)
        super().done(result)

    def reload(self) -> None:
        chosen = self.selected()
        people = self.workbench.people()
        self.model.set_rows(people)
        ids = [p.id for p in people]
        self.select(ids.index(chosen.id) if chosen and chosen.id in ids else 0 if ids else None)

    def select(self, row: int | None) -> None:
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _show_selected(self, *_args) -> None:
        person = self.selected()
        self.form.setEnabled(person is not None)
        self.remove_button.setEnabled(person is not None)
        if person is not None:
            self.form.set_values({name: getattr(person, name) for name in self.form.widgets})

    def add(self) -> bool:
        person = Person(name_zh=self.tr("New person"))
        if not self.workbench.add_person(person, self.add_button.text()):
            return False
        ids = [self.model.row_object(i).id for i in range(self.model.rowCount())]
        self.select(ids.index(person.id))
        self.form.widgets["name_zh"].setFocus()
        return True

    def remove(self) -> bool:
        person = self.selected()
        return person is not None and self.workbench.remove_person(person, self.remove_button.text())

    def _edited(self, field: str, value) -> None:
        person = self.selected()
        self.message.clear()
        if person is not None and not self.workbench.edit_person(person, {field: value}, self.tr("Edit person")):
            self.form.revert(field)

    def _refused(self, error: DomainError) -> None:
        if not self.form.show_error(error.field, show(error.message)):
            self.message.setText(show(error.message))
