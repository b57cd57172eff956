"""Opening the store (issue 22: never a frozen window), mixed into the Workbench.

The store opens once, on whichever thread asks first.  After the first paint it opens on a thread of its own
(``open_in_background``: importing the ORM takes a second), and that thread then runs the *warm-ups* the window
registered (``warm_up``): what the first opened engagement would otherwise make the GUI thread do, such as importing
the workspace's pages (their reports, PDF signing and all, took seconds) and compiling the SQL of its reads.  A
warm-up that fails is logged and left: the same work, done again when it is needed, says what is wrong there.

Last, the thread moves every object then alive (the modules, classes and functions imported, some 170,000) out of
the garbage collector's reach with ``gc.freeze()``: they live as long as the process, and each full collection
walked them all, stopping every thread for 150–250 ms whenever an inventory was read; it now walks what came after.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from app import logs
from app.ui.collector import held

if TYPE_CHECKING:
    from app.storage.store import Store


class StoreOpening:
    """Mixed into the Workbench (which has ``path`` and ``undo_stack``, and calls ``_start_opening`` first)."""

    path: Path

    def _start_opening(self, store: "Store | None") -> None:
        self._store = store
        self._opening = threading.Lock()  # the store is opened once, on whichever thread asks first
        self._warm_ups: list[Callable[[Any], None]] = []
        self._evidence_files = None

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self) -> None:
        """Open (creating or migrating) the store; raises StoreError when it cannot be opened."""
        with self._opening:
            if self._store is None:
                from app.storage.store import open_store  # SQLAlchemy is slow to import: not before first paint

                self._store = open_store(self.path, deferred_sync=True)  # fsynced by sync_later

    def warm_up(self, work: Callable[[Any], None]) -> None:
        """Have the store-opening thread run ``work(workbench)`` once the store is open (once, however often asked)."""
        if work not in self._warm_ups:
            self._warm_ups.append(work)

    def open_in_background(self) -> threading.Thread:
        """Open the store on a thread of its own after the first paint (importing the ORM takes a second, which the
        GUI thread would otherwise stall for), then run the warm-ups; a refusal is left for the first use on the GUI
        thread to raise."""
        def opening() -> None:
            with held:  # its allocations set off no collection here, of the window's cycles (app/ui/collector.py)
                try:
                    self.open()
                except Exception:  # noqa: BLE001 — said when the store is first used, where it is a StoreError
                    return
                for work in list(self._warm_ups):
                    try:
                        work(self)
                    except Exception as error:  # noqa: BLE001 — done again, and said, where it is needed
                        logs.log.warning("warm-up %s failed: %s", getattr(work, "__name__", "?"), type(error).__name__)
                gc.freeze()

        thread = threading.Thread(target=opening, name="store-open", daemon=True)
        thread.start()
        return thread

    def close_store(self) -> None:
        """Close the store (before a restore or an encryption replaces it); its next use opens it again, nothing to undo."""
        if self._store is not None:
            self._store.close()
            self._store = None
        self._evidence_files = None  # made again with the folder's key as it is then (after encrypting, sealed)
        self.undo_stack.clear()

    @property
    def store(self) -> "Store":
        self.open()
        return self._store
