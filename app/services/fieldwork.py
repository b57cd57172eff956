"""Use cases of the field work: documents and time, risk, sampling, checklists, meetings, the plan, and evidence.

Each change runs in one unit of work, is refused whole when a rule fails, and
is recorded field by field in the hash-chained history (see
:mod:`app.domain.kernel.records` for how a record reads there).  Raising a finding
from a checklist item stores the finding and the item's link to it in one
transaction.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from app.domain.fieldwork.checklists import Answer, Checklist, ChecklistItem, Template
from app.domain.fieldwork.documents import MAX_DAYS_PER_DAY, Document, ReviewResult, TimeCheck, TimeEntry, time_check
from app.domain.fieldwork.evidence import Evidence
from app.domain.fieldwork.sampling import Item, Plan, Population, Projection, Result, escalate, project, select
from app.domain.findings.finding import Finding, Kind, Severity, raise_finding
from app.domain.inventory import units
from app.domain.kernel.history import Change, diff
from app.domain.kernel.records import history_fields
from app.domain.kernel.text import DomainError, Text
from app.services import findings as finding_services
from app.services.engagements import record_changes
from app.services.ports import UnitOfWork


def records(uow: UnitOfWork, engagement_id: str, kind: str) -> list[Any]:
    with uow:
        return uow.records.of(engagement_id, kind)


def count(uow: UnitOfWork, engagement_id: str, kind: str) -> int:
    """How many records of ``kind`` the engagement holds (counted, not read)."""
    with uow:
        return uow.records.count(engagement_id, kind)


def save_record(uow: UnitOfWork, engagement_id: str, kind: str, record: Any, actor: str, position: int | None = None,
                today: date | None = None) -> Any:
    """Add or change one record (validated by its kind's rules); returns what was held before (None when new)."""
    record = _validated(kind, record, today or date.today())
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        old = _held_or_none(uow, engagement_id, kind, record.id)
        if isinstance(record, TimeEntry):
            _check_day(uow.records.of(engagement_id, "time"), record)
        put_record(uow, engagement_id, kind, old, record, actor, position)
        uow.commit()
    return old


def remove_record(uow: UnitOfWork, engagement_id: str, kind: str, record_id: str, actor: str) -> tuple[Any, int]:
    """Remove one record; returns it and its position (for undo).  Evidence a document or meeting uses stays."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        record = _held(uow, engagement_id, kind, record_id)
        if kind == "evidence":
            users = [d.title for d in uow.records.of(engagement_id, "document") if d.evidence_id == record_id]
            users += [m.kind.label.en for m in uow.records.of(engagement_id, "meeting") if m.scan_evidence_id == record_id]
            if users:
                raise DomainError(Text(f"该文件是 {'、'.join(users)} 的附件，不能删除。",
                                       f"This file is attached to {', '.join(users)}; it cannot be removed."), "evidence")
        position = uow.records.remove(engagement_id, kind, record_id)
        record_changes(uow, engagement_id, record_diff(engagement_id, kind, record, None), actor)
        uow.commit()
    return record, position


def progress(uow: UnitOfWork, engagement_id: str) -> dict[str, tuple[int, int]]:
    """How far the field work has come, as (done, all) per part, for the page navigator."""
    with uow:
        held = {kind: uow.records.of(engagement_id, kind) for kind in ("document", "sampling", "checklist", "plan")}
        files = uow.records.count(engagement_id, "evidence")  # there may be thousands: counted, not read
    samples = [s for p in held["sampling"] for s in p.samples]
    items = [i for c in held["checklist"] for i in c.items]
    plan = held["plan"][0] if held["plan"] else None
    return {
        "document": (sum(d.result is not ReviewResult.PENDING for d in held["document"]), len(held["document"])),
        "sampling": (sum(s.result is not Result.PENDING for s in samples), len(samples)),
        "checklist": (sum(i.answer is not Answer.PENDING for i in items), len(items)),
        "plan": (int(plan is not None and plan.confirmed_on is not None), 1),
        "evidence": (files, files),
    }


# What else the verification plan holds (§9.4.5): a change to any of these after the client confirmed it must be told.
PLAN_PARTS = {
    "team_member": Text("核查组", "team"), "sampling": Text("抽样计划", "sampling plan"), "site": Text("场所", "sites"),
}
PLAN_FIELDS = {"objectives": Text("核查目的", "objectives"), "criteria": Text("核查准则", "criteria"),
               "scope_text": Text("核查范围", "scope")}


def unconfirmed_changes(uow: UnitOfWork, engagement_id: str) -> list[Text]:
    """Parts of the plan changed since the client confirmed it (team, sampling, sites, objectives, criteria, scope),
    which the client must be told of in writing; empty while the plan is unconfirmed."""
    with uow:
        plans = uow.records.of(engagement_id, "plan")
        history = uow.history.for_engagement(engagement_id)
    if not plans or plans[0].confirmed_on is None:
        return []
    # The last time the client confirmed the plan or was told of a change, as the history recorded it.
    told = max((entry.at for entry in history
                if entry.change.entity == "plan" and entry.change.field in ("confirmed_on", "confirmed_by", "changes")), default=None)
    if told is None:
        return []
    parts: list[Text] = []
    for entry in history:
        change = entry.change
        if entry.at <= told:
            continue
        label = PLAN_PARTS.get(change.entity) or (PLAN_FIELDS.get(change.field) if change.entity == "engagement" else None)
        if label and label not in parts:
            parts.append(label)
    return parts


def review_time(uow: UnitOfWork, engagement_id: str) -> TimeCheck:
    """Days logged per stage against the planned man-days, with the 20 % document-review check."""
    with uow:
        e = uow.engagements.get(engagement_id)
        entries = uow.records.of(engagement_id, "time")
    return time_check(entries, e.man_days.total if e.man_days else None)


# --- checklists ----------------------------------------------------------------------------
def add_checklist(uow: UnitOfWork, engagement_id: str, template: Template, actor: str) -> Checklist:
    checklist = Checklist.from_template(template)
    save_record(uow, engagement_id, "checklist", checklist, actor)
    return checklist


def answer_item(uow: UnitOfWork, engagement_id: str, checklist_id: str, item_id: str, changes: dict[str, Any],
                actor: str) -> ChecklistItem:
    """Answer (or re-answer) one item; returns the item as it was (for undo)."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        checklist = _held(uow, engagement_id, "checklist", checklist_id)
        old = checklist.item(item_id)
        put_record(uow, engagement_id, "checklist", checklist, checklist.with_item(old.answered(changes)), actor)
        uow.commit()
    return old


def raise_from_item(uow: UnitOfWork, engagement_id: str, checklist_id: str, item_id: str, actor: str, today: date,
                    finding: Finding | None = None) -> Finding:
    """A nonconformity (minor) or observation from an item answered so, linked both ways, in one transaction.

    ``finding`` is the one raised before (redo after undo), stored again as it was, its number included.
    """
    with uow:
        e = uow.engagements.get(engagement_id)
        checklist = _held(uow, engagement_id, "checklist", checklist_id)
        item = checklist.item(item_id)
        if item.answer not in (Answer.NONCONFORMITY, Answer.OBSERVATION):
            raise DomainError(Text("只有答复为不符合或观察项的检查项才能提出发现。",
                                   "Only an item answered nonconformity or observation raises a finding."), "answer")
        if _still_raised(uow, engagement_id, item.finding_id):
            raise DomainError(Text("该检查项已提出发现。", "This item has raised its finding already."), "finding_id")
        kind = Kind.NONCONFORMITY if item.answer is Answer.NONCONFORMITY else Kind.OBSERVATION
        where = f"{checklist.name.zh} {item.number}"
        finding = finding or raise_finding(
            kind, f"{where}：{item.zh or item.en}\n{item.notes}", actor, today,
            severity=Severity.MINOR if kind is Kind.NONCONFORMITY else None, criterion=e.criteria[0] if e.criteria else "",
            clause=item.clause, evidence="; ".join(x for x in (item.location, item.interviewee) if x), site_visit=e.site_visit_last,
        )
        finding = finding_services.put_new(uow, engagement_id, finding, actor)
        put_record(uow, engagement_id, "checklist", checklist, checklist.with_item(replace(item, finding_id=finding.id)), actor)
        uow.commit()
    return finding


def withdraw_item_finding(uow: UnitOfWork, engagement_id: str, checklist_id: str, item_id: str, actor: str) -> None:
    """Undo of :func:`raise_from_item`: remove the finding (while it has no response) and the item's link to it."""
    with uow:
        checklist = _held(uow, engagement_id, "checklist", checklist_id)
        item = checklist.item(item_id)
        _take_out(uow, engagement_id, item.finding_id, actor)
        put_record(uow, engagement_id, "checklist", checklist, checklist.with_item(replace(item, finding_id="")), actor)
        uow.commit()


# --- sampling --------------------------------------------------------------------------------
def population(uow: UnitOfWork, engagement_id: str, source_id: str) -> list[Item]:
    """A source's period records as a population, each valued in the unit most of them use (so values add up).

    The key is "period start[/stream]", with "#2", "#3" … for further records of the same period, so keys are
    unique and read the same to anyone holding the records.
    """
    with uow:
        records = [r for r in uow.inventory.items("record", engagement_id) if r.source_id == source_id]
    records.sort(key=lambda r: (r.period_start, r.stream_id, r.period_end, r.id))
    unit = Counter(r.unit for r in records).most_common(1)[0][0] if records else ""
    items, seen = [], Counter()
    for r in records:
        key = r.period_start.isoformat() + (f"/{r.stream_id}" if r.stream_id else "")
        seen[key] += 1
        label = f"{r.period_start} – {r.period_end}" + (f" ({r.unit})" if r.unit != unit else "")
        items.append(Item(key if seen[key] == 1 else f"{key}#{seen[key]}", label, r.consumption * units.factor(r.unit, unit)))
    return items


def items_of(uow: UnitOfWork, engagement_id: str, plan: Plan) -> list[Item]:
    """A plan's population: its listed items (invoices, meters, sites), else its source's records."""
    return list(plan.items) if plan.population is not Population.RECORDS else population(uow, engagement_id, plan.subject)


def plan_sample(uow: UnitOfWork, engagement_id: str, plan: Plan, actor: str, chosen: tuple[str, ...] = ()) -> Plan:
    """Choose a new plan's samples from its population and store it."""
    items = items_of(uow, engagement_id, plan)
    if not items:
        raise DomainError(Text("总体为空：该排放源还没有活动数据记录，或未列出项目。",
                               "The population is empty: the source has no activity records yet, or no items were listed."), "items")
    planned = select(plan, items, math.fsum(i.value for i in items), chosen)
    save_record(uow, engagement_id, "sampling", planned, actor)
    return planned


def record_result(uow: UnitOfWork, engagement_id: str, plan_id: str, key: str, changes: dict[str, Any], actor: str) -> Plan:
    """The value traced for one sample, its result and evidence; returns the plan as it was (for undo)."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        old = _held(uow, engagement_id, "sampling", plan_id)
        new = replace(old, samples=tuple(s.checked(changes) if s.key == key else s for s in old.samples))
        put_record(uow, engagement_id, "sampling", old, new, actor)
        uow.commit()
    return old


def escalate_sample(uow: UnitOfWork, engagement_id: str, plan_id: str, actor: str) -> Plan:
    """Errors were found: the next share of the escalation; returns the plan as it was (for undo)."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        old = _held(uow, engagement_id, "sampling", plan_id)
    items = items_of(uow, engagement_id, old)
    grown = escalate(old, items, math.fsum(i.value for i in items))
    with uow:
        put_record(uow, engagement_id, "sampling", old, grown, actor)
        uow.commit()
    return old


def sample_projection(uow: UnitOfWork, engagement_id: str, plan: Plan) -> Projection:
    """Errors found, projected to the source's records, against materiality as the same share of their total."""
    with uow:
        e = uow.engagements.get(engagement_id)
    items = items_of(uow, engagement_id, plan)
    return project(plan, items, abs(math.fsum(i.value for i in items)) * e.materiality_pct / 100)


def raise_from_sample(uow: UnitOfWork, engagement_id: str, plan_id: str, actor: str, today: date,
                      finding: Finding | None = None) -> Finding:
    """A nonconformity on the sampled source listing the errors found and their projection, linked to the plan
    (``finding``: the one raised before, stored again on redo)."""
    if finding is not None:
        return raise_for(uow, engagement_id, "sampling", plan_id, finding, actor)
    with uow:
        plan = _held(uow, engagement_id, "sampling", plan_id)
        e = uow.engagements.get(engagement_id)
    if not plan.errors:
        raise DomainError(Text("样本中没有差错。", "No error was found in the sample."), "samples")
    projection = sample_projection(uow, engagement_id, plan)
    lines = [f"{s.label or s.key}: {s.recorded:,.6g} → {'—' if s.traced is None else f'{s.traced:,.6g}'}" for s in plan.errors]
    description = (
        f"抽样核对发现 {len(plan.errors)} 处差错（{'；'.join(lines)}），推算至该排放源为 {projection.projected_error:,.6g}"
        f"（实质性阈值 {projection.materiality:,.6g}）。\n"
        f"Sampling found {len(plan.errors)} error(s) ({'; '.join(lines)}), projected to the source as "
        f"{projection.projected_error:,.6g} (materiality {projection.materiality:,.6g})."
    )
    finding = raise_finding(Kind.NONCONFORMITY, description, actor, today, severity=Severity.MAJOR if projection.material else Severity.MINOR,
                            criterion=e.criteria[0] if e.criteria else "", evidence=f"sampling plan seed {plan.seed}",
                            source_id=plan.subject, site_visit=e.site_visit_last)
    return raise_for(uow, engagement_id, "sampling", plan_id, finding, actor)


def raise_for(uow: UnitOfWork, engagement_id: str, kind: str, record_id: str, finding: Finding, actor: str) -> Finding:
    """Store ``finding`` for a document (insufficient, §9.3) or a sample's errors and link the record to it, in one transaction."""
    with uow:
        record = _held(uow, engagement_id, kind, record_id)
        if _still_raised(uow, engagement_id, record.finding_id):
            raise DomainError(Text("已为此提出核查发现。", "A finding was raised for this already."), "finding_id")
        finding = finding_services.put_new(uow, engagement_id, finding, actor)
        put_record(uow, engagement_id, kind, record, replace(record, finding_id=finding.id), actor)
        uow.commit()
    return finding


def withdraw_finding(uow: UnitOfWork, engagement_id: str, kind: str, record_id: str, actor: str) -> None:
    """Undo of raising a document's or a sample's finding: the finding (while unanswered) and the link go."""
    with uow:
        record = _held(uow, engagement_id, kind, record_id)
        _take_out(uow, engagement_id, record.finding_id, actor)
        put_record(uow, engagement_id, kind, record, replace(record, finding_id=""), actor)
        uow.commit()


def put_back_plan(uow: UnitOfWork, engagement_id: str, plan: Plan, actor: str) -> None:
    """Undo of a result or an escalation: the plan exactly as it was."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        old = _held(uow, engagement_id, "sampling", plan.id)
        put_record(uow, engagement_id, "sampling", old, plan, actor)
        uow.commit()


# --- evidence --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Attached:
    """A file put into the evidence store, as the store reports it."""

    sha256: str
    name: str
    size: int
    taken_at: datetime | None = None


def evidence_for(files: list[Attached], actor: str, today: date, links: tuple[tuple[str, str], ...] = ()) -> list[Evidence]:
    """The evidence records of files put into the store (made once, so a redo stores the same ones again)."""
    return [Evidence(f.sha256, f.name, f.size, "", f.taken_at, actor, today, links).validated() for f in files]


def attach(uow: UnitOfWork, engagement_id: str, evidence: list[Evidence], actor: str,
           into: tuple[str, str, str] | None = None) -> list[Evidence]:
    """Record evidence (files already in the store) in one transaction; ``into`` = (kind, record id, field) also
    puts the first one's id into that field of a record (a document's file, a meeting's signed sheet)."""
    evidence = [item.validated() for item in evidence]
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        uow.records.add_many(engagement_id, "evidence", evidence, [item.sha256 for item in evidence])
        record_changes(uow, engagement_id, [c for item in evidence for c in record_diff(engagement_id, "evidence", None, item)], actor)
        if into is not None:
            kind, record_id, field = into
            record = _held(uow, engagement_id, kind, record_id)
            put_record(uow, engagement_id, kind, record, replace(record, **{field: evidence[0].id}), actor)
        uow.commit()
    return evidence


def detach(uow: UnitOfWork, engagement_id: str, evidence_ids: list[str], actor: str,
           into: tuple[str, str, str, str] | None = None) -> None:
    """Undo of :func:`attach`: the records go (the files stay in the store: other records may share them), and
    ``into`` = (kind, record id, field, earlier value) puts the record's field back."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        if into is not None:
            kind, record_id, field, earlier = into
            record = _held(uow, engagement_id, kind, record_id)
            put_record(uow, engagement_id, kind, record, replace(record, **{field: earlier}), actor)
        changes = []
        for evidence_id in evidence_ids:
            record = _held(uow, engagement_id, "evidence", evidence_id)
            uow.records.remove(engagement_id, "evidence", evidence_id)
            changes += record_diff(engagement_id, "evidence", record, None)
        record_changes(uow, engagement_id, changes, actor)
        uow.commit()


def evidence_of(uow: UnitOfWork, engagement_id: str, kind: str, object_id: str) -> list[Evidence]:
    """The evidence linked to one object (only records naming its id are read: there may be thousands)."""
    with uow:
        return [e for e in uow.records.mentioning(engagement_id, "evidence", object_id) if e.is_linked_to(kind, object_id)]


# --- the one way a record changes ----------------------------------------------------------------
def _check_day(entries: list[TimeEntry], entry: TimeEntry) -> None:
    """One person logs at most 1.5 days on one day, all stages together."""
    same_day = math.fsum(e.days for e in entries if e.person == entry.person and e.day == entry.day and e.id != entry.id)
    if same_day + entry.days > MAX_DAYS_PER_DAY + 1e-9:
        raise DomainError(
            Text(f"{entry.person} 在 {entry.day} 已记录 {same_day:g} 人天，再加 {entry.days:g} 超过每天 {MAX_DAYS_PER_DAY:g} 人天。",
                 f"{entry.person} already has {same_day:g} d on {entry.day}; another {entry.days:g} d is more than "
                 f"{MAX_DAYS_PER_DAY:g} d in one day."),
            "days",
        )


def _validated(kind: str, record: Any, today: date) -> Any:
    if isinstance(record, Document):
        return record.validated(today)
    if isinstance(record, TimeEntry):
        return record.validated()
    validated = getattr(record, "validated", None)
    return validated() if validated else record


def put_record(uow: UnitOfWork, engagement_id: str, kind: str, old: Any, new: Any, actor: str, position: int | None = None) -> None:
    """The one way a field-work record (of any kind) is stored: put in its place and its changes recorded in the history."""
    changes = record_diff(engagement_id, kind, old, new)
    if changes:
        uow.records.put(engagement_id, kind, new, position, key=new.sha256 if isinstance(new, Evidence) else "")
        record_changes(uow, engagement_id, changes, actor)


def held_under(uow: UnitOfWork, engagement_id: str, programme, named: Text, kind: str, item: Any) -> tuple[list, Any]:
    """Inside an open unit of work, for a programme's own records (project, footprint, AUP): refuse an engagement
    that is closed or runs under another programme than ``programme`` (``named`` as the refusal names it); the
    records of ``kind`` held, and the one ``item`` replaces (None when it is new)."""
    engagement = uow.engagements.get(engagement_id)
    engagement.ensure_open()
    if engagement.programme is not programme:
        raise DomainError(Text(f"本项目的方案是{engagement.programme.label.zh}，不是{named.zh}。",
                               f"This engagement runs under {engagement.programme.label.en}, not {named.en}."), "programme")
    held = uow.records.of(engagement_id, kind)
    return held, next((h for h in held if h.id == item.id), None)


def _still_raised(uow: UnitOfWork, engagement_id: str, finding_id: str) -> bool:
    """Whether a linked finding still exists (it may have been removed on the Findings page since)."""
    return bool(finding_id) and any(f.id == finding_id for f in uow.findings.of(engagement_id))


def _take_out(uow: UnitOfWork, engagement_id: str, finding_id: str, actor: str) -> None:
    if _still_raised(uow, engagement_id, finding_id):
        finding_services.take_out(uow, engagement_id, finding_id, actor)


def remove_one_of(uow: UnitOfWork, engagement_id: str, kinds: Iterable[str], item_id: str, actor: str) -> int:
    """Remove the record ``item_id`` of whichever of ``kinds`` holds it (the AUP's terms or procedures, the monitoring
    plan's items, results or offset classes), in the history; its position (for undo)."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        for kind in kinds:
            held = _held_or_none(uow, engagement_id, kind, item_id)
            if held is not None:
                position = uow.records.remove(engagement_id, kind, item_id)
                record_changes(uow, engagement_id, record_diff(engagement_id, kind, held, None), actor)
                uow.commit()
                return position
    raise DomainError(Text("该记录已不存在（可能已被删除）。", "That record no longer exists (it may have been removed)."))


def _held_or_none(uow: UnitOfWork, engagement_id: str, kind: str, record_id: str) -> Any:
    try:
        return uow.records.get(engagement_id, kind, record_id)
    except LookupError:
        return None


def _held(uow: UnitOfWork, engagement_id: str, kind: str, record_id: str) -> Any:
    record = _held_or_none(uow, engagement_id, kind, record_id)
    if record is None:
        raise DomainError(Text("该记录已不存在（可能已被删除）。", "That record no longer exists (it may have been removed)."))
    return record


def record_diff(engagement_id: str, kind: str, old: Any, new: Any) -> list[Change]:
    """The history entries of a record changed from ``old`` to ``new`` (either may be None)."""
    item = new if new is not None else old
    return diff(engagement_id, kind, item.id, history_fields(old) if old is not None else {}, history_fields(new) if new is not None else {})
