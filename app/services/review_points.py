"""Review points on both sides of the sync (seed 001 §10.1): what head office sends back, the lead's answers on
the laptop, and those answers recorded against head office's points when the next package is imported.

On the laptop, head office's review, decisions and certificate are kept as head-office records of the laptop's
own store (the table head office uses, ``head_office_records``), each change in the engagement's history; the lead
answers a point there (:func:`answer`), and the package carries the answers not yet closed (``review_answers`` of
engagement.json, :func:`app.sync.package_format.review_answers`).  At head office the import hands them to :func:`take_answers`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.domain.certification import review as reviews
from app.domain.certification.certificate import Certificate
from app.domain.certification.decision import Decision
from app.domain.certification.plain import read, to_plain
from app.domain.certification.review import Review
from app.domain.engagement.people import Person
from app.domain.kernel.history import diff
from app.domain.kernel.text import DomainError, NotFound, Text
from app.services import certification
from app.services.engagements import now
from app.services.ports import UnitOfWork


@dataclass(frozen=True)
class Returned:
    """What the laptop holds of head office's work on one engagement."""

    review: Review | None
    decisions: list[Decision]
    certificate: Certificate | None
    names: dict[str, str]  # person id → name, for the reviewer and decision-maker

    @property
    def decision(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None


# --- head office: what goes back -------------------------------------------------------------------
def returns_body(uow: UnitOfWork, engagement_id: str) -> dict[str, Any] | None:
    """The document head office sends back for the engagement (None when it has no review yet)."""
    with uow:
        review = certification.review_in(uow, engagement_id)
        if review is None:
            return None
        decisions = sorted(uow.head_office.of(engagement_id, "decision"), key=lambda d: d.decided_on)
        held = uow.head_office.of(engagement_id, "certificate")
        people = {review.reviewer_id} | {d.decision_maker_id for d in decisions}
        named = []
        for person_id in sorted(people):
            try:
                person = uow.people.get(person_id)
            except NotFound:
                continue
            named.append({"id": person.id, "name_zh": person.name_zh, "name_en": person.name_en})
    certificate = held[-1] if held else None
    return {"kind": "verifield-returns", "version": 1, "engagement_id": engagement_id, "review": to_plain(review),
            "decisions": [to_plain(d) for d in decisions], "certificate": to_plain(certificate) if certificate else None,
            "valid_until": certificate.valid_until.isoformat() if certificate else None, "people": named}


def take_answers(uow: UnitOfWork, engagement_id: str, answers: list[dict[str, Any]], actor: str) -> int:
    """Record the lead's answers of an imported package of the engagement against head office's open points, in the
    unit of work the import holds open (not committed here); returns how many points changed.  Points head office
    does not hold, or closed since, and answers about another engagement are left alone."""
    old = certification.review_in(uow, engagement_id)
    if old is None or old.approved:
        return 0
    new, changed = old, 0
    for given in answers:
        point = next((p for p in new.points if p.id == given["point_id"]), None)
        if given["engagement_id"] != engagement_id or point is None or point.closed or point.answer == given["answer"]:
            continue
        new = reviews.answer_point(new, point.id, given["answer"], given["answered_by"], date.fromisoformat(given["answered_on"]))
        changed += 1
    if changed:
        certification.put_record(uow, "review", engagement_id, old, new, actor)
    return changed


# --- the laptop: what came back, and the answers -----------------------------------------------------
def take_down(uow: UnitOfWork, body: dict[str, Any], actor: str) -> bool:
    """Store what head office sent back (already checked); an answer the laptop holds for a point head office has
    not seen answered yet is kept.  True when anything changed (each change in the history)."""
    engagement_id = body["engagement_id"]
    with uow:
        try:
            uow.engagements.get(engagement_id)
        except NotFound:
            raise DomainError(Text("总部发回了此笔记本上没有的项目的评审与决定，未予保存。",
                                   "Head office sent back the review of an engagement this laptop does not hold; nothing was stored."),
                              "engagement_id") from None
        changed = False
        known = {p.id for p in uow.people.all()}
        for plain in body.get("people", []):
            if plain["id"] not in known:
                person = Person(name_zh=plain["name_zh"], name_en=plain["name_en"], id=plain["id"])
                person.validate()
                uow.people.put(person)
                uow.history.append(diff(None, "person", person.id, {}, {"name_zh": person.name_zh, "name_en": person.name_en}), actor, now())
        incoming = read("review", body["review"])
        held = _held(uow, engagement_id, "review", incoming.id)
        if held is not None:
            mine = {p.id: p for p in held.points if p.answer}
            incoming = replace(incoming, points=tuple(
                replace(p, answer=mine[p.id].answer, answered_by=mine[p.id].answered_by, answered_on=mine[p.id].answered_on)
                if not p.answer and not p.closed and p.id in mine else p for p in incoming.points))
        changed |= _put(uow, "review", engagement_id, held, incoming, actor)
        for plain in body.get("decisions", []):
            decision = read("decision", plain)
            changed |= _put(uow, "decision", engagement_id, _held(uow, engagement_id, "decision", decision.id), decision, actor)
        if body.get("certificate"):
            certificate = read("certificate", body["certificate"])
            changed |= _put(uow, "certificate", engagement_id, _held(uow, engagement_id, "certificate", certificate.id),
                            certificate, actor, certificate.number)
        uow.commit()
    return changed


def returned(uow: UnitOfWork, engagement_id: str) -> Returned:
    """What the laptop holds of head office's review, decisions and certificate of the engagement."""
    with uow:
        review = certification.review_in(uow, engagement_id)
        decisions = sorted(uow.head_office.of(engagement_id, "decision"), key=lambda d: d.decided_on)
        held = uow.head_office.of(engagement_id, "certificate")
        names = {p.id: p.name for p in uow.people.all()}
    return Returned(review, decisions, held[-1] if held else None, names)


def answer(uow: UnitOfWork, engagement_id: str, point_id: str, text: str, actor: str, today: date) -> Review:
    """The lead's answer to an open point, on the laptop; it travels with the next package."""
    with uow:
        old = certification.review_in(uow, engagement_id)
        if old is None:
            raise DomainError(Text("总部尚未发回评审问题。", "Head office has sent no review points back."), "point")
        new = reviews.answer_point(old, point_id, text, actor, today)
        certification.put_record(uow, "review", engagement_id, old, new, actor)
        uow.commit()
    return new


def _held(uow: UnitOfWork, engagement_id: str, kind: str, record_id: str) -> Any:
    return next((r for r in uow.head_office.of(engagement_id, kind) if r.id == record_id), None)


def _put(uow: UnitOfWork, kind: str, engagement_id: str, old: Any, new: Any, actor: str, key: str = "") -> bool:
    if old == new:
        return False
    certification.put_record(uow, kind, engagement_id, old, new, actor, key)
    return True
