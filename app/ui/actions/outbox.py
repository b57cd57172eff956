"""The Outbox: what waits for head office and what came back, with Send now, Cancel and Retry, and a status-bar
indicator of what is waiting.

The view reads the outbox records from disk twice a second while it is open, so it shows a ``verifield sync``
running in a shell as well as its own sending; sending runs off the GUI thread (:mod:`app.ui.jobs`).
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from app.domain.kernel.text import DomainError, Text
from app.services import outbox
from app.ui.i18n import show
from app.ui.jobs import Job, run_with_progress


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

    def __init__(self, workbench, parent=None):
        super().__init__(parent)
        self.workbench, self.data_dir = workbench, workbench.path.parent
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
        self.send_button.setEnabled(self.running is None and enrolled is not None)

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
        from app.sync.http_transport import Connection, Unreachable, enrolment_of

        for item in self.items():
            if item.state == outbox.FAILED:
                outbox.retry(self.data_dir, item.id)
        data_dir, enrolled, store, actor = self.data_dir, enrolment_of(self.data_dir), self.workbench.store, self.workbench.actor

        def work(_progress, _cancelled):
            from app.services import assignments, downloads, library_updates

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
                return held, brought, updated, fetched
            finally:
                connection.close()

        self.running = Job(work)
        self.running.signals.finished.connect(self._sent)
        self.pool.start(self.running)
        self.refresh()

    def _sent(self, result, error) -> None:
        self.running = None
        if result is None:
            self._said(error, "")
            return
        held, brought, updated, fetched = result
        done = sum(i.state == outbox.ACKNOWLEDGED for i in held)
        said = [self.tr("%1 of %2 acknowledged by head office.").replace("%1", str(done)).replace("%2", str(len(held)))]
        if brought.made:
            said.append(self.tr("Assigned by head office, made in draft: %1.").replace("%1", ", ".join(brought.made)))
        if updated.applied:
            said.append(self.tr("Head office's updates applied: %1.").replace("%1", ", ".join(updated.applied)))
        said += [show(r) for r in brought.refused + updated.refused]
        back = [f.code for f in fetched if f.changed]
        if back:
            said.append(self.tr("Review points or decisions came back for %1.").replace("%1", ", ".join(back)))
        if brought.made or back:
            self.workbench.changed.emit()  # the list shows the new engagements, the pages what came back
        said += [f"{f.code}: {show(f.refused.message)}" for f in fetched if f.refused]
        self._said(None, " ".join(said))

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
    window.statusBar().addPermanentWidget(window.outbox_indicator)

    def open_outbox() -> OutboxDialog:
        window.outbox = OutboxDialog(window.workbench, window)
        window.outbox.finished.connect(window.outbox_indicator.refresh)
        window.outbox.open()
        return window.outbox

    window.outbox_action = window._action(menu, QCoreApplication.translate("Outbox", "&Outbox (to head office)…"), open_outbox, "Ctrl+Shift+O")
    window.open_outbox = open_outbox
