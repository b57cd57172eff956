"""The certificate register and each certificate's life (seed 001 §9.8, §10.3, §10.4, §11).

A certificate takes the next number of the body's register (``VF-CN-2026-0001``; a demo's ``DEMO-CN-…``, so a demo
never takes a real number), is valid from its issue date to the day before the third anniversary, and carries the
surveillance schedule of :mod:`app.domain.engagement.surveillance` (the first within 12 months of the decision, one
each calendar year but the recertification year, never more than 15 months apart).  Its status on a day is valid,
suspended, withdrawn, expired or renewed; an overdue surveillance proposes suspension (§9.8.1.2 c), and a suspension
past its period with the cause unresolved proposes withdrawal (§11.2.1 3)).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.certification.status_change import Suspension, Withdrawal, WithdrawalReason
from app.domain.engagement.surveillance import CertificateSchedule, ScheduledAudit, certificate_schedule
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

DEFAULT_PREFIX = "VF-CN"
DEMO_PREFIX = "DEMO-CN"


class CertificateStatus(Choice):
    VALID = "valid", "有效", "valid"
    SUSPENDED = "suspended", "暂停", "suspended"
    WITHDRAWN = "withdrawn", "撤销", "withdrawn"
    EXPIRED = "expired", "过期", "expired"
    RENEWED = "renewed", "已换证", "renewed"


@dataclass(frozen=True)
class RegisterSettings:
    """The body's register: its number prefix and the holidays its working-day deadlines skip."""

    prefix: str = DEFAULT_PREFIX
    holidays: tuple[date, ...] = ()
    id: str = "register"


@dataclass(frozen=True)
class Certificate:
    number: str
    engagement_id: str
    engagement_code: str
    client: str
    programme: str
    scope: str
    decided_on: date
    issued: date
    surveillances: tuple[date, ...] = ()  # the surveillance audits held, in order
    suspensions: tuple[Suspension, ...] = ()
    withdrawal: Withdrawal | None = None
    renewed_by: str = ""  # the number of the certificate that replaced it on recertification
    id: str = field(default_factory=new_id)

    def schedule(self) -> CertificateSchedule:
        return certificate_schedule(self.decided_on, self.issued, self.surveillances)

    @property
    def valid_until(self) -> date:
        return self.schedule().expires

    def next_surveillance_due(self) -> date | None:
        """The last day of the next surveillance not held yet (None when only the recertification is left)."""
        return next((a.due_by for a in self.schedule().audits[:-1] if a.held_on is None), None)

    def current_suspension(self, today: date) -> Suspension | None:
        return next((s for s in self.suspensions if s.starts <= today and s.lifted_on is None), None)

    def status(self, today: date) -> CertificateStatus:
        if self.withdrawal is not None:
            return CertificateStatus.WITHDRAWN
        if self.renewed_by:
            return CertificateStatus.RENEWED
        if today > self.valid_until:
            return CertificateStatus.EXPIRED
        if self.current_suspension(today) is not None:
            return CertificateStatus.SUSPENDED
        return CertificateStatus.VALID

    def overdue(self, today: date) -> list[ScheduledAudit]:
        """The surveillances past their last day and not held (while the certificate is alive)."""
        if self.status(today) in (CertificateStatus.WITHDRAWN, CertificateStatus.RENEWED, CertificateStatus.EXPIRED):
            return []
        return [a for a in self.schedule().audits[:-1] if a.held_on is None and a.due_by < today]

    def proposals(self, today: date) -> list[Text]:
        """What the register proposes today: a suspension for an overdue surveillance, a withdrawal for an expired
        suspension."""
        out = [Text(f"{a.label.zh}已超期（应于 {a.due_by} 前完成）：建议暂停证书（第 9.8.1.2 c 条）",
                    f"{a.label.en} is overdue (due by {a.due_by}): suspension proposed (§9.8.1.2 c)")
               for a in self.overdue(today) if self.current_suspension(today) is None]
        held = self.current_suspension(today)
        if held is not None and today > held.ends and self.withdrawal is None:
            out.append(Text(f"暂停期已于 {held.ends} 届满而原因未解决：建议撤销证书（第 11.2.1 条 3)）",
                            f"the suspension ended on {held.ends} with its cause unresolved: withdrawal proposed (§11.2.1 3))"))
        return out

    def alive(self, today: date) -> None:
        """Refuse a change to a certificate that is withdrawn, renewed or expired."""
        status = self.status(today)
        if status in (CertificateStatus.WITHDRAWN, CertificateStatus.RENEWED, CertificateStatus.EXPIRED):
            raise DomainError(Text(f"证书 {self.number} 已{status.label.zh}，不能再变更。",
                                   f"The certificate {self.number} is {status.label.en}; it can no longer change."), "certificate")


