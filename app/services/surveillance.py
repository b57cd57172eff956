"""Use cases of the surveillance report (seed 001 §9.8.1.5–§9.8.1.7): the §9.8.1.5 checklist of a surveillance
engagement, the team's recommendation, and head office's decision on it, which then keeps (the surveillance counted
as held), suspends (held, then suspended for three months) or withdraws the certificate, in one transaction with
the report and recorded in the history.  The rules are :mod:`app.domain.certification.surveillance_report`."""

from __future__ import annotations

from datetime import date
from typing import Callable

from app.domain.certification import certificate as register
from app.domain.certification import status_change
from app.domain.certification import surveillance_report as rules
from app.domain.certification.certificate import Certificate
from app.domain.certification.follow_up import FollowUp, FollowUpKind
from app.domain.certification.surveillance_report import Recommendation, SurveillanceReport
from app.domain.engagement.people import PersonRole
from app.domain.kernel.dates import add_months
from app.domain.kernel.text import DomainError, Text
from app.services import certification as ho
from app.services.certification import put_record
from app.services.ports import UnitOfWork

KIND = "surveillance"  # the kind column holds 16 characters
SUSPENSION_MONTHS = 3


def surveillance_link(uow: UnitOfWork, engagement_id: str) -> FollowUp | None:
    """The certificate a surveillance engagement audits (None for any other engagement)."""
    with uow:
        return _link(uow, engagement_id)


def _link(uow: UnitOfWork, engagement_id: str) -> FollowUp | None:
    return next((f for f in uow.head_office.of(engagement_id, "follow-up") if f.kind is FollowUpKind.SURVEILLANCE), None)


def report_of(uow: UnitOfWork, engagement_id: str) -> SurveillanceReport | None:
    """The engagement's surveillance report as it stands (its blank checklist when nothing is answered yet)."""
    with uow:
        return _report(uow, engagement_id)


def _report(uow: UnitOfWork, engagement_id: str) -> SurveillanceReport | None:
    held = uow.head_office.of(engagement_id, KIND)
    if held:
        return held[0]
    link = _link(uow, engagement_id)
    return SurveillanceReport(engagement_id, link.certificate) if link else None


def _change(uow: UnitOfWork, engagement_id: str, step: Callable[[SurveillanceReport], SurveillanceReport], actor: str) -> SurveillanceReport:
    old = _report(uow, engagement_id)
    if old is None:
        raise DomainError(Text("该项目不是监督审核项目。", "The engagement is not a surveillance engagement."), "engagement")
    new = step(old)
    put_record(uow, KIND, engagement_id, old if uow.head_office.of(engagement_id, KIND) else None, new, actor)
    return new


def record_items(uow: UnitOfWork, engagement_id: str, answers: dict[str, tuple[str, str]], actor: str) -> SurveillanceReport:
    """The §9.8.1.5 items answered (item code → result, note), all in one transaction."""
    with uow:
        report = None
        for item, (result, note) in answers.items():
            report = _change(uow, engagement_id, lambda r, i=item, x=result, n=note: rules.record_item(r, i, x, n), actor)
        uow.commit()
    return report or report_of(uow, engagement_id)


def recommend(uow: UnitOfWork, engagement_id: str, recommendation: str, conclusion: str, actor: str, on: date) -> SurveillanceReport:
    with uow:
        report = _change(uow, engagement_id, lambda r: rules.recommend(r, recommendation, conclusion, on), actor)
        uow.commit()
    return report


def decide(uow: UnitOfWork, engagement_id: str, decision_maker_id: str, outcome: str, reasons: str, reason_code: str,
           on: date, actor: str) -> tuple[SurveillanceReport, Certificate]:
    """Head office's decision on the report (§9.8.1.7), applied to the certificate in the same transaction."""
    holidays = ho.settings(uow).holidays
    with uow:
        ho.check_person(uow, decision_maker_id, "decision_maker_id")
        e = uow.engagements.get(engagement_id)
        team = {m.person_id: m.name for m in e.team}
        report = _change(uow, engagement_id, lambda r: rules.decide(r, team, decision_maker_id, outcome, reasons, reason_code, on), actor)
        ho.check_role(uow, decision_maker_id, PersonRole.DECISION_MAKER, "decision_maker_id")
        old = uow.head_office.by_key("certificate", report.certificate)
        if report.decision is Recommendation.WITHDRAW:
            new = register.withdraw(old, status_change.make_withdrawal(report.reason_code, on, on, decision_maker_id, holidays, reasons), on)
        else:
            new = register.hold_surveillance_once(old, e.site_visit_last or on, on)
            if report.decision is Recommendation.SUSPEND:
                suspension = status_change.make_suspension(report.reason_code, on, on, decision_maker_id, on,
                                                           add_months(on, SUSPENSION_MONTHS), holidays, reasons)
                new = register.suspend(new, suspension, on)
        put_record(uow, "certificate", old.engagement_id, old, new, actor, key=old.number)
        uow.commit()
    return report, new
