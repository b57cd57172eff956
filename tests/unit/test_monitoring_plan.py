"""The monitoring plan (seed 004 §8.2.4, Table 3) and lab results that vary by period, by hand-worked examples: the
quantity-weighted NCV of coal deliveries (Σ qᵢ·NCVᵢ / Σ qᵢ) and the weighted carbon content of a mass balance's
input (formula (1)) in the recalculation, and each kind of gap between the period's data and the plan (months
missing, a frequency not met, a calibration lapsed)."""

from datetime import date

import pytest

from app.domain.inventory.calculation import recalculate
from app.domain.inventory.factors import FactorUse, GwpTable, Priority
from app.domain.inventory.measured import MeasuredValue, Parameter, weighted, with_measured
from app.domain.inventory.monitoring import Frequency, GapKind, Monitored, PlanItem, check_plan
from app.domain.inventory.sources import ActivityRecord, Category, Direction, EmissionSource, Method, Stream
from app.domain.kernel.choices import GwpReport
from app.domain.kernel.text import DomainError

GWPS = GwpTable({"CO2": {"AR6": 1}}, {"CO2": "carbon dioxide"})
COAL = EmissionSource("Kiln coal", Category.STATIONARY, Method.FUEL, ncv=FactorUse(26.0, "GJ/t"),
                      carbon_per_heat=FactorUse(26.1, "tC/TJ"), oxidation=FactorUse(0.93, "1"))


def delivery(month, tonnes, ncv, unit="t"):
    start = date(2025, month, 1)
    return MeasuredValue(COAL.id, Parameter.NCV, start, start.replace(day=28), tonnes, unit, ncv, "GJ/t")


def consumption(month, tonnes):
    start = date(2025, month, 1)
    return ActivityRecord(COAL.id, start, start.replace(day=28), tonnes, "t")


def test_the_ncv_of_coal_is_weighted_by_the_quantity_of_each_delivery():
    # 4 000 t at 20.0 GJ/t, 3 500 t at 19.0, 2 500 000 kg (= 2 500 t) at 21.5:
    # Σq·NCV = 80 000 + 66 500 + 53 750 = 200 250 GJ; Σq = 10 000 t; NCV = 20.025 GJ/t (the plain mean would be 20.1667)
    lab = [delivery(1, 4000, 20.0), delivery(2, 3500, 19.0), delivery(3, 2_500_000, 21.5, "kg")]
    assert weighted(Parameter.NCV, [v.validated(COAL) for v in lab]).value == pytest.approx(20.025, rel=1e-12)
    used = with_measured(COAL, lab).ncv
    assert used.value == pytest.approx(20.025, rel=1e-12) and used.priority is Priority.MEASURED and "3" in used.source
    # 10 000 t × 20.025 GJ/t = 200 250 GJ × 0.0261 tC/GJ = 5 226.525 tC; × 0.93 = 4 860.66825 tC; × 44/12 = 17 822.45025 tCO2
    results = recalculate([COAL], [consumption(1, 4000), consumption(2, 3500), consumption(3, 2500)], GWPS, GwpReport.AR6, 5.0,
                          measured=lab)
    assert results.total == pytest.approx(17_822.45025, rel=1e-12)
    # without the lab results the source's one value (26.0 GJ/t) is used
    assert recalculate([COAL], [consumption(1, 10_000)], GWPS, GwpReport.AR6, 5.0).total == pytest.approx(
        10_000 * 26.0 * 0.0261 * 0.93 * 44 / 12, rel=1e-12)


COKE, STEEL = Stream("coke", Direction.IN, FactorUse(0.85, "tC/t")), Stream("steel", Direction.OUT, FactorUse(0.002, "tC/t"))
FURNACE = EmissionSource("EAF", Category.PROCESS, Method.MASS_BALANCE, streams=(COKE, STEEL))


def coke_carbon(month, quantity, percent, unit="t", stream=COKE):
    start = date(2025, month, 1)
    return MeasuredValue(FURNACE.id, Parameter.CARBON, start, start.replace(day=28), quantity, unit, percent, "%",
                         stream_id=stream.id)


