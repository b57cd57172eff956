"""What background work leaves to free: reference cycles, collected on the GUI thread only, and the memory of long
work, handed back to the system when it ends.

CPython's cycle collector runs in whichever thread allocates when a threshold is crossed. A job's thread then freed
whatever cyclic garbage the window had left (a closed dialog, a replaced window's pages, each held in a cycle by
the lambdas connected to its signals) and ran their Qt destructors off the GUI thread while the GUI thread was
painting: the responsiveness benchmark died of a segmentation fault in the Inventory's chart right after packaging,
in two runs of two. A gc callback over the field-work and inventory UI tests counted thousands of QLabel,
QPushButton and QTableView wrappers freed by collections in the pool's threads.

So, once :meth:`_Held.install` has been called on the GUI thread (the window does, at start), the automatic
collector is off while any background work runs (``with held:``, entered by each job and by the start-up threads),
and a timer on the GUI thread makes the young passes meanwhile, from the same counts and thresholds as CPython
would. No full pass is made while work runs: each would scan everything while holding the GIL (0.2–0.7 s each
while packaging, 4–6 s in all), a frozen window whichever thread made it. When the last work ends, the GUI thread
makes the full pass that came due. Without :meth:`_Held.install` (the command line, a test of a use case) the
collector is left as CPython runs it.
"""

from __future__ import annotations

import ctypes
import gc
import sys
import threading
import time
from functools import cache

from PySide6.QtCore import QObject, QTimer, Signal

YOUNG_EVERY_MS = 20  # how often the GUI thread looks at the counts while background work runs


def young_pass() -> None:
    """The pass CPython would make now from the counts: none, the youngest generation, or the two young ones."""
    count, threshold = gc.get_count(), gc.get_threshold()
    if count[0] >= threshold[0]:
        gc.collect(1 if count[1] >= threshold[1] else 0)


class _OnTheGuiThread(QObject):
    """The timer making the young passes; ``started`` and ``ended``, emitted from any thread, run on the GUI thread."""

    started = Signal()
    ended = Signal()

    def __init__(self, held: "_Held"):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(YOUNG_EVERY_MS)
        self.timer.timeout.connect(young_pass)
        self.started.connect(self.timer.start)
        self.ended.connect(held.release)


class _Held:
    """``with held:`` around background work: while any runs, cycles are collected by the GUI thread alone; when
    the last of works that ran a second or more ends, the memory they freed is handed back to the system."""

    LONG = 1.0  # seconds of work after which the memory it freed is handed back

    def __init__(self):
        self._lock = threading.Lock()
        self._running = 0
        self._since = 0.0  # when the first of the works now running began
        self._gui: _OnTheGuiThread | None = None
        self._disabled = False  # the automatic collector turned off by us, for the works now running
        self._freeze = False  # a work built a large, long-lived structure: frozen once the works have ended

    def install(self) -> None:
        """Called once on the GUI thread (its event loop to come)."""
        if self._gui is None:
            self._gui = _OnTheGuiThread(self)

    @property
    def installed(self) -> bool:
        return self._gui is not None

    def __enter__(self) -> "_Held":
        with self._lock:
            if not self._running:
                self._since = time.monotonic()
            self._running += 1
            if self._gui is not None and not self._disabled and gc.isenabled():
                gc.disable()
                self._disabled = True
                self._gui.started.emit()
        return self

    def __exit__(self, *_exc) -> None:
        with self._lock:
            self._running -= 1
            last = not self._running
            long = last and time.monotonic() - self._since >= self.LONG
        if last and self._gui is not None:
            self._gui.ended.emit()
        if long:
            _hand_back_freed_memory()

    def freeze_when_done(self) -> None:
        """What is alive now is to be moved out of the collector's reach (``gc.freeze``), the young generations
        collected first, on the GUI thread once the works have ended (see :func:`app.ui.jobs.built_apart`)."""
        self._freeze = True

    def release(self) -> None:
        """On the GUI thread, once the last work has ended (unless another began meanwhile): the timer stops, a
        structure built is frozen, the automatic collector is on again, and a full pass that came due is made."""
        with self._lock:
            if self._running or not self._disabled:
                return
            self._gui.timer.stop()
            self._disabled = False
            freeze, self._freeze = self._freeze, False
        if freeze:
            gc.collect(1)
            gc.freeze()
        gc.enable()
        if gc.get_count()[2] > gc.get_threshold()[2]:
            gc.collect()


def _hand_back_freed_memory() -> None:
    """Give the system back the memory long work freed (glibc's ``malloc_trim``; elsewhere nothing is done).

    glibc keeps what is freed for the process's next allocations, so a printed page's bitmaps or a package's rows,
    once let go, still counted in the window's memory, and the next long job's peak came on top of them: handed
    back after printing, packaging's peak in the responsiveness benchmark was 593 MB instead of 663–690 MB. It takes
    some 25 ms on a large heap, in the work's thread, the GIL let go."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, say)
        return None


held = _Held()
