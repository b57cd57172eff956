"""Who may act for head office: the technical reviewer must hold the reviewer role of the people register, the
decision-maker (of the certification decision, of a surveillance report, of a suspension or withdrawal) the
decision-maker role.  A person without it is refused by name, saying which role is missing; the pickers offer only
the people who hold it (:func:`eligible`).  For one engagement :func:`refusal` adds the independence rules (neither
on the team, the decision-maker not the reviewer), so that the laptop's Overview offers the same people head office
accepts."""

from __future__ import annotations

from typing import Iterable

from app.domain.engagement.people import Person, PersonRole, check_independence
from app.domain.kernel.text import DomainError, Text


def require_role(person: Person, role: PersonRole, field: str) -> None:
    """Refuse ``person`` for a step that needs ``role`` (the refusal names ``field``)."""
    if role.value not in person.roles:
        raise DomainError(Text(f"{person.name} 在人员名册中没有“{role.label.zh}”角色，不能担任{role.label.zh}；请在人员名册中添加该角色或另选他人。",
                               f"{person.name} does not have the {role.label.en} role in the people register and may not act as "
                               f"{role.label.en}; add the role there or pick someone else."), field)


def eligible(people: Iterable[Person], role: str) -> list[Person]:
    """The people holding ``role`` (everyone when ``role`` is empty)."""
    return [p for p in people if not role or role in p.roles]


def refusal(person: Person, role: PersonRole, team: dict[str, str], reviewer_id: str = "") -> DomainError | None:
    """Why ``person`` may not be the technical reviewer (``role`` REVIEWER) or the decision-maker of an engagement
    whose team is ``team`` (person id → name) and whose reviewer is ``reviewer_id``; None when they may."""
    try:
        if role is PersonRole.REVIEWER:
            check_independence(team, person.id, "")
        else:
            check_independence(team, "", person.id)
            check_independence({}, reviewer_id, person.id)  # the decision-maker is not the reviewer
        require_role(person, role, "reviewer_id" if role is PersonRole.REVIEWER else "decision_maker_id")
    except DomainError as error:
        return error
    return None