def next_number(prefix: str, year: int, held: list[str]) -> str:
    """The next free number of ``year`` in the register: ``{prefix}-{year}-0001``, ``…-0002``, …"""
    head = f"{prefix}-{year}-"
    numbers = [int(n[len(head):]) for n in held if n.startswith(head) and n[len(head):].isdigit()]
    return f"{head}{max(numbers, default=0) + 1:04d}"


def record_surveillance(certificate: Certificate, held_on: date, today: date) -> Certificate:
    """A surveillance audit held (the next one's window counts from it); never in the future or after another."""
    certificate.alive(today)
    if held_on > today:
        raise DomainError(Text(f"监督审核日期 {held_on} 晚于今天。", f"The surveillance date {held_on} is in the future."), "held_on")
    last = certificate.surveillances[-1] if certificate.surveillances else certificate.decided_on
    if held_on < last:
        raise DomainError(Text(f"监督审核日期 {held_on} 早于上一次审核或认证决定（{last}）。",
                               f"The surveillance date {held_on} is before the previous audit or the decision ({last})."), "held_on")
    if certificate.next_surveillance_due() is None:
        raise DomainError(Text("再认证年度不需要监督审核。", "No surveillance is due in the recertification year."), "held_on")
    return replace(certificate, surveillances=certificate.surveillances + (held_on,))


def hold_surveillance_once(certificate: Certificate, held_on: date, today: date) -> Certificate:
    """The surveillance held on ``held_on``, unless it is counted already (the surveillance report's decision and the
    engagement's own certification decision both count the same audit)."""
    return certificate if held_on in certificate.surveillances else record_surveillance(certificate, held_on, today)


def suspend(certificate: Certificate, suspension: Suspension, today: date) -> Certificate:
    certificate.alive(today)
    if certificate.current_suspension(suspension.starts) is not None:
        raise DomainError(Text(f"证书 {certificate.number} 已暂停。", f"The certificate {certificate.number} is already suspended."), "certificate")
    return replace(certificate, suspensions=certificate.suspensions + (suspension,))


def reinstate(certificate: Certificate, on: date) -> Certificate:
    """Lift the suspension once its cause is resolved, within its period; past the period it is withdrawn instead."""
    held = certificate.current_suspension(on)
    if held is None:
        raise DomainError(Text(f"证书 {certificate.number} 未被暂停。", f"The certificate {certificate.number} is not suspended."), "certificate")
    if on > held.ends:
        raise DomainError(Text(f"暂停期已于 {held.ends} 届满，证书不能恢复，应予撤销（第 11.2.1 条 3)）。",
                               f"The suspension ended on {held.ends}; the certificate cannot be reinstated and is to be withdrawn (§11.2.1 3))."),
                          "certificate")
    lifted = replace(held, lifted_on=on)
    return replace(certificate, suspensions=tuple(lifted if s is held else s for s in certificate.suspensions))


def withdraw(certificate: Certificate, withdrawal: Withdrawal, today: date) -> Certificate:
    certificate.alive(today)
    if withdrawal.reason is WithdrawalReason.SUSPENSION_EXPIRED:
        held = certificate.current_suspension(today)
        if held is None or today <= held.ends:
            raise DomainError(Text("原因 3) 仅适用于暂停期已满的证书。", "Reason 3) applies only to a certificate whose suspension period is over."), "reason")
    return replace(certificate, withdrawal=withdrawal)


def renew(old: Certificate, new: Certificate) -> Certificate:
    """The old certificate replaced on recertification, decided before it expired (§9.8.2 6.3, 6.4)."""
    old.alive(new.decided_on)
    return replace(old, renewed_by=new.number)
