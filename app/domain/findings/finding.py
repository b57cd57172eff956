"""Findings: nonconformities, clarification requests and observations, from raising to closure.

Seed 001 §9.5.3.2–§9.6 and §9.7.6: the team tells the client in writing what it
found; the client corrects and sends evidence; the verifier evaluates it and
closes the finding, or sends it back with a reason; closure is due 3 months
after the site visit.  A finding the client does not rectify in time is
settled by the verifier's conservative estimate (MEE verification guide,
保守性原则), which the statement must disclose.

Open nonconformities and clarification requests block the final statement;
observations (forward actions) are carried to the next verification and block
nothing.  Every step is an :class:`Event` kept on the finding, so a reopened
finding shows its whole story.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

from app.domain.inventory.calculation import Estimate
from app.domain.kernel.choices import Choice
from app.domain.kernel.dates import add_months
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

CLOSURE_MONTHS = 3
MAX_TEXT = 10_000


class Kind(Choice):
    NONCONFORMITY = "nonconformity", "不符合项", "nonconformity"
    CLARIFICATION = "clarification", "澄清要求", "clarification request"
    OBSERVATION = "observation", "观察项（后续行动）", "observation (forward action)"

    @property
    def prefix(self) -> str:
        return {"nonconformity": "NC", "clarification": "CL", "observation": "OB"}[self.value]


class Severity(Choice):
    MAJOR = "major", "严重", "major"
    MINOR = "minor", "一般", "minor"


class State(Choice):
    OPEN = "open", "待整改", "open"
    RESPONDED = "responded", "待验证", "response to evaluate"
    CLOSED = "closed", "已关闭", "closed"
    ESTIMATED = "estimated", "已按保守原则估算", "settled by conservative estimate"

    @property
    def unresolved(self) -> bool:
        return self in (State.OPEN, State.RESPONDED)


class Action(Choice):
    RAISED = "raised", "提出", "raised"
    RESPONDED = "responded", "受核查方答复", "client responded"
    ACCEPTED = "accepted", "验证通过并关闭", "accepted and closed"
    NOT_ACCEPTED = "not-accepted", "验证不通过", "not accepted"
    REOPENED = "reopened", "重新打开", "reopened"
    ESTIMATED = "estimated", "按保守原则估算", "settled by conservative estimate"


@dataclass(frozen=True)
class Event:
    """One step in a finding's story: who did what, when, and why."""

    on: date
    by: str
    action: Action
    note: str = ""


@dataclass(frozen=True)
class Response:
    """The client's answer: root cause, correction, corrective action and the evidence sent."""

    root_cause: str = ""
    correction: str = ""
    corrective_action: str = ""
    evidence: str = ""
    by: str = ""
    on: date | None = None

    TEXTS = ("root_cause", "correction", "corrective_action", "evidence")

    @property
    def blank(self) -> bool:
        return not any(getattr(self, name).strip() for name in self.TEXTS)


_LABELS = {
    "description": Text("问题描述", "description"),
    "root_cause": Text("原因分析", "root cause"),
    "correction": Text("纠正", "correction"),
    "corrective_action": Text("纠正措施", "corrective action"),
    "evidence": Text("整改证据", "evidence"),
}


