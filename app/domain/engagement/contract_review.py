"""Application and contract review before every programme (seed 001 §8.2, §8.3).

:class:`ContractReview` is one engagement's application record (what the client
told the body, §8.2), the review of it (§8.3.1 items 1)–6), the body's
competence and impartiality, the man-days agreed) and the technical lead's
decision: accepted or refused, with the reasons and the date (§8.3.3: "技术负责人
评估和批准合同评审").  An accepted review always holds every item confirmed, so
no edit can leave an "approved" review with a gap in it.  :class:`ContractChange`
records a change of the contract after it was agreed (man-days, sites, subject
and boundary, period, sources or method) and its review: whether the engagement
may continue.  The engagement leaves draft only with an accepted review
(:func:`review_blockers`, used by :mod:`app.domain.lifecycle.gates`), and no
stage is passed while a contract change waits for its review.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


# How the store files them (beside the field-work records: one JSON document each).
REVIEW_KIND, CHANGE_KIND = "contract_review", "contract_change"


class ReviewDecision(Choice):
    PENDING = "pending", "待评审", "pending"
    ACCEPTED = "accepted", "受理", "accepted"
    REFUSED = "refused", "不受理", "refused"


# §8.3.1 items 1)–6): what the review confirms, field name → label.
REVIEW_ITEMS: dict[str, Text] = {
    "application_complete": Text("1）申请资料齐全", "1) the application is complete"),
    "activities_lawful": Text("2）申请组织的活动符合认证规则和法律法规", "2) the client's activities comply with the rules and the law"),
    "sources_identified": Text("3）GHG 排放过程和排放源已明确", "3) the GHG emission processes and sources are identified"),
    "gases_and_period": Text("4）GHG 类型和覆盖时间段已明确", "4) the GHG types and the period covered are set"),
    "subject_and_boundary": Text("5）主题的选择及其边界已明确", "5) the subject and its boundary are chosen"),
    "commitment_and_report": Text("6）碳中和的承诺和报告已明确", "6) the neutrality commitment and its report are stated"),
}
# §8.2: what the application must tell (the client's name and address are the client record's).
APPLICATION_FIELDS: dict[str, Text] = {
    "products_services": Text("客户产品和服务", "products and services"),
    "process": Text("生产工艺流程", "production process"),
    "subject_boundary": Text("主题的选择及其边界", "subject and boundary"),
    "commitment": Text("碳中和的承诺", "neutrality commitment"),
    "management_plan": Text("碳中和的管理计划", "neutrality management plan"),
    "criteria_requested": Text("申请核查标准", "criteria applied for"),
    "period_requested": Text("核查时间期限", "period to verify"),
    "ghg_sources": Text("GHG 排放源", "GHG sources"),
    "reports_received": Text("碳中和报告等相关信息", "reports and other information received"),
}


@dataclass(frozen=True)
class ContractReview:
    """The application and its review, one per engagement."""

    received_on: date | None = None
    products_services: str = ""
    process: str = ""
    subject_boundary: str = ""
    commitment: str = ""
    management_plan: str = ""
    criteria_requested: str = ""
    period_requested: str = ""
    ghg_sources: str = ""
    reports_received: str = ""
    application_complete: bool = False
    activities_lawful: bool = False
    sources_identified: bool = False
    gases_and_period: bool = False
    subject_and_boundary: bool = False
    commitment_and_report: bool = False
    competence_confirmed: bool = False
    competence_note: str = ""
    impartiality_confirmed: bool = False
    impartiality_note: str = ""
    man_days: float = 0.0
    technical_lead_id: str = ""  # a person of the register (app.domain.engagement.people)
    decision: ReviewDecision = ReviewDecision.PENDING
    reasons: str = ""
    decided_on: date | None = None
    id: str = field(default_factory=new_id)

    EDITABLE = (
        "received_on", *APPLICATION_FIELDS, *REVIEW_ITEMS, "competence_confirmed", "competence_note",
        "impartiality_confirmed", "impartiality_note", "man_days", "technical_lead_id", "decision", "reasons", "decided_on",
    )

    def validated(self) -> "ContractReview":
        """The review with its values checked; a decided review must be complete (accepted) or reasoned (refused)."""
        try:
            checked = replace(self, decision=ReviewDecision(self.decision))
        except ValueError:
            raise DomainError(Text("评审结论无效。", "Unknown review decision."), "decision") from None
        if not isinstance(checked.man_days, (int, float)) or checked.man_days < 0:
            raise DomainError(Text("合同人天不能为负数。", "The contract's man-days cannot be negative."), "man_days")
        if checked.decision is ReviewDecision.PENDING:
            return checked
        gaps = checked.acceptance_gaps() if checked.decision is ReviewDecision.ACCEPTED else []
        if gaps:
            field_name, why = gaps[0]
            raise DomainError(Text(f"合同评审尚不能受理：{why.zh}。", f"The review cannot accept the application yet: {why.en}."), field_name)
        if not checked.reasons.strip():
            raise DomainError(Text("请说明受理或不受理的理由。", "Give the reasons for accepting or refusing."), "reasons")
        if not checked.technical_lead_id:
            raise DomainError(Text("合同评审须由技术负责人批准：请选择技术负责人。",
                                   "The technical lead approves the review: pick the technical lead."), "technical_lead_id")
        if checked.decided_on is None:
            raise DomainError(Text("请填写评审决定的日期。", "Enter the date of the decision."), "decided_on")
        if checked.received_on and checked.decided_on < checked.received_on:
            raise DomainError(Text(f"评审日期 {checked.decided_on} 早于收到申请的日期 {checked.received_on}。",
                                   f"The decision ({checked.decided_on}) is dated before the application was received "
                                   f"({checked.received_on})."), "decided_on")
        return checked

    def acceptance_gaps(self) -> list[tuple[str, Text]]:
        """What is missing before the application can be accepted, as (field, why) pairs."""
        gaps: list[tuple[str, Text]] = []
        if self.received_on is None:
            gaps.append(("received_on", Text("未填写收到申请的日期", "the date the application was received is missing")))
        for name, label in APPLICATION_FIELDS.items():
            if not getattr(self, name).strip():
                gaps.append((name, Text(f"申请书未填写“{label.zh}”", f"the application does not give the {label.en}")))
        for name, label in REVIEW_ITEMS.items():
            if not getattr(self, name):
                gaps.append((name, Text(f"未确认 {label.zh}", f"not confirmed: {label.en}")))
        if not self.competence_confirmed:
            gaps.append(("competence_confirmed", Text("未确认本机构具备实施核查的能力", "the body's competence is not confirmed")))
        if not self.impartiality_confirmed:
            gaps.append(("impartiality_confirmed", Text("未完成公正性评审", "the impartiality review is not done")))
        if not self.man_days > 0:
            gaps.append(("man_days", Text("未确定合同人天", "the contract's man-days are not set")))
        return gaps

    @property
    def accepted(self) -> bool:
        return self.decision is ReviewDecision.ACCEPTED


class ChangeKind(Choice):
    """What a contract change concerns (§8.3.3)."""

    MAN_DAYS = "man-days", "人天的增减", "man-days added or removed"
    SITES = "sites", "现场增加", "sites added"
    BOUNDARY = "boundary", "碳中和主题的选择及其边界的变化", "subject or boundary changed"
    PERIOD = "period", "核查数据时间期限的变化", "period of the data changed"
    SOURCES = "sources", "GHG 排放源、计算结果和计算方法学的变化", "sources, results or methodology changed"


class ChangeOutcome(Choice):
    PENDING = "pending", "待评审", "review pending"
    CONTINUE = "continue", "评审后可继续核查", "reviewed: the engagement continues"
    STOP = "stop", "评审后不能继续核查", "reviewed: the engagement cannot continue"


@dataclass(frozen=True)
class ContractChange:
    """A change of the agreed contract and its review (§8.3.3), kept as a written record."""

    kind: ChangeKind = ChangeKind.MAN_DAYS
    requested_on: date | None = None
    description: str = ""
    man_days_delta: float = 0.0
    outcome: ChangeOutcome = ChangeOutcome.PENDING
    reviewed_by_id: str = ""
    reviewed_on: date | None = None
    review_note: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("kind", "requested_on", "description", "man_days_delta", "outcome", "reviewed_by_id", "reviewed_on", "review_note")

    def validated(self) -> "ContractChange":
        try:
            checked = replace(self, kind=ChangeKind(self.kind), outcome=ChangeOutcome(self.outcome))
        except ValueError:
            raise DomainError(Text("合同变更的类型或结论无效。", "Unknown kind or outcome of the contract change."), "kind") from None
        if not checked.description.strip():
            raise DomainError(Text("请描述合同变更的内容。", "Describe what the contract change is."), "description")
        if checked.requested_on is None:
            raise DomainError(Text("请填写变更提出的日期。", "Enter the date the change was asked for."), "requested_on")
        if checked.kind is not ChangeKind.MAN_DAYS and checked.man_days_delta:
            raise DomainError(Text("只有“人天的增减”类变更才改变人天。", "Only a change of man-days changes the man-days."), "man_days_delta")
        if checked.outcome is not ChangeOutcome.PENDING:
            if not checked.reviewed_by_id:
                raise DomainError(Text("请选择评审该变更的技术负责人。", "Pick the technical lead who reviewed the change."), "reviewed_by_id")
            if checked.reviewed_on is None:
                raise DomainError(Text("请填写变更评审的日期。", "Enter the date of the change's review."), "reviewed_on")
            if checked.reviewed_on < checked.requested_on:
                raise DomainError(Text("变更评审日期早于变更提出的日期。", "The review is dated before the change was asked for."), "reviewed_on")
            if not checked.review_note.strip():
                raise DomainError(Text("请记录评审意见（是否需要补充评审活动）。",
                                       "Record the review's conclusion (whether further review activity is needed)."), "review_note")
        return checked


def review_blockers(review: ContractReview | None) -> list[Text]:
    """What stops the engagement leaving draft: no review, a review pending, or an application refused."""
    if review is None:
        return [Text("未进行申请和合同评审（CICC-ZY/GZ-21 第 8 条）", "no application and contract review (CICC-ZY/GZ-21 §8)")]
    if review.decision is ReviewDecision.REFUSED:
        return [Text("合同评审决定不受理该申请", "the contract review refused the application")]
    if review.decision is not ReviewDecision.ACCEPTED:
        return [Text("合同评审尚未经技术负责人批准", "the contract review is not approved by the technical lead yet")]
    return []


def change_blockers(changes: list[ContractChange]) -> list[Text]:
    """Contract changes still waiting for their review, and changes after which the engagement cannot continue."""
    out: list[Text] = []
    for number, change in enumerate(changes, start=1):
        if change.outcome is ChangeOutcome.PENDING:
            out.append(Text(f"合同变更 {number}（{change.kind.label.zh}）尚未评审", f"contract change {number} ({change.kind.label.en}) is not reviewed"))
        elif change.outcome is ChangeOutcome.STOP:
            out.append(Text(f"合同变更 {number} 评审后不能继续核查", f"after contract change {number} the engagement cannot continue"))
    return out


def agreed_man_days(review: ContractReview | None, changes: list[ContractChange]) -> float:
    """The man-days of the contract: the review's, with every reviewed change of man-days applied."""
    base = review.man_days if review else 0.0
    return base + sum(c.man_days_delta for c in changes if c.outcome is ChangeOutcome.CONTINUE)
