"""Use cases of the appeals and complaints register (seed 001 §12) and of record retention (§13.7).

A case's handler is checked against the people involved in the matter: for a case about an engagement, its team,
reviewer and decision-maker, plus whoever the register names.  Retention lists what head office holds with the day
its period starts, proposes what may be disposed of, and records a disposal only as a decision (nothing is deleted).
The queries read in a read-only unit of work (§13.5).
"""

from __future__ import annotations

from datetime import date

from app.domain.certification import cases as rules
from app.domain.certification import retention
from app.domain.certification.cases import Case, Step
from app.domain.certification.certificate import CertificateStatus
from app.domain.certification.retention import Disposal, Held, RecordType
from app.domain.kernel.text import DomainError, NotFound, Text
from app.services.certification import put_record
from app.services.ports import UnitOfWork


def list_cases(uow: UnitOfWork) -> list[Case]:
    """The register of cases (read-only, §13.5, like every record query here)."""
    with uow.reading() as ro:
        return sorted(ro.head_office.all("case"), key=lambda c: c.received_on)


def open_case(uow: UnitOfWork, kind: str, received_on: date, from_whom: str, summary: str, handler_id: str, actor: str,
              engagement_id: str = "", certificate: str = "", involved: tuple[str, ...] = (), external: bool = True) -> Case:
    with uow:
        names = {p.id: p.name for p in uow.people.all()}
        if handler_id and handler_id not in names:
            raise DomainError(Text("请从人员名册中选择处理人。", "Pick the handler from the people register."), "handler_id")
        if engagement_id:
            e = uow.engagements.get(engagement_id)
            involved = (*involved, *(m.person_id for m in e.team), e.reviewer_id, e.decision_maker_id)
        case = rules.open_case(kind, received_on, from_whom, summary, handler_id, tuple(p for p in dict.fromkeys(involved) if p),
                               names, engagement_id, certificate, external)
        put_record(uow, "case", engagement_id or None, None, case, actor)
        uow.commit()
    return case


def take_step(uow: UnitOfWork, case_id: str, on: date, note: str, actor: str) -> Case:
    with uow:
        try:
            old = uow.head_office.get("case", case_id)
        except NotFound:
            raise DomainError(Text("该案件不存在。", "There is no such case."), "case") from None
        new = rules.take_step(old, on, note)
        put_record(uow, "case", old.engagement_id or None, old, new, actor)
        uow.commit()
    return new


def held_records(uow: UnitOfWork, today: date) -> list[Held]:
    """What head office holds under §13.7: each case (from its last step), each suspension or withdrawal."""
    out: list[Held] = []
    for case in list_cases(uow):
        kind = RecordType.APPEAL if case.kind is rules.CaseKind.APPEAL else (
            RecordType.COMPLAINT_EXTERNAL if case.external else RecordType.COMPLAINT_INTERNAL)
        out.append(Held(case.id, kind, case.taken(Step.COMMUNICATED), f"{case.kind.label.en} {case.received_on} {case.from_whom}"))
    with uow.reading() as ro:
        for c in ro.head_office.all("certificate"):
            if c.suspensions or c.withdrawal:
                closed = c.withdrawal.decided_on if c.withdrawal else (
                    c.valid_until if c.status(today) is CertificateStatus.EXPIRED else None)
                out.append(Held(c.number, RecordType.SUSPENSION_WITHDRAWAL, closed, c.number))
    return out


def disposable(uow: UnitOfWork, today: date) -> list[Held]:
    """The report of what may be disposed of today (read only)."""
    with uow.reading() as ro:
        done = {d.ref for d in ro.head_office.all("disposal")}
    return retention.disposable(held_records(uow, today), today, done)


def decide_disposal(uow: UnitOfWork, ref: str, by: str, on: date, reason: str, actor: str) -> Disposal:
    record = next((r for r in held_records(uow, on) if r.ref == ref), None)
    if record is None:
        raise DomainError(Text(f"没有记录 {ref}。", f"There is no record {ref}."), "record")
    disposal = retention.decide_disposal(record, by, on, reason)
    with uow:
        put_record(uow, "disposal", None, None, disposal, actor, key=ref)
        uow.commit()
    return disposal
