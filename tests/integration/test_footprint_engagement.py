"""An ISO 14067 product footprint engagement end to end on a real store: the demo (``verifield demo --programme
iso14067``) worked by hand from its figures and the shipped library, ``verifield calc --json`` giving
``functional_unit``, ``stages`` and ``per_unit``, ``verifield export-xlsx``, the workbook LibreOffice recalculates to Verifield's figures, the
footprint verification statement read back in both languages, the refusals of the use cases, and the footprint
travelling in the audit package's engagement.json to a head office that calculates the same result from it.
"""

from __future__ import annotations

import json
import math
import subprocess
from dataclasses import replace
from datetime import date, datetime, timezone

import openpyxl
import pytest

from app.cli import main
from app.domain.engagement.stages import Stage
from app.domain.footprint.footprint import AllocationMethod, LifeStage
from app.domain.kernel.text import DomainError
from app.reports.footprint_statement_pdf import write_footprint_statement
from app.reports.footprint_workbook import export_footprint_workbook
from app.services import demo
from app.services import engagements as services
from app.services import footprint as footprint_services
from app.services.footprint_demo import COPRODUCTS, FLOUR_T, FLOWS, create_footprint_demo
from app.services.head_office import ReadOnly
from app.storage.store import scratch_sessions
from app.sync import package_format
from tests.integration.libreoffice import recalculate

TODAY = date(2026, 6, 1)
GENERATED = datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)
GRID_EF = 0.5617  # East China grid 2022, tCO₂/MWh (the shipped library's)
DIESEL_T = 42.652 * 20.2 * 0.001 * 0.98 * 44 / 12  # tCO₂ per tonne of diesel, from the library's defaults
GAS_T = 389.31 * 15.3 * 0.001 * 0.99 * 44 / 12  # tCO₂ per 10⁴ Nm³ of natural gas


@pytest.fixture
def footprint_id(store):
    return create_footprint_demo(store.uow(), "huang", TODAY)


def by_hand(method_share: float) -> float:
    """kgCO₂e per tonne of flour: each flow's tonnes (own factors in kgCO₂e, the library's power, diesel and gas),
    the shared ones at the flour's share, the ones cut off left out, over the 12,000 t reference flow."""
    total = 0.0
    for _name, _stage, _carbon, allocated, included, quantity, _unit, factor in FLOWS:
        per = {"cn-grid/East China grid/2022": GRID_EF, "cn-fuel/diesel/": DIESEL_T, "cn-fuel/natural gas/": GAS_T}
        tonnes = quantity * (factor / 1000 if isinstance(factor, float) else per[factor])
        total += tonnes * (method_share if allocated else 1.0) if included else 0.0
    return total * 1000 / FLOUR_T


def test_the_demo_is_a_planned_footprint_worked_by_hand(store, footprint_id):
    held = footprint_services.footprint(store.uow(), footprint_id)
    assert held.engagement.status is Stage.PLANNED and held.engagement.code.startswith("DEMO-")
    assert held.result.problems == ()
    shares = {m: next(c for c in COPRODUCTS if c[1])[2 + n] / 100 for n, m in enumerate(AllocationMethod)}
    assert held.result.per_unit == pytest.approx(by_hand(shares[AllocationMethod.MASS]))
    assert held.result.sensitivity == pytest.approx({m: by_hand(s) for m, s in shares.items()})
    use = [f for f in FLOWS if f[1] is LifeStage.USE]
    assert held.result.by_stage()[LifeStage.USE] == pytest.approx(use[0][5] * GAS_T * 1000 / FLOUR_T)
    assert sum(held.result.by_carbon().values()) == pytest.approx(held.result.per_unit)
    assert services.verify_history(store.uow()) == []


