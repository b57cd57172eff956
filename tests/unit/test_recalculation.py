"""Recalculation by hand-worked examples of seed 004 §8.2.5: each formula, GWPs, stock changes, totals, materiality."""

from datetime import date

import pytest

from app.domain.inventory.calculation import Verdict, recalculate, source_result
from app.domain.inventory.factors import FactorUse, GwpTable
from app.domain.inventory.sources import ActivityRecord, Category, Direction, EmissionSource, Method, Production, Stream
from app.domain.kernel.choices import Gas, GwpReport
from app.domain.kernel.text import DomainError

GWPS = GwpTable(
    {"CO2": {"AR4": 1, "AR5": 1, "AR6": 1}, "CH4": {"AR4": 25, "AR5": 28, "AR6": 27.9},
     "N2O": {"AR4": 298, "AR5": 265, "AR6": 273}, "CH2FCF3": {"AR4": 1430, "AR5": 1300, "AR6": 1530}},
    {"CO2": "carbon dioxide", "CH4": "methane", "N2O": "nitrous oxide", "CH2FCF3": "HFC-134a"},
)
YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def record(source, quantity, unit, month=1, **extra):
    start = date(2025, month, 1)
    return ActivityRecord(source.id, start, start.replace(day=28), quantity, unit, **extra)


def result(source, records, report=GwpReport.AR6):
    return source_result(source, records, GWPS, report)


def test_bituminous_coal_by_fuel_combustion_formula():
    # 10 000 t × 19.570 GJ/t × 26.1 tC/TJ ÷ 1000 × 0.93 × 44/12
    # = 195 700 GJ × 0.0261 tC/GJ = 5 107.77 tC; × 0.93 = 4 750.2261 tC; × 44/12 = 17 417.4957 tCO2
    coal = EmissionSource(
        "Boiler coal", Category.STATIONARY, Method.FUEL,
        ncv=FactorUse(19.570, "GJ/t"), carbon_per_heat=FactorUse(26.1, "tC/TJ"), oxidation=FactorUse(0.93, "1"),
    )
    outcome = result(coal, [record(coal, 10_000, "t")])
    assert outcome.verified == pytest.approx(17_417.4957, rel=1e-12)
    assert outcome.activity == 10_000 and outcome.activity_unit == "t"


def test_oxidation_as_a_percentage_and_fuel_in_kilograms_give_the_same_figure():
    coal = EmissionSource(
        "Boiler coal", Category.STATIONARY, Method.FUEL,
        ncv=FactorUse(19.570, "GJ/t"), carbon_per_heat=FactorUse(0.0261, "tC/GJ"), oxidation=FactorUse(93, "%"),
    )
    assert result(coal, [record(coal, 10_000_000, "kg")]).verified == pytest.approx(17_417.4957, rel=1e-12)


def test_mass_balance_with_several_inputs_and_outputs():
    # in: coke 1 000 t × 0.85 tC/t = 850 tC; limestone 500 t × 0.12 tC/t = 60 tC
    # out: steel 2 000 t × 0.002 tC/t = 4 tC; slag 300 t × 0.01 tC/t = 3 tC
    # E = (910 − 7) × 44/12 = 3 311 tCO2
    streams = (
        Stream("coke", Direction.IN, FactorUse(0.85, "tC/t")),
        Stream("limestone", Direction.IN, FactorUse(0.12, "tC/t")),
        Stream("steel", Direction.OUT, FactorUse(0.002, "tC/t")),
        Stream("slag", Direction.OUT, FactorUse(10, "kgC/t")),
    )
    furnace = EmissionSource("Furnace", Category.PROCESS, Method.MASS_BALANCE, streams=streams)
    quantities = (1000, 500, 2000, 300)
    records = [record(furnace, q, "t", stream_id=s.id) for s, q in zip(streams, quantities)]
    outcome = result(furnace, records)
    assert outcome.verified == pytest.approx(3311.0, rel=1e-12)
    assert outcome.activity == pytest.approx(903.0)


@pytest.mark.parametrize(("report", "expected"), [(GwpReport.AR4, 50.0), (GwpReport.AR5, 56.0), (GwpReport.AR6, 55.8)])
def test_methane_is_converted_with_the_engagements_gwp_report(report, expected):
    # 1 000 t of waste × 0.002 tCH4/t = 2 tCH4; × GWP (25 / 28 / 27.9)
    digester = EmissionSource("Digester", Category.PROCESS, Method.FACTOR, Gas.CH4, factor=FactorUse(0.002, "tCH4/t"))
    outcome = result(digester, [record(digester, 1000, "t")], report)
    assert outcome.gas_t == pytest.approx(2.0)
    assert outcome.verified == pytest.approx(expected)


