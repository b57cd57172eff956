"""The independent technical review (ITR, seed 001 §10.1).

The reviewer is a person of the register who was not on the team (§10.1.3, compared by person id).  They record
the checks of §10.1.4 one by one, each with a result and a note, and raise review points for the lead verifier; the
lead answers a point, the reviewer closes it.  The review is approved only when every check is met (or does not
apply) and every point is closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.engagement.people import check_independence
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class Check(Choice):
    """What the technical review confirms (§10.1.4 1)–4) c))."""

    MAN_DAYS = "man-days", "核查人天按附录 A 计算并经批准", "man-days per Annex A, approved"
    QUALIFICATIONS = "qualifications", "核查员资格符合要求", "verifiers' qualifications as required"
    NO_CONFLICT = "no-conflict", "核查组与客户无利益冲突", "no conflict of interest between team and client"
    FINDINGS_CLOSED = "findings-closed", "问题点的纠正措施已执行、已关闭", "every finding's correction done and closed"
    FOLLOW_UP = "follow-up", "跟踪核查已完成，结论由有资格的核查员作出", "follow-up done, conclusion by qualified verifiers"
    CALCULATION = "calculation", "计算结果和报告内容符合标准要求", "calculation and report content as the standards require"


class Result(Choice):
    PENDING = "pending", "待评审", "not checked yet"
    MET = "met", "符合", "met"
    NOT_MET = "not-met", "不符合", "not met"
    NOT_APPLICABLE = "n/a", "不适用", "not applicable"


@dataclass(frozen=True)
class ReviewCheck:
    check: Check
    result: Result = Result.PENDING
    note: str = ""


@dataclass(frozen=True)
class ReviewPoint:
    """A question for the lead verifier: raised by the reviewer, answered by the lead, closed by the reviewer."""

    text: str
    raised_on: date
    answer: str = ""
    answered_by: str = ""
    answered_on: date | None = None
    closed_on: date | None = None
    id: str = field(default_factory=new_id)

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


@dataclass(frozen=True)
class Review:
    engagement_id: str
    reviewer_id: str
    started_on: date
    checks: tuple[ReviewCheck, ...] = tuple(ReviewCheck(c) for c in Check)
    points: tuple[ReviewPoint, ...] = ()
    approved_on: date | None = None
    round: int = 1  # a new review after a rejection is the next round
    id: str = field(default_factory=new_id)

    @property
    def approved(self) -> bool:
        return self.approved_on is not None

    def open_points(self) -> list[ReviewPoint]:
        return [p for p in self.points if not p.closed]

    def blockers(self) -> list[Text]:
        """What stops the approval (empty when it may be approved)."""
        out = [Text(f"评审项“{c.check.label.zh}”为{c.result.label.zh}", f"the check '{c.check.label.en}' is {c.result.label.en}")
               for c in self.checks if c.result not in (Result.MET, Result.NOT_APPLICABLE)]
        out += [Text(f"评审问题未关闭：{p.text}", f"review point not closed: {p.text}") for p in self.open_points()]
        return out


def start_review(engagement_id: str, team: dict[str, str], reviewer_id: str, today: date, round: int = 1) -> Review:
    """A new review (``round`` 2, 3, … after a rejection) by ``reviewer_id``, refused when they are on ``team``
    (person id → name)."""
    if not reviewer_id:
        raise DomainError(Text("请从人员名册中选择技术评审人。", "Pick the technical reviewer from the people register."), "reviewer_id")
    check_independence(team, reviewer_id, "")
    return Review(engagement_id, reviewer_id, today, round=round)


def _open(review: Review) -> None:
    if review.approved:
        raise DomainError(Text("技术评审已通过，不能再修改。", "The technical review is approved; it can no longer be changed."), "review")


def record_check(review: Review, check: Check, result: Result, note: str) -> Review:
    """Set one check's result and note; a check not met needs a note saying why."""
    _open(review)
    check, result = Check(check), Result(result)
    if result is Result.NOT_MET and not note.strip():
        raise DomainError(Text(f"“{check.label.zh}”不符合，请说明原因。", f"'{check.label.en}' is not met: say why in the note."), "note")
    checks = tuple(ReviewCheck(c.check, result, note.strip()) if c.check is check else c for c in review.checks)
    return replace(review, checks=checks)


def raise_point(review: Review, text: str, today: date) -> tuple[Review, ReviewPoint]:
    _open(review)
    if not text.strip():
        raise DomainError(Text("请填写评审问题。", "Write the review point."), "point")
    point = ReviewPoint(text.strip(), today)
    return replace(review, points=review.points + (point,)), point


def _point(review: Review, point_id: str) -> ReviewPoint:
    for point in review.points:
        if point.id == point_id:
            return point
    raise DomainError(Text("该评审问题不存在。", "There is no such review point."), "point")


def _with_point(review: Review, point: ReviewPoint) -> Review:
    return replace(review, points=tuple(point if p.id == point.id else p for p in review.points))


def answer_point(review: Review, point_id: str, answer: str, by: str, today: date) -> Review:
    """The lead verifier's answer to a point (the engagement may have changed with it: a new revision)."""
    _open(review)
    point = _point(review, point_id)
    if point.closed:
        raise DomainError(Text("该评审问题已关闭。", "That review point is closed."), "point")
    if not answer.strip():
        raise DomainError(Text("请填写答复。", "Write the answer."), "answer")
    return _with_point(review, replace(point, answer=answer.strip(), answered_by=by, answered_on=today))


def close_point(review: Review, point_id: str, today: date) -> Review:
    """The reviewer closes a point once it is answered."""
    _open(review)
    point = _point(review, point_id)
    if not point.answer:
        raise DomainError(Text(f"评审问题“{point.text}”尚未答复，不能关闭。", f"The point '{point.text}' has no answer yet; it cannot be closed."), "point")
    return _with_point(review, replace(point, closed_on=today))


def approve(review: Review, today: date) -> Review:
    """Approve the review, or say everything that stands in the way."""
    _open(review)
    missing = review.blockers()
    if missing:
        raise DomainError(Text("技术评审尚不能通过：" + "；".join(m.zh for m in missing) + "。",
                               "The technical review cannot be approved yet: " + "; ".join(m.en for m in missing) + "."), "review")
    return replace(review, approved_on=today)
