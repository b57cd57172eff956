"""Use cases of head office (seed 001 §10, §11): the inbox, the technical review, the decision and the certificate
it issues, surveillance, suspension, reinstatement and withdrawal, the programme manager's view.

Each opens the unit of work, lets :mod:`app.domain.certification` check the rules, records the change in the
hash-chained history and commits, or raises a :class:`DomainError` and changes nothing.  The review and the decision
also move the engagement (reviewer named, technical review; decision-maker and dates, decided, issued) through the
life cycle's own gates, in the same transaction.  Appeals, complaints and records are :mod:`app.services.cases`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable

from app.domain.certification import certificate as register
from app.domain.certification import decision as decisions
from app.domain.certification import review as reviews
from app.domain.certification import status_change
from app.domain.certification.certificate import Certificate, CertificateStatus, RegisterSettings
from app.domain.certification.decision import Decision, Outcome
from app.domain.certification.follow_up import FollowUp, FollowUpKind, follow_up_engagement
from app.domain.certification.review import Review
from app.domain.certification.working_days import parse_holidays
from app.domain.engagement.engagement import Engagement
from app.domain.engagement.people import PersonRole
from app.domain.engagement.stages import SEQUENCE, Stage
from app.domain.engagement.summary import EngagementSummary
from app.domain.kernel.history import diff
from app.domain.kernel.records import history_fields
from app.domain.kernel.text import DomainError, NotFound, Text
from app.domain.lifecycle import gates
from app.services import engagements as engagement_services
from app.services.engagements import check_person, check_role, now
from app.services.ports import UnitOfWork

SETTINGS = "settings"
DUE_SOON_DAYS = 90


# --- the register's settings -----------------------------------------------------------------
def settings(uow: UnitOfWork) -> RegisterSettings:
    with uow:
        return _settings(uow)


def _settings(uow: UnitOfWork) -> RegisterSettings:
    try:
        return uow.head_office.get(SETTINGS, RegisterSettings().id)
    except NotFound:
        return RegisterSettings()


def save_settings(uow: UnitOfWork, prefix: str, holidays: tuple[date, ...] | str, actor: str) -> RegisterSettings:
    """The register's number prefix and holiday list (the working-day deadlines skip the holidays)."""
    if isinstance(holidays, str):
        holidays = parse_holidays(holidays)
    prefix = prefix.strip().upper()
    if not prefix or not all(c.isalnum() or c == "-" for c in prefix):
        raise DomainError(Text("证书编号前缀只能由字母、数字和连字符组成。", "The number prefix takes letters, digits and hyphens only."), "prefix")
    with uow:
        old = _settings(uow)
        new = replace(old, prefix=prefix, holidays=tuple(sorted(set(holidays))))
        put_record(uow, SETTINGS, None, old, new, actor)
        uow.commit()
    return new


# --- the inbox -------------------------------------------------------------------------------
def inbox(uow: UnitOfWork) -> list[EngagementSummary]:
    """The engagements submitted to head office, in review, decided or issued."""
    first = SEQUENCE.index(Stage.SUBMITTED)
    with uow:
        return [s for s in uow.engagements.summaries() if s.status in {x.value for x in SEQUENCE[first:]}]


# --- the technical review ----------------------------------------------------------------------
def review_of(uow: UnitOfWork, engagement_id: str) -> Review | None:
    """The engagement's current review (the latest started), or None."""
    with uow:
        return _review(uow, engagement_id)


def _review(uow: UnitOfWork, engagement_id: str) -> Review | None:
    held = uow.head_office.of(engagement_id, "review")
    return max(held, key=lambda r: r.round, default=None)


def review_in(uow: UnitOfWork, engagement_id: str) -> Review | None:
    """The engagement's current review, read in a unit of work the caller holds open (:mod:`.review_points`)."""
    return _review(uow, engagement_id)


