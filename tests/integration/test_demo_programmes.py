"""``verifield demo --programme`` for the organisation programmes: iso14064-1 (the manufacturer's inventory, the
default) and iso14068-1 (the same manufacturer's carbon-neutrality certification, ISO 14068-1 among its criteria,
evaluated as seed 004's industrial enterprise against its monitoring plan); each a planned demo engagement under its
own programme, with the inventory and its neutrality balance calculated."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main
from app.domain.inventory.monitoring import GapKind
from app.services import engagements as services
from app.services import inventory
from app.services import monitoring as monitoring_services
from app.services.demo_stages import create_demo_at
from app.storage.store import open_store


@pytest.mark.parametrize("programme", ["iso14064-1", "iso14068-1"])
def test_the_organisation_demos_run_under_their_programme(tmp_path, capsys, programme):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--programme", programme]) == 0
    code = capsys.readouterr().out.split(": ")[1].split()[0]
    assert main(["--data-dir", str(folder), "calc", code, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["totals"]["total"] > 0 and report["engagement"] == code
    store = open_store(folder / "verifield.sqlite")
    try:
        summary = next(r for r in services.list_engagements(store.uow()) if r.code == code)
        engagement, _ = services.load(store.uow(), summary.id)
        assert engagement.programme.value == programme and engagement.status.value == "planned"
        neutral = "ISO 14068-1:2023" in engagement.criteria
        assert neutral is (programme == "iso14068-1")
        assert set(report["neutrality"]) >= {"eligible", "neutral", "shortfall"}
    finally:
        store.close()


def test_the_carbon_neutrality_demo_is_evaluated_against_its_monitoring_plan(tmp_path):
    """The iso14068-1 demo is seed 004's industrial evaluation (T/CIECCPA 061 a criterion): a monitoring plan for each
    source and the gas's NCV, the gas supplier's twelve monthly NCV analyses weighted by the month's consumption in
    the recalculation, and one gap for the verifier to find (the refrigerant scale's lapsed calibration); the
    organisation demo keeps no plan."""
    store = open_store(tmp_path / "store.sqlite")
    try:
        engagement_id = create_demo_at(store.uow(), "planned", "tester", date(2026, 3, 1), programme="iso14068-1")
        held = monitoring_services.monitoring(store.uow(), engagement_id)
        assert "T/CIECCPA 061—2023" in held.engagement.criteria
        assert len(held.items) == 6 and {i.source_id for i in held.items} == {s.id for s in held.sources}
        assert all(i.method and i.responsible and i.qa_qc for i in held.items)
        gas = held.sources[0]
        assert len(held.measured) == 12 and {m.source_id for m in held.measured} == {gas.id}
        [gap] = held.gaps
        assert gap.kind is GapKind.CALIBRATION and "ES-30" in gap.message.en and "2025-06-19" in gap.message.en
        # Σq·NCV = 12 492.8 + 11 312.9 + 9 350.4 + 7 000.2 + 4 658.4 + 3 487.5 + 3 096.8 + 3 099.2 + 3 880 + 5 832
        #        + 8 569 + 11 706 = 84 485.2 over Σq = 217 (10⁴ Nm³): 389.3327… GJ/10⁴ Nm³
        [weighting] = held.weightings()[gas.id]
        assert weighting.value == pytest.approx(84_485.2 / 217, rel=1e-12)
        calculation = inventory.calculate(store.uow(), engagement_id)
        verified = calculation.results.sources[gas.id].verified
        plain = 217 * gas.ncv.value * gas.carbon_per_heat.value * gas.oxidation.value * 44 / 12 / 1000  # tC/TJ, GJ
        assert verified == pytest.approx(plain * (84_485.2 / 217) / gas.ncv.value, rel=1e-9)

        organisation = create_demo_at(store.uow(), "planned", "tester", date(2026, 3, 1))
        assert monitoring_services.monitoring(store.uow(), organisation).items == []
    finally:
        store.close()
