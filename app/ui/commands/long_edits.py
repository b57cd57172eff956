"""Long edits: stored by a background job, and undone and redone by one (design: Long work, docs/architecture.md).

The :class:`~app.ui.commands.workbench.Workbench` takes these from :class:`LongEdits`: ``perform_later`` stores
an edit too big for the GUI thread (an import, a paste of many rows) in the job's own unit of work, then puts it on
the undo stack; the stack's undo and redo of it come back through ``step_later``.  While one runs, undo and redo
are off (the stack is made inactive), and a step that fails puts the stack back where it was.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand


class LongEdits:
    """Mixed into the Workbench (which has ``undo_stack``, ``changed``, ``error``, ``busy``, ``replaying``)."""

    def perform_later(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], parent,
                      done: Callable[[bool], None] = lambda _ok: None):
        """A long edit: ``do`` runs in a background job (its own unit of work, one transaction) behind a progress
        dialog over ``parent``; stored, it goes on the undo stack, whose undo and redo of it run in the background."""
        def finished(ok: bool) -> None:
            if ok:
                self.done_elsewhere(text, do, undo, parent)
            done(ok)

        return self._later(do, text, parent, finished)

    def step_later(self, command: QUndoCommand, action: Callable[[], Any], undoing: bool, parent) -> None:
        """Undo or redo a long edit in the background; if it fails the undo stack steps back to where it was."""
        stack = self.undo_stack

        def finished(ok: bool) -> None:
            if ok:
                self.changed.emit()
                self.touched_source = None
                return
            self.replaying = True  # the step did not happen: put the stack back without running anything
            try:
                stack.redo() if undoing else stack.undo()
            finally:
                self.replaying = False

        self._later(action, command.text(), parent, finished)

    def _later(self, action: Callable[[], Any], text: str, parent, finished: Callable[[bool], None]):
        from PySide6.QtCore import QThreadPool

        from app.ui.jobs import run_with_progress

        stack = self.undo_stack
        active = stack.isActive()
        stack.setActive(False)  # no undo or redo while the store is being changed

        def ended(result, error) -> None:
            self.busy = None
            if active:
                stack.setActive(True)
            if error is not None:
                self.error.emit(error)
            finished(error is None and result is not None)

        self.busy = run_with_progress(parent, QThreadPool.globalInstance(), lambda _progress, _cancelled: action() or True,
                                      text + "…", ended, cancellable=False)
        return self.busy
