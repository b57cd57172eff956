"""Qt item models: the engagement list (with its filter proxy) and a generic table of rows.

Models hold plain domain objects or summaries, never ORM rows.  Reloads use
``beginResetModel``/``endResetModel``; filtering and sorting go through a proxy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.domain.choices import Programme
from app.domain.lifecycle import Stage
from app.domain.ports import EngagementSummary
from app.domain.engagement import DEMO_MARK
from app.ui.i18n import language, show

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class EngagementListModel(QAbstractTableModel):
    """All engagements, one row each."""

    COL_CODE, COL_TITLE, COL_CLIENT, COL_PROGRAMME, COL_STATUS, COL_PERIOD = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EngagementSummary] = []
        self._display: list[tuple[str, ...]] = []
        self.haystacks: list[str] = []

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EngagementListModel", "Code"),
            QCoreApplication.translate("EngagementListModel", "Title"),
            QCoreApplication.translate("EngagementListModel", "Client"),
            QCoreApplication.translate("EngagementListModel", "Programme"),
            QCoreApplication.translate("EngagementListModel", "Stage"),
            QCoreApplication.translate("EngagementListModel", "Period"),
        ]

    def set_rows(self, rows: Sequence[EngagementSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [self._texts(r) for r in self._rows]
        self.haystacks = [" ".join((r.code, r.title, r.client_zh, r.client_en)).casefold() for r in self._rows]
        self.endResetModel()

    def _texts(self, r: EngagementSummary) -> tuple[str, ...]:
        client = (r.client_zh or r.client_en) if language() == "zh" else (r.client_en or r.client_zh)
        period = f"{r.period_start or '…'} – {r.period_end or '…'}" if (r.period_start or r.period_end) else ""
        title = f"{DEMO_MARK} · {r.title}" if r.is_demo else r.title
        return (r.code, title, client, show(Programme(r.programme).label), show(Stage(r.status).label), period)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python over the shown texts (Qt's proxy sort would call ``data`` ~10^5 times)."""
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        order_of = sorted(
            range(len(self._rows)),
            key=lambda i: (self._display[i][column], self._rows[i].code),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [old_rows[i] for i in order_of]
        self._display = [self._display[i] for i in order_of]
        self.haystacks = [self.haystacks[i] for i in order_of]
        new_row = {old: new for new, old in enumerate(order_of)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def summary(self, row: int) -> EngagementSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display[index.row()][index.column()]
        if role == ID_ROLE:
            return self._rows[index.row()].id
        if role == ROW_ROLE:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


@dataclass(frozen=True)
class ListFilter:
    """What the list is narrowed to; None means "any"."""

    text: str = ""
    organisation_id: str | None = None
    status: str | None = None
    year: int | None = None
    programme: str | None = None


class EngagementFilterProxy(QSortFilterProxyModel):
    """Search and filters over the engagement list; sorting is passed to the source model.

    The matching rows are worked out in one pass over precomputed search text,
    so each keystroke costs one comprehension and a proxy refresh.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = ListFilter()
        self._accepted: list[bool] | None = None

    def setSourceModel(self, model: EngagementListModel) -> None:
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)
        model.layoutAboutToBeChanged.connect(self._forget)

    def set_filter(self, wanted: ListFilter) -> None:
        self._filter = wanted
        self._accepted = None
        # One layout change instead of per-range row signals: widening a
        # filter over 10,000 interleaved rows would otherwise take ~0.7 s.
        self.invalidate()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def _forget(self) -> None:
        self._accepted = None

    def _recompute(self) -> None:
        model: EngagementListModel = self.sourceModel()
        f = self._filter
        words = f.text.casefold().split()
        rows = [model.summary(i) for i in range(model.rowCount())]
        self._accepted = [
            all(w in hay for w in words)
            and (f.organisation_id is None or r.organisation_id == f.organisation_id)
            and (f.status is None or r.status == f.status)
            and (f.year is None or r.year == f.year)
            and (f.programme is None or r.programme == f.programme)
            for r, hay in zip(rows, model.haystacks)
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accepted is None:
            self._recompute()
        return self._accepted[source_row]


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of objects, one column per ``(header, value-of-row)`` pair."""

    def __init__(self, columns: list[tuple[str, Callable[[Any], str]]], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None
