"""The Outbox: what waits for head office and what came back, with Send now, Cancel and Retry, and a status-bar
indicator of what is waiting.

The view reads the outbox records from disk twice a second while it is open, so it shows a ``verifield sync``
running in a shell as well as its own sending; sending runs off the GUI thread (:mod:`app.ui.jobs`). While the
window is open, :class:`AutoSender` sends whatever is due by itself, so a laptop that finds the network sends its
queue without anyone clicking.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from app.domain.kernel.text import DomainError, Text
from app.services import outbox
from app.ui.i18n import show
from app.ui.jobs import Job, run_with_progress
from app.ui.settings import SEND_AUTOMATICALLY


def describe(item: outbox.Item) -> tuple[str, str]:
    """The item's state and what to say beside it (receipt, reason, next try), in the interface language."""
    reason = show(Text(item.reason.get("zh", ""), item.reason.get("en", ""))) if item.reason else ""
    if item.state == outbox.UPLOADING:
        return QCoreApplication.translate("Outbox", "Sending %1 %").replace("%1", f"{item.percent:.0f}"), QCoreApplication.translate("Outbox", "%1 KB/s").replace("%1", f"{item.speed / 1024:.0f}")
    if item.state == outbox.ACKNOWLEDGED:
        receipt = json.loads(item.receipt)["receipt"]
        return QCoreApplication.translate("Outbox", "Sent"), QCoreApplication.translate("Outbox", "Receipt: SHA-256 %1…, received %2").replace("%1", receipt["sha256"][:12]).replace("%2", receipt["at"])
    if item.state == outbox.FAILED:
        at = datetime.fromtimestamp(item.next_try).strftime("%H:%M:%S")
        return QCoreApplication.translate("Outbox", "Failed"), QCoreApplication.translate("Outbox", "%1; next try at %2").replace("%1", reason).replace("%2", at)
    labels = {outbox.QUEUED: QCoreApplication.translate("Outbox", "Queued"), outbox.VERIFYING: QCoreApplication.translate("Outbox", "Verifying at head office"), outbox.REFUSED: QCoreApplication.translate("Outbox", "Refused"),
              outbox.CANCELLED: QCoreApplication.translate("Outbox", "Cancelled")}
    return labels[item.state], reason