def test_refrigerant_top_up_measured_in_kilograms_uses_the_species_gwp():
    # 75 kg HFC-134a = 0.075 t × 1 530 (AR6) = 114.75 tCO2e
    chiller = EmissionSource("Chiller", Category.FUGITIVE, Method.MEASURED, Gas.HFCS, "HFC-134a")
    outcome = result(chiller, [record(chiller, 45, "kg", 6), record(chiller, 30, "kg", 9)])
    assert outcome.verified == pytest.approx(114.75)


def test_purchased_electricity_in_kwh_against_a_factor_per_mwh():
    # 1 200 000 kWh = 1 200 MWh × 0.5703 tCO2/MWh = 684.36 tCO2
    grid = EmissionSource("Grid", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5703, "tCO2/MWh"))
    assert result(grid, [record(grid, 1_200_000, "kWh")]).verified == pytest.approx(684.36)


def test_consumption_counts_the_change_in_stock():
    # received 10 t, opening stock 2 t, closing stock 3 t: 9 t burnt
    # 9 t × 42.652 GJ/t × 20.2 tC/TJ ÷ 1000 × 0.98 × 44/12 = 27.8630... tCO2
    diesel = EmissionSource(
        "Forklifts", Category.MOBILE, Method.FUEL,
        ncv=FactorUse(42.652, "GJ/t"), carbon_per_heat=FactorUse(20.2, "tC/TJ"), oxidation=FactorUse(0.98, "1"),
    )
    outcome = result(diesel, [record(diesel, 10, "t", opening_stock=2, closing_stock=3)])
    assert outcome.activity == 9
    assert outcome.verified == pytest.approx(9 * 42.652 * 0.0202 * 0.98 * 44 / 12)


def test_a_missing_factor_is_a_problem_of_the_source_not_a_crash():
    grid = EmissionSource("Grid", Category.ENERGY, Method.ENERGY)
    outcome = result(grid, [record(grid, 100, "MWh")])
    assert outcome.verified is None
    assert "emission factor is missing" in outcome.problem.en


def test_a_record_in_an_incompatible_unit_is_refused_naming_both_units():
    grid = EmissionSource("Grid", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5703, "tCO2/MWh"))
    with pytest.raises(DomainError) as caught:
        record(grid, 100, "m3").validated(grid, YEAR)
    assert "m3" in caught.value.message.en and "MWh" in caught.value.message.en
    assert "m3" in caught.value.message.zh and "MWh" in caught.value.message.zh


def test_a_record_outside_the_reporting_period_is_refused():
    grid = EmissionSource("Grid", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5703, "tCO2/MWh"))
    late = ActivityRecord(grid.id, date(2026, 1, 1), date(2026, 1, 31), 5, "MWh")
    with pytest.raises(DomainError) as caught:
        late.validated(grid, YEAR)
    assert caught.value.field == "period_end" and "outside the reporting period" in caught.value.message.en


def test_fuel_combustion_cannot_be_declared_for_methane():
    with pytest.raises(DomainError) as caught:
        EmissionSource("x", method=Method.FUEL, gas=Gas.CH4).validated()
    assert caught.value.field == "gas"


def _sources(verified_and_reported):
    """Sources whose verified figure equals the given tCO2e (EF 1 tCO2/t over 1 t × value)."""
    sources, records = [], []
    for category, verified, reported in verified_and_reported:
        source = EmissionSource(f"s{len(sources)}", category, Method.FACTOR, factor=FactorUse(1.0, "tCO2/t"), reported=reported)
        sources.append(source)
        records.append(record(source, verified, "t"))
    return sources, records


def test_totals_by_category_direct_indirect_and_intensity():
    sources, records = _sources(
        [(Category.STATIONARY, 600, 600), (Category.MOBILE, 100, 100), (Category.ENERGY, 250, 250), (Category.TRANSPORT, 50, 50)]
    )
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0, [Production("parts", 200, "t")])
    assert results.direct == 700 and results.indirect == 300 and results.total == 1000
    assert results.by_category[Category.ENERGY] == 250
    assert results.intensity[0][1] == 5.0
    assert [Category(c).iso_category for c in ("stationary", "energy", "transport", "goods", "sold", "other")] == [1, 2, 3, 4, 5, 6]


def test_key_sources_are_the_largest_making_up_95_percent():
    sources, records = _sources(
        [(Category.STATIONARY, 50, None), (Category.STATIONARY, 900, None), (Category.ENERGY, 30, None), (Category.MOBILE, 20, None)]
    )
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    assert results.key_sources == (sources[1].id, sources[0].id)


def test_key_sources_of_equal_size_keep_their_order():
    sources, records = _sources([(Category.STATIONARY, 10, None)] * 5 + [(Category.ENERGY, 1, None)])
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    assert results.key_sources == tuple(s.id for s in sources[:5])


