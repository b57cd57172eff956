"""Use cases: every change a verifier makes, as one function over a unit of work.

The UI, the CLI and the tests call these same functions.  Each opens the unit
of work, loads what it needs, lets the domain objects check the rules, records
the change history, bumps the engagement's revision and commits — or, when a
rule fails, raises a :class:`DomainError` and leaves the store as it was.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Any, Callable

from app.domain.engagement import stages
from app.domain.engagement.contract_review import CHANGE_KIND, REVIEW_KIND
from app.domain.engagement.engagement import (
    CODE_PREFIX,
    DEMO_CODE_PREFIX,
    Engagement,
    Site,
    check_editable,
    snapshot_of,
)
from app.domain.certification.eligibility import require_role
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import PersonRole
from app.domain.engagement.stages import Stage
from app.domain.engagement.summary import EngagementSummary
from app.domain.engagement.team import TeamMember
from app.domain.kernel.history import Change, HistoryEntry, diff, verify_chain
from app.domain.kernel.text import DomainError, NotFound, Text
from app.domain.lifecycle import documents as programme_documents
from app.domain.lifecycle import gates as lifecycle
from app.services.ports import UnitOfWork


def now() -> datetime:
    return datetime.now(timezone.utc)


# --- clients -------------------------------------------------------------------------------
def create_organisation(uow: UnitOfWork, organisation: Organisation, actor: str) -> str:
    organisation.validate()
    with uow:
        _add_organisation(uow, organisation, actor)
        uow.commit()
    return organisation.id


def _add_organisation(uow: UnitOfWork, organisation: Organisation, actor: str) -> None:
    uow.organisations.add(organisation)
    empty = {name: "" for name in Organisation.EDITABLE}
    after = {name: getattr(organisation, name) for name in Organisation.EDITABLE}
    uow.history.append(diff(None, "organisation", organisation.id, empty, after), actor, now())


def update_organisation(uow: UnitOfWork, organisation_id: str, changes: dict[str, Any], actor: str) -> None:
    check_editable(changes, Organisation.EDITABLE)
    with uow:
        current = uow.organisations.get(organisation_id)
        candidate = replace(current, **changes)
        candidate.validate()
        before = {name: getattr(current, name) for name in Organisation.EDITABLE}
        after = {name: getattr(candidate, name) for name in Organisation.EDITABLE}
        uow.organisations.save(candidate)
        uow.history.append(diff(None, "organisation", organisation_id, before, after), actor, now())
        uow.commit()


def list_organisations(uow: UnitOfWork) -> list[Organisation]:
    with uow:
        return uow.organisations.all()


def get_organisation(uow: UnitOfWork, organisation_id: str) -> Organisation:
    with uow:
        return uow.organisations.get(organisation_id)


# --- engagements ---------------------------------------------------------------------------
def next_code(uow: UnitOfWork, year: int, kind: str = CODE_PREFIX) -> str:
    """The next free engagement code of ``year``: VF-2026-0001, VF-2026-0002, … (DEMO-2026-0001 for a demo)."""
    prefix = f"{kind}-{year}-"
    numbers = [int(code[len(prefix):]) for code in uow.engagements.codes_with_prefix(prefix) if code[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def create_engagement(
    uow: UnitOfWork, engagement: Engagement, actor: str, today: date | None = None, new_client: Organisation | None = None
) -> str:
    """Store a new engagement with the next code of the year, and its client when new; returns its id.

    With ``new_client`` both are stored in one transaction, so a refused engagement leaves no stray client.
    """
    with uow:
        add_engagement(uow, engagement, actor, today, new_client)
        uow.commit()
    return engagement.id


def add_engagement(uow: UnitOfWork, engagement: Engagement, actor: str, today: date | None = None,
                   new_client: Organisation | None = None) -> str:
    """:func:`create_engagement` inside a unit of work the caller has open and commits (with what else it stores)."""
    if new_client is not None:
        new_client.validate()
        engagement.organisation_id = new_client.id
    engagement.validate()
    for item in (*engagement.sites, *engagement.team):
        item.validate()
    if new_client is not None:
        _add_organisation(uow, new_client, actor)
    else:
        uow.organisations.get(engagement.organisation_id)
    engagement.code = next_code(uow, (today or date.today()).year, DEMO_CODE_PREFIX if engagement.is_demo else CODE_PREFIX)
    engagement.revision = 1
    uow.engagements.add(engagement)
    blank = Engagement(organisation_id=engagement.organisation_id)
    changes = [Change(engagement.id, "engagement", engagement.id, "code", "", engagement.code)]
    if engagement.is_demo:
        changes.append(Change(engagement.id, "engagement", engagement.id, "is_demo", "", "true"))
    changes += _engagement_changes(blank, engagement)
    uow.history.append(changes, actor, now())
    return engagement.id


def delete_engagement(uow: UnitOfWork, engagement_id: str, actor: str) -> str:
    """Delete the demo engagement with everything recorded under it (and its client when no other engagement has it).

    A real engagement is refused: its records are kept (seed 001 §13.7) and it can only be terminated
    (§9.5.3.4).  The deletion is written to the change history, which keeps its earlier entries; returns the code.
    """
    with uow:
        engagement = uow.engagements.get(engagement_id)
        if not engagement.is_demo:
            raise DomainError(
                Text(
                    f"{engagement.code} 是正式核查项目，不能删除：其记录须保存（CICC-ZY/GZ-21 第 13.7 条），只能终止（第 9.5.3.4 条）。只有演示项目可以删除。",
                    f"{engagement.code} is a real engagement and cannot be deleted: its records are kept (CICC-ZY/GZ-21 §13.7); it can "
                    f"only be terminated (§9.5.3.4). Only the demo engagement can be deleted.",
                ),
                "is_demo",
            )
        uow.engagements.remove(engagement_id)
        if not any(s.organisation_id == engagement.organisation_id for s in uow.engagements.summaries()):
            uow.organisations.remove(engagement.organisation_id)
        uow.history.append([Change(engagement_id, "engagement", engagement_id, "deleted", engagement.code, "")], actor, now())
        uow.commit()
    return engagement.code


def load(uow: UnitOfWork, engagement_id: str) -> tuple[Engagement, Organisation]:
    """An engagement and its client, for showing."""
    with uow:
        engagement = uow.engagements.get(engagement_id)
        return engagement, uow.organisations.get(engagement.organisation_id)


def find_engagement(uow: UnitOfWork, key: str) -> str:
    """The id of the engagement whose code or id is ``key``."""
    for summary in list_engagements(uow):
        if key in (summary.code, summary.id):
            return summary.id
    raise DomainError(Text(f"没有编号为 {key} 的项目。", f"No engagement has the code or id {key}."))


def list_engagements(uow: UnitOfWork) -> list[EngagementSummary]:
    with uow:
        return uow.engagements.summaries()


def update_engagement(uow: UnitOfWork, engagement_id: str, changes: dict[str, Any], actor: str) -> Engagement:
    """Change plan fields (title, period, materiality, man-days, …); returns the engagement as stored.

    The period cannot shrink past activity data already recorded; a reviewer or decision-maker newly named is a person
    of the register holding the role (head office's rule; the team rules are the engagement's own).
    """

    def mutate(e: Engagement) -> Engagement:
        changed = e.with_changes(changes)
        for field, role in _PICKED.items():
            if changes.get(field) and changes[field] != getattr(e, field):
                check_person(uow, changes[field], field)
                check_role(uow, changes[field], role, field)
        moved = any(name in changes and changes[name] != getattr(e, name) for name in ("period_start", "period_end"))
        span = uow.inventory.record_span(engagement_id) if moved else None  # a scan of every record: only when it matters
        if span and (
            (changed.period_start and span[0] < changed.period_start) or (changed.period_end and span[1] > changed.period_end)
        ):
            raise DomainError(
                Text(
                    f"已有活动数据覆盖 {span[0]} 至 {span[1]}，超出新的核查期；请先修改或删除这些数据。",
                    f"Activity data already run from {span[0]} to {span[1]}, outside the new period; change or remove them first.",
                ),
                "period_start" if "period_start" in changes else "period_end",
            )
        return changed

    return _edit(uow, engagement_id, actor, mutate)


def add_site(uow: UnitOfWork, engagement_id: str, site: Site, actor: str, position: int | None = None) -> str:
    """Add a site (at ``position`` when undoing its removal); returns its id."""
    return _add_child(uow, engagement_id, actor, lambda e: e.sites, site, position)


def update_site(uow: UnitOfWork, engagement_id: str, site_id: str, changes: dict[str, Any], actor: str) -> None:
    check_editable(changes, Site.EDITABLE)
    _edit(uow, engagement_id, actor, lambda e: _replace_child(e, e.sites, site_id, changes))


def remove_site(uow: UnitOfWork, engagement_id: str, site_id: str, actor: str) -> tuple[Site, int]:
    """Remove a site; returns it and where it stood, so the removal can be undone."""
    return _remove_child(uow, engagement_id, actor, lambda e: e.sites, site_id)


def add_member(uow: UnitOfWork, engagement_id: str, member: TeamMember, actor: str, position: int | None = None) -> str:
    """Add a person of the register to the team (at ``position`` when undoing their removal); returns the member's id."""
    with uow:
        try:
            member.name = uow.people.get(member.person_id).name
        except NotFound:
            raise DomainError(Text("请从人员名册中选择组员。", "Pick the team member from the people register."), "person_id") from None
    return _add_child(uow, engagement_id, actor, lambda e: e.team, member, position)


