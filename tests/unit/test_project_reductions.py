"""ISO 14064-2 reductions worked by hand: ER = BE − PE − LE per monitoring period and vintage year, ex ante and ex post.

A 10 MW rooftop PV plant displaces East China grid power (baseline, 0.5617 tCO₂/MWh); its backup diesel generator
(project, fuel combustion: 42.652 GJ/t × 20.2 tC/TJ × 0.98 × 44/12) and the trucks taking old panels away (leakage,
3.1 tCO₂/t diesel) emit; the trees planted on the site remove 10 t CO₂ (a project sink, measured) in 2025.
Monitoring period 1 runs 2024-07-01 – 2025-06-30, so its reductions fall into two vintages.
"""

from datetime import date

import pytest

from app.domain.inventory.factors import FactorUse, GwpTable
from app.domain.inventory.sources import Category, EmissionSource, Method
from app.domain.kernel.choices import GwpReport
from app.domain.kernel.text import DomainError
from app.domain.project.project import (
    Basis, MonitoringPeriod, ProjectData, ProjectDescription, Relation, Scenario, Ssr, SsrType, check_periods,
)
from app.domain.project.reductions import calculate

GWPS = GwpTable({"CO2": {"AR6": 1}}, {"CO2": "carbon dioxide"})
MP1 = MonitoringPeriod(date(2024, 7, 1), date(2025, 6, 30))
GRID = Ssr(EmissionSource("displaced grid power", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5617, "tCO2/MWh")))
DIESEL = Ssr(EmissionSource("backup generator", Category.STATIONARY, Method.FUEL, ncv=FactorUse(42.652, "GJ/t"),
                            carbon_per_heat=FactorUse(20.2, "tC/TJ"), oxidation=FactorUse(0.98, "1")), Scenario.PROJECT)
TRUCKS = Ssr(EmissionSource("trucks taking old panels away", Category.TRANSPORT, Method.FACTOR, factor=FactorUse(3.1, "tCO2/t")),
             Scenario.LEAKAGE, Relation.AFFECTED)
TREES = Ssr(EmissionSource("site planting", Category.OTHER, Method.MEASURED), Scenario.PROJECT, kind=SsrType.SINK)


def data(ssr, basis, start, end, quantity, unit):
    return ProjectData(ssr.id, basis, start, end, quantity, unit).validated()


H2_2024, H1_2025 = (date(2024, 7, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 6, 30))
POST = [
    data(GRID, Basis.EX_POST, *H2_2024, 5000, "MWh"), data(GRID, Basis.EX_POST, *H1_2025, 6000, "MWh"),
    data(DIESEL, Basis.EX_POST, *H2_2024, 2, "t"), data(DIESEL, Basis.EX_POST, *H1_2025, 1, "t"),
    data(TRUCKS, Basis.EX_POST, *H2_2024, 0.5, "t"), data(TRUCKS, Basis.EX_POST, *H1_2025, 0.5, "t"),
    data(TREES, Basis.EX_POST, *H1_2025, 10, "t"),
]
ANTE = [data(GRID, Basis.EX_ANTE, *H2_2024, 6000, "MWh"), data(GRID, Basis.EX_ANTE, *H1_2025, 6000, "MWh")]


def test_a_worked_reduction_per_vintage_and_in_total():
    result = calculate([GRID, DIESEL, TRUCKS, TREES], POST + ANTE, [MP1], GWPS, GwpReport.AR6)
    assert result.problems == ()
    diesel_t = 42.652 * 20.2 * 0.001 * 0.98 * 44 / 12  # tCO₂ per tonne of diesel
    v2024, v2025 = result.of(Basis.EX_POST)
    assert (v2024.vintage, v2025.vintage) == (2024, 2025)
    assert v2024.baseline == pytest.approx(2808.5) and v2024.project == pytest.approx(2 * diesel_t)
    assert v2024.leakage == pytest.approx(1.55)
    assert v2024.reductions == pytest.approx(2808.5 - 6.19181927 - 1.55, abs=1e-6)
    assert v2025.project == pytest.approx(diesel_t - 10)  # the planting's removal lowers the project's emissions
    assert v2025.reductions == pytest.approx(3370.2 - (3.095909633 - 10) - 1.55, abs=1e-6)
    total = result.total(Basis.EX_POST)
    assert total["reductions"] == pytest.approx(v2024.reductions + v2025.reductions)
    assert result.by_vintage(Basis.EX_POST) == {2024: pytest.approx(2800.758181, abs=1e-6), 2025: pytest.approx(3375.554090, abs=1e-6)}
    [(period, ante, post)] = result.ex_post_against_ex_ante()
    assert period == MP1 and ante == pytest.approx(12000 * 0.5617) and post == pytest.approx(total["reductions"])


def test_data_outside_every_period_and_a_missing_factor_are_named_not_zero():
    bare = Ssr(EmissionSource("grid without factor", Category.ENERGY, Method.ENERGY))
    stray = data(GRID, Basis.EX_POST, date(2026, 1, 1), date(2026, 1, 31), 10, "MWh")
    result = calculate([GRID, bare], [stray, data(bare, Basis.EX_POST, *H2_2024, 1, "MWh")], [MP1], GWPS, GwpReport.AR6)
    assert result.lines == ()
    texts = [p.en for p in result.problems]
    assert any("lie in no monitoring period" in t for t in texts) and any("grid without factor" in t for t in texts)


def test_an_excluded_ssr_needs_a_reason_and_does_not_count():
    with pytest.raises(DomainError, match="reason"):
        Ssr(TRUCKS.source, Scenario.LEAKAGE, included=False).validated()
    excluded = Ssr(TRUCKS.source, Scenario.LEAKAGE, included=False, justification="below 1 % of BE", id=TRUCKS.id)
    result = calculate([GRID, excluded], POST, [MP1], GWPS, GwpReport.AR6)
    assert all(line.leakage == 0 for line in result.lines)


def test_periods_stay_inside_the_crediting_period_and_do_not_overlap_and_data_keep_to_one_vintage():
    project = ProjectDescription(crediting_start=date(2024, 7, 1), crediting_end=date(2031, 6, 30))
    with pytest.raises(DomainError, match="overlap"):
        check_periods(project, [MP1, MonitoringPeriod(date(2025, 6, 1), date(2026, 6, 30))])
    with pytest.raises(DomainError, match="outside the crediting period"):
        check_periods(project, [MonitoringPeriod(date(2024, 1, 1), date(2024, 6, 30))])
    with pytest.raises(DomainError, match="spans a year end") as caught:
        data(GRID, Basis.EX_POST, date(2024, 12, 1), date(2025, 1, 31), 1, "MWh")
    assert caught.value.field == "period_end"