class OutboxDialog(QDialog):
    """The outbox of the workbench's data folder."""

    def __init__(self, workbench, sender: "AutoSender", parent=None):
        super().__init__(parent)
        self.workbench, self.data_dir, self.sender = workbench, workbench.path.parent, sender
        sender.dialog = self
        self.setWindowTitle(self.tr("Outbox: to head office"))
        self.resize(960, 420)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: Job | None = None
        self.enrolled = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Engagement"), self.tr("State"), self.tr("Size"), self.tr("Receipt, reason or speed")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.automatic = QCheckBox(self.tr("Send automatically whenever head office can be reached"))
        self.automatic.setChecked(sender.enabled)
        self.automatic.toggled.connect(sender.set_enabled)
        self.enrol_button = QPushButton(self.tr("Enrol with head office…"))
        self.submit_button = QPushButton(self.tr("Submit to head office…"))
        self.send_button = QPushButton(self.tr("Send now"))
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        self.retry_button = QPushButton(self.tr("Retry"))
        close = QPushButton(self.tr("Close"))
        self.enrol_button.clicked.connect(self.enrol)
        self.submit_button.clicked.connect(self.submit)
        self.send_button.clicked.connect(self.send_now)
        self.cancel_button.clicked.connect(lambda: self._on_selected(self._cancel))
        self.retry_button.clicked.connect(lambda: self._on_selected(outbox.retry))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.enrol_button, self.submit_button, self.send_button, self.cancel_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enrolled)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(self.automatic)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(500)
        self.refresh()

    def items(self) -> list[outbox.Item]:
        return outbox.items(self.data_dir)

    def refresh(self) -> None:
        from app.sync.http_transport import enrolment_of

        enrolled = enrolment_of(self.data_dir)
        self.enrolled.setText(self.tr("Enrolled as %1 with %2").replace("%1", enrolled.verifier).replace("%2", enrolled.url)
                              if enrolled else self.tr("Not enrolled with head office yet."))
        held = self.items()
        self.table.setRowCount(len(held))
        for row, item in enumerate(held):
            state, said = describe(item)
            for column, text in enumerate((item.engagement_code, state, f"{item.size / 1024:,.0f} KB", said)):
                cell = self.table.item(row, column)
                if cell is None:
                    self.table.setItem(row, column, QTableWidgetItem(text))
                elif cell.text() != text:
                    cell.setText(text)
        self.send_button.setEnabled(self.running is None and not self.sender.busy and enrolled is not None)

    def enrol(self):
        from app.ui.dialogs.enrol import enrol_dialog

        dialog = enrol_dialog(self.workbench, lambda made: self.refresh(), self)
        dialog.open()
        return dialog

    def submit(self):
        from app.ui.dialogs.enrol import submit_dialog

        def start(engagement_id, identity, passphrase, delta) -> None:
            store, actor = self.workbench.store, self.workbench.actor

            def work(progress, cancelled):
                from app.services import submission
                from app.sync import bag

                try:
                    return submission.submit(store, engagement_id, identity, passphrase, actor, delta, progress, cancelled)
                except bag.Cancelled:
                    return None

            self.running = run_with_progress(self, self.pool, work, self.tr("Packaging for head office…"), self._submitted)

        dialog = submit_dialog(self.workbench, start, self)
        dialog.open()
        return dialog

    def _submitted(self, done, error) -> None:
        self.running = None
        said = self.tr("Queued: %1").replace("%1", done.item.engagement_code) if done else self.tr("Cancelled: nothing was queued.")
        if done and done.left_out:
            said += " " + self.tr("(%1 evidence files head office holds left out)").replace("%1", str(done.left_out))
        self._said(error, said)

    def send_now(self) -> None:
        """One sync of every waiting item, now (failed ones too, whatever their next try)."""
        from app.sync.http_transport import enrolment_of

        for item in self.items():
            if item.state == outbox.FAILED:
                outbox.retry(self.data_dir, item.id)
        data_dir, enrolled, store, actor = self.data_dir, enrolment_of(self.data_dir), self.workbench.store, self.workbench.actor
        self.running = Job(lambda _progress, _cancelled: _sync(data_dir, enrolled, store, actor))
        self.running.signals.finished.connect(self._sent)
        self.pool.start(self.running)
        self.refresh()

    def _sent(self, result, error) -> None:
        self.running = None
        if result is None:
            self._said(error, "")
            return
        if result.changed:
            self.workbench.changed.emit()  # the list shows the new engagements, the pages what came back
        self._said(None, result.said())

    def _said(self, error: DomainError | None, text: str) -> None:
        self.status.setText(show(error.message) if error else text)
        self.refresh()

    def _cancel(self, data_dir, item_id) -> outbox.Item:
        from app.sync.http_transport import Connection, enrolment_of

        enrolled = enrolment_of(data_dir)
        connection = Connection(enrolled, timeout=5) if enrolled else None
        try:
            return outbox.cancel(data_dir, item_id, connection)
        finally:
            if connection:
                connection.close()

    def _on_selected(self, action) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        held = self.items()
        try:
            for row in rows:
                action(self.data_dir, held[row].id)
        except DomainError as error:
            self._said(error, "")
            return
        self._said(None, "")


class Synced(NamedTuple):
    """What one sync did: the items as they are after it, and what head office sent down."""

    held: list[outbox.Item]
    brought: Any
    updated: Any
    fetched: list

    @property
    def changed(self) -> bool:
        """Whether the store holds something new: assigned engagements, or review points and decisions."""
        return bool(self.brought.made) or any(f.changed for f in self.fetched)

    def said(self) -> str:
        done = sum(i.state == outbox.ACKNOWLEDGED for i in self.held)
        said = [QCoreApplication.translate("OutboxDialog", "%1 of %2 acknowledged by head office.")
                .replace("%1", str(done)).replace("%2", str(len(self.held)))]
        if self.brought.made:
            said.append(QCoreApplication.translate("OutboxDialog", "Assigned by head office, made in draft: %1.").replace("%1", ", ".join(self.brought.made)))
        if self.updated.applied:
            said.append(QCoreApplication.translate("OutboxDialog", "Head office's updates applied: %1.").replace("%1", ", ".join(self.updated.applied)))
        said += [show(r) for r in self.brought.refused + self.updated.refused]
        back = [f.code for f in self.fetched if f.changed]
        if back:
            said.append(QCoreApplication.translate("OutboxDialog", "Review points or decisions came back for %1.").replace("%1", ", ".join(back)))
        said += [f"{f.code}: {show(f.refused.message)}" for f in self.fetched if f.refused]
        return " ".join(said)


