"""A form built from field specs: one widget per field, committed when the user finishes editing it.

Pages and wizard pages describe their fields as :class:`FieldSpec` rows; the
:class:`FieldForm` makes the widgets, fills them from a dict, emits
``edited(field, value)`` when the user leaves a changed field, and shows a
refusal under the field it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)


@dataclass(frozen=True)
class FieldSpec:
    """One field: its name, label, kind and, for choices, ``(value, label)`` pairs.

    Kinds: line, secret (a passphrase, not shown), text, date, datetime, year, number, count, choice, checks, checks+other, bool.
    """

    name: str
    label: str
    kind: str = "line"
    choices: tuple[tuple[Any, str], ...] = ()
    suffix: str = ""
    placeholder: str = ""
    decimals: int = 2  # of a number


class _PlainText(QPlainTextEdit):
    """Multi-line text that reports when the user leaves it."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class _Blankable:
    """A date (or date-and-time) field that may be blank, shown "—".

    What is typed into a blank one is kept as typed ("2025-3-1", "20250301", "2025/03/01 08:30") and read as a date
    when the field is left or Enter is pressed: Qt's own section editing, started from today's date, kept this
    year's digits under a year typed over them (2025-03-01 became 2026-03-01).  Backspace edits the text, Escape
    drops it; text that is no date leaves the field blank."""

    _typed: str | None = None
    _FORMATS = ("yyyy-M-d", "yyyyMMdd", "yyyy-M-d H:mm", "yyyyMMdd HHmm", "yyyyMMddHHmm")

    def keyPressEvent(self, event) -> None:
        text, key = event.text(), event.key()
        if self._typed is None and text.isdigit() and self.dateTime() == self.minimumDateTime():
            self._typed = ""
        if self._typed is not None:
            if text and (text.isdigit() or text in "-/. :"):
                self._show_typed(self._typed + text)
                return
            if key == Qt.Key.Key_Backspace:
                self._show_typed(self._typed[:-1])
                return
            if key == Qt.Key.Key_Escape:
                self._typed = None
                self.setDateTime(self.minimumDateTime())
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._read_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        if self._typed is not None:
            self._read_typed()
        super().focusOutEvent(event)

    def _show_typed(self, typed: str) -> None:
        self._typed = typed
        self.lineEdit().setText(typed)

    def _read_typed(self) -> None:
        typed, self._typed = " ".join(self._typed.replace("/", "-").replace(".", "-").split()), None
        for pattern in self._FORMATS:
            when = QDateTime.fromString(typed, pattern)
            if when.isValid() and when >= self.minimumDateTime():
                self.setDateTime(when)
                return
        self.setDateTime(self.minimumDateTime())


class _DateEdit(_Blankable, QDateEdit):
    pass


class _DateTimeEdit(_Blankable, QDateTimeEdit):
    pass


class CheckList(QWidget):
    """A list of checkable choices, optionally with free entries typed into "Other"."""

    editingFinished = Signal()

    def __init__(self, choices, allow_other: bool, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        layout.addWidget(self.list)
        for value, label in choices:
            self._add(value, label)
        self.list.itemChanged.connect(lambda _item: self.editingFinished.emit())
        self.other = None
        if allow_other:
            row = QHBoxLayout()
            self.other = QLineEdit()
            self.other.setPlaceholderText(self.tr("Other criterion, e.g. the client's GHG manual"))
            add = QPushButton(self.tr("Add"))
            row.addWidget(self.other)
            row.addWidget(add)
            layout.addLayout(row)
            add.clicked.connect(self._add_other)
            self.other.returnPressed.connect(self._add_other)

    def _add(self, value, label, checked=False) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _add_other(self) -> None:
        text = self.other.text().strip()
        if text:
            self.list.blockSignals(True)
            if text not in self._values():
                self._add(text, text, True)
            self.list.blockSignals(False)
            self.other.clear()
            self.editingFinished.emit()

    def _items(self):
        return [self.list.item(i) for i in range(self.list.count())]

    def _values(self):
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()]

    def value(self) -> tuple:
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in self._items() if i.checkState() == Qt.CheckState.Checked)

    def set_value(self, values) -> None:
        self.list.blockSignals(True)
        known = self._values()
        for v in values:
            if v not in known:
                self._add(v, v)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)


