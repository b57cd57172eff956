"""Properties of recalculation (hypothesis): splitting a period's quantity, or reordering sources, leaves totals unchanged."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.inventory.calculation import recalculate
from app.domain.inventory.factors import FactorUse
from app.domain.inventory.sources import ActivityRecord, Category, EmissionSource, Method
from app.domain.kernel.choices import GwpReport
from tests.unit.test_recalculation import GWPS

quantities = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)
factors = st.floats(min_value=1e-4, max_value=10, allow_nan=False)


def _inventory(rows):
    sources, records = [], []
    for index, (category, factor, monthly) in enumerate(rows):
        source = EmissionSource(f"s{index}", category, Method.ENERGY, factor=FactorUse(factor, "tCO2/MWh"), reported=1.0)
        sources.append(source)
        for month, quantity in enumerate(monthly, start=1):
            records.append(ActivityRecord(source.id, date(2025, month, 1), date(2025, month, 28), quantity, "MWh"))
    return sources, records


inventories = st.lists(
    st.tuples(st.sampled_from(list(Category)), factors, st.lists(quantities, min_size=1, max_size=12)), min_size=1, max_size=8
)


def _totals(results):
    return (results.total, results.direct, results.indirect, dict(results.by_category), results.materiality.net)


@given(inventories, st.randoms(use_true_random=False))
def test_reordering_sources_and_records_leaves_totals_unchanged(rows, random):
    sources, records = _inventory(rows)
    before = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    random.shuffle(sources)
    random.shuffle(records)
    after = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    assert _totals(after) == _totals(before)


@settings(max_examples=200)
@given(inventories, st.data())
def test_splitting_a_periods_quantity_into_several_records_leaves_totals_unchanged(rows, data):
    sources, records = _inventory(rows)
    before = recalculate(sources, records, GWPS, GwpReport.AR6, 5.0)
    target = data.draw(st.sampled_from(records))
    shares = data.draw(st.lists(st.floats(min_value=0.01, max_value=1), min_size=2, max_size=5))
    parts = [target.quantity * s / sum(shares) for s in shares]
    split = [r for r in records if r is not target] + [
        ActivityRecord(target.source_id, target.period_start, target.period_end, part, target.unit) for part in parts
    ]
    after = recalculate(sources, split, GWPS, GwpReport.AR6, 5.0)
    assert after.total == pytest.approx(before.total, rel=1e-9, abs=1e-9)
    for source in sources:
        assert after.sources[source.id].verified == pytest.approx(before.sources[source.id].verified, rel=1e-9, abs=1e-9)


@given(st.floats(min_value=0, max_value=1e6), st.sampled_from(["kWh", "MWh", "GJ", "10^4 kWh"]))
def test_the_same_energy_in_any_unit_gives_the_same_emission(mwh, unit):
    from app.domain.inventory import units

    sources, records = _inventory([(Category.ENERGY, 0.5703, [mwh])])
    expressed = [ActivityRecord(records[0].source_id, records[0].period_start, records[0].period_end, units.convert(mwh, "MWh", unit), unit)]
    assert recalculate(sources, expressed, GWPS, GwpReport.AR6, 5.0).total == pytest.approx(mwh * 0.5703, rel=1e-9, abs=1e-12)
