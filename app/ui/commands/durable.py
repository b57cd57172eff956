"""Edits made durable off the GUI thread (issue 22): the store's fsync after an edit runs as a background job.

The GUI's store commits with ``synchronous=NORMAL`` (``open_store(..., deferred_sync=True)``): a commit writes the
write-ahead log and returns, and :class:`Durable` (mixed into the Workbench) then runs ``Store.sync`` through
:class:`app.ui.jobs.Latest` on its one worker, after every stored change.  Only the newest sync counts: one queued
behind another is skipped when a later one follows, since that one flushes the log up to a later edit.  The log is
appended to in commit order, so whatever reaches the disk is the edits in their order; the undo stack is pushed on
the GUI thread as before.  Closing the store syncs it once more (``Store.close``); a sync still queued then only
flushes files already flushed.
"""

from __future__ import annotations

from app.domain.kernel.text import unwritable


class Durable:
    """Mixed into the Workbench (which has ``_store``, ``changed`` and ``error``)."""

    syncing = None  # the Latest running the store's fsync (made on first use)

    def sync_later(self) -> None:
        """After a stored change: fsync the store's log on the worker; a failing disk is said through ``error``."""
        store = self._store
        if store is None:
            return
        if self.syncing is None:
            from app.ui.jobs import Latest

            self.syncing = Latest(self)

        def work(_progress, cancelled):
            if cancelled():  # a later sync is queued behind this one: it flushes this edit too
                return None
            try:
                store.sync()
            except OSError as error:
                raise unwritable(error) from None
            return True

        self.syncing.start(work, lambda _done: None, self.error.emit)

    def wait_synced(self) -> None:
        """Block until every stored change is on the disk (tests, benchmarks)."""
        if self.syncing is not None:
            self.syncing.wait()
