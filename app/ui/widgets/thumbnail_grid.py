"""A grid of evidence thumbnails that opens at once, however many files, and fills in as they are made.

The view over :class:`~app.ui.models.thumbnails.ThumbnailModel` (which asks for a thumbnail only when a row is
painted): tiles of one size, laid out in batches, so that the first screen shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from app.ui.models.thumbnails import ThumbnailModel


class _Tile(QStyledItemDelegate):
    """Gives every tile the grid's size without asking the model, and every picture a square to sit in.

    With uniform item sizes Qt measures one item, the last; measuring it
    through the model would ask for a thumbnail that is nowhere on screen.
    Centring each picture in the full icon square keeps the captions of
    landscape, portrait and placeholder tiles on one line.
    """

    def __init__(self, tile: QSize, icon: QSize, parent=None):
        super().__init__(parent)
        self.tile, self.icon = tile, icon

    def sizeHint(self, option, index) -> QSize:
        return self.tile

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.decorationSize = self.icon


class ThumbnailGrid(QListView):
    """Icons in rows that wrap with the width; laid out in batches so that the first screen shows at once."""

    def __init__(self, model: ThumbnailModel | None = None, parent=None):
        super().__init__(parent)
        size = model.size if model else 160
        tile = QSize(size + 24, size + 16 + 2 * self.fontMetrics().height())
        self.setItemDelegate(_Tile(tile, QSize(size, size), self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setIconSize(QSize(size, size))
        self.setGridSize(tile)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.placeholder = ""  # what to do, shown in the middle while there is nothing to show
        if model:
            self.setModel(model)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.placeholder and self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder)
            painter.end()
