"""Choosing a factor: the library with each entry's source, status and priority class (:class:`FactorPicker`, and
:class:`OwnFactorDialog` for an entry of the verifier's own), and the field of the source dialog that opens it and
shows the choice (:class:`FactorField`).

A value taken from the library keeps the entry's id, version, source and
status; typing another value over it makes it the verifier's own (the source
must then be stated).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.inventory.factors import Factor, FactorKind, FactorUse, Priority
from app.domain.kernel.text import DomainError, Text
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show, unit
from app.ui.models.tables import RowsModel, exact
from app.ui.widgets.forms import row_table


def status_text(checked: bool, status: str) -> str:
    mark = "✓ " if checked else "⚠ "
    return mark + (status or QCoreApplication.translate("FactorPicker", "no status given"))


class FactorPicker(QDialog):
    """The library filtered to one kind of factor; Enter or double-click takes the selected entry."""

    def __init__(self, workbench: Workbench, kind: FactorKind, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Factor library: %1").replace("%1", show(kind.label)))
        self.resize(980, 460)
        self.workbench, self.kind = workbench, kind
        self.chosen: Factor | None = None
        self.model = RowsModel(
            [
                (self.tr("Name"), lambda f: show(f.name)),
                (self.tr("Value"), lambda f: f"{f.value:g}"),
                (self.tr("Unit"), lambda f: unit(f.unit)),
                (self.tr("Status"), lambda f: status_text(f.checked, f.status)),
                (self.tr("Priority (CICC-ZY/GZ-21 §6.2)"), lambda f: f"{f.priority.rank} · {show(f.priority.label)}"),
                (self.tr("Year"), lambda f: f.year),
                (self.tr("Source"), lambda f: f.source),
                (self.tr("Version"), lambda f: str(f.version) + ("" if f.shipped else " · " + self.tr("own"))),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, source, year…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = row_table(self.proxy, read_only=True)
        self.table.setObjectName("factor_table")
        self.table.doubleClicked.connect(self.accept)
        note = QLabel(self.tr("⚠ marks values not yet checked against their source document: confirm before relying on them."))
        note.setWordWrap(True)
        add = QPushButton(self.tr("Add my own factor…"))
        add.clicked.connect(self._add_own)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)
        self._load()

    def _load(self, select_id: str | None = None) -> None:
        entries = [f for f in self.workbench.factor_library() if f.kind is self.kind]
        self.model.set_rows(entries)
        ids = [f.id for f in entries]
        row = ids.index(select_id) if select_id in ids else 0
        if entries:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected(self) -> Factor | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def accept(self) -> None:
        self.chosen = self.selected()
        if self.chosen is not None:
            super().accept()

    def _add_own(self) -> None:
        dialog = OwnFactorDialog(self.workbench, self.kind, self)
        if dialog.exec() and dialog.saved is not None:
            self._load(dialog.saved.id)


class OwnFactorDialog(QDialog):
    """A verifier's own factor: name, value, unit, source (required), status and priority class."""

    def __init__(self, workbench: Workbench, kind: FactorKind, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add my own factor"))
        self.workbench, self.kind, self.saved = workbench, kind, None
        self.name_zh, self.name_en, self.value, self.unit = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.source, self.status, self.year = QLineEdit(), QLineEdit(), QLineEdit()
        self.unit.setPlaceholderText("tCO2/MWh, GJ/t, tC/TJ, tC/t, %")
        self.source.setPlaceholderText(self.tr("e.g. lab report 2025-031, supplier statement"))
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem(f"{p.rank} · {show(p.label)}", p.value)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Name (Chinese)"), self.name_zh), (self.tr("Name (English)"), self.name_en), (self.tr("Value"), self.value),
            (self.tr("Unit"), self.unit), (self.tr("Source"), self.source), (self.tr("Status"), self.status),
            (self.tr("Priority class"), self.priority), (self.tr("Year"), self.year),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(self.message)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            value = float(self.value.text().replace(",", ""))
        except ValueError:
            self.message.setText(self.tr("The value must be a number."))
            return
        factor = Factor(
            self.kind, Text(self.name_zh.text().strip(), self.name_en.text().strip()), value, self.unit.text().strip(),
            self.source.text().strip(), self.status.text().strip(), Priority(self.priority.currentData()), self.year.text().strip(),
        )
        try:
            factor.validate()
        except DomainError as error:
            self.message.setText(show(error.message))
            return
        self.saved = self.workbench.save_factor(factor)
        if self.saved is not None:
            super().accept()


class FactorField(QWidget):
    """One factor of a source: value and unit (typed or from the library), source, priority and status."""

    changed = Signal()

    def __init__(self, workbench: Workbench, kind: FactorKind, parent=None):
        super().__init__(parent)
        self.workbench, self.kind = workbench, kind
        self._use: FactorUse | None = None
        self.value, self.unit, self.source = QLineEdit(), QLineEdit(), QLineEdit()
        self.value.setPlaceholderText(self.tr("value"))
        self.unit.setPlaceholderText(self.tr("unit"))
        self.source.setPlaceholderText(self.tr("source of the value"))
        self.value.setMaximumWidth(110)
        self.unit.setMaximumWidth(120)
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem(f"{p.rank} · {show(p.label)}", p.value)
        self.library = QPushButton(self.tr("Library…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.value, self.unit, self.priority, self.library):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.status)
        self.library.clicked.connect(self.pick)
        for edit in (self.value, self.unit):
            edit.textEdited.connect(self._typed)
        self.source.textEdited.connect(lambda _t: self.changed.emit())

    def pick(self) -> Factor | None:
        picker = FactorPicker(self.workbench, self.kind, self)
        if picker.exec() and picker.chosen is not None:
            self.set_use(picker.chosen.use())
            self.changed.emit()
            return picker.chosen
        return None

    def _typed(self, _text: str) -> None:
        """A typed value is the verifier's own: it no longer comes from a library entry."""
        if self._use is not None and self._use.library_id:
            self._use = replace(self._use, library_id="", version=0, status="", name="")
            self._show_status()
        self.changed.emit()

    def set_use(self, use: FactorUse | None) -> None:
        self._use = use
        self.value.setText("" if use is None else exact(use.value))
        self.unit.setText("" if use is None else use.unit)
        self.source.setText("" if use is None else use.source)
        self.priority.setCurrentIndex(self.priority.findData((use.priority if use else Priority.NATIONAL).value))
        self._show_status()

    def _show_status(self) -> None:
        use = self._use
        if use is None or not use.library_id:
            self.status.setText(self.tr("Typed by the verifier: state its source."))
            self.status.setStyleSheet("color: #555;")
            return
        self.status.setText(f"{use.name} · v{use.version} · {status_text(use.checked, use.status)}")
        self.status.setStyleSheet("color: #1b6e20;" if use.checked else "color: #9a5b00;")

    def use(self) -> FactorUse | None:
        """The factor as entered; None when no value is given. Raises ValueError for a non-number."""
        text = self.value.text().strip().replace(",", "")
        if not text:
            return None
        base = self._use or FactorUse(0.0, "")
        return replace(
            base, value=float(text), unit=self.unit.text().strip(), source=self.source.text().strip(),
            priority=Priority(self.priority.currentData()),
        )
