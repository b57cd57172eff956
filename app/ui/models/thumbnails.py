"""The evidence thumbnails as an item model that answers at once, however many files, and fills in as they are made.

:class:`ThumbnailModel` answers the view's first question about a picture
with a grey placeholder and asks a thread pool for the thumbnail; only rows
the view paints are ever asked for, so a grid of 5,000 photos costs the few
dozen that are on screen.  Each digest is requested once at a time; when its
thumbnail arrives (decoded to a ``QImage`` off the GUI thread) every row
showing that digest is repainted.  The last :data:`CACHE_LIMIT` icons are
kept; one that has been dropped is simply made again from the thumbnail
cached on disk.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QBuffer, QIODevice, QModelIndex, QObject, QPersistentModelIndex, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

SHA256_ROLE = Qt.ItemDataRole.UserRole + 1
CACHE_LIMIT = 600  # icons held in memory: about 60 MB at 160 × 160

Index = QModelIndex | QPersistentModelIndex
MakeThumbnail = Callable[[str, int], "Path | bytes | None"]  # a JPEG file, or its content (a sealed thumbnail opened)


@dataclass(frozen=True)
class EvidenceItem:
    """One tile: the stored file's digest and the caption under it."""

    sha256: str
    caption: str


class _Arrivals(QObject):
    """Carries finished thumbnails from the pool's threads to the model, in the GUI thread."""

    made = Signal(str, object)  # digest, QImage (null when there is no picture)


class _MakeThumbnail(QRunnable):
    """Makes (or finds) one thumbnail and decodes it, in a pool thread."""

    def __init__(self, make: MakeThumbnail, sha256: str, size: int, arrivals: _Arrivals):
        super().__init__()
        self.make, self.sha256, self.size, self.arrivals = make, sha256, size, arrivals

    def run(self) -> None:
        try:
            made = self.make(self.sha256, self.size)
        except Exception:  # a missing or unreadable file shows the plain file icon
            made = None
        image = QImage.fromData(made) if isinstance(made, bytes) else QImage(str(made)) if made else QImage()
        try:
            self.arrivals.made.emit(self.sha256, image)
        except RuntimeError:  # the model is gone
            pass


def _load_jpeg_plugin() -> None:
    """Have Qt make its JPEG plugin here, on the GUI thread (once a process). Made first in a pool thread decoding a
    thumbnail, the plugin is moved to the GUI thread under a lock of Qt's own while that thread holds the GIL; a GUI
    thread that waits for the GIL under the same lock (disconnecting a signal) then never gets it: a deadlock, seen
    in the test suite."""
    global _JPEG_LOADED
    if not _JPEG_LOADED:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImage(1, 1, QImage.Format.Format_RGB32).save(buffer, "JPEG")
        QImage.fromData(buffer.data())
        _JPEG_LOADED = True


_JPEG_LOADED = False


class ThumbnailModel(QAbstractListModel):
    """Evidence files as icons with captions; thumbnails are made by ``make(sha256, size)`` in the background."""

    def __init__(self, make: MakeThumbnail, size: int = 160, parent=None):
        super().__init__(parent)
        _load_jpeg_plugin()
        self.make, self.size = make, size
        self.pool = QThreadPool(self)
        self._arrivals = _Arrivals(self)
        self._arrivals.made.connect(self._arrived)
        self._items: list[EvidenceItem] = []
        self._rows_of: dict[str, list[int]] = {}
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._pending: set[str] = set()
        self.requested = 0
        self.placeholder = _placeholder(size)
        self.no_picture = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def set_items(self, items: Sequence[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows_of = {}
        for row, item in enumerate(self._items):
            self._rows_of.setdefault(item.sha256, []).append(row)
        self.endResetModel()

    def item(self, row: int) -> EvidenceItem:
        return self._items[row]

    def loaded(self) -> int:
        """How many thumbnails are in memory."""
        return len(self._icons)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item.sha256)
        if role == SHA256_ROLE:
            return item.sha256
        return None

    def _icon(self, sha256: str) -> QIcon:
        icon = self._icons.get(sha256)
        if icon is not None:
            self._icons.move_to_end(sha256)
            return icon
        if sha256 not in self._pending:
            self._pending.add(sha256)
            self.requested += 1
            self.pool.start(_MakeThumbnail(self.make, sha256, self.size, self._arrivals))
        return self.placeholder

    def _arrived(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        self._icons[sha256] = QIcon(QPixmap.fromImage(image)) if not image.isNull() else self.no_picture
        if len(self._icons) > CACHE_LIMIT:
            self._icons.popitem(last=False)
        for row in self._rows_of.get(sha256, ()):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def _placeholder(size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(225, 225, 225))
    return QIcon(pixmap)
