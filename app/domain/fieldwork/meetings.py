"""Opening and closing meetings (seed 001 §9.5.2) and the verification plan's schedule and confirmation (§9.4.5).

A meeting has its date, attendees and minutes, and the signed sign-in sheet
scanned back (an evidence id).  The verification plan is the engagement's
objectives, criteria and scope (already on the engagement), a schedule
(day, time, activity, auditee, verifier), the team and the sampling plans;
the client's confirmation is recorded (who, when), and so is every later
change, which the client must be told of in writing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class MeetingKind(Choice):
    OPENING = "opening", "首次会议", "opening meeting"
    CLOSING = "closing", "末次会议", "closing meeting"


@dataclass(frozen=True)
class Attendee:
    name: str
    organisation: str = ""
    role: str = ""


@dataclass(frozen=True)
class Meeting:
    kind: MeetingKind
    day: date
    attendees: tuple[Attendee, ...] = ()
    minutes: str = ""
    scan_evidence_id: str = ""  # the signed sign-in sheet, scanned back
    id: str = field(default_factory=new_id)

    EDITABLE = ("kind", "day", "attendees", "minutes", "scan_evidence_id")

    @property
    def attendee_lines(self) -> str:
        """The attendees as text, one per line: "name | organisation | position"."""
        return "\n".join(" | ".join(part for part in (a.name, a.organisation, a.role)) for a in self.attendees)

    def validated(self) -> "Meeting":
        try:
            checked = replace(self, kind=MeetingKind(self.kind))
        except ValueError:
            raise DomainError(Text("会议类型无效。", "Unknown kind of meeting."), "kind") from None
        if not isinstance(self.day, date):
            raise DomainError(Text("请填写会议日期。", "Enter the meeting's date."), "day")
        blank = [n for n, a in enumerate(self.attendees, start=1) if not a.name.strip()]
        if blank:
            raise DomainError(Text(f"第 {blank[0]} 位参会人没有姓名。", f"Attendee {blank[0]} has no name."), "attendee_lines")
        return checked


def attendees_from(lines: str) -> tuple[Attendee, ...]:
    """Attendees typed one per line as "name | organisation | position" (the last two may be left out).

    "|" rather than "/": names are often written "中文 / English".
    """
    out = []
    for line in lines.splitlines():
        parts = [p.strip() for p in line.split("|")] if line.strip() else []
        if parts:
            out.append(Attendee(parts[0], parts[1] if len(parts) > 1 else "", " | ".join(parts[2:])))
    return tuple(out)


@dataclass(frozen=True)
class Activity:
    """One line of the schedule."""

    day: date
    time: str
    activity: str
    auditee: str = ""
    verifier: str = ""


def _clock(time: str) -> tuple[int, int, str]:
    """Sort key of a typed time: "8:00" before "16:30" (text would put it after); anything else last."""
    match = re.match(r"\s*(\d{1,2})\s*[:：.]\s*(\d{2})", time)
    return (int(match[1]), int(match[2]), time) if match else (99, 0, time)


@dataclass(frozen=True)
class PlanChange:
    on: date
    what: str
    notified: str = ""  # who at the client was told, and how


@dataclass(frozen=True)
class VerificationPlan:
    schedule: tuple[Activity, ...] = ()
    confirmed_by: str = ""
    confirmed_on: date | None = None
    changes: tuple[PlanChange, ...] = ()
    id: str = field(default_factory=new_id)

    def with_schedule(self, schedule: tuple[Activity, ...], what: str, notified: str, today: date) -> "VerificationPlan":
        """A new schedule; once the client has confirmed the plan, the change is recorded with who was told (§9.4.5)."""
        missing = [n for n, a in enumerate(schedule, start=1) if not a.activity.strip()]
        if missing:
            raise DomainError(Text(f"日程第 {missing[0]} 行没有活动内容。", f"Schedule line {missing[0]} has no activity."), "schedule")
        ordered = tuple(sorted(schedule, key=lambda a: (a.day, _clock(a.time))))
        if self.confirmed_on is None:
            return replace(self, schedule=ordered)
        if not what.strip() or not notified.strip():
            raise DomainError(
                Text("计划已经受核查方确认；变更须说明内容并书面通知受核查方（CICC-ZY/GZ-21 第 9.4.5 条）。",
                     "The client has confirmed the plan: a change needs its description and who at the client was told in writing (CICC-ZY/GZ-21 §9.4.5)."),
                "changes",
            )
        return replace(self, schedule=ordered, changes=self.changes + (PlanChange(today, what.strip(), notified.strip()),))

    def confirmed(self, by: str, on: date) -> "VerificationPlan":
        """The client's confirmation; confirming again (after changes) keeps the earlier one in the change record."""
        if not by.strip():
            raise DomainError(Text("请填写确认人。", "Enter who confirmed the plan."), "confirmed_by")
        if not self.schedule:
            raise DomainError(Text("核查日程为空，无法确认。", "The schedule is empty; there is nothing to confirm."), "schedule")
        changes = self.changes
        if self.confirmed_on is not None:
            earlier = f"{self.confirmed_by} {self.confirmed_on}"
            changes += (PlanChange(on, f"再次确认（此前：{earlier}） / confirmed again (before: {earlier})", by.strip()),)
        return replace(self, confirmed_by=by.strip(), confirmed_on=on, changes=changes)
