"""Long work off the GUI thread: a :class:`Job` runs ``work(progress, cancelled)`` in a thread pool and reports back.

The design's one way to run long work (adding evidence, checking it, making an audit package, importing packages):
the work opens its own unit of work, reports ``progress(fraction, text)``, asks ``cancelled()`` between steps, and
its result or refusal arrives on the GUI thread through ``signals.finished``; work that raises
:class:`~app.domain.kernel.cancelling.Cancelled` finishes with no result and no refusal.  :class:`Latest` runs
reading work (a page's reload) of which only the newest result counts: one started while another is under way
supersedes it, and the superseded one's result is dropped, so an edit made meanwhile is never overwritten.
"""

from __future__ import annotations

import gc
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from app.domain.kernel.cancelling import Cancelled
from app.domain.kernel.text import DomainError, Text, unwritable
from app.ui.collector import held


def built_apart(build: Callable[[], Any]) -> Any:
    """What ``build()`` makes (a large, long-lived structure: a group's 240,000 records), run in a job, then moved
    with everything alive out of the collector's reach (``gc.freeze``), the young generations collected first: on
    the GUI thread once the jobs have ended (:mod:`app.ui.collector`), or here when the window's collector is not
    installed.

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
        if held.installed:
            held.freeze_when_done()
        else:
            gc.collect(1)
            gc.freeze()


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
            with held:
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
