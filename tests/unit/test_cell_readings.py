"""What a cell says, read exactly or refused by its cell: a decimal comma is never read as thousands, a date
with more after it is no date, figures no plant can have are refused naming the limit, and a formula with no
value or an error cell is named rather than read as blank."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.inventory.activity_table import parse_date, parse_number
from app.domain.inventory.cells import error_value, uncomputed
from app.domain.inventory.data_request import plan_import
from app.domain.inventory.factors import FactorUse
from app.domain.inventory.reported_import import ColumnMapping, plan_reported
from app.domain.inventory.sources import Category, EmissionSource, Method
from app.domain.kernel.text import DomainError
from tests.unit.test_data_request import inventory_with, row, sheet


@pytest.mark.parametrize("text, value", [("1,234.5", 1234.5), ("1 234 567", 1234567.0), ("12", 12.0), (".5", 0.5), ("2.5e3", 2500.0),
                                         ("１２", 12.0), ("1，234", 1234.0)])
def test_numbers_as_people_type_them(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1,5", "1 234,5", "1.234,5", "1,23", "1_5", "1 5", "12,34,567", "1e999", "nan", "0x10", "1,234 567"])
def test_a_number_that_could_mean_two_things_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text", ["2025-01-01 (or 2024-12-01?)", "2025-01-01x", "2025-01-011", "about 2025-01-01", "2025-13-01"])
def test_a_date_with_anything_more_is_no_date(text):
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("text", ["2025-01-31", "2025/1/31", "2025.01.31", "2025年1月31日", "2025-01-31 00:00:00", "2025-01-31T08:30"])
def test_dates_as_people_type_them(text):
    assert parse_date(text) == date(2025, 1, 31)


def import_one(**cells):
    inventory = inventory_with()
    power = inventory.sources[0]
    cells = {"source_id": power.id, "source": power.name, "period_start": date(2025, 1, 1), "period_end": date(2025, 1, 31),
             "quantity": 100.0, "unit": "MWh", **cells}
    return plan_import(inventory, "Data", sheet(row(**cells)))


def refusal(**cells) -> str:
    with pytest.raises(DomainError) as error:
        import_one(**cells)
    assert error.value.message.zh != error.value.message.en
    return error.value.message.en


def test_a_decimal_comma_in_the_data_request_is_refused_never_read_as_fifteen():
    assert refusal(quantity="1,5") == ("Data!H4: “1,5” is not a number (use a point for the decimal mark; a comma only "
                                       "separates thousands, as in 1,234.5)")
    assert import_one(quantity="1,500").added[0].quantity == 1500.0


def test_a_date_with_a_question_after_it_is_refused():
    assert refusal(period_start="2025-01-01 (or 2024-12-01?)") == (
        "Data!F4: “2025-01-01 (or 2024-12-01?)” is not a date (e.g. 2025-01-31)")


def test_a_quantity_no_plant_handles_is_refused_naming_the_limit():
    assert refusal(quantity=9e14, unit="GWh") == (
        "Data!H4: 9e+14 GWh is more than any plant handles in a period (the limit is 27,777,777.78 GWh, 100,000,000,000 GJ)")
    assert import_one(quantity=2e7, unit="GWh").added[0].quantity == 2e7
    assert refusal(quantity=1e308) == "Data!H4: 1e+308 is too large (the limit is 1e+15)"


def test_a_formula_without_a_value_and_an_error_cell_are_named():
    assert refusal(quantity=uncomputed("=H3*2")).startswith("Data!H4: the formula =H3*2 has no computed value")
    assert refusal(evidence=error_value("#N/A")) == "Data!M4: the cell shows the error #N/A"


def sources() -> list[EmissionSource]:
    return [EmissionSource("Boiler", Category.STATIONARY, Method.FACTOR, factor=FactorUse(2.0, "tCO2/t"))]


def test_a_reported_figure_no_source_emits_is_refused_naming_the_limit():
    mapping, boiler = ColumnMapping("Summary", 1, "A", "B", "kt"), sources()
    with pytest.raises(DomainError) as error:
        plan_reported(boiler, mapping, [("Source", "ktCO2e"), ("Boiler", 9e14)])
    assert error.value.message.en == "Summary!B2: 9e+14 ktCO₂e is more than any source emits in a year (the limit is 1,000,000,000 tCO₂e)"
    assert plan_reported(boiler, mapping, [("Source", "ktCO2e"), ("Boiler", 30_000.0)]).figures == {boiler[0].id: 30_000_000.0}


def test_a_reported_figure_that_is_an_uncomputed_formula_is_named():
    mapping = ColumnMapping("Summary", 1, "A", "B", "t")
    with pytest.raises(DomainError) as error:
        plan_reported(sources(), mapping, [("Source", "t"), ("Boiler", uncomputed("=SUM(C2:C9)"))])
    assert error.value.message.en.startswith("Summary!B2: the formula =SUM(C2:C9) has no computed value")
