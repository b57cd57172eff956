"""Inventory use cases on a real SQLite store: all-or-nothing edits, history, undo data, frozen factors, serials used once."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from app.domain.inventory.factors import Factor, FactorKind, Priority
from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.inventory.sources import ActivityRecord
from app.domain.kernel.text import DomainError, Text
from app.services import demo
from app.services import engagements as services
from app.services import inventory
from app.storage.reference import gwp_table, shipped_factors


@pytest.fixture
def engagement_id(store):
    return demo.create_demo(store.uow(), "wang", date(2026, 6, 1))


def record_count(store):
    with store.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM activity_records")).scalar()


def test_demo_inventory_recalculates_from_the_store(store, engagement_id):
    calculation = inventory.calculate(store.uow(), engagement_id)
    results = calculation.results
    assert len(results.sources) == 5 and not results.incomplete
    assert results.total == pytest.approx(results.direct + results.indirect)
    assert results.reported_total == pytest.approx(4650 + 223 + 10265 + 14.4)
    assert calculation.balance.eligible == 15000 and not calculation.balance.neutral


def test_a_refused_row_saves_none_of_the_batch_and_names_the_row(store, engagement_id):
    source = inventory.load_inventory(store.uow(), engagement_id).sources[2]  # purchased electricity, tCO2/MWh
    before = record_count(store), inventory.records_of(store.uow(), source.id)
    batch = [
        ActivityRecord(source.id, date(2025, 1, 1), date(2025, 1, 31), 10, "MWh"),
        ActivityRecord(source.id, date(2025, 2, 1), date(2025, 2, 28), 10, "m3"),
    ]
    with pytest.raises(DomainError) as caught:
        inventory.save_records(store.uow(), engagement_id, source.id, batch, [], "li")
    assert caught.value.message.en.startswith("Row 2:") and "m3" in caught.value.message.en
    assert caught.value.message.zh.startswith("第 2 行")
    assert (record_count(store), inventory.records_of(store.uow(), source.id)) == before


def test_record_edits_are_in_the_history_and_can_be_reverted(store, engagement_id):
    source = inventory.load_inventory(store.uow(), engagement_id).sources[2]
    january = inventory.records_of(store.uow(), source.id)[0]
    new = ActivityRecord(source.id, date(2025, 12, 15), date(2025, 12, 31), 3.5, "MWh")
    before, added = inventory.save_records(
        store.uow(), engagement_id, source.id, [replace(january, quantity=1500.0), new], [], "li"
    )
    assert before == [january] and added[0].id == new.id
    tail = [(e.change.entity, e.change.field, e.change.old, e.change.new) for e in services.engagement_history(store.uow(), engagement_id)]
    assert ("activity_record", "quantity", "1420", "1500") in tail
    assert ("activity_record", "quantity", "", "3.5") in tail
    inventory.save_records(store.uow(), engagement_id, source.id, before, [r.id for r in added], "li")
    assert inventory.records_of(store.uow(), source.id)[0] == january
    assert new.id not in {r.id for r in inventory.records_of(store.uow(), source.id)}
    assert services.verify_history(store.uow()) == []


def test_removing_a_source_removes_its_records_and_restoring_puts_both_back(store, engagement_id):
    sources = inventory.load_inventory(store.uow(), engagement_id).sources
    count = record_count(store)
    source, position, records = inventory.remove_source(store.uow(), engagement_id, sources[1].id, "li")
    assert record_count(store) == count - len(records) and position == 1
    inventory.restore_source(store.uow(), engagement_id, source, position, records, "li")
    assert [s.id for s in inventory.load_inventory(store.uow(), engagement_id).sources] == [s.id for s in sources]
    assert record_count(store) == count


def test_changing_a_sources_factor_to_an_incompatible_unit_is_refused(store, engagement_id):
    source = inventory.load_inventory(store.uow(), engagement_id).sources[2]
    per_gj = replace(source, factor=replace(source.factor, unit="tCO2/t"))
    with pytest.raises(DomainError) as caught:
        inventory.save_source(store.uow(), engagement_id, per_gj, "li")
    assert "MWh" in caught.value.message.en and "Existing activity data" in caught.value.message.en


def test_editing_the_library_never_changes_an_engagements_frozen_figures(store, engagement_id):
    mine = inventory.save_factor(
        store.uow(), Factor(FactorKind.GRID, Text("自备电厂", "own power plant"), 0.80, "tCO2/MWh", "plant test report 2025", "", Priority.MEASURED), "li"
    )
    source = inventory.load_inventory(store.uow(), engagement_id).sources[2]
    inventory.save_source(store.uow(), engagement_id, replace(source, factor=mine.use()), "li")
    figure = inventory.calculate(store.uow(), engagement_id).results.sources[source.id].verified
    changed = inventory.save_factor(store.uow(), replace(mine, value=0.95), "li")
    assert changed.version == 2
    assert inventory.calculate(store.uow(), engagement_id).results.sources[source.id].verified == figure
    assert figure == pytest.approx(18200 * 0.80)


def test_a_verifiers_factor_needs_its_source_and_shipped_ones_cannot_be_edited(store):
    with pytest.raises(DomainError) as caught:
        inventory.save_factor(store.uow(), Factor(FactorKind.EMISSION, Text("x", "x"), 1.0, "tCO2/t", " "), "li")
    assert caught.value.field == "source"
    with pytest.raises(DomainError):
        inventory.save_factor(store.uow(), replace(shipped_factors()[0], value=1.0), "li")


def test_a_credit_cannot_be_used_twice_across_engagements(store, engagement_id):
    second = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    first_range = inventory.load_inventory(store.uow(), engagement_id).offsets[0]
    clash = Offset(
        OffsetKind.CCER, "National CCER Registry ", first_range.serial_first[:-6] + "014001",
        first_range.serial_first[:-6] + "016000", 2024, 2000, True,
    )
    clash = replace(clash, registry=first_range.registry.upper())
    count = len(inventory.load_inventory(store.uow(), second).offsets)
    with pytest.raises(DomainError) as caught:
        inventory.save_offset(store.uow(), second, clash, "li")
    assert "DEMO-2026-0001" in caught.value.message.en and caught.value.field == "serial_first"
    assert len(inventory.load_inventory(store.uow(), second).offsets) == count


def test_shipped_library_keeps_provenance_and_the_gwp_reports():
    by_id = {f.id: f for f in shipped_factors()}
    coal = by_id["cn-fuel/bituminous coal/ncv"]
    assert (coal.value, coal.unit) == (19.570, "GJ/t") and "GB/T 32151" in coal.source and not coal.checked
    grid = by_id["cn-grid/East China grid/2022"]
    assert grid.value == 0.5617 and grid.priority is Priority.REGIONAL and "MEE + NBS" in grid.source
    assert gwp_table().values["CH4"] == {"AR4": 25, "AR5": 28, "AR6": 27.9}
    assert gwp_table().formula_of("HFC-134a") == "CH2FCF3"


def test_undoing_removals_in_reverse_puts_items_back_in_their_places(store, engagement_id):
    names = [s.name for s in inventory.load_inventory(store.uow(), engagement_id).sources]
    ids = [s.id for s in inventory.load_inventory(store.uow(), engagement_id).sources]
    second = inventory.remove_source(store.uow(), engagement_id, ids[1], "li")
    fifth = inventory.remove_source(store.uow(), engagement_id, ids[4], "li")
    inventory.restore_source(store.uow(), engagement_id, *fifth, "li")
    inventory.restore_source(store.uow(), engagement_id, *second, "li")
    assert [s.name for s in inventory.load_inventory(store.uow(), engagement_id).sources] == names


def test_the_period_cannot_shrink_past_recorded_activity_data(store, engagement_id):
    engagement = services.load(store.uow(), engagement_id)[0]
    with pytest.raises(DomainError) as caught:
        services.update_engagement(store.uow(), engagement_id, {"period_start": date(engagement.period_start.year, 7, 1)}, "li")
    assert caught.value.field == "period_start" and "outside the new period" in caught.value.message.en
    assert services.load(store.uow(), engagement_id)[0].period_start == engagement.period_start
    wider = {"period_end": date(engagement.period_end.year + 1, 3, 31)}
    assert services.update_engagement(store.uow(), engagement_id, wider, "li").period_end == wider["period_end"]


def test_records_read_by_position_follow_the_record_fields():
    from dataclasses import fields

    from app.storage.inventory_repository import _RECORD_ORDER

    assert _RECORD_ORDER == tuple(f.name for f in fields(ActivityRecord))


def test_records_come_back_by_period_and_in_stored_order_within_one(store, engagement_id):
    """The repository orders the records itself (SQLite's ORDER BY cost half the reading at 240,000 records): by start,
    then end, and records of the same period in the order they were stored, for one source and for the engagement."""
    source = inventory.sources_of(store.uow(), engagement_id)[0]
    months = [(date(2025, m, 1), date(2025, m, 28)) for m in (5, 1, 3)]
    unit = inventory.records_of(store.uow(), source.id)[0].unit
    periods = months * 2 + [(date(2025, 1, 1), date(2025, 1, 15))]  # stored last, the same start as #1 and an earlier end
    added = [ActivityRecord(source.id, start, end, 10.0 + n, unit, note=f"#{n}") for n, (start, end) in enumerate(periods)]
    inventory.put_records(store.uow(), engagement_id, added, [], "wang")
    mine = [r for r in inventory.records_of(store.uow(), source.id) if r.note.startswith("#")]
    assert [r.note for r in mine] == ["#6", "#1", "#4", "#2", "#5", "#0", "#3"]
    everyone = [r for r in inventory.load_inventory(store.uow(), engagement_id).records if r.note.startswith("#")]
    assert everyone == mine
    starts = [(r.period_start, r.period_end) for r in inventory.load_inventory(store.uow(), engagement_id).records]
    assert starts == sorted(starts)


def test_sources_read_from_the_driver_equal_the_mapped_rows(store, engagement_id):
    """Sources are read straight from the driver's cursor with their JSON parsed once per distinct text: every way of
    reading them (the engagement's list, a few by id, many by id, one mapped row) gives the same sources, streams and
    frozen factors, two sources with the same factors included."""
    from app.domain.inventory.sources import Category, Direction, EmissionSource, Method, Stream
    from app.domain.kernel.ids import new_id

    sources = inventory.sources_of(store.uow(), engagement_id)
    assert sources[0].ncv is not None  # the demo's first source burns a fuel: its factors are shared below
    twin = replace(sources[0], id=new_id(), name="twin")
    furnace = EmissionSource("furnace", Category.PROCESS, Method.MASS_BALANCE, streams=(
        Stream("coke", Direction.IN, replace(sources[0].ncv, value=0.85, unit="tC/t")), Stream("steel", Direction.OUT, None)))
    for added in (twin, furnace):
        inventory.save_source(store.uow(), engagement_id, added, "wang")
    listed = inventory.sources_of(store.uow(), engagement_id)
    assert listed[-2:] == [twin, furnace] and listed[:-2] == sources
    assert listed[-2].ncv == listed[0].ncv and listed[-1].streams == furnace.streams
    uow = store.uow()
    with uow:
        few = uow.inventory.sources_by_id(engagement_id, [twin.id, furnace.id, "no such source"])
        many = uow.inventory.sources_by_id(engagement_id, [s.id for s in listed] + [f"other {n}" for n in range(600)])
        mapped = [uow.inventory.get("source", s.id) for s in listed]
    assert few == {twin.id: twin, furnace.id: furnace}
    assert many == {s.id: s for s in listed} and mapped == listed


def test_a_record_or_finding_for_another_engagements_source_is_refused(store, engagement_id):
    """The ownership check reads only the sources named (an edit no longer loads all of them): another engagement's
    source is still refused, for a record and for a finding, and nothing is stored."""
    from app.domain.findings.finding import Kind, Severity, raise_finding
    from app.services import findings

    other = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    foreign = inventory.load_inventory(store.uow(), other).sources[2]
    count = record_count(store)
    record = ActivityRecord(foreign.id, date(2025, 1, 1), date(2025, 1, 31), 10, "MWh")
    with pytest.raises(DomainError) as caught:
        inventory.put_records(store.uow(), engagement_id, [record], [], "li")
    assert "not in this engagement" in caught.value.message.en and "不在本项目中" in caught.value.message.zh
    assert record_count(store) == count
    held = findings.list_findings(store.uow(), engagement_id)
    finding = raise_finding(Kind.NONCONFORMITY, "gas meter", "wang", date(2026, 6, 1), severity=Severity.MINOR, source_id=foreign.id)
    with pytest.raises(DomainError) as refused:
        findings.add_finding(store.uow(), engagement_id, finding, "wang")
    assert refused.value.field == "source_id"
    assert findings.list_findings(store.uow(), engagement_id) == held
    own = inventory.load_inventory(store.uow(), engagement_id).sources[2]
    inventory.put_records(store.uow(), engagement_id, [replace(record, source_id=own.id)], [], "li")
    assert record_count(store) == count + 1
