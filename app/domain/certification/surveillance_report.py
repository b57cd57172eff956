"""The surveillance audit's checklist, report and decision (seed 001 §9.8.1.5–§9.8.1.7).

A surveillance engagement answers each item of §9.8.1.5 a–i with a result and a note (the evidence, the finding);
its report states the conclusion and recommends keeping, suspending or withdrawing the certificate (§9.8.1.6),
refused while an item is unanswered or an item not met has no note.  Head office then decides on it (§9.8.1.7): a
decision-maker who was not on the team keeps, suspends (with a reason of §11.1.1) or withdraws (§11.2.1) the
certificate, with reasons whenever it is not kept.  The decision is made once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.certification.review import Result
from app.domain.engagement.people import check_independence
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class Item(Choice):
    """What a surveillance audit reviews at least (§9.8.1.5 a–i)."""

    CHANGES = "a", "a. 上次审核以来管理体系覆盖的活动及运行体系的资源是否有变更", \
        "a. changes since the last audit to the activities covered and the system's resources"
    KEY_POINTS = "b", "b. 重要关键点是否按管理体系的要求正常和有效运行", "b. the key points run normally and effectively as the system requires"
    CORRECTIONS = "c", "c. 上次审核不符合项的纠正和纠正措施是否继续有效", "c. the last audit's corrections and corrective actions are still effective"
    LEGAL = "d", "d. 涉及法律法规规定的活动是否持续符合相关规定", "d. activities subject to laws and regulations still comply"
    OBJECTIVES = "e", "e. 管理目标是否实现；未实现时是否调查原因并采取改进措施", \
        "e. the objectives are met; where not, the causes were investigated and improvements made"
    MARKS = "f", "f. 认证标志的使用或认证资格的引用是否符合规定", "f. the certification mark is used, and certification referred to, as allowed"
    INTERNAL_AUDIT = "g", "g. 内部审核和管理评审是否规范和有效（适用时）", "g. internal audits and management reviews are proper and effective (where applicable)"
    COMPLAINTS = "h", "h. 是否及时接受和处理投诉", "h. complaints are received and handled in time"
    IMPROVEMENT = "i", "i. 针对内审或投诉发现的问题是否及时实施有效的持续改进（适用时）", \
        "i. issues from internal audits or complaints led to effective improvement in time (where applicable)"


class Recommendation(Choice):
    KEEP = "keep", "继续保持认证证书", "keep the certificate"
    SUSPEND = "suspend", "暂停认证证书", "suspend the certificate"
    WITHDRAW = "withdraw", "撤销认证证书", "withdraw the certificate"


@dataclass(frozen=True)
class ItemCheck:
    item: Item
    result: Result = Result.PENDING
    note: str = ""  # the evidence and the finding


@dataclass(frozen=True)
class SurveillanceReport:
    engagement_id: str
    certificate: str
    checks: tuple[ItemCheck, ...] = tuple(ItemCheck(i) for i in Item)
    conclusion: str = ""
    recommendation: Recommendation | None = None
    recommended_on: date | None = None
    decision: Recommendation | None = None
    decided_by: str = ""  # person id
    decided_on: date | None = None
    reasons: str = ""
    reason_code: str = ""  # §11.1.1 (1)–(4) for a suspension, §11.2.1 1)–6) for a withdrawal
    id: str = field(default_factory=new_id)

    def gaps(self) -> list[Text]:
        """What stops the recommendation: an item not answered, an item not met without a note."""
        out = [Text(f"“{c.item.label.zh}”尚未审核", f"'{c.item.label.en}' is not answered") for c in self.checks if c.result is Result.PENDING]
        out += [Text(f"“{c.item.label.zh}”不符合，请在备注中说明", f"'{c.item.label.en}' is not met: say why in the note")
                for c in self.checks if c.result is Result.NOT_MET and not c.note.strip()]
        return out


def _undecided(report: SurveillanceReport) -> None:
    if report.decision is not None:
        raise DomainError(Text("已对该监督审核报告作出决定，不能再修改。", "The surveillance report is decided; it can no longer change."), "report")


def record_item(report: SurveillanceReport, item: str, result: str, note: str) -> SurveillanceReport:
    """One item of §9.8.1.5 answered (the recommendation, if made, is withdrawn: it must be made again)."""
    _undecided(report)
    item, result = Item(item), Result(result)
    checks = tuple(ItemCheck(c.item, result, note.strip()) if c.item is item else c for c in report.checks)
    return replace(report, checks=checks, recommendation=None, recommended_on=None)


def recommend(report: SurveillanceReport, recommendation: str, conclusion: str, on: date) -> SurveillanceReport:
    """The team's recommendation (§9.8.1.6), refused while an item is open; one that does not keep needs a conclusion."""
    _undecided(report)
    gaps = report.gaps()
    if gaps:
        raise DomainError(Text("监督审核报告尚不能提出建议：" + "；".join(g.zh for g in gaps) + "。",
                               "The surveillance report cannot recommend yet: " + "; ".join(g.en for g in gaps) + "."), "checks")
    recommendation = Recommendation(recommendation)
    if recommendation is not Recommendation.KEEP and not conclusion.strip():
        raise DomainError(Text(f"建议{recommendation.label.zh}须写明审核结论。", f"A recommendation to {recommendation.label.en} needs the conclusion."),
                          "conclusion")
    return replace(report, recommendation=recommendation, conclusion=conclusion.strip(), recommended_on=on)


def decide(report: SurveillanceReport, team: dict[str, str], decision_maker_id: str, outcome: str, reasons: str,
           reason_code: str, on: date) -> SurveillanceReport:
    """Head office's decision on the report (§9.8.1.7) by someone not on the team; suspending or withdrawing needs
    its reasons and the reason's code of §11."""
    _undecided(report)
    if report.recommendation is None:
        raise DomainError(Text("监督审核报告尚未提出是否保持证书的建议，不能作出决定（第 9.8.1.6 条）。",
                               "The surveillance report has no recommendation yet; no decision can be made (§9.8.1.6)."), "report")
    if not decision_maker_id:
        raise DomainError(Text("请从人员名册中选择认证决定人。", "Pick the decision-maker from the people register."), "decision_maker_id")
    check_independence(team, "", decision_maker_id)
    if on < report.recommended_on:
        raise DomainError(Text(f"决定日期 {on} 早于监督审核报告的日期 {report.recommended_on}。",
                               f"The decision date {on} is before the surveillance report ({report.recommended_on})."), "decided_on")
    outcome = Recommendation(outcome)
    if outcome is not Recommendation.KEEP and not (reasons.strip() and str(reason_code).strip()):
        raise DomainError(Text(f"{outcome.label.zh}须说明理由并选择第 11 条的原因。",
                               f"To {outcome.label.en} needs the reasons and a reason of §11."), "reasons")
    return replace(report, decision=outcome, decided_by=decision_maker_id, decided_on=on, reasons=reasons.strip(),
                   reason_code="" if outcome is Recommendation.KEEP else str(reason_code).strip())
