"""Use cases of the inventory: sources, activity records, production, offsets, the factor library, recalculation.

Like :mod:`app.services.engagements`, each change runs in one unit of work, is
refused whole when a rule fails, is recorded field by field in the hash-chained
history and bumps the engagement's revision.  Inventory items are stored one
by one (an engagement may hold tens of thousands of records), so the history
is the diff of the items an edit touches, not of the whole engagement.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from app.domain.engagement.engagement import Engagement
from app.domain.findings.finding import estimate_lines
from app.domain.inventory.calculation import Recalculator
from app.domain.inventory.factors import Factor
from app.domain.inventory.measured import MEASURED_KIND
from app.domain.inventory.neutrality import Offset, UsedRange, balance
from app.domain.inventory.snapshot import Calculation, Inventory
from app.domain.inventory.sources import ActivityRecord, EmissionSource, Production, history_fields
from app.domain.kernel.history import Change, diff
from app.domain.kernel.text import DomainError, Text
from app.services.engagements import now, record_changes
from app.services.ports import UnitOfWork

_ENTITY = {"source": "emission_source", "record": "activity_record", "production": "production", "offset": "offset"}


def load_inventory(uow: UnitOfWork, engagement_id: str) -> Inventory:
    with uow:
        inv = uow.inventory
        return Inventory(
            uow.engagements.get(engagement_id), inv.items("source", engagement_id), inv.items("record", engagement_id),
            inv.items("production", engagement_id), inv.items("offset", engagement_id),
        )


def sources_of(uow: UnitOfWork, engagement_id: str) -> list[EmissionSource]:
    """An engagement's sources without their records (for lists and links)."""
    with uow:
        return uow.inventory.items("source", engagement_id)


def find_source(uow: UnitOfWork, source_id: str) -> EmissionSource | None:
    """The stored source, or None when there is none with that id."""
    with uow:
        try:
            return uow.inventory.get("source", source_id)
        except LookupError:
            return None


def records_of(uow: UnitOfWork, source_id: str) -> list[ActivityRecord]:
    with uow:
        return uow.inventory.records_of(source_id)


def record_count(uow: UnitOfWork, engagement_id: str) -> int:
    """How many activity records the engagement holds (one query: to judge how long reading them will take)."""
    with uow:
        return uow.inventory.record_count(engagement_id)


def calculate(uow: UnitOfWork, engagement_id: str) -> Calculation:
    """Recalculate an engagement: results per source and in total (its findings' conservative estimates included, a
    fuel's lab results weighted by quantity), and its neutrality balance against that verified total."""
    inventory = load_inventory(uow, engagement_id)
    e = inventory.engagement
    with uow:
        gwps = uow.factors.gwp_table()
        used = used_ranges(uow)
        client = uow.organisations.get(e.organisation_id)
        findings = uow.findings.of(engagement_id)
        measured = uow.records.of(engagement_id, MEASURED_KIND)
    recalculator = Recalculator(
        inventory.sources, inventory.records, gwps, e.gwp_report, e.materiality_pct, inventory.production, estimate_lines(findings),
        measured,
    )
    results = recalculator.results
    neutrality = balance(
        results.total, inventory.offsets, e.period_end, used, complete=not results.incomplete,
        client_names=(client.name_zh, client.name_en),
    )
    return Calculation(inventory, results, neutrality, recalculator)


def used_ranges(uow: UnitOfWork) -> list[UsedRange]:
    """Every serial range claimed by an offset in the store (call inside an open unit of work)."""
    out = []
    for code, _engagement_id, offset in uow.inventory.all_offsets():
        if offset.kind.value != "sink":
            try:
                out.append(UsedRange(offset.serial_range(), offset.id, code))
            except DomainError:
                continue
    return out


# --- sources -------------------------------------------------------------------------------
def save_source(uow: UnitOfWork, engagement_id: str, source: EmissionSource, actor: str, position: int | None = None) -> EmissionSource:
    """Add or change a source (its records are checked again against a changed factor unit)."""
    source = source.validated()

    def check(e: Engagement, uow: UnitOfWork) -> None:
        if source.site_id and source.site_id not in {s.id for s in e.sites}:
            raise DomainError(Text("所选场所不属于本项目。", "The chosen site is not one of this engagement's sites."), "site_id")
        period = (e.period_start, e.period_end)
        for record in uow.inventory.records_of(source.id):
            try:
                record.validated(source, period)
            except DomainError as error:
                raise DomainError(
                    Text(f"已有活动数据与新设置不符：{error.message.zh}", f"Existing activity data do not fit the new setting: {error.message.en}"),
                    error.field,
                ) from None

    _put(uow, engagement_id, "source", source, actor, check, position)
    return source