def update_member(uow: UnitOfWork, engagement_id: str, member_id: str, changes: dict[str, Any], actor: str) -> None:
    check_editable(changes, TeamMember.EDITABLE)
    _edit(uow, engagement_id, actor, lambda e: _replace_child(e, e.team, member_id, changes))


def remove_member(uow: UnitOfWork, engagement_id: str, member_id: str, actor: str) -> tuple[TeamMember, int]:
    """Remove a team member; returns them and where they stood, so the removal can be undone."""
    return _remove_child(uow, engagement_id, actor, lambda e: e.team, member_id)


def advance_stage(uow: UnitOfWork, engagement_id: str, actor: str, today: date | None = None) -> Stage:
    """Move to the next stage, or raise a DomainError naming what is missing; submitting dates the submission
    ``today`` (unless a date is already set)."""
    with uow:
        client = uow.organisations.get(uow.engagements.get(engagement_id).organisation_id)
        findings, statements = uow.findings.of(engagement_id), uow.statements.of(engagement_id)
        held = uow.records.of(engagement_id, REVIEW_KIND)
        review, changes = (held[0] if held else None), uow.records.of(engagement_id, CHANGE_KIND)
        own = read_document_gaps(uow, uow.engagements.get(engagement_id))
    day = today or date.today()
    return _edit(uow, engagement_id, actor, lambda e: _advanced(e, client, findings, statements, day, review, changes, own)).status


