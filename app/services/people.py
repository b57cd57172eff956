"""Use cases of the person register: list, add, change and remove people, each recorded in the history.

A person on a team, or named as an engagement's reviewer or decision-maker, is
not removed (the engagement would lose who did the work); a change of name
shows on every team they are on, since teams refer to people by id.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.engagement.engagement import check_editable
from app.domain.engagement.people import Person
from app.domain.kernel.history import diff
from app.domain.kernel.text import DomainError, NotFound, Text
from app.services.engagements import now
from app.services.ports import UnitOfWork


def list_people(uow: UnitOfWork) -> list[Person]:
    with uow:
        return uow.people.all()


def name_of(uow: UnitOfWork, person_id: str) -> str:
    """The person's name as documents print it ("" for no one)."""
    if not person_id:
        return ""
    with uow:
        return _get(uow, person_id).name


def _fields(person: Person | None) -> dict[str, str]:
    if person is None:
        return {}
    return {name: "; ".join(v) if isinstance(v, tuple) else str(v) for name, v in ((n, getattr(person, n)) for n in Person.EDITABLE)}


def add_person(uow: UnitOfWork, person: Person, actor: str) -> str:
    """Put a new person in the register (or back, undoing a removal); returns their id."""
    person.validate()
    with uow:
        uow.people.put(person)
        uow.history.append(diff(None, "person", person.id, {}, _fields(person)), actor, now())
        uow.commit()
    return person.id


def ensure_people(uow: UnitOfWork, people: list[Person], actor: str) -> None:
    """Add each of ``people`` not in the register yet (the demo's people, made again for a second demo)."""
    with uow:
        known = {p.id for p in uow.people.all()}
    for person in people:
        if person.id not in known:
            add_person(uow, person, actor)


def update_person(uow: UnitOfWork, person_id: str, changes: dict[str, Any], actor: str) -> Person:
    """Change a person's names, roles, competences, qualifications or identity; returns them as they were."""
    check_editable(changes, Person.EDITABLE)
    with uow:
        old = _get(uow, person_id)
        new = replace(old, **changes)
        new.validate()
        uow.people.put(new)
        uow.history.append(diff(None, "person", person_id, _fields(old), _fields(new)), actor, now())
        uow.commit()
    return old


def remove_person(uow: UnitOfWork, person_id: str, actor: str) -> Person:
    """Remove a person nobody's engagement refers to; returns them, so the removal can be undone."""
    with uow:
        person = _get(uow, person_id)
        codes = uow.people.engagements_of(person_id)
        if codes:
            listed = ", ".join(codes)
            raise DomainError(
                Text(f"{person.name} 参与了项目 {listed}（组员、技术评审人、认证决定人或批准合同评审的技术负责人），不能删除。",
                     f"{person.name} takes part in {listed} (team, technical review, decision or contract review); they cannot be removed."),
                "person",
            )
        uow.people.remove(person_id)
        uow.history.append(diff(None, "person", person_id, _fields(person), {}), actor, now())
        uow.commit()
    return person


def _get(uow: UnitOfWork, person_id: str) -> Person:
    try:
        return uow.people.get(person_id)
    except NotFound:
        raise DomainError(Text("该人员已不在名册中。", "That person is no longer in the register.")) from None
