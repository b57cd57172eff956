"""Head office finishing an engagement without the command line: the authorised signatory countersigns the
statement and certificate the lead signed, as ``verifield countersign`` does (:class:`IssuingPanel`, on the Decision
tab: :func:`app.services.issued_documents.countersign` takes the signed PDFs of the newest revision imported, signs
them again in the Authoriser box and keeps them in ``issued/<engagement id>/``), and head office sends back on the
next sync what the laptop should get, as ``verifield publish`` does (:class:`SendBack`, on the Review tab for the
review points and on the Decision tab: :func:`app.services.downloads.publish` writes the review and its points, the
decision and certificate and the issued documents into the intake service's data folder chosen on *Received
packages*).

Countersigning is refused, saying why, before the decision has approved the engagement, and only then asks for the
identity and passphrase (:func:`app.ui.dialogs.signing.countersign_dialog`); both steps run off the GUI thread
(:mod:`app.ui.jobs`), and the issued documents are listed with their SHA-256 and open in the PDF viewer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.domain.kernel.text import DomainError
from app.services import downloads, issued_documents
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.jobs import Job, run_with_progress
from app.ui.pages.base import OpensIssued


class _Steps(QWidget):
    """A row of buttons for one engagement, whose step runs in the background, one at a time; what it did or why it
    was refused is said below them."""

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.engagement_id: str | None = None
        self.running: Job | None = None
        self.buttons: list[QPushButton] = []
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b00020;")

    def show_engagement(self, engagement_id: str | None) -> None:
        if engagement_id != self.engagement_id:
            self.said.setText("")
            self.refusal.setText("")
        self.engagement_id = engagement_id
        for button in self.buttons:
            button.setEnabled(engagement_id is not None and self.running is None)

    def _start(self, work, label: str, finished: Callable[[object], None], changed: bool) -> Job:
        """Run ``work`` behind a progress dialog; ``finished(result)`` when it succeeded (``changed``: the store did)."""
        def ended(result, error) -> None:
            self.running = None
            if error is not None:
                self.refusal.setText(show(error.message))
            else:
                finished(result)
                if changed:
                    self.workbench.changed.emit()  # the history holds what was done: its page reads it again
            self.show_engagement(self.engagement_id)

        self.said.setText("")
        self.refusal.setText("")
        self.running = run_with_progress(self, QThreadPool.globalInstance(), work, label, ended, cancellable=False)
        self.show_engagement(self.engagement_id)
        return self.running


class SendBack(_Steps):
    """*Send back on the next sync*: what goes back for the engagement, into the intake service's data folder."""

    def __init__(self, workbench: Workbench, intake_folder: Callable[[], str], name: str, parent=None):
        super().__init__(workbench, parent)
        self.intake_folder = intake_folder
        self.publish_button = QPushButton(self.tr("Send back on the next sync"))
        self.publish_button.setObjectName(name)
        self.publish_button.setToolTip(self.tr("The review points, the decision and certificate and the issued documents go to "
                                               "the intake service's data folder, for the lead verifier's laptop"))
        self.publish_button.clicked.connect(lambda: self.publish())
        self.buttons = [self.publish_button]
        self.said.setObjectName(f"{name}_said")
        self.refusal.setObjectName(f"{name}_refusal")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.publish_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.said)
        layout.addWidget(self.refusal)

    def publish(self) -> Job | None:
        """``verifield publish`` for the engagement, refused until the intake service's folder is chosen."""
        if self.engagement_id is None or self.running is not None:
            return None
        folder = self.intake_folder()
        if not folder or not Path(folder).is_dir():
            self.said.setText("")
            self.refusal.setText(self.tr("Choose the intake service's data folder on “Received packages” first."))
            return None
        uow, engagement_id, data_dir = self.workbench.uow, self.engagement_id, self.workbench.path.parent

        def work(_progress, _cancelled):
            written = downloads.publish(uow(), Path(folder), engagement_id, data_dir)
            return written, issued_documents.listed(data_dir, engagement_id)

        def finished(result) -> None:
            written, documents = result
            if not written:
                self.said.setText(self.tr("Nothing to send back yet: the technical review has not started."))
            else:
                self.said.setText(self.tr("Ready for the lead verifier's next sync, in %2: the review and its points, the "
                                          "decision and certificate if made, %1 issued document(s).").replace(
                                              "%1", str(len(documents))).replace("%2", folder))

        return self._start(work, self.tr("Putting what goes back in the intake service's data folder…"), finished, changed=False)


