"""Long work off the GUI thread: a :class:`Job` runs ``work(progress, cancelled)`` in a thread pool and reports back.

The design's one way to run long work (adding evidence, checking it, making an audit package, importing packages):
the work opens its own unit of work, reports ``progress(fraction, text)``, asks ``cancelled()`` between steps, and
its result or refusal arrives on the GUI thread through ``signals.finished``; work that raises
:class:`~app.domain.kernel.cancelling.Cancelled` finishes with no result and no refusal.  :class:`Latest` runs
reading work (a page's reload) of which only the newest result counts: one started while another is under way
supersedes it, and the superseded one's result is dropped, so an edit made meanwhile is never overwritten.
"""

from __future__ import annotations

import ctypes
import gc
import sys
import threading
import time
from functools import cache
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from app.domain.kernel.cancelling import Cancelled
from app.domain.kernel.text import DomainError, Text, unwritable


def built_apart(build: Callable[[], Any]) -> Any:
    """What ``build()`` makes (a large, long-lived structure: a group's 240,000 records), run in a job (whose full
    passes of the cycle collector are held off, :data:`full_passes_held`), then moved with everything alive out of
    the collector's reach (``gc.freeze``), the young generations collected first.

    CPython's full collection scans every tracked object while holding the GIL: at that size each took close to a
    second, a frozen window whichever thread set it off.  The young collections go on while it is built, each over
    a few thousand objects: with the collector paused instead, the whole structure stayed young, and the one young
    collection at its end scanned it all (0.45 s holding the GIL at 240,000 records).  What is frozen is still freed
    by reference counting when it is dropped (a calculation holds no reference cycles: tests/unit/test_heap.py
    checks), so the next reload frees the last.
    """
    try:
        return build()
    finally:
        gc.collect(1)
        gc.freeze()


class _FullPassesHeld:
    """While any job runs, the cycle collector makes no full pass (its oldest generation's threshold is raised; the
    young generations are still collected, so short-lived cycles still go): a job that builds a large structure
    (a package's data, a 24,000-row workbook read) otherwise sets off a full pass each time that structure grows by a
    quarter, every one of which holds the GIL while it scans it all (0.2–0.7 s each, 4–6 s in all while packaging),
    a frozen window whichever thread set it off. When the last job ends, its structures are mostly freed already
    by reference counting; one full pass, made then in its thread if one was held off, scans what is left (its
    result, and the cycles it left, which must not outlive it: :func:`built_apart` would freeze them for good)."""

    HELD = 1_000_000  # young-generation passes before a full one: more than any job makes
    LONG = 1.0  # seconds of jobs after which the memory they freed is handed back to the system

    def __init__(self):
        self._lock = threading.Lock()
        self._running = 0
        self._thresholds = gc.get_threshold()
        self._since = 0.0

    def __enter__(self) -> None:
        with self._lock:
            if not self._running:
                self._thresholds = gc.get_threshold()
                gc.set_threshold(self._thresholds[0], self._thresholds[1], self.HELD)
                self._since = time.monotonic()
            self._running += 1

    def __exit__(self, *_exc) -> None:
        with self._lock:
            self._running -= 1
            if self._running:
                return
            gc.set_threshold(*self._thresholds)
            due = gc.get_count()[2] > self._thresholds[2]
            long = time.monotonic() - self._since >= self.LONG
        if due:  # the jobs made enough for a full pass to have been held off (a small job's is left to its turn)
            gc.collect()
        if long:
            _hand_back_freed_memory()


def _hand_back_freed_memory() -> None:
    """Give the system back the memory long jobs freed (glibc's ``malloc_trim``; elsewhere nothing is done).

    glibc keeps what is freed for the process's next allocations, so a printed page's bitmaps or a package's rows,
    once let go, still counted in the window's memory, and the next long job's peak came on top of them: handed
    back after printing, packaging's peak in the responsiveness benchmark was 593 MB instead of 663–690 MB. It takes
    some 25 ms on a large heap, in the job's thread, the GIL let go."""
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


full_passes_held = _FullPassesHeld()


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object, object)  # the work's result, DomainError | None


class Job(QRunnable):
    """Long work off the GUI thread (design: one way to run long work): ``work(progress, cancelled)`` gives a result."""

    def __init__(self, work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancel = False

    def run(self) -> None:
        try:
            with full_passes_held:
                result = self.work(lambda fraction, text: self.signals.progress.emit(fraction, text), lambda: self.cancel)
        except Cancelled:
            self.signals.finished.emit(None, None)
        except DomainError as error:
            self.signals.finished.emit(None, error)
        except OSError as error:  # a full or failing disk: said, and the page is free again
            self.signals.finished.emit(None, unwritable(error))
        except Exception as error:  # noqa: BLE001 — a bug must not leave the page waiting for ever
            self.signals.finished.emit(None, DomainError(Text(f"后台任务失败：{error!r}", f"The background task failed: {error!r}")))
        else:
            self.signals.finished.emit(result, None)


def run_with_progress(parent, pool, work, label: str, finished: Callable[[Any, DomainError | None], None],
                      cancellable: bool = True) -> Job:
    """Start ``work`` in ``pool`` behind a progress dialog whose Cancel asks the work to stop; ``finished`` after.
    Work that is one transaction (storing an edit) is not ``cancellable``: its dialog has no Cancel."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QProgressDialog

    job = Job(work)
    dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 1000, parent)
    dialog.setObjectName("job_progress")
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(lambda: setattr(job, "cancel", True))
    if not cancellable:
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)  # busy: a transaction has no steps to count
    job.signals.progress.connect(lambda fraction, text: (dialog.setValue(int(fraction * 1000)), text and dialog.setLabelText(text)))

    def ended(result, error) -> None:
        dialog.reset()
        finished(result, error)

    job.signals.finished.connect(ended)
    job.dialog = dialog
    pool.start(job)
    return job


class Latest(QObject):
    """Reading work of which only the newest result counts (a page's reload after every edit).

    ``start`` cancels the job under way, if any, and queues the new one; a superseded job's result is dropped,
    so what is shown is always read after the last edit.  ``job`` is the one whose result will be shown (None: idle).
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None

    def start(self, work, done: Callable[[Any], None], refused: Callable[[DomainError], None]) -> Job:
        if self.job is not None:
            self.job.cancel = True
        job = self.job = Job(work)
        job.signals.finished.connect(lambda result, error: self._finished(job, result, error, done, refused))
        self.pool.start(job)
        return job

    def _finished(self, job: Job, result, error, done, refused) -> None:
        if not isValid(self) or job is not self.job:  # the page is gone, or superseded: read before a later edit
            return
        self.job = None
        if error is not None:
            refused(error)
        elif result is not None:
            done(result)

    def wait(self) -> None:
        """Block until the pool is idle (closing the page; tests)."""
        self.pool.waitForDone()