def remove_source(uow: UnitOfWork, engagement_id: str, source_id: str, actor: str) -> tuple[EmissionSource, int, list[ActivityRecord]]:
    """Remove a source and its records; returns them and its position, so the removal can be undone."""
    with uow:
        e = uow.engagements.get(engagement_id)
        e.ensure_open()
        source = uow.inventory.get("source", source_id)
        records = uow.inventory.records_of(source_id)
        changes = [c for r in records for c in _diff(engagement_id, "record", r, None)]
        for record in records:
            uow.inventory.remove("record", record.id)
        position = uow.inventory.remove("source", source_id)
        record_changes(uow, engagement_id, changes + _diff(engagement_id, "source", source, None), actor)
        uow.commit()
    return source, position, records


def restore_source(uow: UnitOfWork, engagement_id: str, source: EmissionSource, position: int, records: list[ActivityRecord], actor: str) -> None:
    """Put back a removed source with its records, in one transaction (undo of :func:`remove_source`)."""
    source = source.validated()
    with uow:
        e = uow.engagements.get(engagement_id)
        e.ensure_open()
        period = (e.period_start, e.period_end)
        records = [record.validated(source, period) for record in records]
        uow.inventory.put("source", engagement_id, source, position)
        for record in records:
            uow.inventory.put("record", engagement_id, record)
        changes = _diff(engagement_id, "source", None, source) + [c for r in records for c in _diff(engagement_id, "record", None, r)]
        record_changes(uow, engagement_id, changes, actor)
        uow.commit()


# --- activity records ----------------------------------------------------------------------
def save_records(
    uow: UnitOfWork, engagement_id: str, source_id: str, records: list[ActivityRecord], removed: list[str], actor: str
) -> tuple[list[ActivityRecord], list[ActivityRecord]]:
    """Add or change ``records`` and remove the ``removed`` ids of one source, all or nothing (see :func:`put_records`)."""
    return put_records(uow, engagement_id, [replace(r, source_id=source_id) for r in records], removed, actor)


def put_records(
    uow: UnitOfWork, engagement_id: str, records: list[ActivityRecord], removed: list[str], actor: str
) -> tuple[list[ActivityRecord], list[ActivityRecord]]:
    """Add or change ``records`` (of any sources) and remove the ``removed`` record ids, in one transaction.

    Returns the records as they were before (changed and removed ones) and the
    ones that were new, so the edit can be undone by putting back the first
    and removing the second.  A refusal names the record's row (1-based, in
    the order given) and the field.
    """
    with uow:
        e = uow.engagements.get(engagement_id)
        e.ensure_open()
        period = (e.period_start, e.period_end)
        own = uow.inventory.sources_by_id(engagement_id, {r.source_id for r in records})
        sources: dict[str, EmissionSource] = {}
        existing: dict[str, ActivityRecord] = {}
        for source_id in {r.source_id for r in records}:
            if source_id not in own:
                raise DomainError(Text("活动数据所属的排放源不在本项目中。", "The activity data belong to a source that is not in this engagement."))
            sources[source_id] = own[source_id]
            existing.update((r.id, r) for r in uow.inventory.records_of(source_id))
        checked = []
        for row, record in enumerate(records, start=1):
            try:
                checked.append(record.validated(sources[record.source_id], period))
            except DomainError as error:
                raise DomainError(Text(f"第 {row} 行：{error.message.zh}", f"Row {row}: {error.message.en}"), error.field) from None
        changes: list[Change] = []
        before: list[ActivityRecord] = []
        for record in checked:
            old = existing.get(record.id)
            if old is not None:
                before.append(old)
            changes += _diff(engagement_id, "record", old, record)
            uow.inventory.put("record", engagement_id, record)
        for record_id in removed:
            try:
                old = existing.get(record_id) or uow.inventory.get("record", record_id)
            except LookupError:
                continue
            if old.source_id not in own:  # a source the edit's own records did not name: read it once
                own.update(uow.inventory.sources_by_id(engagement_id, [old.source_id]))
            if old.source_id not in own:
                continue  # another engagement's record
            before.append(old)
            changes += _diff(engagement_id, "record", old, None)
            uow.inventory.remove("record", record_id)
        record_changes(uow, engagement_id, changes, actor)
        uow.commit()
    return before, [r for r in checked if r.id not in existing]


