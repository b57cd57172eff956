"""Use cases of the verification statement: start, edit, make final, start the next version, and the facts to print.

Each change runs in one unit of work and is recorded in the hash-chained
history; making a version final also records the SHA-256 of the facts it
froze, so the history shows what each final version quoted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.key_dates import validate_dates
from app.domain.engagement.stages import SEQUENCE, Stage
from app.domain.findings.finding import statement_blockers
from app.domain.inventory.sources import history_fields as item_fields
from app.domain.kernel.history import Change, diff
from app.domain.kernel.text import DomainError, Text
from app.domain.statement.facts import Facts, drift, statement_facts
from app.domain.statement.statement import Statement, carbon_neutrality, required_sections, statement_number
from app.services.engagements import record_changes
from app.services.inventory import calculate
from app.services.ports import UnitOfWork


@dataclass(frozen=True)
class Printable:
    """A version with the facts it prints: its frozen ones once final, else the engagement's now."""

    statement: Statement
    facts: Facts
    drift: list[Text]  # what changed in the engagement since a final version was made


def statements(uow: UnitOfWork, engagement_id: str) -> list[Statement]:
    with uow:
        return uow.statements.of(engagement_id)


def current_facts(uow: UnitOfWork, engagement_id: str) -> Facts:
    """The facts as the engagement gives them now."""
    calculation = calculate(uow, engagement_id)
    with uow:
        client = uow.organisations.get(calculation.inventory.engagement.organisation_id)
        findings = uow.findings.of(engagement_id)
    return statement_facts(calculation, client, findings)


def printable(uow: UnitOfWork, engagement_id: str, version: int | None = None) -> Printable:
    """A version (the latest when ``version`` is None) ready to print."""
    held = statements(uow, engagement_id)
    chosen = [s for s in held if version is None or s.version == version]
    if not chosen:
        raise DomainError(
            Text("本项目还没有核证声明；请先在「核证声明」页新建。", "This engagement has no statement yet; start one on the Statement page.")
            if not held else Text(f"没有第 {version} 版。", f"There is no version {version}."),
            "version",
        )
    statement, now = chosen[-1], current_facts(uow, engagement_id)
    if statement.facts is None:
        return Printable(statement, now, [])
    return Printable(statement, statement.facts, drift(statement.facts, now))


def _editable(e: Engagement) -> None:
    """The statement is written up to the statement stage; once submitted, the engagement must be sent back first."""
    e.ensure_open()
    if SEQUENCE.index(e.status) > SEQUENCE.index(Stage.STATEMENT):
        raise DomainError(
            Text(f"项目已{e.status.label.zh}，核证声明不能再修改；请先退回到“核证声明”阶段。",
                 f"The engagement is {e.status.label.en}; send it back to the statement stage to change the statement."),
            "status",
        )


def start_statement(uow: UnitOfWork, engagement_id: str, actor: str, today: date) -> Statement:
    """Start draft 1, or the next version after a final one; an open draft is refused (edit it instead)."""
    with uow:
        e = uow.engagements.get(engagement_id)
        _editable(e)
        held = uow.statements.of(engagement_id)
        if held:
            statement = held[-1].next_version(actor, today)
        else:
            statement = Statement(number=statement_number(e.code), created_by=actor, created_on=today).validated(e.assurance)
        uow.statements.put(engagement_id, statement)
        record_changes(uow, engagement_id, _diff(engagement_id, None, statement), actor)
        uow.commit()
    return statement


def edit_statement(uow: UnitOfWork, engagement_id: str, statement_id: str, changes: dict[str, Any], actor: str) -> Statement:
    """Change the opinion, wording or a section of a draft; returns the version as it was (for undo)."""
    with uow:
        e = uow.engagements.get(engagement_id)
        _editable(e)
        old = _held(uow, engagement_id, statement_id)
        new = old.edited(changes, e.assurance)
        uow.statements.put(engagement_id, new)
        record_changes(uow, engagement_id, _diff(engagement_id, old, new), actor)
        uow.commit()
    return old


def restore_draft(uow: UnitOfWork, engagement_id: str, statement: Statement, actor: str) -> Statement:
    """Put back a removed draft exactly as it was (redo of starting it), so later edits still find it."""
    with uow:
        _editable(uow.engagements.get(engagement_id))
        uow.statements.put(engagement_id, statement)
        record_changes(uow, engagement_id, _diff(engagement_id, None, statement), actor)
        uow.commit()
    return statement


def remove_draft(uow: UnitOfWork, engagement_id: str, statement_id: str, actor: str) -> Statement:
    """Remove a draft started by mistake (undo of starting one); a final version stays."""
    with uow:
        _editable(uow.engagements.get(engagement_id))
        statement = _held(uow, engagement_id, statement_id)
        if statement.final:
            raise DomainError(Text(f"{statement.label.zh}已定稿，不能删除。", f"{statement.label.en} is final; it cannot be removed."))
        uow.statements.remove(statement_id)
        record_changes(uow, engagement_id, _diff(engagement_id, statement, None), actor)
        uow.commit()
    return statement


def make_final(uow: UnitOfWork, engagement_id: str, statement_id: str, actor: str, today: date) -> Statement:
    """Freeze the version with the engagement's facts as they are now, or say everything that stands in the way.

    The version is dated with the engagement's statement date, or ``today`` when none is set.
    """
    facts = current_facts(uow, engagement_id)
    with uow:
        e = uow.engagements.get(engagement_id)
        _editable(e)
        old = _held(uow, engagement_id, statement_id)
        blockers = statement_blockers(uow.findings.of(engagement_id))
        if SEQUENCE.index(e.status) < SEQUENCE.index(Stage.FINDINGS):
            blockers.append(Text("现场核查尚未完成（项目须进入“核查发现”或“核证声明”阶段，CICC-ZY/GZ-21 第 9.7.1 条）",
                                 "site verification is not complete (the engagement must be at findings or statement, CICC-ZY/GZ-21 §9.7.1)"))
        dated = e.statement_date or today
        try:  # a version dated today (no statement date set) must not precede the site visit either
            validate_dates(replace(e, statement_date=dated))
        except DomainError as refusal:
            blockers.append(refusal.message)
        required = required_sections(carbon_neutrality(e.programme, e.criteria))
        new = old.made_final(facts, e.assurance, blockers, actor, dated, required)
        uow.statements.put(engagement_id, new)
        record_changes(uow, engagement_id, _diff(engagement_id, old, new), actor)
        uow.commit()
    return new


def _held(uow: UnitOfWork, engagement_id: str, statement_id: str) -> Statement:
    for statement in uow.statements.of(engagement_id):
        if statement.id == statement_id:
            return statement
    raise DomainError(Text("该声明版本已不存在。", "That statement version no longer exists."))


def history_fields(statement: Statement) -> dict[str, str]:
    """A version's fields as the change history shows them; the frozen facts as their SHA-256."""
    out = {name: text for name, text in item_fields(statement).items() if name != "facts"}
    out["facts_sha256"] = statement.facts.digest() if statement.facts else ""
    return out


def _diff(engagement_id: str, old: Statement | None, new: Statement | None) -> list[Change]:
    item = new if new is not None else old
    return diff(engagement_id, "statement", item.id, history_fields(old) if old else {}, history_fields(new) if new else {})
