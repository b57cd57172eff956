"""Lab results that vary by delivery in the calculation workbook: the Measured sheet weights them by quantity with
live formulas (SUMPRODUCT / SUM), the Factors sheet's NCV (or a mass-balance stream's carbon content) refers to the
weighted mean, and LibreOffice, recalculating the whole workbook headless, arrives at the domain's weighted NCV or
carbon content and the source's verified emission (hand-worked)."""

from __future__ import annotations

import math
from datetime import date, datetime, timezone

import openpyxl
import pytest

from app.domain.inventory.factors import FactorUse
from app.domain.inventory.measured import MeasuredValue, Parameter
from app.domain.inventory.sources import ActivityRecord, Category, Direction, EmissionSource, Method, Stream
from app.reports.calculation_workbook import export_calculation_workbook
from app.services import demo
from app.services import engagements as services
from app.services import inventory
from app.services import monitoring as monitoring_services
from tests.integration.libreoffice import recalculate

GENERATED = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from app.storage.store import open_store

    folder = tmp_path_factory.mktemp("measured")
    store = open_store(folder / "store.sqlite")
    engagement_id = demo.create_demo(store.uow(), "tester", date(2026, 3, 1))
    calc = inventory.calculate(store.uow(), engagement_id)
    gas = calc.inventory.sources[0]
    year = calc.inventory.engagement.period_start.year
    # three months of gas with their own NCV, one of them measured in Nm3 rather than 10^4 Nm3
    for month, quantity, unit, factor in ((1, 32, "10^4 Nm3", 1.02), (2, 290_000, "Nm3", 0.97), (3, 24, "10^4 Nm3", 1.05)):
        value = MeasuredValue(gas.id, Parameter.NCV, date(year, month, 1), date(year, month, 28), quantity, unit,
                              round(gas.ncv.value * factor, 3), gas.ncv.unit, f"GC-{month:02d}")
        monitoring_services.save(store.uow(), engagement_id, value, "tester")
    calculation = inventory.calculate(store.uow(), engagement_id)
    _, client = services.load(store.uow(), engagement_id)
    path = folder / "calc.xlsx"
    export_calculation_workbook(path, calculation, client, GENERATED)
    store.close()
    return calculation, gas, path, recalculate(path, folder)


def test_the_weighting_is_live_formulas_and_the_factor_refers_to_it(exported):
    _, gas, path, _ = exported
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:3] == ["Cover", "Measured", "Factors"]
    measured = [row for row in book["Measured"].iter_rows(min_row=4, values_only=True) if row[0]]
    assert len(measured) == 4 and measured[1][8] == "=F5*H5"
    mean = measured[-1]
    assert mean[9] == "=SUMPRODUCT(Measured!$I$4:$I$6,Measured!$J$4:$J$6)/SUM(Measured!$I$4:$I$6)" and mean[12] == "NCVW_S01"
    factors = {row[0]: row for row in book["Factors"].iter_rows(min_row=4, values_only=True) if row[0]}
    assert factors["NCV_S01"][4] == "=NCVW_S01"


def test_libreoffice_recalculates_the_weighted_ncv_and_the_emission_to_the_domains(exported):
    calculation, gas, path, recalculated = exported
    # by hand: 32 + 29 + 24 (10^4 Nm3) weighted; 290 000 Nm3 = 29 × 10^4 Nm3
    v = [round(gas.ncv.value * f, 3) for f in (1.02, 0.97, 1.05)]
    by_hand = (32 * v[0] + 29 * v[1] + 24 * v[2]) / (32 + 29 + 24)
    theirs = openpyxl.load_workbook(recalculated, data_only=True)
    mean = [row for row in theirs["Measured"].iter_rows(min_row=4, values_only=True) if row[0]][-1]
    assert math.isclose(mean[9], by_hand, rel_tol=1e-12) and math.isclose(mean[8], 85, rel_tol=1e-12)
    factors = {row[0]: row for row in theirs["Factors"].iter_rows(min_row=4, values_only=True) if row[0]}
    assert math.isclose(factors["NCV_S01"][4], by_hand, rel_tol=1e-12)
    result = calculation.results.sources[gas.id]
    calc_rows = {row[0]: row for row in theirs["Calculation"].iter_rows(min_row=4, values_only=True) if row[0]}
    assert math.isclose(calc_rows["S01"][15], result.verified, rel_tol=1e-9)
    ours = openpyxl.load_workbook(path, data_only=True)
    assert math.isclose(ours["Calculation"]["P4"].value, result.verified, rel_tol=1e-12)
    # the figure differs from the source's single NCV: the weighting is what is recalculated
    assert not math.isclose(by_hand, gas.ncv.value, rel_tol=1e-6)