def start_review(uow: UnitOfWork, engagement_id: str, reviewer_id: str, actor: str, today: date) -> Review:
    """Name the reviewer (from the register, not on the team) and move a submitted engagement into technical review;
    after a rejected decision, the next round of review of an engagement still in technical review."""
    with uow:
        e = uow.engagements.get(engagement_id)
        check_person(uow, reviewer_id, "reviewer_id")
        last = _review(uow, engagement_id)
        rejected = last is not None and any(d.review_id == last.id for d in uow.head_office.of(engagement_id, "decision"))
        if not (e.status is Stage.SUBMITTED or (e.status is Stage.TECHNICAL_REVIEW and rejected)):
            raise DomainError(Text(f"项目处于“{e.status.label.zh}”，只有已提交（或认证决定不予批准）的项目可以开始技术评审。",
                                   f"The engagement is {e.status.label.en}; only a submitted (or rejected) engagement goes to technical review."), "status")
        review = reviews.start_review(engagement_id, _team(e), reviewer_id, today, last.round + 1 if last else 1)
        check_role(uow, reviewer_id, PersonRole.REVIEWER, "reviewer_id")
        if e.status is Stage.SUBMITTED:
            _move(uow, e, lambda x: replace(x, reviewer_id=reviewer_id), actor)
        else:
            _rename_reviewer(uow, e, reviewer_id, actor)
        put_record(uow, "review", engagement_id, None, review, actor)
        uow.commit()
    return review


def change_review(uow: UnitOfWork, engagement_id: str, step: Callable[[Review], Review], actor: str) -> Review:
    """Apply ``step`` (a function of :mod:`app.domain.certification.review`) to the engagement's review."""
    with uow:
        old = _review(uow, engagement_id)
        if old is None:
            raise DomainError(Text("该项目尚未开始技术评审。", "The engagement's technical review has not started."), "review")
        new = step(old)
        put_record(uow, "review", engagement_id, old, new, actor)
        uow.commit()
    return new


def record_check(uow: UnitOfWork, engagement_id: str, check: str, result: str, note: str, actor: str) -> Review:
    return change_review(uow, engagement_id, lambda r: reviews.record_check(r, check, result, note), actor)


def raise_point(uow: UnitOfWork, engagement_id: str, text: str, actor: str, today: date) -> Review:
    return change_review(uow, engagement_id, lambda r: reviews.raise_point(r, text, today)[0], actor)


def answer_point(uow: UnitOfWork, engagement_id: str, point_id: str, answer: str, by: str, actor: str, today: date) -> Review:
    return change_review(uow, engagement_id, lambda r: reviews.answer_point(r, point_id, answer, by, today), actor)


def close_point(uow: UnitOfWork, engagement_id: str, point_id: str, actor: str, today: date) -> Review:
    return change_review(uow, engagement_id, lambda r: reviews.close_point(r, point_id, today), actor)


def approve_review(uow: UnitOfWork, engagement_id: str, actor: str, today: date) -> Review:
    return change_review(uow, engagement_id, lambda r: reviews.approve(r, today), actor)


# --- the decision and the certificate -----------------------------------------------------------
def decisions_of(uow: UnitOfWork, engagement_id: str) -> list[Decision]:
    with uow:
        return sorted(uow.head_office.of(engagement_id, "decision"), key=lambda d: d.decided_on)


def decide(uow: UnitOfWork, engagement_id: str, decision_maker_id: str, approve: bool, reasons: str, on: date,
           actor: str) -> tuple[Decision, Certificate | None]:
    """The decision; an approval moves the engagement to decided and issued and enters its certificate in the
    register (the next number, issued on the decision's day, valid to the day before the third anniversary)."""
    with uow:
        e = uow.engagements.get(engagement_id)
        check_person(uow, decision_maker_id, "decision_maker_id")
        if e.status is not Stage.TECHNICAL_REVIEW:
            raise DomainError(Text(f"项目处于“{e.status.label.zh}”，不在技术评审阶段，不能作出认证决定。",
                                   f"The engagement is {e.status.label.en}, not in technical review; no decision can be made."), "status")
        decision = decisions.decide(_review(uow, engagement_id), _team(e), decision_maker_id, approve, reasons, on,
                                    tuple(uow.head_office.of(engagement_id, "decision")))
        check_role(uow, decision_maker_id, PersonRole.DECISION_MAKER, "decision_maker_id")
        put_record(uow, "decision", engagement_id, None, decision, actor)
        certificate = None
        if decision.outcome is Outcome.APPROVED:
            e = _move(uow, e, lambda x: replace(x, decision_maker_id=decision_maker_id, decision_date=on), actor)
            e = _move(uow, e, lambda x: replace(x, issue_date=on), actor)
            certificate = _follow_up_decided(uow, e, on, actor)
        uow.commit()
    return decision, certificate


