"""The calculation workbook: LibreOffice recalculates every formula to Verifield's own figures; layout a reviewer can use."""

from __future__ import annotations

import math
from datetime import datetime, timezone

import openpyxl
import pytest

from app.domain.engagement.organisation import Organisation
from app.reports.calculation_workbook import export_calculation_workbook
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory
from tests.integration.libreoffice import recalculate
from tests.integration.varied_inventory import varied_engagement

GENERATED = datetime(2026, 11, 21, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The varied engagement exported, and the same file recalculated by LibreOffice."""
    from app.storage.store import open_store

    folder = tmp_path_factory.mktemp("workbook")
    store = open_store(folder / "store.sqlite")
    engagement_id = varied_engagement(store.uow)
    calculation = inventory.calculate(store.uow(), engagement_id)
    _, client = services.load(store.uow(), engagement_id)
    path = folder / "calc.xlsx"
    export_calculation_workbook(path, calculation, client, GENERATED, finding_services.list_findings(store.uow(), engagement_id))
    store.close()
    return calculation, path, recalculate(path, folder)


def formula_cells(path):
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    yield ws.title, c.coordinate, c.value


def same(ours, theirs) -> bool:
    if ours in (None, "") or theirs in (None, ""):
        return ours in (None, "") and theirs in (None, "")
    if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)):
        return math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=0.0)
    return ours == theirs


def test_libreoffice_recalculates_every_formula_to_verifields_value(exported):
    _, path, recalculated = exported
    cached = openpyxl.load_workbook(path, data_only=True)
    theirs = openpyxl.load_workbook(recalculated, data_only=True)
    cells = list(formula_cells(path))
    assert len(cells) > 300
    wrong = [
        (sheet, ref, formula, cached[sheet][ref].value, theirs[sheet][ref].value)
        for sheet, ref, formula in cells
        if not same(cached[sheet][ref].value, theirs[sheet][ref].value)
    ]
    assert wrong == []


def test_the_cached_values_are_verifields_figures(exported):
    calculation, path, _ = exported
    book = openpyxl.load_workbook(path, data_only=True)
    summary = {row[0]: row for row in book["Summary"].iter_rows(min_row=4, values_only=True) if row[0]}
    results = calculation.results
    assert summary["total"][3] == results.total and summary["total"][4] == results.reported_total
    assert summary["direct"][3] == results.direct and summary["indirect"][3] == results.indirect
    verdict = next(row[3] for row in book["Summary"].iter_rows(values_only=True) if row[0] and "Materiality verdict" in str(row[0]))
    assert verdict == results.materiality.verdict.label.both() and "cannot conclude" in verdict  # the generator has no NCV
    calc_rows = {row[0]: row for row in book["Calculation"].iter_rows(min_row=4, values_only=True)}
    for n, source in enumerate(calculation.inventory.sources, start=1):
        assert calc_rows[f"S{n:02d}"][15] == results.sources[source.id].verified
    assert "net calorific value" in calc_rows["S09"][20]  # the generator: no result, the reason instead


def test_figures_are_formulas_over_named_factors_and_activity(exported):
    _, path, _ = exported
    book = openpyxl.load_workbook(path)
    calc = book["Calculation"]
    names = book.defined_names
    assert {"EF_S03", "NCV_S01", "CC_S01", "OF_S01", "CARBON_S06_1", "GWP_CH4", "GWP_CH2FCF3", "Materiality_pct", "Total_verified"} <= set(names)
    assert names["NCV_S01"].attr_text == "Factors!$E$4"
    fuel = [c.value for c in calc[4]]
    assert fuel[9:12] == ["=NCV_S01", "=CC_S01", "=OF_S01"]
    assert fuel[13] == "=H4*J4*K4*M4*L4*(44/12)" and fuel[15] == "=N4*O4"
    assert fuel[7].startswith("=SUMIFS(Activity!$N$4:$N$") and "Activity!$A$4:$A$" in fuel[7]
    steam = next(row for row in calc.iter_rows(min_row=4, values_only=True) if row[0] == "S08")
    assert steam[12] == "=1.0*(44/12)"  # a factor in tC per GJ: carbon turned into CO2 in plain sight
    stream_rows = [row for row in calc.iter_rows(min_row=4, values_only=True) if row[1] == "S06"]
    assert [r[6] for r in stream_rows] == ["in", "in", "out"]
    assert stream_rows[1][12] == 0.001  # kgC/t → tC


def test_layout_headers_frozen_and_formats(exported):
    _, path, _ = exported
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Cover", "Factors", "Activity", "Calculation", "Summary", "Neutrality", "Findings"]
    for ws in book.worksheets:
        assert ws.freeze_panes == "A4"
    activity = book["Activity"]
    assert activity["G3"].value == "数量\nQuantity" and activity["G3"].font.b
    assert activity["E4"].number_format == "yyyy-mm-dd" and activity.column_dimensions["C"].width > 20
    assert book["Calculation"]["P4"].number_format == "#,##0.00"
    cover = {row[0]: row[1] for row in book["Cover"].iter_rows(min_row=4, values_only=True)}
    assert cover["项目编号  Engagement"].startswith("DEMO-") and cover["实质性阈值（%）  Materiality threshold (%)"] == 5
    factors = {row[0]: row for row in book["Factors"].iter_rows(min_row=4, values_only=True)}
    assert factors["NCV_S01"][7].startswith("⚠") and factors["EF_S07"][7].startswith("✓")


def test_the_gwp_of_co2_is_never_flagged_unchecked(exported):
    """CO₂ is the reference gas: its GWP is 1 by definition, so the Factors sheet marks it checked (the welding CO₂ uses it)."""
    _, path, _ = exported
    factors = {row[0]: row for row in openpyxl.load_workbook(path)["Factors"].iter_rows(min_row=4, values_only=True)}
    assert factors["GWP_CO2"][4] == 1 and factors["GWP_CO2"][7].startswith("✓") and "by definition" in factors["GWP_CO2"][7]


def test_neutrality_sheet_counts_only_eligible_offsets(exported):
    calculation, path, _ = exported
    rows = list(openpyxl.load_workbook(path, data_only=True)["Neutrality"].iter_rows(min_row=4, values_only=True))
    offsets = [r for r in rows if r[9] in ("✓", "✗")]
    assert [r[9] for r in offsets] == ["✓", "✗"] and "12 months" in offsets[1][10]
    shortfall = next(r[5] for r in rows if r[0] and "Shortfall" in r[0])
    assert shortfall == calculation.balance.shortfall


def test_findings_sheet_reads_each_sources_figures_live_and_totals_the_estimates(exported):
    calculation, path, recalculated = exported
    formulas = openpyxl.load_workbook(path)["Findings"]
    values = list(openpyxl.load_workbook(recalculated, data_only=True)["Findings"].iter_rows(min_row=4, values_only=True))
    rows = {r[0]: r for r in values if r[0] and r[0][:3] in ("NC-", "CL-", "OB-")}
    assert list(rows) == ["NC-01", "CL-02", "OB-03", "CL-04"]
    gas = calculation.inventory.sources[0]
    assert formulas["L5"].value.startswith("=Calculation!P") and rows["CL-02"][11] == calculation.results.sources[gas.id].verified
    assert rows["NC-01"][10] is None and rows["NC-01"][12] is None  # not reported: empty, not 0
    assert rows["NC-01"][13] == 120.0  # settled by a conservative estimate
    assert rows["CL-04"][11] is None  # its source has no result: no figures to show
    total = next(r for r in values if r[0] and "estimates in total" in r[0])
    assert total[13] == 120.0
    blocking = next(r for r in values if r[0] and "Blocking the final statement" in r[0])
    assert "CL-02" in blocking[1] and "CL-04" in blocking[1] and "NC-01" not in blocking[1]


def test_cli_writes_the_workbook(tmp_path, capsys):
    from app.cli import main

    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    out = tmp_path / "out.xlsx"
    assert main(["--data-dir", str(tmp_path), "export-xlsx", "DEMO-2026-0001", str(out)]) == 0
    assert "5 sources" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames[0] == "Cover"


def summary_rows(path):
    return {row[0]: row for row in openpyxl.load_workbook(path, data_only=True)["Summary"].iter_rows(min_row=4, values_only=True) if row[0]}


def test_the_estimate_is_a_line_of_the_summary_and_in_the_verified_total_after_recalculation(exported):
    calculation, path, recalculated = exported
    results = calculation.results
    theirs = summary_rows(recalculated)
    assert "NC-01 conservative estimate (in the verified total)" in theirs["NC-01"][1] and theirs["NC-01"][3] == 120.0
    formula = next(r for r in openpyxl.load_workbook(path)["Summary"].iter_rows(min_row=4, values_only=True) if r[0] == "NC-01")[3]
    assert formula == "=Findings!N4"  # read live from the Findings sheet's estimate
    assert theirs["total"][3] == pytest.approx(results.direct + results.indirect + 120.0, rel=1e-12)
    assert theirs["total"][3] == pytest.approx(results.total, rel=1e-12)
    neutrality = list(openpyxl.load_workbook(recalculated, data_only=True)["Neutrality"].iter_rows(min_row=4, values_only=True))
    assert next(r[5] for r in neutrality if r[0] and "Verified emissions" in r[0]) == pytest.approx(results.total, rel=1e-12)


def test_every_difference_percentage_is_of_the_reported_figure_and_nothing_reported_stays_empty(exported):
    calculation, _, recalculated = exported
    results = calculation.results
    theirs = summary_rows(recalculated)
    assert theirs["total"][6] == pytest.approx(100 * results.difference / results.reported_total, rel=1e-9)
    book = openpyxl.load_workbook(recalculated, data_only=True)
    calc_rows = {row[0]: row for row in book["Calculation"].iter_rows(min_row=4, values_only=True) if row[0]}
    for n, source in enumerate(calculation.inventory.sources, start=1):
        row, result = calc_rows[f"S{n:02d}"], results.sources[source.id]
        if source.reported is None:
            assert row[16] is None and row[17] is None and row[18] is None
        elif result.verified is not None:
            assert row[18] == pytest.approx(100 * (source.reported - result.verified) / source.reported, rel=1e-9)
    net_pct = next(r[3] for r in book["Summary"].iter_rows(values_only=True) if r[0] and "Net misstatement % of reported total" in r[0])
    assert net_pct == pytest.approx(results.materiality.net_pct, rel=1e-9)


@pytest.fixture(scope="module")
def nothing_reported(tmp_path_factory):
    """The demo with every reported figure removed, exported and recalculated by LibreOffice."""
    from app.storage.store import open_store

    folder = tmp_path_factory.mktemp("unreported")
    store = open_store(folder / "store.sqlite")
    engagement_id = varied_engagement(store.uow)
    sources = inventory.sources_of(store.uow(), engagement_id)
    inventory.set_reported(store.uow(), engagement_id, {s.id: None for s in sources}, "tester")
    calculation = inventory.calculate(store.uow(), engagement_id)
    _, client = services.load(store.uow(), engagement_id)
    path = folder / "calc.xlsx"
    export_calculation_workbook(path, calculation, client, GENERATED, finding_services.list_findings(store.uow(), engagement_id))
    store.close()
    return calculation, path, recalculate(path, folder)


def test_with_nothing_reported_the_workbook_shows_no_reported_total_and_no_percentage(nothing_reported):
    calculation, path, recalculated = nothing_reported
    for data in (path, recalculated):  # Verifield's cached values and LibreOffice's recalculation agree
        rows = summary_rows(data)
        assert [rows[code][4:7] for code in ("direct", "indirect", "total")] == [(None, None, None)] * 3
        assert all(rows[c.value][4] is None for c in calculation.results.by_category)
    assert calculation.results.materiality.verdict.label.both() in str(summary_rows(recalculated))
    ours, theirs = openpyxl.load_workbook(path, data_only=True), openpyxl.load_workbook(recalculated, data_only=True)
    wrong = [(sheet, ref) for sheet, ref, _ in formula_cells(path) if not same(ours[sheet][ref].value, theirs[sheet][ref].value)]
    assert wrong == []


def test_a_writer_failing_half_way_leaves_the_earlier_workbook_as_it_was(exported, tmp_path, monkeypatch):
    """The book is written to a temporary name and renamed only when every sheet was written: a failure half-way
    (here the third sheet's writer) leaves the earlier file byte for byte, and no temporary file behind."""
    from app.reports import calculation_workbook

    calculation, path, _recalculated = exported
    target = tmp_path / "calc.xlsx"
    target.write_bytes(path.read_bytes())
    kept = target.read_bytes()

    def broken(_book, _ctx):
        raise RuntimeError("a writer failed")

    monkeypatch.setattr(calculation_workbook, "SHEETS", [*calculation_workbook.SHEETS[:2], broken])
    client = Organisation(name_zh="客户", name_en="Client")
    with pytest.raises(RuntimeError, match="a writer failed"):
        export_calculation_workbook(target, calculation, client, GENERATED)
    assert target.read_bytes() == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calc.xlsx"]
