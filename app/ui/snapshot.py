"""A widget saved as a PNG file, as it shows on screen (the screenshots, ``VERIFIELD_SCREENSHOT``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def shoot(widget, path: Path) -> None:
    """Save what ``widget`` shows, after a moment for work in the background (thumbnails) to arrive."""
    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)
    loop.exec()
    widget.grab().save(str(path))
    print(path)
