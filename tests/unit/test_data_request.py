"""The data request's rows and the import plan, on plain cell values: every bad cell named, duplicates refused, changes counted."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.engagement.engagement import Engagement
from app.domain.inventory.cells import column_letter
from app.domain.inventory.data_request import COLUMNS, plan_import, request_rows
from app.domain.inventory.factors import FactorUse
from app.domain.inventory.snapshot import Inventory
from app.domain.inventory.sources import ActivityRecord, Category, Direction, EmissionSource, Method, Origin, Stream
from app.domain.kernel.text import DomainError

HEADER = tuple(f"{c.label.zh}\n{c.label.en}" for c in COLUMNS)
KEYS = [c.key for c in COLUMNS]


def inventory_with(records=()) -> Inventory:
    power = EmissionSource("外购电力 / Purchased electricity", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5703, "tCO2/MWh"))
    coke, steel = Stream("coke", Direction.IN, FactorUse(0.86, "tC/t")), Stream("steel", Direction.OUT, FactorUse(0.004, "tC/t"))
    furnace = EmissionSource("EAF", Category.PROCESS, Method.MASS_BALANCE, streams=(coke, steel))
    engagement = Engagement("org", code="VF-2026-0001", period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    return Inventory(engagement, [power, furnace], list(records(power, furnace)) if callable(records) else list(records), [], [])


def row(**cells) -> tuple:
    return tuple(cells.get(k) for k in KEYS)


def sheet(*rows) -> list[tuple]:
    return [("Activity data request",), ("VF-2026-0001",), HEADER, *rows]


def test_request_rows_hold_existing_records_then_uncovered_months_per_stream():
    january = lambda power, _f: [ActivityRecord(power.id, date(2025, 1, 1), date(2025, 1, 31), 100.0, "MWh")]  # noqa: E731
    inventory = inventory_with(january)
    rows = request_rows(inventory)
    power_rows = [r for r in rows if r.source is inventory.sources[0]]
    assert power_rows[0].record is not None and [r.record for r in power_rows[1:]] == [None] * 11
    assert power_rows[1].period_start == date(2025, 2, 1) and power_rows[1].period_end == date(2025, 2, 28)
    assert power_rows[1].unit == "MWh"
    furnace_rows = [r for r in rows if r.source is inventory.sources[1]]
    assert len(furnace_rows) == 24 and {r.stream_name for r in furnace_rows} == {"coke", "steel"}


def test_a_filled_request_becomes_new_and_changed_records():
    def held(power, _furnace):
        return [ActivityRecord(power.id, date(2025, 1, 1), date(2025, 1, 31), 100.0, "MWh", id="r1")]

    inventory = inventory_with(held)
    power, furnace = inventory.sources
    plan = plan_import(inventory, "Data", sheet(
        row(record_id="r1", source_id=power.id, source=power.name, period_start=datetime(2025, 1, 1), period_end=datetime(2025, 1, 31),
            quantity=120, unit="MWh", origin="invoice / 发票/结算单"),
        row(source=power.name, period_start=datetime(2025, 2, 1), period_end=datetime(2025, 2, 28), quantity="1,234.5", unit="兆瓦时",
            evidence=20250228),
        row(source=power.name, period_start=datetime(2025, 3, 1), period_end=datetime(2025, 3, 31)),  # left blank: skipped
        row(source=furnace.name, stream="coke", period_start="2025-04-01", period_end="2025-04-30", quantity=55.5, unit="吨", origin="地磅/衡器"),
    ))
    assert plan.summary().en == "2 new records, 1 changed value, 0 unchanged."
    assert plan.changed[0][1].quantity == 120.0 and plan.changed[0][1].id == "r1"
    february, coke = plan.added
    assert (february.quantity, february.unit, february.evidence) == (1234.5, "MWh", "20250228")
    assert coke.stream_id == furnace.streams[0].id and coke.origin is Origin.WEIGHBRIDGE and coke.unit == "t"


def test_every_bad_cell_is_named_by_sheet_and_cell_and_nothing_is_planned():
    inventory = inventory_with()
    power, furnace = inventory.sources
    good = dict(source=power.name, period_start=datetime(2025, 1, 1), period_end=datetime(2025, 1, 31), unit="MWh")
    with pytest.raises(DomainError) as caught:
        plan_import(inventory, "Data", sheet(
            row(**good, quantity="twelve"),                                       # row 4
            row(**{**good, "unit": "furlong"}, quantity=1),                       # row 5
            row(**good, quantity=-3),                                             # row 6
            row(**{**good, "source": "Boiler 9"}, quantity=1),                    # row 7
            row(**{**good, "period_start": datetime(2026, 1, 1), "period_end": datetime(2026, 1, 31)}, quantity=1),  # row 8
            row(**good, quantity=5),                                              # row 9
            row(**good, quantity=6),                                              # row 10: same period as row 9
            row(**{**good, "period_end": "soon"}, quantity=1),                    # row 11
            row(**{**good, "source": furnace.name, "unit": "t"}, stream="slag", quantity=1),  # row 12
            row(**{**good, "unit": "m3"}, quantity=1),                            # row 13: volume for a per-MWh factor
            row(**good, quantity=True),                                           # row 14
        ))
    lines = caught.value.message.en.splitlines()
    assert lines[0] == "Data!H4: “twelve” is not a number"
    assert lines[1] == "Data!I5: unknown unit “furlong”"
    assert lines[2] == "Data!H6: must not be negative (-3)"
    assert lines[3] == "Data!D7: unknown source “Boiler 9”"
    assert lines[4].startswith("Data!G8: ") and "outside the reporting period" in lines[4]
    assert lines[5] == "Data!G11: “soon” is not a date (e.g. 2025-01-31)"
    assert lines[6] == "Data!E12: the source “EAF” has no stream “slag”"
    assert lines[7].startswith("Data!I13: ") and "m3" in lines[7]
    assert lines[8] == "Data!H14: “True” is not a number"
    assert lines[9] == "Data!F10: duplicate period: row 9 has the same source and period"  # periods are compared once every row is read
    assert len(lines) == 10
    assert caught.value.message.zh.splitlines()[0] == "Data!H4：“twelve”不是数字"


def test_a_row_without_id_changes_the_one_record_of_its_period_and_is_refused_when_there_are_several():
    january = (date(2025, 1, 1), date(2025, 1, 31))
    one = inventory_with(lambda power, _f: [ActivityRecord(power.id, *january, 100.0, "MWh", id="held")])
    power = one.sources[0]
    plan = plan_import(one, "Data", sheet(row(source=power.name, period_start=january[0], period_end=january[1], quantity=101, unit="MWh")))
    assert [(old.id, new.quantity) for old, new in plan.changed] == [("held", 101.0)] and plan.added == []
    two = inventory_with(lambda power, _f: [ActivityRecord(power.id, *january, q, "MWh") for q in (1.0, 2.0)])
    power = two.sources[0]
    with pytest.raises(DomainError, match=r"Data!F4: Verifield holds several records for this period"):
        plan_import(two, "Data", sheet(row(source=power.name, period_start=january[0], period_end=january[1], quantity=1, unit="MWh")))


def test_several_held_records_of_one_period_come_back_unchanged():
    def invoices(power, _f):
        return [ActivityRecord(power.id, date(2025, 1, 1), date(2025, 1, 31), q, "MWh", id=f"r{q:g}") for q in (1.0, 2.0)]

    inventory = inventory_with(invoices)
    power = inventory.sources[0]
    rows = [row(record_id=r.id, source_id=power.id, source=power.name, period_start=r.period_start, period_end=r.period_end,
                quantity=r.quantity, unit="MWh", origin="invoice") for r in inventory.records]
    assert plan_import(inventory, "Data", sheet(*rows)).summary().en == "0 new records, 0 changed values, 2 unchanged."


def test_missing_header_or_columns_are_reported_by_sheet():
    with pytest.raises(DomainError, match="no header row"):
        plan_import(inventory_with(), "Sheet1", [("hello",), (1, 2, 3)])
    with pytest.raises(DomainError, match=r"Data: the column\(s\) Unit are missing"):
        plan_import(inventory_with(), "Data", [("排放源\nSource", "开始日期\nStart", "结束日期\nEnd", "数量\nQuantity")])


def test_column_letters():
    assert [column_letter(i) for i in (0, 7, 25, 26, 27, 701, 702)] == ["A", "H", "Z", "AA", "AB", "ZZ", "AAA"]


def test_a_re_dated_record_and_a_new_row_cannot_both_claim_one_period():
    january, february = (date(2025, 1, 1), date(2025, 1, 31)), (date(2025, 2, 1), date(2025, 2, 28))
    inventory = inventory_with(lambda power, _f: [ActivityRecord(power.id, *january, 100.0, "MWh", id="r1")])
    power = inventory.sources[0]
    with pytest.raises(DomainError, match=r"Data!F5: duplicate period: row 4 has the same source and period"):
        plan_import(inventory, "Data", sheet(
            row(record_id="r1", source_id=power.id, source=power.name, period_start=february[0], period_end=february[1], quantity=1, unit="MWh"),
            row(source=power.name, period_start=february[0], period_end=february[1], quantity=2, unit="MWh"),
        ))


def test_a_blank_quantity_is_reported_with_the_other_bad_cells_of_its_row():
    power = inventory_with().sources[0]
    with pytest.raises(DomainError) as caught:
        plan_import(inventory_with(), "Data", sheet(row(source=power.name, period_start="someday", period_end=date(2025, 1, 31), unit="MWh", note="x")))
    assert caught.value.message.en.splitlines() == ["Data!F4: “someday” is not a date (e.g. 2025-01-31)", "Data!H4: the quantity is missing"]


def test_figures_given_back_to_sixteen_digits_are_unchanged():
    held = 1234 / 12  # 102.83333333333333; a workbook stores 102.8333333333333
    inventory = inventory_with(lambda power, _f: [ActivityRecord(power.id, date(2025, 1, 1), date(2025, 1, 31), held, "MWh", id="r1")])
    power = inventory.sources[0]
    plan = plan_import(inventory, "Data", sheet(row(record_id="r1", source_id=power.id, source=power.name, period_start=date(2025, 1, 1),
                                                     period_end=date(2025, 1, 31), quantity=float(f"{held:.16g}"), unit="MWh", origin="invoice")))
    assert plan.summary().en == "0 new records, 0 changed values, 1 unchanged."
