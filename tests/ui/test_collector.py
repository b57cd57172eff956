"""Reference cycles are freed on the GUI thread, never in a job's thread: a job's allocations set off collections
that ran the Qt destructors of the window's cyclic garbage off the GUI thread (a segmentation fault in painting
after packaging). While a job runs the automatic collector is off and the GUI thread makes the young passes; once
the last job has ended it is on again."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from app.ui.collector import held
from app.ui.jobs import Job


def _a_widget_in_a_cycle(freed_on: list[str]) -> weakref.ref:
    """A closed dialog's like: a Python-owned widget only a reference cycle keeps; the thread that frees it is noted."""
    widget = QWidget()
    widget.itself = widget
    return weakref.ref(widget, lambda _gone: freed_on.append(threading.current_thread().name))


def test_a_cycle_the_window_left_is_freed_on_the_gui_thread_while_a_job_allocates(window, qtbot):
    assert held.installed  # by the window
    freed_on: list[str] = []
    allocated = threading.Event()

    def allocate(_progress, _cancelled):
        kept = [[index] for index in range(300_000)]  # hundreds of times the youngest generation's threshold
        allocated.set()
        return len(kept)

    job = Job(allocate)
    results = []
    job.signals.finished.connect(lambda result, error: results.append((result, error)))
    reference = _a_widget_in_a_cycle(freed_on)
    QThreadPool.globalInstance().start(job)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == [(300_000, None)] and allocated.is_set()
    qtbot.waitUntil(gc.isenabled, timeout=5_000)  # the automatic collector is on again once the last job has ended
    gc.collect()  # if no pass of the GUI thread's has freed it yet (it may have grown old first): this one does
    assert reference() is None and freed_on == [threading.main_thread().name]


def test_while_a_job_runs_the_automatic_collector_is_off_and_the_gui_thread_collects(window, qtbot):
    running, finish = threading.Event(), threading.Event()
    seen = []

    def wait(_progress, _cancelled):
        seen.append(gc.isenabled())
        running.set()
        assert finish.wait(20)

    job = Job(wait)
    done = []
    job.signals.finished.connect(lambda result, error: done.append(error))
    QThreadPool.globalInstance().start(job)
    assert running.wait(20)
    freed_on: list[str] = []
    reference = _a_widget_in_a_cycle(freed_on)
    try:
        kept = [[index] for index in range(5_000)]  # the youngest generation's threshold crossed, on the GUI thread
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)  # by a young pass of the GUI thread's timer
        assert gc.isenabled() is False and len(kept) == 5_000
    finally:
        finish.set()
    assert reference() is None and freed_on == [threading.main_thread().name]
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert seen == [False] and done == [None]
    qtbot.waitUntil(gc.isenabled, timeout=5_000)