@pytest.mark.parametrize(
    ("reported", "verdict", "net_pct", "gross_pct"),
    [
        # verified 600 + 400 = 1 000
        ((620, 410), Verdict.NOT_MATERIAL, 3.0, 3.0),   # +20 +10: 30 of 1 030 reported = 2.91 %
        ((700, 400), Verdict.MATERIAL, 9.09, 9.09),     # +100 of 1 100 reported
        ((640, 360), Verdict.OFFSETTING, 0.0, 8.0),     # +40 −40: net 0, gross 80 of 1 000
        ((None, None), Verdict.NO_REPORT, None, None),
    ],
)
def test_materiality_net_and_gross_of_offsetting_errors(reported, verdict, net_pct, gross_pct):
    sources, records = _sources([(Category.STATIONARY, 600, reported[0]), (Category.ENERGY, 400, reported[1])])
    materiality = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0).materiality
    assert materiality.verdict is verdict
    if net_pct is not None:
        assert materiality.net_pct == pytest.approx(net_pct, abs=0.1)
        assert materiality.gross_pct == pytest.approx(gross_pct, abs=0.1)


def test_an_omitted_source_counts_as_a_full_understatement_but_has_no_difference_of_its_own():
    sources, records = _sources([(Category.STATIONARY, 900, 900), (Category.FUGITIVE, 100, None)])
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    omitted = results.sources[sources[1].id]
    assert omitted.difference is None and omitted.difference_pct is None and omitted.misstatement == -100
    assert results.reported_total == 900 and results.unreported == (sources[1].id,)  # the sum of what is reported
    assert results.difference == -100 and results.materiality.net == 100
    assert results.materiality.verdict is Verdict.MATERIAL  # 100 of 900 reported = 11.1 %


def test_nothing_reported_is_no_reported_total_and_no_difference_not_zero():
    sources, records = _sources([(Category.STATIONARY, 600, None), (Category.ENERGY, 400, None)])
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    assert results.reported_total is None and results.difference is None and results.difference_pct is None
    assert results.unreported == ()  # nothing is reported, so no source is singled out
    assert all(r.difference is None and r.difference_pct is None for r in results.sources.values())
    assert results.materiality.verdict is Verdict.NO_REPORT and results.materiality.net_pct is None


def test_every_percentage_of_a_difference_is_of_the_reported_figure():
    # verified 600 + 400 = 1 000, reported 620 + 387.5 = 1 007.5: net +7.5 t
    sources, records = _sources([(Category.STATIONARY, 600, 620), (Category.ENERGY, 400, 387.5)])
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    assert results.difference_pct == pytest.approx(100 * 7.5 / 1007.5)
    assert abs(results.difference_pct) == pytest.approx(results.materiality.net_pct)  # one misstatement, one percentage
    assert results.sources[sources[0].id].difference_pct == pytest.approx(100 * 20 / 620)
    assert results.sources[sources[1].id].difference_pct == pytest.approx(100 * -12.5 / 387.5)


def test_a_conservative_estimate_is_added_to_the_verified_total_as_a_line_of_its_own():
    from app.domain.inventory.calculation import Estimate

    sources, records = _sources([(Category.STATIONARY, 600, 600), (Category.ENERGY, 400, 400)])
    estimate = Estimate("NC-01", 60.0, "two refills", sources[0].id)
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0, [Production("parts", 100, "t")], [estimate])
    assert results.recalculated == 1000 and results.estimates == (estimate,) and results.estimated == 60
    assert results.total == 1060 and results.direct == 600 and results.indirect == 400
    assert results.difference == -60 and results.difference_pct == pytest.approx(-6.0)
    m = results.materiality
    assert m.net == 60 and m.gross == 60 and m.net_pct == pytest.approx(6.0) and m.verdict is Verdict.MATERIAL
    assert results.intensity[0][1] == pytest.approx(10.6)


def test_a_misstatement_against_a_reported_total_of_zero_is_material():
    sources, records = _sources([(Category.STATIONARY, 600, 0.0)])
    m = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0).materiality
    assert m.net == 600 and m.net_pct is None and m.verdict is Verdict.MATERIAL


def test_a_factor_in_carbon_is_turned_into_co2():
    # 100 t × 0.75 tC/t × 44/12 = 275 tCO2
    kiln = EmissionSource("Kiln", Category.PROCESS, Method.FACTOR, factor=FactorUse(0.75, "tC/t"))
    assert result(kiln, [record(kiln, 100, "t")]).verified == pytest.approx(275.0)


