"""The plan and meetings page: the verification plan's schedule (day, time, activity, auditee, verifier), the
client's confirmation and every later change with who was told (seed 001 §9.4.5), the plan as a PDF for the
client; the opening and closing meetings with attendees and minutes, their sign-in sheets as PDFs with a blank
signature column, and the signed scans attached back (§9.5.2).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.fieldwork.meetings import Activity, Meeting, MeetingKind, PlanChange, VerificationPlan, attendees_from
from app.domain.kernel.text import DomainError, Text
from app.services import fieldwork as fieldwork_services
from app.services import inventory as inventory_services
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.i18n import language, show
from app.ui.models.tables import RowsModel
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldSpec, row_table


def activity_specs(confirmed: bool) -> list[FieldSpec]:
    specs = [
        FieldSpec("day", QCoreApplication.translate("PlanPage", "Day"), "date"),
        FieldSpec("time", QCoreApplication.translate("PlanPage", "Time"), placeholder="09:00–10:30"),
        FieldSpec("activity", QCoreApplication.translate("PlanPage", "Activity"), "text"),
        FieldSpec("auditee", QCoreApplication.translate("PlanPage", "Auditee")),
        FieldSpec("verifier", QCoreApplication.translate("PlanPage", "Verifier")),
    ]
    if confirmed:  # §9.4.5: a change after the client confirmed is described and the client told in writing
        specs += [FieldSpec("what", QCoreApplication.translate("PlanPage", "What changes"), "text"),
                  FieldSpec("notified", QCoreApplication.translate("PlanPage", "Who at the client was told, and how"))]
    return specs


def meeting_specs() -> list[FieldSpec]:
    return [
        FieldSpec("kind", QCoreApplication.translate("PlanPage", "Meeting"), "choice", options(MeetingKind)),
        FieldSpec("day", QCoreApplication.translate("PlanPage", "Date"), "date"),
        FieldSpec("attendee_lines", QCoreApplication.translate("PlanPage", "Attendees (one per line: name | organisation | position)"), "text"),
        FieldSpec("minutes", QCoreApplication.translate("PlanPage", "Minutes"), "text"),
    ]


class PlanPage(LazyPage):
    progress_kind = "plan"

    def progress(self, summary: dict[str, tuple[int, int]]) -> str:
        """✓ once the client has confirmed the plan."""
        return "✓" if summary.get("plan", (0, 1))[0] else ""

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Plan and meetings")
        self.plan = VerificationPlan()
        self.untold: list[Text] = []
        self.schedule = RowsModel([
            (self.tr("Day"), lambda a: a.day.isoformat()), (self.tr("Time"), lambda a: a.time),
            (self.tr("Activity"), lambda a: a.activity), (self.tr("Auditee"), lambda a: a.auditee), (self.tr("Verifier"), lambda a: a.verifier),
        ], self)
        self.schedule_table = row_table(self.schedule, read_only=True)
        self.schedule_table.setObjectName("schedule")
        self.add_line_button = QPushButton(self.tr("Add to the schedule…"))
        self.remove_line_button = QPushButton(self.tr("Remove from the schedule…"))
        self.confirm_button = QPushButton(self.tr("Client confirmed…"))
        self.confirm_button.setObjectName("confirm_plan")
        self.plan_pdf_button = QPushButton(self.tr("Plan for the client (PDF)…"))
        self.confirmation = QLabel()
        self.confirmation.setObjectName("plan_confirmation")
        self.confirmation.setWordWrap(True)
        self.notice_button = QPushButton(self.tr("Record the notice to the client…"))
        self.notice_button.setObjectName("plan_notice")
        self.meetings = ChildEditor(
            workbench,
            [(self.tr("Meeting"), lambda m: show(MeetingKind(m.kind).label)), (self.tr("Date"), lambda m: str(m.day)),
             (self.tr("Attendees"), lambda m: str(len(m.attendees))), (self.tr("Signed sheet"), lambda m: "📎" if m.scan_evidence_id else "")],
            meeting_specs(),
            lambda: Meeting(MeetingKind.OPENING, self.engagement.site_visit_start or date.today()),
            {"add": self.tr("Add meeting"), "remove": self.tr("Remove meeting"), "edit": self.tr("Edit meeting")},
            expand=lambda _m, field, value: {"attendees": attendees_from(value)} if field == "attendee_lines" else {field: value},
        )
        self.meetings.setObjectName("meetings")
        self.forms = [self.meetings.form]
        self.sign_in_button = QPushButton(self.tr("Sign-in sheet (PDF)…"))
        self.sign_in_button.setObjectName("sign_in_sheet")
        self.scan_button = QPushButton(self.tr("Attach the signed sheet…"))
        self.scan_button.setObjectName("attach_sign_in")

        plan_buttons = QHBoxLayout()
        for button in (self.add_line_button, self.remove_line_button, self.confirm_button, self.notice_button, self.plan_pdf_button):
            plan_buttons.addWidget(button)
        plan_buttons.addStretch()
        meeting_buttons = QHBoxLayout()
        for button in (self.sign_in_button, self.scan_button):
            meeting_buttons.addWidget(button)
        meeting_buttons.addStretch()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel("<b>" + self.tr("Verification plan") + "</b>"))
        layout.addWidget(self.confirmation)
        layout.addLayout(plan_buttons)
        layout.addWidget(self.schedule_table)
        layout.addWidget(QLabel("<b>" + self.tr("Meetings") + "</b>"))
        layout.addWidget(self.meetings)
        layout.addLayout(meeting_buttons)
        self.set_body(body)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.confirm_button.clicked.connect(self.confirm)
        self.notice_button.clicked.connect(self.record_notice)
        self.plan_pdf_button.clicked.connect(self.write_plan)
        self.sign_in_button.clicked.connect(self.write_sign_in)
        self.scan_button.clicked.connect(self.attach_scan)

    def load(self) -> None:
        e, uow = self.engagement, self.workbench.uow
        held = fieldwork_services.records(uow(), e.id, "plan")
        self.plan = held[0] if held else VerificationPlan()
        self.schedule.set_rows(self.plan.schedule)
        if self.plan.confirmed_on:
            text = self.tr("Confirmed by %1 on %2.").replace("%1", self.plan.confirmed_by).replace("%2", str(self.plan.confirmed_on))
            if self.plan.changes:
                text += " " + self.tr("Changed since: %1").replace("%1", "; ".join(f"{c.on} {c.what} ({c.notified})" for c in self.plan.changes))
        else:
            text = self.tr("Not yet confirmed by the client (send the plan before the site visit, CICC-ZY/GZ-21 §9.4.5).")
        self.untold = fieldwork_services.unconfirmed_changes(uow(), e.id)
        if self.untold:
            text += "\n⚠ " + self.tr("Changed since the client confirmed, not yet told: %1").replace("%1", ", ".join(show(t) for t in self.untold))
        self.confirmation.setText(text)
        self.confirmation.setStyleSheet("color: #9a5b00;" if self.untold else "")
        self.notice_button.setEnabled(bool(self.untold))
        self.meetings.set_items(e.id, fieldwork_services.records(uow(), e.id, "meeting"))

    # --- the plan --------------------------------------------------------------------------------
    def _store_plan(self, new: VerificationPlan, text: str) -> bool:
        wb, e, old = self.workbench, self.engagement, self.plan
        held = bool(fieldwork_services.records(wb.uow(), e.id, "plan"))
        undo = ((lambda: fieldwork_services.save_record(wb.uow(), e.id, "plan", old, wb.actor)) if held
                else (lambda: fieldwork_services.remove_record(wb.uow(), e.id, "plan", new.id, wb.actor)))
        return wb.perform(text, lambda: fieldwork_services.save_record(wb.uow(), e.id, "plan", new, wb.actor), undo)

    def _schedule_dialog(self, title: str, values: dict, change) -> FormDialog:
        confirmed = self.plan.confirmed_on is not None

        def submit(v) -> bool:
            schedule = change(v)
            new = self.plan.with_schedule(schedule, v.get("what", ""), v.get("notified", ""), date.today())
            return self._store_plan(new, title)

        dialog = FormDialog(self.workbench, title, activity_specs(confirmed), values, submit, self)
        dialog.open()
        return dialog

    def add_line(self) -> FormDialog:
        day = self.engagement.site_visit_start or date.today()
        values = {"day": day, "time": "", "activity": "", "auditee": "", "verifier": self.workbench.actor}
        return self._schedule_dialog(self.tr("Add to the schedule"), values, lambda v: self.plan.schedule + (
            Activity(v["day"] or day, v["time"].strip(), v["activity"].strip(), v["auditee"].strip(), v["verifier"].strip()),))

    def remove_line(self) -> FormDialog | None:
        rows = self.schedule_table.selectionModel().selectedRows()
        if not rows:
            return None
        gone = self.schedule.row_object(rows[0].row())
        values = {"day": gone.day, "time": gone.time, "activity": gone.activity, "auditee": gone.auditee, "verifier": gone.verifier}
        return self._schedule_dialog(self.tr("Remove from the schedule"), values,
                                     lambda _v: tuple(a for a in self.plan.schedule if a != gone))

    def confirm(self) -> FormDialog:
        specs = [FieldSpec("by", self.tr("Confirmed by")), FieldSpec("on", self.tr("On"), "date")]
        default_by = self.client.contact_name if self.client else ""

        def submit(v) -> bool:
            return self._store_plan(self.plan.confirmed(v["by"], v["on"] or date.today()), self.tr("Client confirmed the plan"))

        dialog = FormDialog(self.workbench, self.tr("Client confirmed the plan"), specs, {"by": default_by, "on": date.today()}, submit, self)
        dialog.open()
        return dialog

    def record_notice(self) -> FormDialog | None:
        """Record that the client was told in writing of the changes since it confirmed the plan (§9.4.5)."""
        if not self.untold:
            return None
        specs = [FieldSpec("what", self.tr("What changes"), "text"), FieldSpec("notified", self.tr("Who at the client was told, and how"))]
        what = ", ".join(show(t) for t in self.untold)

        def submit(v) -> bool:
            if not v["what"].strip() or not v["notified"].strip():
                raise DomainError(Text("请写明变更内容和通知对象。", "Say what changed and who at the client was told."), "notified")
            notice = PlanChange(date.today(), v["what"].strip(), v["notified"].strip())
            return self._store_plan(replace(self.plan, changes=self.plan.changes + (notice,)), self.tr("Record the notice to the client"))

        dialog = FormDialog(self.workbench, self.tr("Record the notice to the client"), specs, {"what": what, "notified": ""}, submit, self)
        dialog.open()
        return dialog

    def write_plan(self) -> bool:
        from app.reports.fieldwork_pdf import write_plan_pdf

        path = self.ask_save_path(f"{self.engagement.code}-verification-plan.pdf", "PDF (*.pdf)")
        if not path:
            return False
        e, client, wb = self.engagement, self.client, self.workbench
        samplings = fieldwork_services.records(wb.uow(), e.id, "sampling")
        names = {s.id: s.name for s in inventory_services.sources_of(wb.uow(), e.id)}
        return wb.report(lambda: write_plan_pdf(path, e, client, self.plan, samplings, names, language(), datetime.now().astimezone()))

    # --- meetings --------------------------------------------------------------------------------
    def write_sign_in(self) -> bool:
        from app.reports.fieldwork_pdf import write_sign_in_pdf

        meeting = self.meetings.selected()
        if meeting is None:
            return False
        path = self.ask_save_path(f"{self.engagement.code}-{MeetingKind(meeting.kind).value}-sign-in.pdf", "PDF (*.pdf)")
        e, client = self.engagement, self.client
        return bool(path) and self.workbench.report(
            lambda: write_sign_in_pdf(path, e, client, meeting, language(), datetime.now().astimezone()))

    def attach_scan(self) -> bool:
        """Attach the signed sign-in sheet (one scan) to the selected meeting, as one undoable step."""
        meeting = self.meetings.selected()
        if meeting is None:
            return False
        path = self.ask_open_path(self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if not path:
            return False
        held = next(m for m in fieldwork_services.records(self.workbench.uow(), self.engagement.id, "meeting") if m.id == meeting.id)
        return self.workbench.attach_to(self.engagement.id, Path(path), "meeting", held, "scan_evidence_id",
                                        self.tr("Attach the signed sheet"))