def read_document_gaps(uow: UnitOfWork, e: Engagement) -> list[Text]:
    """What the programme's own document (a project's, a footprint's, agreed-upon procedures') still lacks, read in
    the open unit of work (:mod:`app.domain.lifecycle.documents`)."""
    held = {kind: uow.records.of(e.id, kind) for kind in programme_documents.kinds(e)}
    gwps = uow.factors.gwp_table() if programme_documents.needs_gwps(e) else None
    return programme_documents.document_gaps(e, held, gwps)


def document_gaps(uow: UnitOfWork, engagement_id: str) -> list[Text]:
    with uow:
        return read_document_gaps(uow, uow.engagements.get(engagement_id))


def step_back(uow: UnitOfWork, engagement_id: str, to: Stage, actor: str) -> None:
    """Return to the stage just before (undoing an advance or a termination)."""

    def mutate(e: Engagement) -> Engagement:
        allowed = {stages.previous_stage(e.status)} if e.status is not Stage.TERMINATED else set(Stage)
        if to not in allowed or to is Stage.TERMINATED:
            raise DomainError(Text("只能退回到上一阶段。", "An engagement can only go back to its previous stage."), "status")
        e.status = to
        e.termination_reason = ""
        if to is not Stage.TERMINATED and stages.SEQUENCE.index(to) < stages.SEQUENCE.index(Stage.SUBMITTED):
            e.submitted_on = None  # not submitted any more
        return e

    _edit(uow, engagement_id, actor, mutate)


def terminate_engagement(uow: UnitOfWork, engagement_id: str, reason: str, actor: str) -> None:
    def mutate(e: Engagement) -> Engagement:
        lifecycle.terminate(e, reason)
        return e

    _edit(uow, engagement_id, actor, mutate)


