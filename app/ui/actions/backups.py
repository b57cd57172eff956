"""Backups while the application runs, and *File → Restore from backup…*.

:class:`Backups` makes a rotating backup (see :mod:`app.storage.backups`) at
start and then every N minutes in which something was changed, into the data
folder's ``backups/`` and, when the verifier chose one in the settings, a
second folder (a USB stick).  A folder that cannot be written (the stick is
not plugged in) is said on the status bar; the work goes on.

:func:`restore_from_backup` asks for a backup, asks to confirm, closes the
store, restores (the backup is checked first and the current store kept
aside) and says what it did, the evidence files missing included.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import APP_NAME, logs
from app.domain.kernel.text import DomainError, Text
from app.ui import i18n
from app.ui.settings import BACKUP_EVERY, BACKUP_KEEP, BACKUP_SECOND_FOLDER, Settings
from app.ui.commands.workbench import Workbench
from app.ui.jobs import Job

CHECK_EVERY_MS = 60_000  # how often the timer asks whether a backup is due
START_DELAY_MS = 2_000  # the backup at start, after the window has opened and the store is being read


class Backups(QObject):
    """Rotating backups of the workbench's store; ``said`` tells what the last one did (for the status bar)."""

    said = Signal(str)

    def __init__(self, workbench: Workbench, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.workbench, self.settings = workbench, settings
        self.changed_since = True  # at start a backup is made whatever happened before
        self.last = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        workbench.changed.connect(self._changed)

    def start(self) -> None:
        """The backup at start (a moment after the window is shown, so as not to slow its opening), then the timer;
        quitting waits for a backup under way."""
        QTimer.singleShot(START_DELAY_MS, self, self.back_up_now)
        self.timer.start()
        QCoreApplication.instance().aboutToQuit.connect(self.wait)

    def folders(self) -> list[Path]:
        from app.storage.backups import FOLDER

        second = str(self.settings.get(BACKUP_SECOND_FOLDER) or "").strip()
        return [self.workbench.path.parent / FOLDER, *([Path(second)] if second else [])]

    def back_up_if_due(self) -> Job | None:
        """The backup started if one is due (the job writing it), else None."""
        from app.storage.encrypt_folder import STAGING

        if (self.workbench.path.parent / STAGING).exists():
            return None  # the folder is being encrypted: a plain backup now would outlive the conversion
        if self.changed_since and time.monotonic() - self.last >= max(int(self.settings.get(BACKUP_EVERY)), 1) * 60:
            return self.back_up_now()
        return None

    def back_up_now(self) -> Job | None:
        """A backup into every folder, made on a worker (a group's store takes seconds to copy); the status bar says
        what was written, and a folder that refuses is said, not raised. None when one is under way already."""
        if self.job is not None:
            return None
        path, folders, keep = self.workbench.path, self.folders(), max(int(self.settings.get(BACKUP_KEEP)), 1)

        def work(_progress, _cancelled) -> tuple[list[Path], list[Text]]:
            from app.storage.backups import back_up
            from app.storage.files import stored_version

            if stored_version(path) is None:
                return [], []  # nothing stored yet
            made, refused = [], []
            for n, folder in enumerate(folders, start=1):
                try:
                    backup = back_up(path, folder, keep)
                except DomainError as error:
                    logs.log.warning("backup not written into backup folder %d", n)
                    refused.append(error.message)
                else:
                    logs.log.info("backup %s written, %d evidence files needed", backup.path.name, len(backup.evidence))
                    made.append(backup.path)
            return made, refused

        self.changed_since = False  # an edit made while this one is written is in the next
        self.job = Job(work)
        self.job.signals.finished.connect(self._written)
        self.pool.start(self.job)
        return self.job

    def wait(self) -> None:
        """Until the backup under way, if any, is written (closing the store; tests)."""
        self.pool.waitForDone()
        QCoreApplication.sendPostedEvents(self)

    def _written(self, result, error: DomainError | None) -> None:
        """On the GUI thread: what the backup did, said on the status bar (a store that cannot be read: said too)."""
        self.job, self.last = None, time.monotonic()
        translate = QCoreApplication.translate
        made, refused = result if result is not None else ([], [error.message] if error is not None else [])
        said = [translate("Backups", "Backed up: %1").replace("%1", ", ".join(str(p) for p in made))] if made else []
        self.said.emit("  ".join(said + [translate("Backups", "Backup not written: %1").replace("%1", i18n.show(r)) for r in refused]))

    def _changed(self) -> None:
        self.changed_since = True


def restore_from_backup(window: QWidget, workbench: Workbench) -> QMessageBox | None:
    """Ask for a backup and restore it; the message box saying what was done (None when cancelled)."""
    from app.storage import backups

    translate = QCoreApplication.translate
    folder = workbench.path.parent / backups.FOLDER
    chosen, _ = QFileDialog.getOpenFileName(window, translate("Backups", "Restore from backup"), str(folder),
                                            translate("Backups", "Verifield backups (*.sqlite);;All files (*)"))
    if not chosen:
        return None
    answer = QMessageBox.question(
        window, APP_NAME,
        translate("Backups", "Replace the data with the backup %1? The backup is checked first, and the current data is "
                  "kept aside beside it; what was changed after the backup is then no longer shown.").replace("%1", Path(chosen).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    workbench.close_store()
    try:
        restored = backups.restore(Path(chosen), workbench.path, workbench.path.parent / backups.EVIDENCE_FOLDER)
    except DomainError as error:
        logs.log.warning("restore refused")  # the file's name is the verifier's: not logged
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, i18n.show(error.message), QMessageBox.StandardButton.Ok, window)
    else:
        logs.log.info("restored (schema %s), %d evidence files missing", restored.schema, len(restored.missing))
        icon = QMessageBox.Icon.Warning if restored.missing else QMessageBox.Icon.Information
        box = QMessageBox(icon, APP_NAME, i18n.show(restored.said()), QMessageBox.StandardButton.Ok, window)
    workbench.changed.emit()
    box.open()
    return box
