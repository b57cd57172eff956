"""Record retention (seed 001 §13.7): each kind of record and its minimum period, what may be disposed of, and the
recorded decision without which nothing is disposed of.

Periods count from the day a record was closed (a case communicated, a certificate withdrawn or expired, a person
leaving).  A record kept "as the current version" is never proposed for disposal while it is current.  Record
queries are read-only (§13.5): this module only proposes; a :class:`Disposal` records who decided, when and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.kernel.choices import Choice
from app.domain.kernel.dates import add_years
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

CERTIFICATION_CYCLE_YEARS = 3


class RecordType(Choice):
    LICENCE = "licence", "专有技术许可协议", "know-how licence agreements"
    MANAGEMENT_REVIEW = "management-review", "管理评审", "management reviews"
    AUDIT_PLAN = "audit-plan", "审核(核查)计划时间表", "audit (verification) plans and timetables"
    INTERNAL_AUDIT = "internal-audit", "内审", "internal audits"
    EXTERNAL_AUDIT = "external-audit", "外审", "external audits"
    PROCEDURES = "procedures", "管理体系程序", "management-system procedures"
    OBSOLETE_PROCEDURES = "obsolete-procedures", "作废的程序和说明", "obsolete procedures and instructions"
    STANDARDS = "standards", "标准和法规", "standards and regulations"
    PERSONNEL_VERIFIER = "personnel-verifier", "人事记录（核查员、生产和销售）", "personnel records (verifiers, production, sales)"
    PERSONNEL_TRAINER = "personnel-trainer", "人事记录（讲师、人事主管）", "personnel records (trainers, personnel managers)"
    COMPLAINT_INTERNAL = "complaint-internal", "投诉（内部）", "complaints (internal)"
    COMPLAINT_EXTERNAL = "complaint-external", "投诉（外部）", "complaints (external)"
    CORRECTIVE_ACTION = "corrective-action", "纠正和预防措施记录", "corrective and preventive actions"
    APPEAL = "appeal", "申诉", "appeals"
    SUSPENSION_WITHDRAWAL = "suspension-withdrawal", "吊扣和取消证书", "suspensions and withdrawals of certificates"
    COMPUTER_SYSTEMS = "computer-systems", "电脑系统", "computer systems"
    CLIENT_DATABASE = "client-database", "客户（数据库）", "clients (database)"
    IMPARTIALITY_COMMITTEE = "impartiality-committee", "公正委员会", "impartiality committee"


CURRENT_VERSION = frozenset({RecordType.LICENCE, RecordType.PROCEDURES, RecordType.STANDARDS, RecordType.COMPUTER_SYSTEMS,
                             RecordType.CLIENT_DATABASE})
YEARS = {
    RecordType.MANAGEMENT_REVIEW: 3, RecordType.AUDIT_PLAN: 3, RecordType.INTERNAL_AUDIT: 3, RecordType.EXTERNAL_AUDIT: 3,
    RecordType.OBSOLETE_PROCEDURES: 3, RecordType.COMPLAINT_INTERNAL: 3, RecordType.COMPLAINT_EXTERNAL: 6,
    RecordType.CORRECTIVE_ACTION: 3, RecordType.APPEAL: 6, RecordType.SUSPENSION_WITHDRAWAL: 3,
    RecordType.IMPARTIALITY_COMMITTEE: 6,
    RecordType.PERSONNEL_VERIFIER: CERTIFICATION_CYCLE_YEARS,  # after leaving, one certification cycle
    RecordType.PERSONNEL_TRAINER: 1,  # after leaving, one year
}


@dataclass(frozen=True)
class Held:
    """A record the body holds: what it is, its kind, and the day its retention starts (None: still current/open)."""

    ref: str
    kind: RecordType
    closed_on: date | None
    label: str = ""


@dataclass(frozen=True)
class Disposal:
    """The recorded decision to dispose of a record past its period."""

    ref: str
    kind: RecordType
    decided_by: str  # person id
    decided_on: date
    reason: str
    id: str = field(default_factory=new_id)


def keep_until(record: Held) -> date | None:
    """The last day ``record`` must be kept (None: kept while current or open)."""
    if record.kind in CURRENT_VERSION or record.closed_on is None:
        return None
    return add_years(record.closed_on, YEARS[record.kind])


def disposable(records: list[Held], today: date, disposed: set[str] = frozenset()) -> list[Held]:
    """The records past their minimum period on ``today`` and not disposed of yet."""
    return [r for r in records if r.ref not in disposed and (end := keep_until(r)) is not None and end < today]


def decide_disposal(record: Held, by: str, on: date, reason: str) -> Disposal:
    """A disposal decision, refused for a record still within its period (or kept while current) or without a reason."""
    end = keep_until(record)
    if end is None or on <= end:
        until = Text("保持目前有效版本", "kept while current") if end is None else Text(f"保存至 {end}", f"kept until {end}")
        raise DomainError(Text(f"记录 {record.ref}（{record.kind.label.zh}）尚在保存期内：{until.zh}。",
                               f"The record {record.ref} ({record.kind.label.en}) is within its retention period: {until.en}."), "record")
    if not by or not reason.strip():
        raise DomainError(Text("处置须记录决定人和理由。", "A disposal needs who decided and why."), "reason")
    return Disposal(record.ref, record.kind, by, on, reason.strip())
