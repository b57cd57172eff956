"""An ISO 14064-2 project engagement end to end on a real store: the demo (``verifield demo --programme iso14064-2``),
``verifield calc --json`` giving baseline, project, leakage and reductions, the workbook LibreOffice recalculates to
Verifield's figures, and the refusals of the project use cases.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date, datetime, timezone

import openpyxl
import pytest

from app.cli import main
from app.domain.engagement.stages import Stage
from app.domain.kernel.text import DomainError
from app.domain.project.project import Basis, MonitoringPeriod
from app.domain.project.reductions import calculate
from app.reports.project_workbook import export_project_workbook
from app.services import demo
from app.services import engagements as services
from app.services import project as project_services
from app.services.project_demo import DIESEL, EX_ANTE, GENERATION, TRUCK_DIESEL, create_project_demo
from tests.integration.libreoffice import recalculate

TODAY = date(2026, 6, 1)
GRID_EF = 0.5617  # East China grid 2022, tCO₂/MWh (the shipped library's)
DIESEL_T = 42.652 * 20.2 * 0.001 * 0.98 * 44 / 12  # tCO₂ per tonne of diesel, from the library's defaults


@pytest.fixture
def project_id(store):
    return create_project_demo(store.uow(), "wang", TODAY)


def test_the_demo_is_a_planned_project_whose_reductions_are_worked_by_hand(store, project_id):
    held = project_services.project(store.uow(), project_id)
    assert held.engagement.status is Stage.PLANNED and held.engagement.code.startswith("DEMO-")
    total = held.reductions.total(Basis.EX_POST)
    assert total["baseline"] == pytest.approx(sum(GENERATION) * GRID_EF)
    assert total["project"] == pytest.approx(sum(DIESEL) * DIESEL_T)
    assert total["leakage"] == pytest.approx(sum(TRUCK_DIESEL) * DIESEL_T)
    assert total["reductions"] == pytest.approx((sum(GENERATION) * GRID_EF) - sum(DIESEL + TRUCK_DIESEL) * DIESEL_T)
    assert held.reductions.total(Basis.EX_ANTE)["reductions"] == pytest.approx(sum(EX_ANTE) * GRID_EF)
    first_half = sum(GENERATION[:6]) * GRID_EF - (DIESEL[0] + TRUCK_DIESEL[0]) * DIESEL_T
    assert held.reductions.by_vintage(Basis.EX_POST)[TODAY.year - 2] == pytest.approx(first_half)
    assert services.verify_history(store.uow()) == []


def test_calc_json_states_the_project_figures(tmp_path, capsys):
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "demo", "--programme", "iso14064-2"]) == 0
    code = capsys.readouterr().out.split(": ")[1].split()[0]
    assert main(["--data-dir", folder, "calc", code, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) >= {"baseline", "project", "leakage", "reductions", "ex_ante"}
    assert report["reductions"]["total"] == pytest.approx(
        report["baseline"]["total"] - report["project"]["total"] - report["leakage"]["total"])
    assert [row["vintage"] for row in report["reductions"]["per_period"]] == [date.today().year - 2, date.today().year - 1]
    assert report["problems"] == []


def test_libreoffice_recalculates_the_project_workbook_to_verifields_figures(store, project_id, tmp_path):
    path = tmp_path / "project.xlsx"
    held = project_services.workbook(store.uow(), project_id)
    export_project_workbook(path, held, datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc))
    recalculated = openpyxl.load_workbook(recalculate(path, tmp_path), data_only=True)
    cached = openpyxl.load_workbook(path, data_only=True)
    formulas = [(ws.title, c.coordinate) for ws in openpyxl.load_workbook(path).worksheets for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")]
    assert len(formulas) > 40
    wrong = [(s, c, cached[s][c].value, recalculated[s][c].value) for s, c in formulas
             if not math.isclose(cached[s][c].value, recalculated[s][c].value, rel_tol=1e-9, abs_tol=1e-12)]
    assert wrong == []
    sheet = recalculated["Reductions"]
    totals = {row[0].value: row[6].value for row in sheet.iter_rows(min_row=4) if row[1].value and "total" in str(row[1].value)}
    assert totals["ex-post"] == pytest.approx(held.reductions.total(Basis.EX_POST)["reductions"], rel=1e-12)


def test_the_project_refuses_overlapping_periods_and_another_programme(store, project_id):
    uow = store.uow()
    held = project_services.project(uow, project_id)
    overlapping = MonitoringPeriod(held.periods[0].end, replace(held.periods[0]).end.replace(year=held.periods[0].end.year + 1))
    with pytest.raises(DomainError, match="overlap"):
        project_services.save(uow, project_id, overlapping, "wang")
    organisation = demo.create_demo(uow, "wang", TODAY)
    with pytest.raises(DomainError, match="not ISO 14064-2") as refused:
        project_services.save(uow, organisation, held.periods[0], "wang")
    assert refused.value.field == "programme"
    with pytest.raises(DomainError, match="still has data"):
        project_services.remove(uow, project_id, held.ssrs[0], "wang")


def test_the_statement_of_reductions_quotes_the_calculated_figures_in_both_languages(store, project_id, tmp_path):
    """Read back with pdftotext: the verification wording with ER = BE − PE − LE as calculated; before any ex-post
    data, the validation statement of the ex-ante estimate instead."""
    import subprocess

    from app.reports.project_statement_pdf import write_project_statement

    held = project_services.workbook(store.uow(), project_id)
    path = tmp_path / "statement.pdf"
    write_project_statement(path, held, datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc), date(2026, 6, 1))
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())
    total = held.reductions.total(Basis.EX_POST)
    assert "Verification statement of GHG emission reductions" in text and "温室气体减排量核查声明" in text
    assert f"= {total['baseline']:,.2f} − {total['project']:,.2f} − {total['leakage']:,.2f} = {total['reductions']:,.2f} tCO₂e" in text
    assert "演示项目 DEMO" in text  # the demo's statement is marked on every page
    ante_only = replace(held, data=[d for d in held.data if d.basis is Basis.EX_ANTE])
    ante_only = replace(ante_only, reductions=calculate(held.ssrs, ante_only.data, held.periods, held.gwps,
                                                                         held.engagement.gwp_report))
    write_project_statement(path, ante_only, datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc))
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Validation statement of a GHG project" in text
    assert f"{ante_only.reductions.total(Basis.EX_ANTE)['reductions']:,.2f} tCO₂e" in text