@dataclass(frozen=True)
class Finding:
    """A finding of one engagement, with the client's response, the evaluation and its history."""

    kind: Kind
    description: str
    raised_by: str
    raised_on: date
    due: date
    severity: Severity | None = None
    number: int = 0
    criterion: str = ""
    clause: str = ""
    evidence: str = ""
    source_id: str = ""
    response: Response = Response()
    state: State = State.OPEN
    evaluation: str = ""
    closed_by: str = ""
    closed_on: date | None = None
    estimate_t: float | None = None
    estimate_basis: str = ""
    events: tuple[Event, ...] = ()
    id: str = field(default_factory=new_id)

    EDITABLE = ("kind", "severity", "criterion", "clause", "description", "evidence", "source_id", "due")

    @property
    def label(self) -> str:
        """``NC-01``, ``CL-02``, ``OB-03``: the kind's prefix and the engagement-wide number."""
        return f"{self.kind.prefix}-{self.number:02d}"

    @property
    def requirement(self) -> str:
        return " ".join(part for part in (self.criterion.strip(), self.clause.strip()) if part)

    @property
    def blocks_statement(self) -> bool:
        """Nonconformities and clarification requests must be resolved before the final statement."""
        return self.kind is not Kind.OBSERVATION and self.state.unresolved

    def overdue(self, today: date) -> bool:
        """Still waiting for the client past its due date; observations are carried forward and never overdue,
        and a response awaiting the verifier's evaluation is not the client's delay."""
        return self.kind is not Kind.OBSERVATION and self.state is State.OPEN and self.due < today

    def validated(self) -> "Finding":
        """The finding with its texts trimmed, or a DomainError naming the field at fault."""
        f = replace(self, description=self.description.strip(), criterion=self.criterion.strip(),
                    clause=self.clause.strip(), evidence=self.evidence.strip())
        if not f.description:
            raise DomainError(Text("请描述发现的问题。", "Describe the finding."), "description")
        for name in ("description", "evidence", "criterion", "clause"):
            if len(getattr(f, name)) > MAX_TEXT:
                raise DomainError(Text(f"文字过长（超过 {MAX_TEXT} 字）。", f"The text is too long (over {MAX_TEXT} characters)."), name)
        if f.kind is Kind.NONCONFORMITY and f.severity is None:
            raise DomainError(Text("不符合项须注明严重或一般。", "Say whether the nonconformity is major or minor."), "severity")
        if f.kind is not Kind.NONCONFORMITY and f.severity is not None:
            f = replace(f, severity=None)
        if f.due < f.raised_on:
            raise DomainError(
                Text(f"整改期限（{f.due}）早于提出日期（{f.raised_on}）。", f"The due date ({f.due}) is before the date raised ({f.raised_on})."), "due"
            )
        return f

    def edited(self, changes: dict) -> "Finding":
        """The finding with verifier's fields changed; only while it is unresolved."""
        unknown = set(changes) - set(self.EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if not self.state.unresolved:
            raise DomainError(
                Text(f"{self.label} 已{self.state.label.zh}，须先重新打开才能修改。", f"{self.label} is {self.state.label.en}; reopen it to change it.")
            )
        return replace(self, **changes).validated()


def raise_finding(
    kind: Kind, description: str, by: str, today: date, *, severity: Severity | None = None, criterion: str = "",
    clause: str = "", evidence: str = "", source_id: str = "", due: date | None = None, site_visit: date | None = None,
) -> Finding:
    """A new finding, due :data:`CLOSURE_MONTHS` after the site visit (or today) unless a date is given.

    ``site_visit`` is the visit's last day (``Engagement.site_visit_last``): the 3 months of §9.5.3.3 run from
    the end of the site work, when the findings have been told to the client.
    """
    start = site_visit or today
    finding = Finding(
        kind, description, by.strip(), today, due or add_months(start, CLOSURE_MONTHS), severity=severity,
        criterion=criterion, clause=clause, evidence=evidence, source_id=source_id,
    )
    return replace(finding.validated(), events=(Event(today, by.strip(), Action.RAISED),))


def respond(finding: Finding, response: Response, today: date) -> Finding:
    """Record the client's answer; the finding then waits for the verifier's evaluation."""
    if not finding.state.unresolved:
        raise DomainError(
            Text(f"{finding.label} 已{finding.state.label.zh}，不能再答复。", f"{finding.label} is {finding.state.label.en}; it takes no further response.")
        )
    response = checked_response(finding, response)
    if response.on is not None and response.on < finding.raised_on:
        raise DomainError(
            Text(f"答复日期（{response.on}）早于提出日期（{finding.raised_on}）。",
                 f"The response date ({response.on}) is before the finding was raised ({finding.raised_on})."), "on"
        )
    response = replace(response, on=response.on or today)
    event = Event(response.on, response.by, Action.RESPONDED)
    return replace(finding, response=response, state=State.RESPONDED, events=finding.events + (event,))


def checked_response(finding: Finding, response: Response) -> Response:
    """The response trimmed, or a DomainError naming the first missing or over-long field."""
    response = replace(response, by=response.by.strip(), **{n: getattr(response, n).strip() for n in Response.TEXTS})
    for name in response_required(finding.kind):
        if not getattr(response, name):
            label = _LABELS[name]
            raise DomainError(Text(f"{finding.label}：请填写{label.zh}。", f"{finding.label}: fill in the {label.en}."), name)
    if response.blank:
        raise DomainError(Text(f"{finding.label}：答复是空的。", f"{finding.label}: the response is empty."), "correction")
    for name in Response.TEXTS:
        if len(getattr(response, name)) > MAX_TEXT:
            raise DomainError(Text(f"文字过长（超过 {MAX_TEXT} 字）。", f"The text is too long (over {MAX_TEXT} characters)."), name)
    return response


def response_required(kind: Kind) -> tuple[str, ...]:
    """The response fields a kind of finding needs: a nonconformity its cause, correction and corrective action."""
    if kind is Kind.NONCONFORMITY:
        return ("root_cause", "correction", "corrective_action")
    return ()


def evaluate(finding: Finding, accepted: bool, reason: str, by: str, today: date) -> Finding:
    """The verifier's verdict on the response: accepted closes the finding, not accepted sends it back with the reason.

    An observation may be closed without a response (the client has noted it).
    """
    waiting = finding.state is State.RESPONDED or (finding.kind is Kind.OBSERVATION and finding.state is State.OPEN and accepted)
    if not waiting:
        raise DomainError(
            Text(f"{finding.label} 尚无待验证的答复。", f"{finding.label} has no response to evaluate."), "state"
        )
    reason = reason.strip()
    if accepted:
        event = Event(today, by.strip(), Action.ACCEPTED, reason)
        return replace(finding, state=State.CLOSED, evaluation=reason, closed_by=by.strip(), closed_on=today,
                       events=finding.events + (event,))
    if not reason:
        raise DomainError(Text("请说明验证不通过的理由。", "Give the reason the response is not accepted."), "evaluation")
    event = Event(today, by.strip(), Action.NOT_ACCEPTED, reason)
    return replace(finding, state=State.OPEN, evaluation=reason, events=finding.events + (event,))


def reopen(finding: Finding, reason: str, by: str, today: date) -> Finding:
    """Open a closed or estimated finding again; the reason is kept in its history and its estimate is dropped."""
    if finding.state.unresolved:
        raise DomainError(Text(f"{finding.label} 尚未关闭。", f"{finding.label} is not closed."), "state")
    if not reason.strip():
        raise DomainError(Text("请说明重新打开的理由。", "Give the reason for reopening."), "reason")
    event = Event(today, by.strip(), Action.REOPENED, reason.strip())
    return replace(finding, state=State.OPEN, closed_by="", closed_on=None, estimate_t=None, estimate_basis="",
                   events=finding.events + (event,))


def settle_by_estimate(finding: Finding, tonnes: float, basis: str, by: str, today: date) -> Finding:
    """Settle an overdue finding with the conservative estimate (tCO2e) the verifier used instead."""
    if finding.kind is Kind.OBSERVATION:
        raise DomainError(Text("观察项无需估算。", "An observation needs no estimate."), "kind")
    if not finding.state.unresolved:
        raise DomainError(Text(f"{finding.label} 已{finding.state.label.zh}。", f"{finding.label} is already {finding.state.label.en}."), "state")
    if not finding.overdue(today):
        raise DomainError(
            Text(f"{finding.label} 的整改期限为 {finding.due}，尚未逾期；逾期未整改才按保守原则估算。",
                 f"{finding.label} is due on {finding.due}; only a finding not rectified in time is settled by an estimate."),
            "due",
        )
    if not math.isfinite(tonnes) or tonnes < 0:
        raise DomainError(Text("估算值须为非负数。", "The estimate must be a number of tonnes, not negative."), "estimate_t")
    if not basis.strip():
        raise DomainError(Text("请说明保守估算的依据。", "Give the basis of the conservative estimate."), "estimate_basis")
    note = f"{tonnes:,.2f} tCO₂e: {basis.strip()}"
    event = Event(today, by.strip(), Action.ESTIMATED, note)
    return replace(finding, state=State.ESTIMATED, estimate_t=tonnes, estimate_basis=basis.strip(), closed_by=by.strip(),
                   closed_on=today, events=finding.events + (event,))


def statement_blockers(findings: Iterable[Finding]) -> list[Text]:
    """Why the statement cannot be final yet: each unresolved nonconformity or clarification request (§9.7.6)."""
    return [
        Text(f"{f.label}（{f.kind.label.zh}）：{f.state.label.zh}", f"{f.label} ({f.kind.label.en}): {f.state.label.en}")
        for f in sorted(findings, key=lambda f: f.number)
        if f.blocks_statement
    ]


def estimates(findings: Iterable[Finding]) -> list[Finding]:
    """The findings settled by a conservative estimate, which the statement must disclose."""
    return sorted((f for f in findings if f.state is State.ESTIMATED), key=lambda f: f.number)


def next_number(findings: Iterable[Finding]) -> int:
    return max((f.number for f in findings), default=0) + 1


def estimate_lines(findings: Iterable[Finding]) -> tuple[Estimate, ...]:
    """The conservative estimates of the findings settled by one, in finding order (``NC-01 +x t``)."""
    return tuple(Estimate(f.label, f.estimate_t or 0.0, f.estimate_basis, f.source_id) for f in estimates(findings))