@pytest.fixture(scope="module")
def mass_balance(tmp_path_factory):
    """The demo with an electric-arc furnace's mass balance whose coke's carbon content was measured each month."""
    from app.storage.store import open_store

    folder = tmp_path_factory.mktemp("measured_carbon")
    store = open_store(folder / "store.sqlite")
    engagement_id = demo.create_demo(store.uow(), "tester", date(2026, 3, 1))
    year = services.load(store.uow(), engagement_id)[0].period_start.year
    coke = Stream("焦炭 coke", Direction.IN, FactorUse(0.85, "tC/t", "supplier certificate"))
    steel = Stream("钢材 steel", Direction.OUT, FactorUse(0.002, "tC/t", "product specification"))
    furnace = EmissionSource("电弧炉 / EAF", Category.PROCESS, Method.MASS_BALANCE, streams=(coke, steel))
    inventory.save_source(store.uow(), engagement_id, furnace, "tester")
    quarter = (date(year, 1, 1), date(year, 3, 31))
    inventory.save_records(store.uow(), engagement_id, furnace.id, [
        ActivityRecord(furnace.id, *quarter, 1000, "t", stream_id=coke.id),
        ActivityRecord(furnace.id, *quarter, 2000, "t", stream_id=steel.id)], [], "tester")
    for month, quantity, unit, percent in ((1, 300, "t", 84.0), (2, 450, "t", 86.0), (3, 250_000, "kg", 85.2)):
        monitoring_services.save(store.uow(), engagement_id, MeasuredValue(
            furnace.id, Parameter.CARBON, date(year, month, 1), date(year, month, 28), quantity, unit, percent, "%",
            f"LAB-{month:02d}", stream_id=coke.id), "tester")
    calculation = inventory.calculate(store.uow(), engagement_id)
    _, client = services.load(store.uow(), engagement_id)
    path = folder / "calc.xlsx"
    export_calculation_workbook(path, calculation, client, GENERATED)
    store.close()
    return calculation, furnace, path, recalculate(path, folder)


def test_a_streams_measured_carbon_content_is_weighted_by_live_formulas(mass_balance):
    calculation, furnace, path, _ = mass_balance
    book = openpyxl.load_workbook(path)
    calc_rows = {row[2]: row for row in book["Calculation"].iter_rows(min_row=4, values_only=True) if row[0]}
    key = calc_rows[furnace.name][0]
    measured = [row for row in book["Measured"].iter_rows(min_row=4, values_only=True) if row[0] == f"{key}.1"]
    assert len(measured) == 4 and measured[0][1] == "电弧炉 / EAF / 焦炭 coke"
    assert [row[5] for row in measured[:3]] == [300, 450, 250_000] and measured[2][7] == 0.001  # kg weighed as t
    name = f"CARBONW_{key}_1"
    assert measured[-1][12] == name and measured[-1][9].startswith("=SUMPRODUCT(Measured!")
    factors = {row[0]: row for row in book["Factors"].iter_rows(min_row=4, values_only=True) if row[0]}
    assert factors[f"CARBON_{key}_1"][4] == f"={name}" and factors[f"CARBON_{key}_2"][4] == 0.002  # the steel's own value


def test_libreoffice_recalculates_the_weighted_carbon_content_and_the_mass_balance(mass_balance):
    calculation, furnace, path, recalculated = mass_balance
    # by hand: (300 × 84.0 + 450 × 86.0 + 250 × 85.2) / 1 000 = 85 200 / 1 000 = 85.2 %
    # E = (1 000 t × 0.852 − 2 000 t × 0.002) × 44/12 = 848 × 44/12 tCO2
    theirs = openpyxl.load_workbook(recalculated, data_only=True)
    calc_rows = {row[2]: row for row in theirs["Calculation"].iter_rows(min_row=4, values_only=True) if row[0]}
    key = calc_rows[furnace.name][0]
    mean = [row for row in theirs["Measured"].iter_rows(min_row=4, values_only=True) if row[0] == f"{key}.1"][-1]
    assert math.isclose(mean[9], 85.2, rel_tol=1e-12) and math.isclose(mean[8], 1000, rel_tol=1e-12)
    factors = {row[0]: row for row in theirs["Factors"].iter_rows(min_row=4, values_only=True) if row[0]}
    assert math.isclose(factors[f"CARBON_{key}_1"][4], 85.2, rel_tol=1e-12)
    assert math.isclose(calc_rows[furnace.name][15], 848 * 44 / 12, rel_tol=1e-9)
    assert math.isclose(calculation.results.sources[furnace.id].verified, 848 * 44 / 12, rel_tol=1e-12)
