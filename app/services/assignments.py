"""Engagements head office assigned to this laptop's verifier, received on sync and made here in draft.

Each assignment is signed by head office (:func:`app.sync.receipts.check` against the key pinned at enrolment): one
whose signature fails, or that names another verifier, is refused with its reason and makes nothing. A good one
makes the engagement with the id head office gave it — its client, title, programme, period, scope and team, the
team's people added to the register first, then the engagement and its client in one transaction — in draft; an assignment whose engagement is here already
makes nothing new.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import person_from_name
from app.domain.engagement.team import TeamMember
from app.domain.kernel.choices import Programme, Role
from app.domain.kernel.text import DomainError, Text
from app.services import engagements as services
from app.services import people as people_services
from app.services.submission import reached
from app.sync import receipts

ACTOR = "总部 head office"
KIND = "verifield-assignment"


@dataclass
class Received:
    """What one sync brought: the engagements made, those already here, and the refused assignments' reasons."""

    made: list[str] = field(default_factory=list)  # codes
    already: int = 0
    refused: list[Text] = field(default_factory=list)


def receive(store, connection) -> Received:
    """Fetch this verifier's assignments from head office and make each new one here."""
    answer = reached(lambda: connection.get_json("assignments"), "assignments")
    return apply_all(store, answer.get("assignments", []), connection.enrolment.receipt_key, connection.enrolment.verifier)


def apply_all(store, signed: list[str], receipt_key: str, verifier: str) -> Received:
    received = Received()
    for text in signed:
        try:
            body = checked(text, receipt_key, verifier)
            code = make(store, body)
        except DomainError as error:
            received.refused.append(error.message)
            continue
        if code is None:
            received.already += 1
        else:
            received.made.append(code)
    return received


def checked(text: str, receipt_key: str, verifier: str) -> dict[str, Any]:
    """The assignment's body once head office's signature holds and it is this verifier's."""
    try:
        body = receipts.check(text, receipt_key)
    except DomainError:
        raise DomainError(Text("总部派发的项目签名不成立，不予采用。", "An assignment from head office does not carry a valid signature; "
                               "it is not used."), "assignment") from None
    if body.get("kind") != KIND or body.get("verifier") != verifier:
        raise DomainError(Text("总部派发的项目不是本核查员的，不予采用。", "An assignment from head office is not this verifier's; it is not used."),
                          "assignment")
    return body


def make(store, body: dict[str, Any]) -> str | None:
    """Make the assigned engagement in draft (its code), or None when it is here already."""
    uow = store.uow
    if any(r.id == body["engagement_id"] for r in services.list_engagements(uow())):
        return None
    team = [TeamMember(name=m["name"], role=Role(m["role"]), person_id=person_from_name(m["name"]).id) for m in body["team"]]
    people_services.ensure_people(uow(), [person_from_name(m["name"]) for m in body["team"]], ACTOR)
    client = Organisation(**{k: body["client"].get(k, "") for k in ("name_zh", "name_en", "credit_code")})
    engagement = Engagement(organisation_id=client.id, id=body["engagement_id"], title=body["title"],
                            programme=Programme(body["programme"]), period_start=date.fromisoformat(body["period_start"]),
                            period_end=date.fromisoformat(body["period_end"]), scope_text=body["scope_text"], team=team)
    engagement_id = services.create_engagement(uow(), engagement, ACTOR, new_client=client)
    return services.load(uow(), engagement_id)[0].code