def test_a_factor_of_another_gas_is_refused_and_never_counted():
    digester = EmissionSource("Digester", Category.PROCESS, Method.FACTOR, Gas.CH4, factor=FactorUse(0.2, "tCO2/t"))
    with pytest.raises(DomainError) as caught:
        digester.validated()
    assert caught.value.field == "factor" and "does not match the source's gas CH4" in caught.value.message.en
    outcome = result(digester, [record(digester, 100, "t")])
    assert outcome.verified is None and "CH4" in outcome.problem.en


def test_an_oxidation_rate_above_100_percent_is_refused():
    boiler = EmissionSource(
        "Boiler", Category.STATIONARY, Method.FUEL,
        ncv=FactorUse(19.570, "GJ/t"), carbon_per_heat=FactorUse(26.1, "tC/TJ"), oxidation=FactorUse(98, "1"),
    )
    with pytest.raises(DomainError) as caught:
        boiler.validated()
    assert caught.value.field == "oxidation" and "use the unit %" in caught.value.message.en
    assert result(boiler, [record(boiler, 1, "t")]).verified is None


@pytest.mark.parametrize(
    ("directions", "quantities", "message"),
    [((Direction.OUT,), (100,), "at least one input"), ((Direction.IN, Direction.OUT), (10, 1000), "balance is negative")],
)
def test_a_mass_balance_without_inputs_or_below_zero_is_a_problem(directions, quantities, message):
    streams = tuple(Stream(f"s{i}", d, FactorUse(0.5, "tC/t")) for i, d in enumerate(directions))
    furnace = EmissionSource("Furnace", Category.PROCESS, Method.MASS_BALANCE, streams=streams)
    records = [record(furnace, q, "t", stream_id=s.id) for s, q in zip(streams, quantities)]
    outcome = result(furnace, records)
    assert outcome.verified is None and message in outcome.problem.en


def test_no_favourable_verdict_while_a_source_has_no_result():
    sources, records = _sources([(Category.STATIONARY, 600, 600)])
    sources.append(EmissionSource("Grid", Category.ENERGY, Method.ENERGY, reported=400.0))
    results = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    assert results.incomplete == (sources[1].id,) and results.materiality.verdict is Verdict.INCOMPLETE


def test_a_balance_that_cancels_to_rounding_noise_is_zero_not_negative():
    """300 kg in, 0.1 t + 0.2 t out, same carbon content: exactly balanced, as a spreadsheet computes it."""
    carbon = FactorUse(0.75, "tC/t")
    streams = (Stream("in", Direction.IN, carbon), Stream("out a", Direction.OUT, carbon), Stream("out b", Direction.OUT, carbon))
    source = EmissionSource("balanced", Category.PROCESS, Method.MASS_BALANCE, streams=streams)
    records = [
        ActivityRecord(source.id, date(2025, 1, 1), date(2025, 1, 31), q, unit, stream_id=s.id)
        for q, unit, s in ((300, "kg", streams[0]), (0.1, "t", streams[1]), (0.2, "t", streams[2]))
    ]
    result = source_result(source, records, GWPS, GwpReport.AR6)
    assert result.problem is None and result.verified == 0.0
    assert ActivityRecord(source.id, date(2025, 1, 1), date(2025, 1, 31), 0.1, "t", opening_stock=0.2, closing_stock=0.3).consumption == 0.0


@pytest.mark.parametrize(
    ("value", "unit"),
    [(75, "%"), (750, "‰"), (0.75, "t/t"), (750, "kg/t"), (0.75, "tC/t"), (750, "kgC/t"), (0.75, "1")],
)
def test_a_mass_balance_takes_the_carbon_content_in_every_unit_of_a_fraction(value, unit):
    # 100 t × 75 % carbon × 44/12 = 275 tCO2, whichever way the client's sheet writes 75 %
    stream = Stream("coke", Direction.IN, FactorUse(value, unit))
    furnace = EmissionSource("Furnace", Category.PROCESS, Method.MASS_BALANCE, streams=(stream,)).validated()
    coke = furnace.streams[0]
    outcome = result(furnace, [record(furnace, 100, "t", stream_id=coke.id).validated(furnace, YEAR)])
    assert outcome.problem is None and outcome.verified == pytest.approx(275.0, rel=1e-12)
    assert outcome.streams[0].activity_unit == "t"


def test_a_carbon_content_in_a_unit_of_mass_alone_is_refused_naming_the_stream():
    stream = Stream("coke", Direction.IN, FactorUse(5, "t"))
    with pytest.raises(DomainError) as caught:
        EmissionSource("Furnace", Category.PROCESS, Method.MASS_BALANCE, streams=(stream,)).validated()
    assert caught.value.field == "streams" and "coke" in caught.value.message.en and "cannot be converted" in caught.value.message.en