def test_a_mass_balance_inputs_carbon_content_is_weighted_by_the_quantity_of_each_month():
    # coke: January 300 t at 84.0 %, February 450 t at 86.0 %, March 250 000 kg (= 250 t) at 85.2 %:
    # Σq·C = 25 200 + 38 700 + 21 300 = 85 200 t·%; Σq = 1 000 t; C = 85.2 % (the plain mean would be 85.0667 %)
    lab = [coke_carbon(1, 300, 84.0), coke_carbon(2, 450, 86.0), coke_carbon(3, 250_000, 85.2, "kg")]
    checked = [v.validated(FURNACE) for v in lab]
    assert weighted(Parameter.CARBON, checked, COKE.id).value == pytest.approx(85.2, rel=1e-12)
    assert weighted(Parameter.CARBON, checked) is None  # a stream's carbon is not the source's own factor
    used = with_measured(FURNACE, checked)
    coke, steel = used.streams
    assert (coke.carbon.value, coke.carbon.unit, coke.carbon.priority) == (pytest.approx(85.2, rel=1e-12), "%", Priority.MEASURED)
    assert steel.carbon == STEEL.carbon and "3" in coke.carbon.source
    # formula (1): E = (1 000 t × 0.852 − 2 000 t × 0.002) tC × 44/12 = 848 × 44/12 = 3 109.333… tCO2
    records = [ActivityRecord(FURNACE.id, date(2025, 1, 1), date(2025, 3, 31), 1000, "t", stream_id=COKE.id),
               ActivityRecord(FURNACE.id, date(2025, 1, 1), date(2025, 3, 31), 2000, "t", stream_id=STEEL.id)]
    results = recalculate([FURNACE], records, GWPS, GwpReport.AR6, 5.0, measured=checked)
    assert results.total == pytest.approx(848 * 44 / 12, rel=1e-12)
    # without the lab results the stream's one value (0.85 tC/t) is used: (850 − 4) × 44/12
    assert recalculate([FURNACE], records, GWPS, GwpReport.AR6, 5.0).total == pytest.approx(846 * 44 / 12, rel=1e-12)


def test_what_a_lab_result_measures_must_be_its_sources():
    """A fuel has its NCV or carbon per heat measured, a mass balance its streams' carbon content, nothing else."""
    with pytest.raises(DomainError) as raised:
        MeasuredValue(COAL.id, Parameter.CARBON, date(2025, 1, 1), date(2025, 1, 2), 1, "t", 80, "%").validated(COAL)
    assert raised.value.field == "parameter" and "not a stream's carbon content" in raised.value.message.en
    with pytest.raises(DomainError) as raised:
        MeasuredValue(FURNACE.id, Parameter.NCV, date(2025, 1, 1), date(2025, 1, 2), 1, "t", 28, "GJ/t").validated(FURNACE)
    assert raised.value.field == "parameter" and "物料平衡法" in raised.value.message.zh
    for stream in (Stream("elsewhere"), Stream("")):
        with pytest.raises(DomainError) as raised:
            coke_carbon(1, 1, 85, stream=stream).validated(FURNACE)
        assert raised.value.field == "stream_id"
    with pytest.raises(DomainError) as raised:  # the same stream's results in one unit
        MeasuredValue(FURNACE.id, Parameter.CARBON, date(2025, 1, 1), date(2025, 1, 2), 1, "t", 0.85, "tC/t",
                      stream_id=COKE.id).validated(FURNACE, [coke_carbon(1, 1, 85)])
    assert raised.value.field == "unit"
    assert MeasuredValue(FURNACE.id, Parameter.CARBON, date(2025, 1, 1), date(2025, 1, 2), 1, "t", 0.002, "tC/t",
                         stream_id=STEEL.id).validated(FURNACE, [coke_carbon(1, 1, 85)]).unit == "tC/t"


def test_a_lab_result_is_refused_naming_its_field():
    with pytest.raises(DomainError) as raised:
        delivery(1, 0, 20.0).validated(COAL)
    assert raised.value.field == "quantity"
    with pytest.raises(DomainError) as raised:
        delivery(1, 10, 20.0, "MWh").validated(COAL)
    assert raised.value.field == "quantity_unit" and "MWh" in raised.value.message.en
    other = MeasuredValue(COAL.id, Parameter.NCV, date(2025, 1, 1), date(2025, 1, 2), 1, "t", 20000, "MJ/t")
    with pytest.raises(DomainError) as raised:
        other.validated(COAL, [delivery(1, 1, 20.0)])
    assert raised.value.field == "unit" and "GJ/t" in raised.value.message.zh
    with pytest.raises(DomainError) as raised:
        delivery(1, 1, 20.0).validated(EmissionSource("Grid", method=Method.ENERGY))
    assert raised.value.field == "source_id"