def engagement_history(uow: UnitOfWork, engagement_id: str) -> list[HistoryEntry]:
    with uow:
        return uow.history.for_engagement(engagement_id)


def verify_history(uow: UnitOfWork) -> list[Text]:
    """Problems in the hash chain of the whole history (empty when intact)."""
    with uow:
        return verify_chain(uow.history.all(), uow.history.head())


# --- the one way an engagement changes -----------------------------------------------------
def record_changes(uow: UnitOfWork, engagement_id: str, changes: list[Change], actor: str) -> None:
    """Record an edit of something an engagement holds: its history entries, and one more revision."""
    if changes:
        uow.engagements.bump_revision(engagement_id)
        uow.history.append(changes, actor, now())


def _edit(uow: UnitOfWork, engagement_id: str, actor: str, mutate: Callable[[Engagement], Engagement]) -> Engagement:
    with uow:
        before = uow.engagements.get(engagement_id)
        after = mutate(uow.engagements.get(engagement_id))
        changes = _engagement_changes(before, after)
        if changes:
            after.revision = before.revision + 1
            uow.engagements.save(after)
            uow.history.append(changes, actor, now())
            uow.commit()
        return after


def _engagement_changes(before: Engagement, after: Engagement) -> list[Change]:
    changes = diff(after.id, "engagement", after.id, before.snapshot(), after.snapshot())
    for kind, old_items, new_items in (("site", before.sites, after.sites), ("team_member", before.team, after.team)):
        old = {item.id: snapshot_of(item) for item in old_items}
        new = {item.id: snapshot_of(item) for item in new_items}
        for item_id in list(old) + [i for i in new if i not in old]:
            changes += diff(after.id, kind, item_id, old.get(item_id, {}), new.get(item_id, {}))
    return changes


def _add_child(uow: UnitOfWork, engagement_id: str, actor: str, items_of: Callable[[Engagement], list], item, position: int | None) -> str:
    item.validate()

    def mutate(e: Engagement) -> Engagement:
        e.ensure_open()
        items = items_of(e)
        items.insert(len(items) if position is None else position, item)
        e.validate()
        return e

    _edit(uow, engagement_id, actor, mutate)
    return item.id


def _replace_child(e: Engagement, items: list, item_id: str, changes: dict[str, Any]) -> Engagement:
    e.ensure_open()
    index = _index_of(items, item_id)
    item = replace(items[index], **changes)
    item.validate()
    items[index] = item
    e.validate()
    return e


def _remove_child(uow: UnitOfWork, engagement_id: str, actor: str, items_of: Callable[[Engagement], list], item_id: str):
    removed: list = []

    def mutate(e: Engagement) -> Engagement:
        e.ensure_open()
        items = items_of(e)
        index = _index_of(items, item_id)
        removed.append((items.pop(index), index))
        return e

    _edit(uow, engagement_id, actor, mutate)
    return removed[0]


def _index_of(items: list, item_id: str) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise DomainError(Text("该记录已不存在（可能已被删除）。", "That record no longer exists (it may have been removed)."))


def _advanced(e: Engagement, client: Organisation, findings: list, statements: list, today: date, review, changes: list,
              own: list) -> Engagement:
    lifecycle.advance(e, client, findings, statements, review, changes, own)
    if e.status is Stage.SUBMITTED and e.submitted_on is None:
        e.submitted_on = today
        e.validate()  # a statement dated after today cannot be submitted today
    return e


# --- who may review and decide (head office's rules, the laptop's pickers) ----------------------------
_PICKED = {"reviewer_id": PersonRole.REVIEWER, "decision_maker_id": PersonRole.DECISION_MAKER}


def check_person(uow: UnitOfWork, person_id: str, field: str) -> None:
    """Refuse an id that is not in the people register (the step names it under ``field``)."""
    try:
        uow.people.get(person_id)
    except NotFound:
        raise DomainError(Text(f"人员名册中没有 {person_id}。", f"No one with the id {person_id} is in the people register."), field) from None


def check_role(uow: UnitOfWork, person_id: str, role: PersonRole, field: str) -> None:
    """Refuse a person of the register without ``role`` (checked after the independence rules, which say more)."""
    require_role(uow.people.get(person_id), role, field)