def _follow_up_decided(uow: UnitOfWork, e: Engagement, on: date, actor: str) -> Certificate:
    """The certificate an approval gives: a new one, or for a surveillance the old one with the audit held; a
    recertification's new one replaces the old (refused once the old has expired)."""
    link = next(iter(uow.head_office.of(e.id, "follow-up")), None)
    if link is None:
        return _issue(uow, e, on, actor)
    old = _certificate(uow, link.certificate)
    if link.kind is FollowUpKind.SURVEILLANCE:
        held = register.hold_surveillance_once(old, e.site_visit_last or on, on)
        put_record(uow, "certificate", old.engagement_id, old, held, actor, key=old.number)
        return held
    old.alive(on)
    new = _issue(uow, e, on, actor)
    put_record(uow, "certificate", old.engagement_id, old, register.renew(old, new), actor, key=old.number)
    return new


def start_follow_up(uow: UnitOfWork, number: str, kind: str, actor: str, today: date) -> str:
    """A surveillance or recertification engagement from a certificate (client, boundary, scope and team carried
    over); returns its id.  The engagement and its link to the certificate are stored in one transaction."""
    try:
        kind = FollowUpKind(kind)
    except ValueError:
        raise DomainError(Text(f"“{kind}”不是监督审核或再认证。", f"“{kind}” is neither a surveillance nor a recertification."), "kind") from None
    with uow:
        held = _certificate(uow, number)
        held.alive(today)
        source = uow.engagements.get(held.engagement_id)
        engagement_id = engagement_services.add_engagement(uow, follow_up_engagement(source, kind, today.year), actor, today)
        put_record(uow, "follow-up", engagement_id, None, FollowUp(number, engagement_id, kind), actor)
        uow.commit()
    return engagement_id


def follow_ups(uow: UnitOfWork, number: str) -> list[FollowUp]:
    with uow.reading() as ro:
        return [f for f in ro.head_office.all("follow-up") if f.certificate == number]


def withdrawn(uow: UnitOfWork) -> list[Certificate]:
    """The public list of withdrawn certificates (§11.2.2)."""
    return sorted((c for c in certificates(uow) if c.withdrawal is not None), key=lambda c: c.withdrawal.decided_on)


def _issue(uow: UnitOfWork, e: Engagement, on: date, actor: str) -> Certificate:
    client = uow.organisations.get(e.organisation_id)
    prefix = register.DEMO_PREFIX if e.is_demo else _settings(uow).prefix
    number = register.next_number(prefix, on.year, uow.head_office.keys("certificate"))
    certificate = Certificate(number, e.id, e.code, client.name_zh or client.name_en, e.programme.value, e.scope_text, on, on)
    put_record(uow, "certificate", e.id, None, certificate, actor, key=number)
    return certificate


def certificates(uow: UnitOfWork) -> list[Certificate]:
    """The register (read-only, §13.5: every query of head office's records runs in :meth:`UnitOfWork.reading`)."""
    with uow.reading() as ro:
        return ro.head_office.all("certificate")


def certificate(uow: UnitOfWork, number: str) -> Certificate:
    with uow.reading() as ro:
        return _certificate(ro, number)


def _certificate(uow: UnitOfWork, number: str) -> Certificate:
    try:
        return uow.head_office.by_key("certificate", number)
    except NotFound:
        raise DomainError(Text(f"证书登记册中没有编号为 {number} 的证书。", f"No certificate numbered {number} is in the register."), "certificate") from None


def change_certificate(uow: UnitOfWork, number: str, step: Callable[[Certificate, RegisterSettings], Certificate], actor: str,
                       person_id: str = "") -> Certificate:
    with uow:
        if person_id:
            check_person(uow, person_id, "by")
            check_role(uow, person_id, PersonRole.DECISION_MAKER, "by")
        old = _certificate(uow, number)
        new = step(old, _settings(uow))
        put_record(uow, "certificate", old.engagement_id, old, new, actor, key=number)
        uow.commit()
    return new


def record_surveillance(uow: UnitOfWork, number: str, held_on: date, actor: str, today: date) -> Certificate:
    return change_certificate(uow, number, lambda c, _: register.record_surveillance(c, held_on, today), actor)


def suspend(uow: UnitOfWork, number: str, reason: str, by: str, verified_on: date, decided_on: date, starts: date, ends: date,
            actor: str, note: str = "") -> Certificate:
    """Suspend (§11.1.1 reason (1)–(4)); the 5-working-day deadline counts from ``verified_on`` over the holidays."""
    return change_certificate(uow, number, lambda c, s: register.suspend(
        c, status_change.make_suspension(reason, verified_on, decided_on, by, starts, ends, s.holidays, note), decided_on), actor, by)