PERIOD = (date(2025, 1, 1), date(2025, 12, 31))


def test_a_monthly_parameter_with_months_missing_is_a_gap_naming_them():
    item = PlanItem(COAL.id, "Coal consumed", Monitored.ACTIVITY, "t", "weighbridge", Frequency.MONTHLY)
    records = [consumption(m, 100) for m in range(1, 13) if m not in (4, 9)]
    gaps = check_plan([item], [COAL], records, [], *PERIOD)
    assert [g.kind for g in gaps] == [GapKind.MISSING_MONTHS]
    assert "2025-04, 2025-09" in gaps[0].message.en and "2025-04、2025-09" in gaps[0].message.zh
    assert check_plan([item], [COAL], [consumption(m, 100) for m in range(1, 13)], [], *PERIOD) == []


def test_a_figure_spanning_months_does_not_meet_a_monthly_frequency():
    item = PlanItem(COAL.id, "Coal consumed", Monitored.ACTIVITY, frequency=Frequency.MONTHLY)
    yearly = [ActivityRecord(COAL.id, date(2025, 1, 1), date(2025, 12, 31), 1200, "t")]
    assert [g.kind for g in check_plan([item], [COAL], yearly, [], *PERIOD)] == [GapKind.FREQUENCY]
    annual = PlanItem(COAL.id, "Coal consumed", Monitored.ACTIVITY, frequency=Frequency.ANNUAL)
    assert check_plan([annual], [COAL], yearly, [], *PERIOD) == []


def test_a_delivery_without_its_lab_result_fails_a_per_batch_plan():
    item = PlanItem(COAL.id, "NCV of coal", Monitored.NCV, "GJ/t", "GB/T 213", Frequency.PER_BATCH)
    records = [consumption(m, 100) for m in (1, 2, 3)]
    gaps = check_plan([item], [COAL], records, [delivery(1, 100, 20), delivery(3, 100, 21)], *PERIOD)
    assert [g.kind for g in gaps] == [GapKind.FREQUENCY] and "2025-02-01" in gaps[0].message.en
    assert check_plan([item], [COAL], records, [delivery(m, 100, 20) for m in (1, 2, 3)], *PERIOD) == []


def test_a_daily_parameter_needs_a_result_for_each_day():
    item = PlanItem(COAL.id, "Clinker CaO", Monitored.NCV, frequency=Frequency.DAILY)
    days = [MeasuredValue(COAL.id, Parameter.NCV, date(2025, 1, d), date(2025, 1, d), 1, "t", 20, "GJ/t") for d in range(1, 32) if d != 5]
    gaps = check_plan([item], [COAL], [], days, date(2025, 1, 1), date(2025, 1, 31))
    assert len(gaps) == 1 and "1 days" in gaps[0].message.en and "2025-01-05" in gaps[0].message.en


def test_an_instrument_whose_calibration_lapsed_during_the_period_is_a_gap():
    item = PlanItem(COAL.id, "Coal consumed", Monitored.OTHER, instrument="Belt scale BS-2",
                    calibrated_on=date(2024, 7, 1), calibration_due=date(2025, 6, 30))
    gaps = check_plan([item], [COAL], [], [], *PERIOD)
    assert [g.kind for g in gaps] == [GapKind.CALIBRATION] and "2025-06-30" in gaps[0].message.en
    renewed = PlanItem(COAL.id, "Coal consumed", Monitored.OTHER, instrument="Belt scale BS-2",
                       calibrated_on=date(2025, 6, 20), calibration_due=date(2026, 6, 19))
    assert check_plan([renewed], [COAL], [], [], *PERIOD) == []
    undated = PlanItem(COAL.id, "Coal consumed", Monitored.OTHER, instrument="Belt scale BS-2")
    assert "no calibration date" in check_plan([undated], [COAL], [], [], *PERIOD)[0].message.en
    with pytest.raises(DomainError) as raised:
        PlanItem(COAL.id, "x", calibrated_on=date(2025, 2, 1), calibration_due=date(2025, 1, 1)).validated()
    assert raised.value.field == "calibration_due"