def set_reported(uow: UnitOfWork, engagement_id: str, figures: dict[str, float | None], actor: str) -> dict[str, float | None]:
    """Set the client's reported figure of several sources in one transaction; returns the old figures (for undo)."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        before, changes = {}, []
        for source_id, figure in figures.items():
            old = uow.inventory.get("source", source_id)
            new = replace(old, reported=figure).validated()
            before[source_id] = old.reported
            changes += _diff(engagement_id, "source", old, new)
            uow.inventory.put("source", engagement_id, new)
        record_changes(uow, engagement_id, changes, actor)
        uow.commit()
    return before


# --- production and offsets ----------------------------------------------------------------
def save_production(uow: UnitOfWork, engagement_id: str, item: Production, actor: str, position: int | None = None) -> Production:
    item = item.validated()
    _put(uow, engagement_id, "production", item, actor, None, position)
    return item


def save_offset(uow: UnitOfWork, engagement_id: str, offset: Offset, actor: str, position: int | None = None) -> Offset:
    """Add or change an offset; a serial range already used anywhere in the store is refused."""
    offset = offset.validated()

    def check(_e: Engagement, uow: UnitOfWork) -> None:
        if offset.kind.value == "sink":
            return
        serials = offset.serial_range()
        for used in used_ranges(uow):
            if used.offset_id != offset.id and serials.overlaps(used.range):
                raise DomainError(
                    Text(
                        f"序列号区间与 {used.engagement_code} 中已使用的区间重叠，同一减排量不能使用两次。",
                        f"The serial range overlaps one already used in {used.engagement_code}; a credit cannot be used twice.",
                    ),
                    "serial_first",
                )

    _put(uow, engagement_id, "offset", offset, actor, check, position)
    return offset


def remove_item(uow: UnitOfWork, engagement_id: str, kind: str, item_id: str, actor: str) -> tuple[Any, int]:
    """Remove a production line or an offset; returns it and its position for undo."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        item = uow.inventory.get(kind, item_id)
        position = uow.inventory.remove(kind, item_id)
        record_changes(uow, engagement_id, _diff(engagement_id, kind, item, None), actor)
        uow.commit()
    return item, position


# --- the factor library --------------------------------------------------------------------
def factor_library(uow: UnitOfWork) -> list[Factor]:
    with uow:
        return uow.factors.all()


def gwp_table(uow: UnitOfWork):
    with uow:
        return uow.factors.gwp_table()


def save_factor(uow: UnitOfWork, factor: Factor, actor: str) -> Factor:
    """Add a verifier's factor, or change one (its version goes up; engagements keep the value they froze)."""
    factor.validate()
    with uow:
        try:
            old = uow.factors.get(factor.id)
        except LookupError:
            old = None
        if old is not None:
            old.ensure_editable()
            factor = replace(factor, version=old.version + 1)
            uow.factors.save(factor)
        else:
            uow.factors.add(factor)
        before = {n: str(getattr(old, n)) for n in Factor.EDITABLE} if old else {}
        after = {n: str(getattr(factor, n)) for n in Factor.EDITABLE}
        uow.history.append(diff(None, "factor", factor.id, before, after), actor, now())
        uow.commit()
    return factor


# --- the one way an inventory item changes -------------------------------------------------
def _put(
    uow: UnitOfWork, engagement_id: str, kind: str, item: Any, actor: str,
    check: Callable[[Engagement, UnitOfWork], None] | None, position: int | None,
) -> None:
    with uow:
        e = uow.engagements.get(engagement_id)
        e.ensure_open()
        if check is not None:
            check(e, uow)
        try:
            old = uow.inventory.get(kind, item.id)
        except LookupError:
            old = None
        changes = _diff(engagement_id, kind, old, item)
        if changes:
            uow.inventory.put(kind, engagement_id, item, position)
            record_changes(uow, engagement_id, changes, actor)
            uow.commit()


def _diff(engagement_id: str, kind: str, old: Any, new: Any) -> list[Change]:
    item = new if new is not None else old
    before = history_fields(old) if old is not None else {}
    after = history_fields(new) if new is not None else {}
    return diff(engagement_id, _ENTITY[kind], item.id, before, after)