class FieldForm(QWidget):
    """Widgets for a list of fields; ``edited(name, value)`` when the user changes one."""

    edited = Signal(str, object)

    def __init__(self, specs: list[FieldSpec], parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in specs}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._shown: dict[str, Any] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._make(spec)
            widget.setObjectName(spec.name)
            error = QLabel()
            error.setObjectName(f"error:{spec.name}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            label = QLabel(spec.label)
            label.setBuddy(widget)
            layout.addRow(label, cell)
            self.widgets[spec.name] = widget
            self.errors[spec.name] = error

    # --- building --------------------------------------------------------------------------
    def _make(self, spec: FieldSpec) -> QWidget:
        kind = spec.kind
        if kind in ("line", "secret"):
            w = QLineEdit()
            w.setPlaceholderText(spec.placeholder)
            if kind == "secret":
                w.setEchoMode(QLineEdit.EchoMode.Password)
            w.editingFinished.connect(lambda n=spec.name: self._finished(n))
        elif kind == "text":
            w = _PlainText()
            w.setPlaceholderText(spec.placeholder)
            w.setTabChangesFocus(True)
            w.setMinimumHeight(60)
            w.setMaximumHeight(110)
            w.editingFinished.connect(lambda n=spec.name: self._finished(n))
        elif kind == "date":
            w = _DateEdit()
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setMinimumDate(NO_DATE)
            w.setSpecialValueText("—")
            w.editingFinished.connect(lambda n=spec.name: self._finished(n))
        elif kind == "datetime":
            w = _DateTimeEdit()
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
            w.setMinimumDateTime(QDateTime(NO_DATE, QTime(0, 0)))
            w.setSpecialValueText("—")
            w.editingFinished.connect(lambda n=spec.name: self._finished(n))
        elif kind in ("year", "count"):
            w = QSpinBox()
            w.setRange(0 if kind == "count" else 1989, 100000 if kind == "count" else 2100)
            if kind == "year":
                w.setSpecialValueText("—")
            w.editingFinished.connect(lambda n=spec.name: self._finished(n))
        elif kind == "number":
            w = QDoubleSpinBox()
            w.setDecimals(spec.decimals)
            w.setRange(-1e12, 1e12)
            w.setSingleStep(0.5)
            w.setSuffix(spec.suffix)
            w.editingFinished.connect(lambda n=spec.name: self._finished(n))
        elif kind == "choice":
            w = QComboBox()
            for value, label in spec.choices:
                w.addItem(label, value)
            w.activated.connect(lambda _i, n=spec.name: self._finished(n))
        elif kind in ("checks", "checks+other"):
            w = CheckList(spec.choices, kind == "checks+other")
            w.editingFinished.connect(lambda n=spec.name: self._finished(n))
        elif kind == "bool":
            w = QCheckBox()
            w.clicked.connect(lambda _c, n=spec.name: self._finished(n))
        else:
            raise ValueError(f"unknown field kind {kind}")
        return w

    # --- values ----------------------------------------------------------------------------
    def value(self, name: str) -> Any:
        w, kind = self.widgets[name], self.specs[name].kind
        if kind in ("line", "secret"):
            return w.text()
        if kind == "text":
            return w.toPlainText()
        if kind == "date":
            return None if w.date() == NO_DATE else w.date().toPython()
        if kind == "datetime":
            return None if w.date() == NO_DATE else w.dateTime().toPython().replace(second=0, microsecond=0)
        if kind == "year":
            return None if w.value() == w.minimum() else w.value()
        if kind == "count":
            return w.value()
        if kind == "number":
            return float(w.value())
        if kind == "choice":
            return w.currentData()
        if kind in ("checks", "checks+other"):
            return w.value()
        return w.isChecked()

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.widgets}

    def set_values(self, values: dict[str, Any]) -> None:
        """Show stored values (no ``edited`` signal); clears any shown refusal."""
        for name, value in values.items():
            if name not in self.widgets:
                continue
            self._shown[name] = value
            self._put(name, value)
            self.errors[name].hide()

    def _put(self, name: str, value: Any) -> None:
        w, kind = self.widgets[name], self.specs[name].kind
        w.blockSignals(True)
        if kind in ("line", "secret") and w.text() != (value or ""):
            w.setText(value or "")
        elif kind == "text" and w.toPlainText() != (value or ""):
            w.setPlainText(value or "")
        elif kind == "date":
            w.setDate(QDate(value) if isinstance(value, date) else NO_DATE)
        elif kind == "datetime":
            w.setDateTime(QDateTime(value) if isinstance(value, datetime) else QDateTime(NO_DATE, QTime(0, 0)))
        elif kind == "year":
            w.setValue(value if value is not None else w.minimum())
        elif kind in ("count", "number"):
            w.setValue(value or 0)
        elif kind == "choice":
            w.setCurrentIndex(max(0, w.findData(value)))
        elif kind in ("checks", "checks+other"):
            w.set_value(tuple(value or ()))
        elif kind == "bool":
            w.setChecked(bool(value))
        w.blockSignals(False)

    def _finished(self, name: str) -> None:
        value = self.value(name)
        if name in self._shown and value == self._shown[name]:
            return
        self._shown[name] = value
        self.edited.emit(name, value)

    # --- refusals --------------------------------------------------------------------------
    def show_error(self, name: str | None, message: str) -> bool:
        """Show ``message`` under field ``name``; False when the form has no such field."""
        if name not in self.errors:
            return False
        self.errors[name].setText(message)
        self.errors[name].show()
        self.widgets[name].setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def revert(self, name: str) -> None:
        """Put the last stored value back after a refusal."""
        if name in self._shown:
            self._put(name, self._shown[name])


def row_table(model, read_only: bool = False) -> QTableView:
    """A table of whole rows sized to its contents; a read-only one selects one row and hides row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    if read_only:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
    return table
