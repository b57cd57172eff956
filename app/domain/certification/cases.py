"""The appeals and complaints register (seed 001 §12).

Every case is recorded with who and what it concerns and the people involved in the matter (the team, the reviewer,
the decision-maker); its handler is a person who was not involved (§12.2, §12.3, compared by person id).  It moves
through the steps of §12.2 — acknowledged, investigated, reported to the impartiality committee, decided,
communicated — each with the day it was done and its deadline.  The seed asks the body to tell the appellant its
time limits without fixing them; :data:`STEP_DAYS` is this register's timetable, counted from receipt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from app.domain.certification.working_days import add_working_days
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class CaseKind(Choice):
    APPEAL = "appeal", "申诉", "appeal"
    COMPLAINT = "complaint", "投诉", "complaint"


class Step(Choice):
    ACKNOWLEDGED = "acknowledged", "答复已收到", "acknowledged"
    INVESTIGATED = "investigated", "调查", "investigated"
    REPORTED = "reported", "报告提交公正性委员会", "reported to the impartiality committee"
    DECIDED = "decided", "公正性委员会决定", "decided by the impartiality committee"
    COMMUNICATED = "communicated", "决定已告知", "decision communicated"


# Days after receipt by which each step is due (acknowledgement in working days, the rest in calendar days).
ACKNOWLEDGE_WORKING_DAYS = 5
STEP_DAYS = {Step.INVESTIGATED: 30, Step.REPORTED: 40, Step.DECIDED: 55, Step.COMMUNICATED: 60}


@dataclass(frozen=True)
class Case:
    kind: CaseKind
    received_on: date
    from_whom: str
    summary: str
    handler_id: str
    involved: tuple[str, ...] = ()  # person ids of those involved in the matter
    engagement_id: str = ""
    certificate: str = ""
    done: tuple[tuple[Step, date, str], ...] = ()  # each step taken: the step, its day, a note
    external: bool = True  # a complaint from outside the body (kept 6 years) or an internal one (3 years)
    id: str = field(default_factory=new_id)

    def due(self, step: Step) -> date:
        if step is Step.ACKNOWLEDGED:
            return add_working_days(self.received_on, ACKNOWLEDGE_WORKING_DAYS)
        return self.received_on + timedelta(days=STEP_DAYS[step])

    def taken(self, step: Step) -> date | None:
        return next((day for s, day, _ in self.done if s is step), None)

    def next_step(self) -> Step | None:
        return next((s for s in Step if self.taken(s) is None), None)

    def overdue(self, today: date) -> list[Step]:
        return [s for s in Step if self.taken(s) is None and self.due(s) < today]

    @property
    def closed(self) -> bool:
        return self.next_step() is None


def open_case(kind: str, received_on: date, from_whom: str, summary: str, handler_id: str, involved: tuple[str, ...],
              names: dict[str, str], engagement_id: str = "", certificate: str = "", external: bool = True) -> Case:
    """A new case, refused without a summary or with a handler involved in the matter (``names``: id → name)."""
    if not summary.strip() or not from_whom.strip():
        raise DomainError(Text("请填写申诉/投诉人和事由。", "Enter who the case is from and what it is about."), "summary")
    if not handler_id:
        raise DomainError(Text("请从人员名册中选择处理人。", "Pick the handler from the people register."), "handler_id")
    if handler_id in involved:
        who = names.get(handler_id, handler_id)
        raise DomainError(Text(f"{who} 与该事项有关，不能处理本案；请指定一位立场独立的人（第 12.2 条）。",
                               f"{who} was involved in the matter and may not handle it; name an independent person (§12.2)."), "handler_id")
    return Case(CaseKind(kind), received_on, from_whom.strip(), summary.strip(), handler_id, tuple(involved), engagement_id,
                certificate, external=external)


def take_step(case: Case, on: date, note: str = "") -> Case:
    """The next step of the case, done ``on`` (the steps go in order, never before the previous one)."""
    step = case.next_step()
    if step is None:
        raise DomainError(Text("本案已办结。", "The case is closed."), "case")
    last = case.done[-1][1] if case.done else case.received_on
    if on < last:
        raise DomainError(Text(f"“{step.label.zh}”的日期 {on} 早于上一步（{last}）。",
                               f"'{step.label.en}' on {on} is before the previous step ({last})."), "on")
    return replace(case, done=case.done + ((step, on, note.strip()),))