def test_calc_json_states_the_functional_unit_the_stages_and_the_result_per_unit(tmp_path, capsys):
    """``verifield demo --programme iso14067``, then ``calc --json`` and ``export-xlsx`` on it."""
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "demo", "--programme", "iso14067"]) == 0
    code = capsys.readouterr().out.split(": ")[1].split()[0]
    assert main(["--data-dir", folder, "calc", code, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["functional_unit"] == {"kind": "declared", "text": report["functional_unit"]["text"], "reference_flow": FLOUR_T}
    assert list(report["stages"]) == [s.value for s in LifeStage]
    assert report["per_unit"] == pytest.approx(math.fsum(report["stages"].values()))
    assert report["per_unit"] == pytest.approx(report["sensitivity"]["mass"]) and set(report["sensitivity"]) == {"mass", "economic", "physical"}
    assert report["problems"] == []
    out = tmp_path / "footprint.xlsx"
    assert main(["--data-dir", folder, "export-xlsx", code, str(out)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["Product", "Allocation", "Factors", "Flows", "Result"]


def test_libreoffice_recalculates_the_footprint_workbook_to_verifields_figures(store, footprint_id, tmp_path):
    path = tmp_path / "footprint.xlsx"
    held = footprint_services.workbook(store.uow(), footprint_id)
    export_footprint_workbook(path, held, GENERATED)
    recalculated = openpyxl.load_workbook(recalculate(path, tmp_path), data_only=True)
    cached = openpyxl.load_workbook(path, data_only=True)
    formulas = [(ws.title, c.coordinate) for ws in openpyxl.load_workbook(path).worksheets for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")]
    assert len(formulas) > 50
    wrong = [(s, c, cached[s][c].value, recalculated[s][c].value) for s, c in formulas
             if not math.isclose(cached[s][c].value, recalculated[s][c].value, rel_tol=1e-9, abs_tol=1e-12)]
    assert wrong == []
    rows = {row[0].value: row[2].value for row in recalculated["Result"].iter_rows(min_row=4) if row[0].value}
    assert rows["per-unit"] == pytest.approx(held.result.per_unit, rel=1e-12)
    for method in AllocationMethod:
        assert rows[method.value] == pytest.approx(held.result.sensitivity[method], rel=1e-12)
    for stage, kg in held.result.by_stage().items():
        assert rows[stage.value] == pytest.approx(kg, rel=1e-12, abs=1e-12)


def test_the_footprint_statement_quotes_the_result_in_both_languages(store, footprint_id, tmp_path):
    """Read back with pdftotext: the programme's own wording (no inventory or organisation wording), the result per
    unit, every stage and the three allocation methods."""
    held = footprint_services.workbook(store.uow(), footprint_id)
    path = tmp_path / "statement.pdf"
    write_footprint_statement(path, held, GENERATED, TODAY)
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Verification statement of a product carbon footprint" in text and "产品碳足迹核查声明" in text
    per_unit = f"{held.result.per_unit:,.3f}"
    assert f"{per_unit} kgCO₂e per declared unit" in text and f"每声明单位 {per_unit} kgCO₂e" in text
    assert all(f"{held.result.sensitivity[m]:,.3f}" in text for m in AllocationMethod)
    assert "raw material acquisition" in text and "end of life" in text and "land-use change" in text
    assert "greenhouse gas statement" not in text and "温室气体声明" not in text and "organisation" not in text.lower()
    assert "演示项目 DEMO" in text


def test_wrong_shares_refuse_the_statement_and_another_programme_is_refused(store, footprint_id, tmp_path):
    uow = store.uow()
    held = footprint_services.footprint(uow, footprint_id)
    bran = next(c for c in held.coproducts if not c.studied)
    footprint_services.save(uow, footprint_id, replace(bran, economic_pct=bran.economic_pct + 5), "huang")
    wrong = footprint_services.workbook(uow, footprint_id)
    assert wrong.result.per_unit is None
    with pytest.raises(DomainError, match="economic allocation sum to 105 %, not 100 %"):
        write_footprint_statement(tmp_path / "refused.pdf", wrong, GENERATED)
    assert not (tmp_path / "refused.pdf").exists()
    organisation = demo.create_demo(uow, "huang", TODAY)
    with pytest.raises(DomainError, match="not ISO 14067") as refused:
        footprint_services.save(uow, organisation, held.flows[0], "huang")
    assert refused.value.field == "programme"
    with pytest.raises(DomainError, match="already has its product footprint"):
        footprint_services.save(uow, footprint_id, replace(held.product, id="another"), "huang")


def test_the_footprint_travels_in_engagement_json_and_head_office_calculates_the_same(store, footprint_id, tmp_path):
    laptop = footprint_services.footprint(store.uow(), footprint_id)
    with store.uow() as uow:
        data = package_format.engagement_data(uow.session, footprint_id, {})
    data = package_format.upgraded(json.loads(json.dumps(data, ensure_ascii=False)))
    kinds = {r["kind"] for r in data["tables"]["fieldwork_records"]}
    assert {"footprint", "footprint_flow", "footprint_coproduct"} <= kinds
    factory = scratch_sessions()
    with factory() as session:
        package_format.load_rows(session, data)
        session.commit()
    head = footprint_services.footprint(ReadOnly(tmp_path / "none.vfpkg", data, factory).uow(), footprint_id)
    assert (head.product, head.flows, head.coproducts) == (laptop.product, laptop.flows, laptop.coproducts)
    assert head.result.per_unit == pytest.approx(laptop.result.per_unit, rel=1e-12)
