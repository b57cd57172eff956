"""An ISO 14067 product footprint worked by hand: per declared unit, by stage and kind of carbon, and its sensitivity
to the allocation method.

A mill turns 130 t of wheat into 100 t of packaged flour (the product studied, the reference flow: 100 declared
units of 1 t) and bran.  Shares: flour 75 % by mass, 90 % by value, 80 % by energy content (physical); bran the rest.
Shared with the bran (allocated): wheat cultivation 130 t × 400 kgCO₂e/t = 52 t (fossil), the land-use change of
the wheat 130 t × 40 kgCO₂e/t = 5.2 t, the mill's power 20 MWh × 0.5 tCO₂/MWh = 10 t, and packaging ink
0.05 t × 1000 kgCO₂e/t = 0.05 t (cut off).  The flour's alone: delivery 100 t × 50 kgCO₂e/t = 5 t and the end of
life of spoilt flour 10 t × 100 kgCO₂e/t = 1 t (biogenic).

By mass: (52 + 5.2 + 10) × 0.75 + 5 + 1 = 56.4 t, i.e. 564 kgCO₂e per t of flour; by value
67.2 × 0.9 + 6 = 66.48 t → 664.8 kg; by energy content 67.2 × 0.8 + 6 = 59.76 t → 597.6 kg.
By stage (mass): raw materials (52 + 5.2) × 0.75 = 42.9 t → 429; production 7.5 t → 75; distribution 50; use 0;
end of life 10 (429 + 75 + 50 + 10 = 564).  By carbon: fossil (52 + 10) × 0.75 + 5 = 51.5 t → 515; biogenic 10;
land-use change 3.9 t → 39.  The ink cut off: 0.05 × 0.75 = 0.0375 t → 0.375 kg, 0.0665 % of 564, within 1 %.
"""

from dataclasses import replace

import pytest

from app.domain.footprint.footprint import (
    AllocationMethod, Boundary, Carbon, CoProduct, Flow, LifeStage, ProductFootprint, product_shares,
)
from app.domain.footprint.result import calculate
from app.domain.inventory.factors import FactorUse, GwpTable
from app.domain.inventory.sources import Category, EmissionSource, Method
from app.domain.kernel.choices import GwpReport
from app.domain.kernel.text import DomainError

GWPS = GwpTable({"CO2": {"AR6": 1}}, {"CO2": "carbon dioxide"})
FLOUR = ProductFootprint("packaged wheat flour", unit_text="1 t", reference_flow=100, boundary=Boundary.CRADLE_TO_GRAVE)
CO = [CoProduct("flour", True, 75, 90, 80), CoProduct("bran", False, 25, 10, 20)]


def flow(name, stage, factor, unit, quantity, carbon=Carbon.FOSSIL, allocated=True, included=True, method=Method.FACTOR):
    source = EmissionSource(name, Category.OTHER, method, factor=FactorUse(factor, unit))
    return Flow(source, stage, carbon=carbon, quantity=quantity, unit=unit.split("/")[1], allocated=allocated, included=included,
                justification="" if included else "below the cut-off").validated()


FLOWS = [
    flow("wheat", LifeStage.RAW_MATERIALS, 400, "kgCO2e/t", 130),
    flow("wheat land-use change", LifeStage.RAW_MATERIALS, 40, "kgCO2e/t", 130, Carbon.LAND_USE_CHANGE),
    flow("mill power", LifeStage.PRODUCTION, 0.5, "tCO2/MWh", 20, method=Method.ENERGY),
    flow("packaging ink", LifeStage.PRODUCTION, 1000, "kgCO2e/t", 0.05, included=False),
    flow("delivery", LifeStage.DISTRIBUTION, 50, "kgCO2e/t", 100, allocated=False),
    flow("spoilt flour", LifeStage.END_OF_LIFE, 100, "kgCO2e/t", 10, Carbon.BIOGENIC, allocated=False),
]


def test_the_footprint_per_unit_by_stage_and_carbon_is_worked_by_hand():
    result = calculate(FLOUR, FLOWS, CO, GWPS, GwpReport.AR6)
    assert result.problems == ()
    assert result.per_unit == pytest.approx(564.0)
    stages = result.by_stage()
    assert [stages[s] for s in LifeStage] == pytest.approx([429.0, 75.0, 50.0, 0.0, 10.0])
    carbon = result.by_carbon()
    assert [carbon[c] for c in (Carbon.FOSSIL, Carbon.BIOGENIC, Carbon.LAND_USE_CHANGE)] == pytest.approx([515.0, 10.0, 39.0])
    assert result.cut_off_pct == pytest.approx(0.375 / 564 * 100)


def test_the_sensitivity_gives_the_result_under_each_allocation_method():
    result = calculate(FLOUR, FLOWS, CO, GWPS, GwpReport.AR6)
    assert result.sensitivity == pytest.approx({AllocationMethod.MASS: 564.0, AllocationMethod.ECONOMIC: 664.8,
                                                AllocationMethod.PHYSICAL: 597.6})
    economic = calculate(replace(FLOUR, allocation=AllocationMethod.ECONOMIC), FLOWS, CO, GWPS, GwpReport.AR6)
    assert economic.per_unit == pytest.approx(664.8)


def test_shares_that_do_not_sum_to_100_are_refused_naming_the_method_and_the_sum():
    wrong = [CoProduct("flour", True, 75, 85, 80), CoProduct("bran", False, 25, 10, 20)]
    with pytest.raises(DomainError) as refused:
        product_shares(wrong)
    assert "economic allocation sum to 95 %, not 100 %" in refused.value.message.en and "95 %" in refused.value.message.zh
    assert refused.value.field == "economic_pct"
    result = calculate(FLOUR, FLOWS, wrong, GWPS, GwpReport.AR6)
    assert result.per_unit is None and "sum to 95 %" in result.problems[0].en


def test_a_stage_outside_the_boundary_and_a_cut_off_above_its_criterion_are_named():
    gate = replace(FLOUR, boundary=Boundary.CRADLE_TO_GATE)
    big_cut = FLOWS[:3] + [flow("packaging ink", LifeStage.PRODUCTION, 1000, "kgCO2e/t", 2, included=False)]
    result = calculate(gate, big_cut + FLOWS[4:], CO, GWPS, GwpReport.AR6)
    named = " | ".join(p.en for p in result.problems)
    assert "delivery is in the distribution stage, outside a cradle to gate boundary" in named
    assert "above the cut-off per flow of 1 %" in named
    assert result.per_unit == pytest.approx(67.2 * 0.75 * 10)  # the distribution and end of life left out


def test_bad_input_is_refused_naming_the_field():
    with pytest.raises(DomainError) as refused:
        ProductFootprint("flour", reference_flow=0).validated()
    assert refused.value.field == "reference_flow"
    with pytest.raises(DomainError) as refused:
        CoProduct("bran", mass_pct=120).validated()
    assert refused.value.field == "mass_pct"
    with pytest.raises(DomainError) as refused:
        Flow(FLOWS[0].source, included=False).validated()
    assert refused.value.field == "justification"
