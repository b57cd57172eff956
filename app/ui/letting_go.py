"""Large structures a page has replaced, freed a slice per turn of the event loop (issue 22: never a frozen window).

Dropping the last reference to a group's calculation (240,000 records, 20,000 sources) frees it all in one go on
the thread that dropped it: about 0.1 s on the GUI thread, whatever ran meanwhile. :func:`let_go` takes the lists
and dicts that hold most of it and empties them a slice at a time, a few milliseconds per turn, so that the window
keeps painting and answering in between. What is given must be the caller's alone: it is emptied in place.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QTimer

SLICE = 2000  # items freed at a time
TURN_SECONDS = 0.004  # freeing per turn of the event loop, at most about this

_pending: deque[list | dict] = deque()
_timer: QTimer | None = None


def let_go(*containers: list | dict) -> None:
    """Empty ``containers`` (lists and dicts no one else will read) over the next turns of the event loop."""
    global _timer
    _pending.extend(c for c in containers if c)
    if not _pending:
        return
    if _timer is None:
        _timer = QTimer()
        _timer.setInterval(0)
        _timer.timeout.connect(_turn)
    _timer.start()


def pending() -> int:
    """How many items are still to be freed (for tests and benchmarks)."""
    return sum(len(c) for c in _pending)


def _turn() -> None:
    end = time.perf_counter() + TURN_SECONDS
    while _pending:  # a slice at least, then slices while the turn lasts
        container = _pending[0]
        if isinstance(container, dict):
            for _ in range(min(SLICE, len(container))):
                container.popitem()
        else:
            del container[-SLICE:]
        if not container:
            _pending.popleft()
        if time.perf_counter() >= end:
            break
    if not _pending and _timer is not None:
        _timer.stop()
