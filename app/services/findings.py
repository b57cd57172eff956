"""Use cases of findings: raise, edit, respond, evaluate, reopen, settle by estimate, remove and restore.

Like the other use cases, each runs in one unit of work, is refused whole when
a rule fails, is recorded field by field in the hash-chained history and bumps
the engagement's revision.  Several client responses (an imported reply form)
are stored all or nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from app.domain.findings import finding as rules
from app.domain.findings.finding import Finding, Response
from app.domain.inventory.sources import history_fields as item_fields
from app.domain.kernel.history import Change, diff
from app.domain.kernel.text import DomainError, Text
from app.services.engagements import record_changes
from app.services.ports import UnitOfWork


def list_findings(uow: UnitOfWork, engagement_id: str) -> list[Finding]:
    with uow:
        return uow.findings.of(engagement_id)


def add_finding(uow: UnitOfWork, engagement_id: str, finding: Finding, actor: str) -> Finding:
    """Store a new finding under the engagement's next number (a finding put back by undo keeps its own)."""
    with uow:
        finding = put_new(uow, engagement_id, finding, actor)
        uow.commit()
    return finding


def put_new(uow: UnitOfWork, engagement_id: str, finding: Finding, actor: str) -> Finding:
    """Inside an open unit of work: check, number, store and record a new finding (for steps that raise one)."""
    finding = finding.validated()
    e = uow.engagements.get(engagement_id)
    e.ensure_open()
    held = uow.findings.of(engagement_id)
    if finding.source_id and not uow.inventory.sources_by_id(engagement_id, [finding.source_id]):
        raise DomainError(Text("所选排放源不属于本项目。", "The chosen source is not one of this engagement's sources."), "source_id")
    if not finding.number or finding.number in {f.number for f in held}:
        finding = replace(finding, number=rules.next_number(held))
    uow.findings.put(engagement_id, finding)
    record_changes(uow, engagement_id, _diff(engagement_id, None, finding), actor)
    return finding


def restore_finding(uow: UnitOfWork, engagement_id: str, finding: Finding, actor: str) -> Finding:
    """Put back a removed finding exactly as it was, its number and source link included (undo of a removal)."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        uow.findings.put(engagement_id, finding)
        record_changes(uow, engagement_id, _diff(engagement_id, None, finding), actor)
        uow.commit()
    return finding


def respond(uow: UnitOfWork, engagement_id: str, finding_id: str, response: Response, actor: str, today: date) -> Finding:
    return change_finding(uow, engagement_id, finding_id, lambda f: rules.respond(f, response, today), actor)


def evaluate(uow: UnitOfWork, engagement_id: str, finding_id: str, accepted: bool, reason: str, actor: str, today: date) -> Finding:
    return change_finding(uow, engagement_id, finding_id, lambda f: rules.evaluate(f, accepted, reason, actor, today), actor)


def reopen(uow: UnitOfWork, engagement_id: str, finding_id: str, reason: str, actor: str, today: date) -> Finding:
    return change_finding(uow, engagement_id, finding_id, lambda f: rules.reopen(f, reason, actor, today), actor)


def settle_by_estimate(
    uow: UnitOfWork, engagement_id: str, finding_id: str, tonnes: float, basis: str, actor: str, today: date
) -> Finding:
    return change_finding(uow, engagement_id, finding_id, lambda f: rules.settle_by_estimate(f, tonnes, basis, actor, today), actor)


def change_finding(uow: UnitOfWork, engagement_id: str, finding_id: str, step: Callable[[Finding], Finding], actor: str) -> Finding:
    """Apply one step of a finding's life (or, for undo, put back a whole earlier version)."""
    with uow:
        old = _held(uow, engagement_id, finding_id)
        new = step(old)
        uow.findings.put(engagement_id, new)
        record_changes(uow, engagement_id, _diff(engagement_id, old, new), actor)
        uow.commit()
    return new


def put_back(uow: UnitOfWork, engagement_id: str, finding: Finding, actor: str) -> Finding:
    """Restore an earlier version of a finding exactly as it was (undo of a step)."""
    return change_finding(uow, engagement_id, finding.id, lambda _f: finding, actor)


def record_responses(uow: UnitOfWork, engagement_id: str, responses: dict[str, Response], actor: str, today: date) -> list[Finding]:
    """Record several client responses in one transaction; returns the findings as they were (for undo)."""
    before = []
    with uow:
        changes: list[Change] = []
        for finding_id, response in responses.items():
            old = _held(uow, engagement_id, finding_id)
            new = rules.respond(old, response, today)
            uow.findings.put(engagement_id, new)
            changes += _diff(engagement_id, old, new)
            before.append(old)
        record_changes(uow, engagement_id, changes, actor)
        uow.commit()
    return before


def remove_finding(uow: UnitOfWork, engagement_id: str, finding_id: str, actor: str) -> Finding:
    """Remove a finding raised by mistake; one the client has answered stays (reopen or close it instead)."""
    with uow:
        finding = take_out(uow, engagement_id, finding_id, actor)
        uow.commit()
    return finding


def take_out(uow: UnitOfWork, engagement_id: str, finding_id: str, actor: str) -> Finding:
    """Inside an open unit of work: remove a finding that has nothing but its raising in its history."""
    finding = _held(uow, engagement_id, finding_id)
    if len(finding.events) > 1:
        raise DomainError(
            Text(f"{finding.label} 已有答复或验证记录，不能删除。", f"{finding.label} already has a response or an evaluation; it cannot be removed."),
        )
    uow.findings.remove(finding_id)
    record_changes(uow, engagement_id, _diff(engagement_id, finding, None), actor)
    return finding


def _held(uow: UnitOfWork, engagement_id: str, finding_id: str) -> Finding:
    uow.engagements.get(engagement_id).ensure_open()
    try:
        if uow.findings.engagement_of(finding_id) == engagement_id:
            return uow.findings.get(finding_id)
    except LookupError:
        pass
    raise DomainError(Text("该发现已不存在（可能已被删除）。", "That finding no longer exists (it may have been removed)."))


def history_fields(finding: Finding) -> dict[str, str]:
    """A finding's fields as the change history shows them."""
    out = {name: text for name, text in item_fields(finding).items() if name not in ("response", "events")}
    out.update({f"response.{name}": text for name, text in item_fields(finding.response).items()})
    if finding.events:  # a step that changes no field (the same answer sent again) is still a step
        last = finding.events[-1]
        out["event"] = f"{len(finding.events)}: {last.on} {last.by} {last.action.value} {last.note}".strip()
    return out


def _diff(engagement_id: str, old: Finding | None, new: Finding | None) -> list[Change]:
    item = new if new is not None else old
    before = history_fields(old) if old is not None else {}
    after = history_fields(new) if new is not None else {}
    return diff(engagement_id, "finding", item.id, before, after)
