"""Qt item models: the engagement list (with its filter proxy) and a generic table of rows.

Models hold plain domain objects or summaries, never ORM rows.  Reloads use
``beginResetModel``/``endResetModel``; filtering and sorting go through a proxy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QAbstractProxyModel,
    Qt,
)

from app.domain.engagement.engagement import DEMO_MARK
from app.domain.engagement.stages import Stage
from app.domain.engagement.summary import EngagementSummary
from app.domain.kernel.choices import Programme
from app.ui.i18n import language, show

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def exact(value: float) -> str:
    """A number as an editor shows it: every digit needed to read back the same float (4650.0 → "4650")."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


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
        return self.cell(index.row(), index.column(), role) if index.isValid() else None

    def cell(self, row: int, column: int, role: int) -> Any:
        """What ``data`` gives for a row and column (the filter proxy asks it directly: painting asks ~10^3 times)."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display[row][column]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == ROW_ROLE:
            return self._rows[row]
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


class EngagementFilterProxy(QAbstractProxyModel):
    """Search and filters over the engagement list; sorting is passed to the source model.

    The rows shown are a list of source rows worked out in one pass over precomputed search text; a keystroke
    costs one comprehension and one layout change.  (A ``QSortFilterProxyModel`` asks Python whether each of the
    10,000 rows is accepted on every keystroke, which alone took the keystroke past 50 ms.)
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = ListFilter()
        self._rows: list[int] = []  # the source rows shown, in the source's order
        self._position: dict[int, int] = {}  # source row → row shown
        self._held: list[tuple[QPersistentModelIndex, int]] = []  # across a source layout change: where each index was

    def setSourceModel(self, model: EngagementListModel) -> None:
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._source_layout_about)
        model.layoutChanged.connect(self._source_layout_changed)
        self._recompute()
        self.endResetModel()

    def set_filter(self, wanted: ListFilter) -> None:
        self._filter = wanted
        self.layoutAboutToBeChanged.emit()
        held = [(index, self._rows[index.row()]) for index in self.persistentIndexList()]
        self._recompute()
        self._move_persistent(held)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def _source_reset(self) -> None:
        self._recompute()
        self.endResetModel()

    def _source_layout_about(self) -> None:
        self.layoutAboutToBeChanged.emit()
        model = self.sourceModel()
        self._held = [(index, QPersistentModelIndex(model.index(self._rows[index.row()], 0)))
                      for index in self.persistentIndexList()]

    def _source_layout_changed(self) -> None:
        held = [(index, source.row()) for index, source in self._held]
        self._held = []
        self._recompute()
        self._move_persistent(held)
        self.layoutChanged.emit()

    def _move_persistent(self, held: list[tuple[QPersistentModelIndex, int]]) -> None:
        """Point each persistent index (the selection) at its source row's new place, or nowhere if it is filtered out."""
        if held:
            self.changePersistentIndexList(
                [index for index, _ in held],
                [self.index(self._position[row], index.column()) if row in self._position else QModelIndex() for index, row in held],
            )

    def _recompute(self) -> None:
        """Narrow word by word over the search text, then by the other filters (only those set)."""
        model: EngagementListModel = self.sourceModel()
        f = self._filter
        haystacks = model.haystacks
        kept: Sequence[int] = range(len(haystacks))
        for word in f.text.casefold().split():
            kept = [i for i in kept if word in haystacks[i]]
        wanted = [(name, value) for name, value in (("organisation_id", f.organisation_id), ("status", f.status),
                                                    ("year", f.year), ("programme", f.programme)) if value is not None]
        if wanted:
            kept = [i for i in kept if all(getattr(model.summary(i), name) == value for name, value in wanted)]
        self._rows = list(kept)
        self._position = {row: shown for shown, row in enumerate(self._rows)}

    # --- the proxy's shape: a flat table of the kept rows ---------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.sourceModel() is None else self.sourceModel().columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows)) or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:
        return QModelIndex()

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        shown = self._position.get(index.row()) if index.isValid() else None
        return QModelIndex() if shown is None else self.createIndex(shown, index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.sourceModel().cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The columns are the source's (also when no row is shown); rows have no header (the view hides it, yet asks)."""
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return None


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
