"""Long work off the GUI thread: a :class:`Job` runs ``work(progress, cancelled)`` in a thread pool and reports back.

The design's one way to run long work (adding evidence, checking it, making an audit package, importing packages):
the work opens its own unit of work, reports ``progress(fraction, text)``, asks ``cancelled()`` between steps, and
its result or refusal arrives on the GUI thread through ``signals.finished``.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from app.domain.text import DomainError, Text, unwritable


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
            result = self.work(lambda fraction, text: self.signals.progress.emit(fraction, text), lambda: self.cancel)
        except DomainError as error:
            self.signals.finished.emit(None, error)
        except OSError as error:  # a full or failing disk: said, and the page is free again
            self.signals.finished.emit(None, unwritable(error))
        except Exception as error:  # noqa: BLE001 — a bug must not leave the page waiting for ever
            self.signals.finished.emit(None, DomainError(Text(f"后台任务失败：{error!r}", f"The background task failed: {error!r}")))
        else:
            self.signals.finished.emit(result, None)


def run_with_progress(parent, pool, work, label: str, finished: Callable[[Any, DomainError | None], None]) -> Job:
    """Start ``work`` in ``pool`` behind a progress dialog whose Cancel asks the work to stop; ``finished`` after."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QProgressDialog

    job = Job(work)
    dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 1000, parent)
    dialog.setObjectName("job_progress")
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(lambda: setattr(job, "cancel", True))
    job.signals.progress.connect(lambda fraction, text: (dialog.setValue(int(fraction * 1000)), text and dialog.setLabelText(text)))

    def ended(result, error) -> None:
        dialog.reset()
        finished(result, error)

    job.signals.finished.connect(ended)
    job.dialog = dialog
    pool.start(job)
    return job