def reinstate(uow: UnitOfWork, number: str, on: date, actor: str) -> Certificate:
    return change_certificate(uow, number, lambda c, _: register.reinstate(c, on), actor)


def withdraw(uow: UnitOfWork, number: str, reason: str, by: str, verified_on: date, decided_on: date, actor: str,
             note: str = "") -> Certificate:
    """Withdraw (§11.2.1 reason 1)–6)); the 5-working-day deadline as for a suspension."""
    return change_certificate(uow, number, lambda c, s: register.withdraw(
        c, status_change.make_withdrawal(reason, verified_on, decided_on, by, s.holidays, note), decided_on), actor, by)


# --- the programme manager's view --------------------------------------------------------------
@dataclass(frozen=True)
class ProgrammeView:
    by_status: dict[CertificateStatus, list[Certificate]]
    due_soon: list[Certificate]  # the next surveillance within 90 days
    overdue: list[Certificate]
    waiting: list[EngagementSummary]  # approved reviews waiting for a decision
    proposals: dict[str, list[Text]]  # certificate number → what the register proposes


def programme_view(uow: UnitOfWork, today: date) -> ProgrammeView:
    held = certificates(uow)
    by_status = {s: [c for c in held if c.status(today) is s] for s in CertificateStatus}
    alive = by_status[CertificateStatus.VALID] + by_status[CertificateStatus.SUSPENDED]
    due_soon = [c for c in alive if (d := c.next_surveillance_due()) is not None and today <= d and (d - today).days <= DUE_SOON_DAYS]
    overdue = [c for c in held if c.overdue(today)]
    with uow.reading() as ro:
        waiting = [s for s in ro.engagements.summaries() if s.status == Stage.TECHNICAL_REVIEW.value
                   and (r := _review(ro, s.id)) is not None and r.approved]
    return ProgrammeView(by_status, due_soon, overdue, waiting, {c.number: c.proposals(today) for c in held if c.proposals(today)})


# --- shared --------------------------------------------------------------------------------------
def _team(e: Engagement) -> dict[str, str]:
    return {m.person_id: m.name for m in e.team}


def _move(uow: UnitOfWork, e: Engagement, change: Callable[[Engagement], Engagement], actor: str) -> Engagement:
    """Change the engagement's head-office fields and move it one stage on through its gate, recorded."""
    client = uow.organisations.get(e.organisation_id)
    after = change(uow.engagements.get(e.id))
    after.validate()
    gates.advance(after, client, uow.findings.of(e.id), uow.statements.of(e.id), own=engagement_services.read_document_gaps(uow, after))
    after.revision = e.revision + 1
    uow.engagements.save(after)
    uow.history.append(diff(e.id, "engagement", e.id, e.snapshot(), after.snapshot()), actor, now())
    return after


def _rename_reviewer(uow: UnitOfWork, e: Engagement, reviewer_id: str, actor: str) -> None:
    after = replace(uow.engagements.get(e.id), reviewer_id=reviewer_id, revision=e.revision + 1)
    after.validate()
    uow.engagements.save(after)
    uow.history.append(diff(e.id, "engagement", e.id, e.snapshot(), after.snapshot()), actor, now())


def put_record(uow: UnitOfWork, kind: str, engagement_id: str | None, old: Any, new: Any, actor: str, key: str = "") -> None:
    """Store a head-office record and its changes in the history (for the use cases of this module and cases.py)."""
    uow.head_office.put(kind, new, engagement_id, key)
    before = history_fields(old) if old is not None else {}
    uow.history.append(diff(engagement_id, kind, new.id, before, history_fields(new)), actor, now())


# --- people, as head office names them -------------------------------------------------------------
def find_person(uow: UnitOfWork, key: str) -> str:
    """The id of the person whose id, or name in either language or both, is ``key``."""
    key = " ".join(key.split())
    with uow:
        people = uow.people.all()
    found = [p.id for p in people if key in (p.id, p.name, p.name_zh, p.name_en)]
    if len(found) != 1:
        why = Text("有多人同名，请用 id", "several people have that name; use the id") if found else Text("没有此人", "no such person")
        raise DomainError(Text(f"人员名册中找不到唯一的 {key}：{why.zh}。", f"The people register has no single {key}: {why.en}."), "person")
    return found[0]


def people_with_engagements(uow: UnitOfWork) -> list[tuple[Any, list[str]]]:
    """Every person of the register and the codes of the engagements they take part in."""
    with uow:
        return [(p, uow.people.engagements_of(p.id)) for p in uow.people.all()]
