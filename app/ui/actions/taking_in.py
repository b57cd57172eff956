"""*Import received packages* on head office's Received packages page: every package the intake service received and
verified imported into head office's store in the background, with progress and Cancel
(:func:`app.intake.taking_in.take_in`); what it did is said in one line per package."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QThreadPool

from app.ui.i18n import show
from app.ui.jobs import Job, run_with_progress


def import_received(workbench, parent, pool: QThreadPool, folder: Path, url: str | None, shown: Callable[[str], None]) -> Job:
    """Start the import; ``shown`` gets what it did (the store's pages refresh when anything was imported)."""
    from app.intake.taking_in import take_in

    store = workbench.store

    def work(progress, cancelled):
        return take_in(store, folder, url, progress, cancelled)

    def finished(done, error) -> None:
        if error is not None:
            shown(show(error.message))
            return
        lines = []
        for taken in done:
            what = (QCoreApplication.translate("TakingIn", "imported") if taken.new else QCoreApplication.translate("TakingIn", "refused: %1").replace("%1", show(taken.refused.message)) if taken.refused
                    else QCoreApplication.translate("TakingIn", "held already, nothing changed"))
            lines.append(f"{taken.engagement_code} r{taken.revision:03d}: {what}")
        imported = sum(t.new for t in done)
        lines.insert(0, QCoreApplication.translate("TakingIn", "%1 package(s) imported into head office's store.").replace("%1", str(imported)))
        if imported:
            workbench.changed.emit()
        shown("\n".join(lines))

    return run_with_progress(parent, pool, work, QCoreApplication.translate("TakingIn", "Importing the received packages…"), finished)
