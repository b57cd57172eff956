"""The certificate register with the programme manager's view (seed 001 §9.8, §11): certificates by status, the
surveillances due in the next 90 days, the overdue ones, the decisions waiting, what the register proposes; and
suspending or withdrawing the selected certificate with a reason of §11.1.1 or §11.2.1."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.certification.certificate import Certificate, CertificateStatus
from app.domain.certification.status_change import SuspensionReason, WithdrawalReason
from app.domain.kernel.dates import add_months
from app.services import certification as ho
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.models.tables import RowsModel
from app.ui.pages.head_office_panels import Refusals, person_picker, pick_id, today
from app.ui.widgets.forms import row_table
from app.ui.widgets.timeline import Timeline

ALL, DUE, OVERDUE = "all", "due", "overdue"


class RegisterPanel(QWidget):
    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.view = None
        self.counts = QLabel()
        self.counts.setObjectName("register_counts")
        self.show_which = QComboBox()
        self.show_which.setObjectName("register_filter")
        self.show_which.addItem(self.tr("All certificates"), ALL)
        for status in CertificateStatus:
            self.show_which.addItem(show(status.label), status.value)
        self.show_which.addItem(self.tr("Surveillance due in 90 days"), DUE)
        self.show_which.addItem(self.tr("Surveillance overdue"), OVERDUE)
        self.show_which.currentIndexChanged.connect(self.reload)
        self.model = RowsModel([
            (self.tr("Number"), lambda c: c.number), (self.tr("Engagement"), lambda c: c.engagement_code),
            (self.tr("Client"), lambda c: c.client), (self.tr("Status"), lambda c: show(c.status(today()).label)),
            (self.tr("Issued"), lambda c: c.issued.isoformat()), (self.tr("Valid until"), lambda c: c.valid_until.isoformat()),
            (self.tr("Next surveillance due"), lambda c: (d.isoformat() if (d := c.next_surveillance_due()) else "—")),
        ], self)
        self.table = row_table(self.model, read_only=True)
        self.table.setObjectName("register_table")
        self.timeline = Timeline()
        self.timeline.setObjectName("register_timeline")
        self.waiting = QLabel()
        self.waiting.setObjectName("decisions_waiting")
        self.waiting.setWordWrap(True)
        self.proposals = QLabel()
        self.proposals.setObjectName("register_proposals")
        self.proposals.setWordWrap(True)
        change = QGroupBox(self.tr("Suspend or withdraw the selected certificate"))
        self.reason = QComboBox()
        self.reason.setObjectName("status_reason")
        self.by = person_picker(workbench, "status_by", "decision-maker")
        self.suspend_button = QPushButton(self.tr("Suspend (3 months)"))
        self.suspend_button.setObjectName("suspend")
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setObjectName("withdraw")
        self.kind = QComboBox()
        self.kind.setObjectName("status_kind")
        self.kind.addItem(self.tr("Suspension reasons (§11.1.1)"), "suspend")
        self.kind.addItem(self.tr("Withdrawal reasons (§11.2.1)"), "withdraw")
        self.kind.currentIndexChanged.connect(self._reasons)
        self.suspend_button.clicked.connect(self.suspend)
        self.withdraw_button.clicked.connect(self.withdraw)
        row = QHBoxLayout(change)
        for widget in (self.kind, self.reason, QLabel(self.tr("Decided by")), self.by, self.suspend_button, self.withdraw_button):
            row.addWidget(widget)
        self.surveillance_button = QPushButton(self.tr("Start a surveillance engagement"))
        self.surveillance_button.setObjectName("start_surveillance")
        self.surveillance_button.clicked.connect(lambda: self.follow_up("surveillance"))
        self.recertification_button = QPushButton(self.tr("Start a recertification engagement"))
        self.recertification_button.setObjectName("start_recertification")
        self.recertification_button.clicked.connect(lambda: self.follow_up("recertification"))
        follow = QHBoxLayout()
        follow.addWidget(self.surveillance_button)
        follow.addWidget(self.recertification_button)
        follow.addStretch(1)
        settings = QGroupBox(self.tr("Register settings"))
        self.prefix = QLineEdit()
        self.prefix.setObjectName("register_prefix")
        self.holidays = QLineEdit()
        self.holidays.setObjectName("register_holidays")
        self.holidays.setPlaceholderText(self.tr("Holidays skipped by the 5-working-day deadlines: 2026-10-01, 2026-10-02, …"))
        self.save_settings = QPushButton(self.tr("Save settings"))
        self.save_settings.setObjectName("save_register_settings")
        self.save_settings.clicked.connect(self.store_settings)
        row = QHBoxLayout(settings)
        for widget in (QLabel(self.tr("Number prefix")), self.prefix, QLabel(self.tr("Holidays")), self.holidays, self.save_settings):
            row.addWidget(widget, 2 if widget is self.holidays else 0)
        self.refusal = Refusals(workbench, self, "register_refusal")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.show_which)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.timeline)
        layout.addWidget(self.waiting)
        layout.addWidget(self.proposals)
        layout.addWidget(change)
        layout.addLayout(follow)
        layout.addWidget(settings)
        layout.addWidget(self.refusal)
        self._reasons()

    def _reasons(self) -> None:
        self.reason.clear()
        for reason in SuspensionReason if self.kind.currentData() == "suspend" else WithdrawalReason:
            self.reason.addItem(show(reason.label), reason.value)
        self.suspend_button.setEnabled(self.kind.currentData() == "suspend")
        self.withdraw_button.setEnabled(self.kind.currentData() == "withdraw")

    def reload(self) -> None:
        on = today()
        held = ho.settings(self.workbench.uow())
        self.prefix.setText(held.prefix)
        self.holidays.setText(", ".join(d.isoformat() for d in held.holidays))
        self.view = ho.programme_view(self.workbench.uow(), on)
        counts = ", ".join(f"{show(s.label)} {len(held)}" for s, held in self.view.by_status.items())
        self.counts.setText(counts + " · " + self.tr("due in 90 days: %1 · overdue: %2").replace(
            "%1", str(len(self.view.due_soon))).replace("%2", str(len(self.view.overdue))))
        which = self.show_which.currentData()
        if which == DUE:
            rows = self.view.due_soon
        elif which == OVERDUE:
            rows = self.view.overdue
        elif which == ALL:
            rows = [c for held in self.view.by_status.values() for c in held]
        else:
            rows = self.view.by_status[CertificateStatus(which)]
        self.model.set_rows(sorted(rows, key=lambda c: c.number))
        self.timeline.set_rows(sorted(rows, key=lambda c: c.number), on)
        waiting = ", ".join(s.code for s in self.view.waiting) or self.tr("none")
        self.waiting.setText(self.tr("Decisions waiting (review approved): %1").replace("%1", waiting))
        self.proposals.setText("\n".join(f"{number}: {show(p)}" for number, held in self.view.proposals.items() for p in held))

    def selected(self) -> Certificate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def suspend(self) -> None:
        certificate, on = self.selected(), today()
        if certificate is not None:
            self.refusal.clear_refusal()
            self.workbench.run(lambda: ho.suspend(self.workbench.uow(), certificate.number, self.reason.currentData(), pick_id(self.by),
                                                  on, on, on, add_months(on, 3), self.workbench.actor))
            self.reload()

    def withdraw(self) -> None:
        certificate, on = self.selected(), today()
        if certificate is not None:
            self.refusal.clear_refusal()
            self.workbench.run(lambda: ho.withdraw(self.workbench.uow(), certificate.number, self.reason.currentData(),
                                                   pick_id(self.by), on, on, self.workbench.actor))
            self.reload()

    def follow_up(self, kind: str) -> None:
        """A surveillance or recertification engagement from the selected certificate (on the engagement list)."""
        certificate = self.selected()
        if certificate is not None:
            self.refusal.clear_refusal()
            if self.workbench.run(lambda: ho.start_follow_up(self.workbench.uow(), certificate.number, kind, self.workbench.actor, today())):
                self.refusal.setText(self.tr("A new engagement is on the engagement list."))

    def store_settings(self) -> None:
        self.refusal.clear_refusal()
        prefix, holidays = self.prefix.text(), self.holidays.text()
        self.workbench.run(lambda: ho.save_settings(self.workbench.uow(), prefix, holidays, self.workbench.actor))
