"""The register of documents the client sent (seed 001 §9.3) and the time spent per stage.

Each document has a type, version, the date received, its file (in the
evidence store), the review result and comments.  "Insufficient" is the
result that, per §9.3, stops the review: the page offers to raise a finding.
The time log per stage checks the rule that document review takes no more
than 20 % of the man-days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

from app.domain.engagement.mandays import DOCUMENT_REVIEW_SHARE_MAX
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class DocumentType(Choice):
    GHG_REPORT = "ghg-report", "温室气体排放报告", "GHG report"
    FOOTPRINT = "footprint", "碳足迹报告", "carbon-footprint report"
    WORKBOOK = "workbook", "计算表（Excel）", "calculation workbook"
    PROCEDURE = "procedure", "数据管理程序", "data-management procedure"
    PROCESS = "process", "工艺/服务过程说明", "process description"
    MONITORING_PLAN = "monitoring-plan", "监测计划", "monitoring plan"
    CALIBRATION = "calibration", "计量器具检定/校准证书", "meter calibration certificate"
    INVOICE = "invoice", "发票/结算单", "invoices"
    PRODUCTION = "production", "生产报表", "production report"
    RETIREMENT = "retirement", "抵消注销证明", "offset retirement certificate"
    OTHER = "other", "其他", "other"


class ReviewResult(Choice):
    PENDING = "pending", "待审", "to review"
    ACCEPTED = "accepted", "符合", "accepted"
    CLARIFY = "clarify", "需澄清", "clarification needed"
    INSUFFICIENT = "insufficient", "信息不足", "insufficient"


@dataclass(frozen=True)
class Document:
    type: DocumentType
    title: str
    version: str = ""
    received: date | None = None
    evidence_id: str = ""  # the attached file, an Evidence of this engagement
    result: ReviewResult = ReviewResult.PENDING
    comments: str = ""
    finding_id: str = ""  # the finding raised when it was insufficient
    id: str = field(default_factory=new_id)

    EDITABLE = ("type", "title", "version", "received", "evidence_id", "result", "comments")

    def validated(self, today: date) -> "Document":
        try:
            checked = replace(self, type=DocumentType(self.type), result=ReviewResult(self.result), title=self.title.strip())
        except ValueError:
            raise DomainError(Text("文件类型或审定结论无效。", "Unknown document type or review result."), "type") from None
        if not checked.title:
            raise DomainError(Text("请填写文件名称。", "Enter the document's title."), "title")
        if checked.received and checked.received > today:
            raise DomainError(Text("收到日期不能晚于今天。", "The date received cannot be in the future."), "received")
        if checked.result in (ReviewResult.CLARIFY, ReviewResult.INSUFFICIENT) and not checked.comments.strip():
            raise DomainError(Text("请写明需要澄清或不足之处。", "Say what needs clarifying or is missing."), "comments")
        return checked


MAX_DAYS_PER_DAY = 1.5  # one person, one day, all stages


class WorkStage(Choice):
    DOCUMENT_REVIEW = "document-review", "文件审定", "document review"
    SITE = "site", "现场核查", "site verification"
    REPORT = "report", "报告编写", "statement and report"


@dataclass(frozen=True)
class TimeEntry:
    """Days one person spent on one stage on one day."""

    stage: WorkStage
    person: str
    day: date
    days: float
    note: str = ""
    id: str = field(default_factory=new_id)

    def validated(self) -> "TimeEntry":
        if (isinstance(self.days, bool) or not isinstance(self.days, (int, float)) or not math.isfinite(self.days)
                or not 0 < self.days <= MAX_DAYS_PER_DAY):
            raise DomainError(Text(f"每人每天记录 0 至 {MAX_DAYS_PER_DAY:g} 人天。",
                                   f"Log between 0 and {MAX_DAYS_PER_DAY:g} days per person per day."), "days")
        if not self.person.strip():
            raise DomainError(Text("请填写核查员。", "Enter who did the work."), "person")
        return replace(self, stage=WorkStage(self.stage), person=self.person.strip(), days=float(self.days))


@dataclass(frozen=True)
class TimeCheck:
    """Days logged per stage against the planned man-days, and the 20 % document-review rule (§9.3)."""

    by_stage: dict[WorkStage, float]
    planned_total: float | None

    @property
    def logged_total(self) -> float:
        return math.fsum(self.by_stage.values())

    @property
    def review_share(self) -> float | None:
        """Document review as a share of the planned man-days (of the logged ones when there is no plan)."""
        basis = self.planned_total or self.logged_total
        return self.by_stage[WorkStage.DOCUMENT_REVIEW] / basis if basis else None

    @property
    def problem(self) -> Text | None:
        share = self.review_share
        if share is None or share <= DOCUMENT_REVIEW_SHARE_MAX + 1e-9:
            return None
        return Text(
            f"文件审定已记录 {self.by_stage[WorkStage.DOCUMENT_REVIEW]:g} 人天，占总人天的 {share:.0%}，超过 20% 的上限（CICC-ZY/GZ-21 第 9.3 条）。",
            f"Document review has {self.by_stage[WorkStage.DOCUMENT_REVIEW]:g} days logged, {share:.0%} of the man-days, "
            f"above the 20 % limit (CICC-ZY/GZ-21 §9.3).",
        )


def time_check(entries: Iterable[TimeEntry], planned_total: float | None) -> TimeCheck:
    held = list(entries)
    return TimeCheck({stage: math.fsum(e.days for e in held if e.stage is stage) for stage in WorkStage}, planned_total)
