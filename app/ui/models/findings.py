"""The findings page's item models: the findings as rows (overdue ones in red, a sort key per column) and the
proxy that filters them by kind, state, source and words typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.findings.finding import Finding
from app.ui.models.tables import RowsModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
_RED = QColor("#b00020")
ALL = "*"  # a filter's "all kinds / states / sources"
UNRESOLVED = "unresolved"  # the state filter's "every state not yet resolved"


class FindingsModel(RowsModel):
    """Findings as rows; overdue ones in red, and a sort key per column (numbers and dates sort as such)."""

    def __init__(self, columns, sort_keys, parent=None):
        super().__init__(columns, parent)
        self.sort_keys = sort_keys
        self.today = date.today()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.row_object(index.row()).overdue(self.today):
            return QBrush(_RED)
        if index.isValid() and role == SORT_ROLE:
            return self.sort_keys[index.column()](self.row_object(index.row()))
        return super().data(index, role)


class FindingsFilter(QSortFilterProxyModel):
    """Kind, state and source chosen from lists, and words typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = self.state = self.source = ALL
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set(self, kind: str, state: str, source: str, text: str) -> None:
        self.kind, self.state, self.source, self.words = kind, state, source, text.casefold().split()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, _parent) -> bool:
        f: Finding = self.sourceModel().row_object(source_row)
        state_ok = self.state == ALL or (f.state.unresolved if self.state == UNRESOLVED else f.state.value == self.state)
        haystack = " ".join((f.label, f.description, f.evidence, f.requirement, f.response.correction)).casefold()
        return (
            (self.kind == ALL or f.kind.value == self.kind) and state_ok
            and (self.source == ALL or f.source_id == self.source) and all(w in haystack for w in self.words)
        )