class IssuingPanel(OpensIssued, _Steps):
    """Countersign, list what was issued, send back."""

    def __init__(self, workbench: Workbench, intake_folder: Callable[[], str], parent=None):
        super().__init__(workbench, parent)
        self.countersign_button = QPushButton(self.tr("Countersign the statement and certificate…"))
        self.countersign_button.setObjectName("countersign")
        self.countersign_button.setToolTip(self.tr("The authorised signatory signs the PDFs the lead verifier signed, in the "
                                                   "newest package imported; the lead's signature stays valid"))
        self.countersign_button.clicked.connect(lambda: self.countersign())
        self.buttons = [self.countersign_button]
        self.send_back = SendBack(workbench, intake_folder, "publish_returns")
        self.issued = QListWidget()
        self.issued.setObjectName("head_office_issued")
        self.issued.setMaximumHeight(70)
        self.issued.itemActivated.connect(lambda _item: self.open_issued())
        self.open_button = QPushButton(self.tr("Open the issued document"))
        self.open_button.setObjectName("open_head_office_issued")
        self.open_button.clicked.connect(self.open_issued)
        self.said.setObjectName("issuing_said")
        self.refusal.setObjectName("issuing_refusal")
        buttons = QHBoxLayout()
        for button in (self.countersign_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Issued documents (countersigned at head office)")))
        layout.addWidget(self.issued)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(self.refusal)
        layout.addWidget(self.send_back)

    def show_engagement(self, engagement_id: str | None) -> None:
        super().show_engagement(engagement_id)
        self.send_back.show_engagement(engagement_id)
        self.issued.clear()
        held = issued_documents.held(self.workbench.path.parent, engagement_id) if engagement_id else []
        for one in held:
            item = QListWidgetItem(f"{one.name}  SHA-256 {one.sha256[:16]}…")
            item.setData(Qt.ItemDataRole.UserRole, str(one.path))
            self.issued.addItem(item)
        if held:
            self.issued.setCurrentRow(0)
        self.open_button.setEnabled(bool(held))

    def countersign(self):
        """Refused, saying why, before the approved decision; else the dialog asking for the identity and passphrase."""
        from app.reports.identity import identities_beside
        from app.ui.dialogs.signing import countersign_dialog

        if self.engagement_id is None or self.running is not None:
            return None
        self.said.setText("")
        self.refusal.setText("")
        try:
            issued_documents.require_approval(self.workbench.store, self.engagement_id)
        except DomainError as error:
            self.refusal.setText(show(error.message))
            return None
        engagement_id = self.engagement_id
        self.dialog = countersign_dialog(self.workbench, identities_beside(self.workbench.path),
                                         lambda identity, passphrase: self._countersign(engagement_id, identity, passphrase), self)
        self.dialog.open()
        return self.dialog

    def _countersign(self, engagement_id: str, identity: Path, passphrase: str) -> None:
        store, actor = self.workbench.store, self.workbench.actor

        def work(_progress, _cancelled):
            return issued_documents.countersign(store, engagement_id, identity, passphrase, actor)

        def finished(issued) -> None:
            self.said.setText(self.tr("Countersigned and kept as issued: %1.").replace("%1", ", ".join(i.name for i in issued)))

        self._start(work, self.tr("Countersigning the statement and certificate…"), finished, changed=True)