def _sync(data_dir, enrolled, store, actor) -> Synced:
    """One sync (off the GUI thread): every item due is sent, then what head office sends down is fetched."""
    from app.services import assignments, downloads, library_updates
    from app.sync.http_transport import Connection, Unreachable

    connection = Connection(enrolled)
    try:
        held = outbox.sync_once(data_dir, connection)
        try:  # what head office sends down on the same sync
            brought = assignments.receive(store, connection)
            updated = library_updates.receive(store, connection)
        except DomainError as error:
            brought, updated = assignments.Received(refused=[error.message]), library_updates.Applied()
        try:
            fetched = downloads.fetch(store.uow(), data_dir, connection, actor)
        except Unreachable:  # what came back is fetched at the next sync
            fetched = []
        return Synced(held, brought, updated, fetched)
    finally:
        connection.close()


class AutoSender(QObject):
    """Sends what waits without the verifier asking: every :attr:`every_ms` it looks at the outbox and, when the
    laptop is enrolled and an item is due (queued, or failed and its next try come), or no sync ran for
    :attr:`fetch_every_s`, runs one sync off the GUI thread, as *Send now* does. It never runs beside the Outbox's own sending; the Outbox's check box turns it off
    (a verifier on a metered connection), a setting of the profile."""

    every_ms = 15_000
    fetch_every_s = 600.0  # with nothing due, a sync this often all the same: what head office sent comes down
    sent = Signal()  # a sync ended, whatever it did
    said = Signal(str)  # what it did, when head office acknowledged something or sent something down

    def __init__(self, workbench, settings, parent=None):
        super().__init__(parent)
        self.workbench, self.data_dir, self.settings = workbench, workbench.path.parent, settings
        self.dialog: OutboxDialog | None = None
        self.running: Job | None = None
        self.last = time.monotonic()  # the last sync's start (the window's opening, before the first)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(self.every_ms)

    @property
    def busy(self) -> bool:
        return self.running is not None

    @property
    def enabled(self) -> bool:
        return bool(self.settings.get(SEND_AUTOMATICALLY))

    def set_enabled(self, enabled: bool) -> None:
        self.settings.set(SEND_AUTOMATICALLY, enabled)

    def tick(self) -> None:
        from app.sync.http_transport import enrolment_of

        if not self.enabled or self.running is not None or (self.dialog is not None and self.dialog.running is not None):
            return
        now = time.time()
        due = any(i.state in outbox.WAITING and i.next_try <= now for i in outbox.items(self.data_dir))
        if not due and time.monotonic() - self.last < self.fetch_every_s:
            return
        enrolled = enrolment_of(self.data_dir)
        if enrolled is None:
            return
        self.last = time.monotonic()
        data_dir, store, actor = self.data_dir, self.workbench.store, self.workbench.actor
        self.running = Job(lambda _progress, _cancelled: _sync(data_dir, enrolled, store, actor))
        self.running.signals.finished.connect(self._done)
        self.pool.start(self.running)

    def _done(self, result, _error) -> None:
        """A failure needs no word here: the item says it failed and when it is tried again."""
        self.running = None
        if result is not None:
            if result.changed:
                self.workbench.changed.emit()
            if any(i.state == outbox.ACKNOWLEDGED for i in result.held) or result.changed:
                self.said.emit(result.said())
        self.sent.emit()


class OutboxIndicator(QLabel):
    """The status bar's word on the outbox: how many packages wait for head office."""

    def __init__(self, workbench, parent=None):
        super().__init__(parent)
        self.data_dir = workbench.path.parent
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(2000)
        self.refresh()

    def refresh(self) -> None:
        waiting = sum(i.state in outbox.WAITING for i in outbox.items(self.data_dir))
        self.setText(self.tr("Outbox: %1 waiting").replace("%1", str(waiting)) if waiting else self.tr("Outbox: nothing waiting"))


def install(window, menu) -> None:
    """The window's *Outbox…* action in ``menu`` and the status-bar indicator."""
    window.outbox_indicator = OutboxIndicator(window.workbench, window)
    window.outbox_sender = AutoSender(window.workbench, window.settings, window)
    window.outbox_sender.sent.connect(window.outbox_indicator.refresh)
    window.outbox_sender.said.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    window.statusBar().addPermanentWidget(window.outbox_indicator)

    def open_outbox() -> OutboxDialog:
        window.outbox = OutboxDialog(window.workbench, window.outbox_sender, window)
        window.outbox.finished.connect(window.outbox_indicator.refresh)
        window.outbox.open()
        return window.outbox

    window.outbox_action = window._action(menu, QCoreApplication.translate("Outbox", "&Outbox (to head office)…"), open_outbox, "Ctrl+Shift+O")
    window.open_outbox = open_outbox
