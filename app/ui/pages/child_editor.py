"""A table of an engagement's sites or team members with a form for the selected one.

The form is made when the editor is first shown or its ``form`` first asked for (issue 22: a page of four editors,
never shown when the engagement's programme has no use for it, took the GUI thread 50 ms to make)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.commands.workbench import Workbench
from app.ui.models.tables import RowsModel
from app.ui.widgets.forms import FieldForm, FieldSpec, row_table


class ChildEditor(QWidget):
    """Lists items, edits the selected one field by field, adds and removes (all undoable)."""

    def __init__(
        self,
        workbench: Workbench,
        columns: list[tuple[str, Callable[[Any], str]]],
        specs: list[FieldSpec],
        new_item: Callable[[], Any | None],
        labels: dict[str, str],
        expand: Callable[[Any, str, Any], dict[str, Any]] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.workbench = workbench
        self.expand = expand or (lambda _item, field, value: {field: value})
        self.new_item = new_item
        self.labels = labels
        self.engagement_id: str | None = None
        self.model = RowsModel(columns, self)
        self.table = row_table(self.model, read_only=True)
        self.table.setMaximumHeight(200)
        self.add_button = QPushButton(labels["add"])
        self.remove_button = QPushButton(labels["remove"])
        self._specs, self._form = specs, None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    @property
    def form(self) -> FieldForm:
        """The selected item's form, made now if it has not been yet."""
        if self._form is None:
            self._form = self._make_form()
            self.layout().addWidget(self._form)
            self._form.show()  # at once, also when made by showEvent (a child laid out then would show a turn later)
            self._show_selected()
        return self._form

    def _make_form(self) -> FieldForm:
        form = FieldForm(self._specs)
        form.edited.connect(self._edited)
        return form

    def showEvent(self, event) -> None:
        self.form  # noqa: B018 — made for the editor to show it
        super().showEvent(event)

    def set_specs(self, specs: list[FieldSpec]) -> None:
        """New fields for the form (when a choice's options depend on the engagement, such as its sources)."""
        old, self._specs = self._form, specs
        if old is not None:  # else made with these when first needed
            self._form = self._make_form()
            self.layout().replaceWidget(old, self._form)
            old.deleteLater()
            self._show_selected()

    def set_items(self, engagement_id: str, items: list) -> None:
        selected = self.selected()
        keep = selected.id if selected else None
        self.engagement_id = engagement_id
        self.model.set_rows(items)
        ids = [item.id for item in items]
        self._select(ids.index(keep) if keep in ids else 0 if ids else None)

    def _select(self, row: int | None) -> None:
        if row is None:
            self._show_selected()
            return
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_selected()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_object(rows[0].row()) if rows else None

    def _show_selected(self, *_args) -> None:
        item = self.selected()
        self.remove_button.setEnabled(item is not None)
        if self._form is None and item is None:
            return  # nothing to show in a form not made yet
        self.form.setEnabled(item is not None)
        if item is not None:
            self.form.set_values({name: getattr(item, name) for name in self.form.widgets})

    def add(self) -> None:
        item = self.new_item()  # None: the user cancelled choosing what to add
        if item is not None and self.workbench.add_child(self.engagement_id, item, self.labels["add"]):
            ids = [row.id for row in (self.model.row_object(i) for i in range(self.model.rowCount()))]
            if item.id in ids:
                self._select(ids.index(item.id))
            first = next(iter(self.form.widgets.values()))
            first.setFocus()

    def remove(self) -> None:
        item = self.selected()
        if item is not None:
            self.workbench.remove_child(self.engagement_id, item, self.labels["remove"])

    def _edited(self, field: str, value) -> None:
        item = self.selected()
        if item is not None:
            self.workbench.edit_child(self.engagement_id, item, self.expand(item, field, value), self.labels["edit"])
