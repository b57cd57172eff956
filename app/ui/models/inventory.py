"""Qt models of the inventory: the sources with their recalculated figures, and one source's editable records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.domain.inventory.activity_table import origin_from_text, parse_date, parse_number
from app.domain.inventory.calculation import Results
from app.domain.inventory.measured import MeasuredValue, weightings, with_measured
from app.domain.inventory.sources import ActivityRecord, EmissionSource, Method
from app.domain.kernel.text import DomainError, Text
from app.ui.i18n import show, unit
from app.ui.models.tables import ID_ROLE, ROW_ROLE, exact

Index = QModelIndex | QPersistentModelIndex


def tonnes(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


class SourcesModel(QAbstractTableModel):
    """Sources with verified, reported and difference; key sources starred, problems in red."""

    COL_KEY, COL_NAME, COL_CATEGORY, COL_METHOD, COL_ACTIVITY, COL_VERIFIED, COL_REPORTED, COL_DIFFERENCE, COL_PCT = range(9)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sources: list[EmissionSource] = []
        self.results: Results | None = None
        self.measured: dict[str, list[MeasuredValue]] = {}  # per source id: the lab results its factors are weighted from
        self.headers = [
            "★", self.tr("Source"), self.tr("Category"), self.tr("Method"), self.tr("Activity"),
            self.tr("Verified tCO₂e"), self.tr("Reported tCO₂e"), self.tr("Difference tCO₂e"), self.tr("% of reported"),
        ]

    def set_inventory(self, sources: list[EmissionSource], results: Results, measured: dict[str, list[MeasuredValue]] | None = None) -> None:
        """Show ``sources`` with ``results``; the same sources as shown (a re-total after an edit) only change their
        cells: a reset made the view measure 60 rows' every cell again, 30 ms at a group's 20,000 sources."""
        same = bool(sources) and [s.id for s in sources] == [s.id for s in self.sources]
        if not same:
            self.beginResetModel()
        self.sources, self.results, self.measured = sources, results, measured or {}
        if same:
            self.dataChanged.emit(self.index(0, 0), self.index(len(sources) - 1, len(self.headers) - 1))
        else:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    _ROLES = frozenset((ID_ROLE, ROW_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid():  # the view asks 8 roles of each cell it measures: 5 are not ours
            return None
        source = self.sources[index.row()]
        result = self.results.sources[source.id]
        column = index.column()
        if role == ID_ROLE:
            return source.id
        if role == ROW_ROLE:
            return source
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(source, result, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if result.problem:
                return show(result.problem)
            return factor_provenance(source, self.measured.get(source.id, ())) if column == self.COL_METHOD else self._text(source, result, column)
        if role == Qt.ItemDataRole.ForegroundRole and result.problem is not None:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_ACTIVITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, source: EmissionSource, result, column: int) -> str:
        if column == self.COL_KEY:
            return "★" if source.id in self.results.key_sources else ""
        if column == self.COL_NAME:
            return source.name
        if column == self.COL_CATEGORY:
            return f"{source.category.iso_category} · {show(source.category.label)}"
        if column == self.COL_METHOD:
            return show(source.method.short)
        if column == self.COL_ACTIVITY:
            return "" if result.activity is None else f"{result.activity:,.3f} {unit(result.activity_unit)}"
        if column == self.COL_VERIFIED:
            return "⚠ " + show(result.problem) if result.problem else tonnes(result.verified)
        if column == self.COL_REPORTED:
            return tonnes(result.reported)
        if column == self.COL_DIFFERENCE:
            return tonnes(result.difference)
        pct = result.difference_pct
        return "—" if pct is None else f"{pct:+.2f} %"


def factor_provenance(source: EmissionSource, measured: list[MeasuredValue] | tuple = ()) -> str:
    """Each factor the recalculation uses with its value, source, priority class and checking status, one per line:
    a factor weighted from lab results (``measured``, seed 004 Table 3) as weighted, with the value the source states."""
    lines = [show(source.method.label)]
    counts = {w.stream_id or w.parameter.value: len(w.results) for w in weightings(measured)}
    used = with_measured(source, measured)
    uses = [(show(kind.label), slot, getattr(source, slot), getattr(used, slot)) for slot, kind in source.method.factor_slots]
    uses += [(s.name, s.id, s.carbon, u.carbon) for s, u in zip(source.streams, used.streams)]
    for label, key, stated, use in uses:
        if use is None:
            lines.append(f"{label}: —")
        elif key in counts:
            lines.append(f"{label}: {use.value:.6g} {unit(use.unit)} · " + QCoreApplication.translate(
                "SourcesModel", "weighted from %1 lab results (Σq·v / Σq); the source states %2").replace("%1", str(counts[key]))
                .replace("%2", f"{stated.value:g} {unit(stated.unit)}" if stated else "—"))
        else:
            mark = "✓" if use.checked else "⚠"
            lines.append(f"{label}: {use.value:g} {unit(use.unit)} · {use.source or '—'} · {show(use.priority.label)} · {mark} {use.status}")
    return "\n".join(lines)


class RecordsModel(QAbstractTableModel):
    """One source's activity records, edited in place; ``edited`` carries the changed record (not yet stored)."""

    edited = Signal(object)
    refused = Signal(DomainError)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source: EmissionSource | None = None
        self.records: list[ActivityRecord] = []
        self._all_columns = [
            ("period_start", self.tr("Start")), ("period_end", self.tr("End")), ("stream_id", self.tr("Stream")),
            ("quantity", self.tr("Quantity")), ("unit", self.tr("Unit")), ("origin", self.tr("Origin")),
            ("opening_stock", self.tr("Opening stock")), ("closing_stock", self.tr("Closing stock")),
            ("evidence", self.tr("Evidence")), ("note", self.tr("Note")),
        ]
        self.columns = self._all_columns

    def set_records(self, source: EmissionSource | None, records: list[ActivityRecord]) -> None:
        self.beginResetModel()
        self.source, self.records = source, records
        balance = source is not None and source.method is Method.MASS_BALANCE
        self.columns = [c for c in self._all_columns if balance or c[0] != "stream_id"]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1] if orientation == Qt.Orientation.Horizontal else section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, ID_ROLE):
            return None
        record = self.records[index.row()]
        if role == ID_ROLE:
            return record.id
        name = self.columns[index.column()][0]
        value = getattr(record, name)
        if name == "origin":
            return show(value.label)
        if name == "stream_id":
            return next((s.name for s in self.source.streams if s.id == value), "")
        if isinstance(value, float):
            return exact(value) if role == Qt.ItemDataRole.EditRole else f"{value:,.3f}".rstrip("0").rstrip(".")
        if isinstance(value, date):
            return value.isoformat()
        if name == "unit" and role == Qt.ItemDataRole.DisplayRole:
            return unit(value)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        name, label = self.columns[index.column()]
        record = self.records[index.row()]
        try:
            changed = replace(record, **{name: self._parse(name, str(value).strip())})
        except ValueError:
            self.refused.emit(
                DomainError(Text(f"第 {index.row() + 1} 行“{label}”：无法识别“{value}”。", f"Row {index.row() + 1}, {label}: “{value}” cannot be read."), name)
            )
            return False
        if changed != record:
            self.edited.emit(changed)
        return True

    def _parse(self, name: str, text: str) -> Any:
        if name in ("quantity",):
            return parse_number(text)
        if name in ("opening_stock", "closing_stock"):
            return parse_number(text) if text else None
        if name in ("period_start", "period_end"):
            return parse_date(text)
        if name == "origin":
            origin = origin_from_text(text)
            if origin is None:
                raise ValueError(text)
            return origin
        if name == "stream_id":
            stream = next((s for s in self.source.streams if s.name == text), None)
            if stream is None:
                raise ValueError(text)
            return stream.id
        return text
