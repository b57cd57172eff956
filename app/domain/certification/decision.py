"""The certification decision (seed 001 §10.2, §10.3): after the approved technical review, by a decision-maker who
was neither on the team nor the reviewer (compared by person id); an approval or a rejection with its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.certification.review import Review
from app.domain.engagement.people import check_independence
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class Outcome(Choice):
    APPROVED = "approved", "批准发证", "approved"
    REJECTED = "rejected", "不予批准", "rejected"


@dataclass(frozen=True)
class Decision:
    engagement_id: str
    decision_maker_id: str
    outcome: Outcome
    decided_on: date
    reasons: str = ""
    review_id: str = ""  # the approved review it follows: one decision per review
    id: str = field(default_factory=new_id)


def decide(review: Review | None, team: dict[str, str], decision_maker_id: str, approve: bool, reasons: str, on: date,
           held: tuple[Decision, ...] = ()) -> Decision:
    """The decision, or a refusal: no approved review, a decision already made on it (``held``), a decision-maker on
    the team or who reviewed, a date before the review's approval, a rejection without reasons."""
    if review is not None and any(d.review_id == review.id for d in held):
        raise DomainError(Text("该技术评审已作出认证决定；再次决定须先重新评审。",
                               "A decision on this technical review is already recorded; a new decision needs a new review."), "review")
    if review is None or not review.approved:
        raise DomainError(Text("技术评审通过之后才能作出认证决定（CICC-ZY/GZ-21 第 10.2 条）。",
                               "The certification decision follows the approved technical review (CICC-ZY/GZ-21 §10.2)."), "review")
    if not decision_maker_id:
        raise DomainError(Text("请从人员名册中选择认证决定人。", "Pick the decision-maker from the people register."), "decision_maker_id")
    check_independence(team, review.reviewer_id, decision_maker_id)
    if on < review.approved_on:
        raise DomainError(Text(f"认证决定日期 {on} 早于技术评审通过日期 {review.approved_on}。",
                               f"The decision date {on} is before the technical review was approved ({review.approved_on})."), "decided_on")
    if not approve and not reasons.strip():
        raise DomainError(Text("不予批准须说明理由。", "A rejection needs its reasons."), "reasons")
    return Decision(review.engagement_id, decision_maker_id, Outcome.APPROVED if approve else Outcome.REJECTED, on, reasons.strip(),
                    review.id)
