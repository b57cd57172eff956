"""Suspension and withdrawal of a certificate (seed 001 §11).

Each names its reason from §11.1.1 (1)–(4) or §11.2.1 1)–6), the day the information was verified and the day it was
decided, by a person of the register.  The decision is due within 5 working days of the verification
(:mod:`.working_days`, with the register's holidays); a later one is recorded and shown as late.  A suspension has a
start and a period (its last day), during which the certificate prints as suspended and may not be used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from app.domain.certification.working_days import SUSPENSION_WORKING_DAYS, add_working_days
from app.domain.kernel.choices import Choice
from app.domain.kernel.text import DomainError, Text


class SuspensionReason(Choice):
    """§11.1.1 (1)–(4)."""

    ORDERED_TO_STOP = "1", "(1) 被执法监管部门责令停业/停产整顿", "(1) ordered by a regulator to stop operating"
    PERMIT_LAPSED = "2", "(2) 行政许可、资质证书等过期失效，重新申请已受理但尚未换证", "(2) a permit or licence lapsed, renewal applied for"
    ON_REQUEST = "3", "(3) 主动请求暂停", "(3) at the certified organisation's own request"
    UNREVIEWED_CHANGE = "4", "(4) 变化导致评估结果严重失实，超过 3 个月未申请复查", "(4) a change made the results untrue, no review asked for in 3 months"


class WithdrawalReason(Choice):
    """§11.2.1 1)–6)."""

    SERIOUS_BREACH = "1", "1) 严重违法、法律地位证明文件被注销或撤销", "1) a serious breach of law, legal standing revoked"
    REFUSED_SUPERVISION = "2", "2) 拒绝配合监督检查或提供虚假材料", "2) refused supervision or gave false information"
    SUSPENSION_EXPIRED = "3", "3) 暂停期满但问题未解决", "3) the suspension expired with its cause unresolved"
    MISUSE = "4", "4) 错误引用宣传证书，超过 6 个月未纠正", "4) misused the certificate, not corrected within 6 months"
    REFUSED_REVIEW = "5", "5) 变化导致评估结果严重失实，拒绝申请复查", "5) a change made the results untrue, review refused"
    OTHER = "6", "6) 其他应当撤销的情况", "6) other grounds for withdrawal"


@dataclass(frozen=True)
class Suspension:
    reason: SuspensionReason
    verified_on: date  # the day the information was investigated and verified
    decided_on: date
    by: str  # person id
    starts: date
    ends: date  # the last day of the suspension period
    note: str = ""
    lifted_on: date | None = None
    deadline: date | None = None  # 5 working days after verification

    @property
    def late(self) -> bool:
        return self.deadline is not None and self.decided_on > self.deadline


@dataclass(frozen=True)
class Withdrawal:
    reason: WithdrawalReason
    verified_on: date
    decided_on: date
    by: str
    note: str = ""
    deadline: date | None = None

    @property
    def late(self) -> bool:
        return self.deadline is not None and self.decided_on > self.deadline


def deadline(verified_on: date, holidays: Iterable[date] = ()) -> date:
    """The last day to suspend or withdraw: 5 working days after the information was verified (§11.1.1, §11.2.1)."""
    return add_working_days(verified_on, SUSPENSION_WORKING_DAYS, holidays)


def _dated(verified_on: date, decided_on: date, by: str) -> None:
    if not by:
        raise DomainError(Text("请从人员名册中选择作出决定的人。", "Pick who decides from the people register."), "by")
    if decided_on < verified_on:
        raise DomainError(Text(f"决定日期 {decided_on} 早于核实日期 {verified_on}。",
                               f"The decision date {decided_on} is before the information was verified ({verified_on})."), "decided_on")


def make_suspension(reason: str, verified_on: date, decided_on: date, by: str, starts: date, ends: date,
                    holidays: Iterable[date] = (), note: str = "") -> Suspension:
    _dated(verified_on, decided_on, by)
    if ends < starts:
        raise DomainError(Text(f"暂停期末日 {ends} 早于起始日 {starts}。", f"The suspension ends ({ends}) before it starts ({starts})."), "ends")
    if starts < decided_on:
        raise DomainError(Text(f"暂停起始日 {starts} 早于决定日期 {decided_on}。", f"The suspension starts ({starts}) before it is decided ({decided_on})."), "starts")
    return Suspension(_reason(SuspensionReason, reason), verified_on, decided_on, by, starts, ends, note.strip(),
                      deadline=deadline(verified_on, holidays))


def make_withdrawal(reason: str, verified_on: date, decided_on: date, by: str, holidays: Iterable[date] = (), note: str = "") -> Withdrawal:
    _dated(verified_on, decided_on, by)
    return Withdrawal(_reason(WithdrawalReason, reason), verified_on, decided_on, by, note.strip(), deadline(verified_on, holidays))


def _reason(kind: type[Choice], code: str):
    try:
        return kind(str(code).strip("()） "))
    except ValueError:
        codes = ", ".join(r.value for r in kind)
        raise DomainError(Text(f"原因代码 {code} 无效（可选：{codes}）。", f"Unknown reason code {code} (one of {codes})."), "reason") from None
