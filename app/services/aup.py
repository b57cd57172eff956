"""Use cases of an agreed-upon-procedures engagement (programme AUP): the terms and the procedures with their
factual findings, each change in one unit of work, refused whole on a broken rule, recorded in the history."""

from __future__ import annotations

from typing import Any

from app.domain.fieldwork.aup import PROCEDURE_KIND, TERMS_KIND, AupTerms, Procedure
from app.domain.kernel.choices import Programme
from app.domain.kernel.text import DomainError, Text
from app.services.fieldwork import held_under, put_record, remove_one_of
from app.services.ports import UnitOfWork

KIND_OF = {AupTerms: TERMS_KIND, Procedure: PROCEDURE_KIND}


def terms_of(uow: UnitOfWork, engagement_id: str) -> AupTerms | None:
    with uow:
        held = uow.records.of(engagement_id, TERMS_KIND)
    return held[0] if held else None


def procedures_of(uow: UnitOfWork, engagement_id: str) -> list[Procedure]:
    with uow:
        return uow.records.of(engagement_id, PROCEDURE_KIND)


def save(uow: UnitOfWork, engagement_id: str, item: Any, actor: str, position: int | None = None) -> Any:
    """Record or change the terms or a procedure; returns what was held before (None when new)."""
    kind = KIND_OF[type(item)]
    item = item.validated()
    with uow:
        held, old = held_under(uow, engagement_id, Programme.AUP, Text("商定程序", "agreed-upon procedures"), kind, item)
        if kind == TERMS_KIND and held and old is None:
            raise DomainError(Text("本项目已有商定条款。", "This engagement already has its terms."), "engaging_party")
        if kind == PROCEDURE_KIND and any(p.number == item.number and p.id != item.id for p in held):
            raise DomainError(Text(f"程序编号 {item.number} 已被使用。", f"Procedure number {item.number} is already used."), "number")
        put_record(uow, engagement_id, kind, old, item, actor, position)
        uow.commit()
    return old


def remove(uow: UnitOfWork, engagement_id: str, item_id: str, actor: str) -> int:
    """Remove the terms or a procedure; returns its position (for undo)."""
    return remove_one_of(uow, engagement_id, KIND_OF.values(), item_id, actor)
