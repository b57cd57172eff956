"""The calculation workbook speaks of what its engagement verifies: the demo's inventory exported under ISO 14064-1,
the national ETS guide, ISO 14068-1 and as seed 004's industrial carbon-neutrality evaluation (T/CIECCPA 061 among
the criteria) has each its own title and sheet headings, in Chinese and English, read back with openpyxl; the
figures and the formulas are the same in all of them."""

from __future__ import annotations

from datetime import date, datetime, timezone

import openpyxl
import pytest

from app.domain.kernel.choices import Programme
from app.reports.calculation_workbook import export_calculation_workbook
from app.services import demo
from app.services import engagements as services
from app.services import inventory

GENERATED = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)
EVALUATION = "T/CIECCPA 061—2023"
CASES = {  # name: (programme, extra criterion)
    "iso14064-1": (Programme.ISO_14064_1, None),
    "cn-ets": (Programme.CN_ETS, None),
    "iso14068-1": (Programme.ISO_14068_1, None),
    "evaluation": (Programme.ISO_14068_1, EVALUATION),
}


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    """The demo exported once per case, each opened with openpyxl (formulas, not values)."""
    from app.storage.store import open_store

    folder = tmp_path_factory.mktemp("wording")
    store = open_store(folder / "store.sqlite")
    engagement_id = demo.create_demo(store.uow(), "tester", date(2026, 3, 1))
    criteria = services.load(store.uow(), engagement_id)[0].criteria
    out = {}
    for name, (programme, extra) in CASES.items():
        services.update_engagement(store.uow(), engagement_id, {
            "programme": programme, "criteria": criteria + ((extra,) if extra else ())}, "tester")
        calculation = inventory.calculate(store.uow(), engagement_id)
        _, client = services.load(store.uow(), engagement_id)
        path = folder / f"{name}.xlsx"
        export_calculation_workbook(path, calculation, client, GENERATED)
        out[name] = openpyxl.load_workbook(path)
    store.close()
    return out


def title(book, sheet: str) -> str:
    return book[sheet]["A1"].value


def summary_labels(book) -> list[str]:
    return [row[1] for row in book["Summary"].iter_rows(min_row=4, values_only=True) if row[0] in ("direct", "indirect", "total")]


@pytest.mark.parametrize("name, zh, en", [
    ("iso14064-1", "组织温室气体核查计算表（ISO 14064-1）", "Organisation GHG verification calculation workbook (ISO 14064-1)"),
    ("cn-ets", "全国碳市场排放核查计算表", "National ETS emission verification calculation workbook"),
    ("iso14068-1", "碳中和核证计算表（ISO 14068-1）", "Carbon-neutrality verification calculation workbook (ISO 14068-1)"),
    ("evaluation", "工业企业碳中和评价计算表（T/CIECCPA 061—2023）",
     "Industrial enterprise carbon-neutrality evaluation calculation workbook (T/CIECCPA 061—2023)"),
])
def test_the_cover_says_what_the_engagement_verifies_in_both_languages(books, name, zh, en):
    cover = title(books[name], "Cover")
    assert zh in cover and en in cover
    others = [other for other in books if other != name and title(books[other], "Cover") == cover]
    assert others == []


def test_the_industrial_evaluation_heads_its_sheets_with_seed_004s_clauses(books):
    book = books["evaluation"]
    assert "碳排放量计算（第 8.2.5 条，式 1、式 2）" in title(book, "Calculation")
    assert "Carbon emissions (§8.2.5, formulas (1) and (2))" in title(book, "Calculation")
    assert "Direct, indirect and total carbon emissions (§8.2.5, formulas (3)–(5))" in title(book, "Summary")
    assert "碳中和判定（第 8.4.1 条）" in title(book, "Neutrality") and "Carbon-neutrality determination (§8.4.1)" in title(book, "Neutrality")
    direct, indirect, total = summary_labels(book)
    assert "直接碳排放量 Ed（式 3）" in direct and "formula (3)" in direct
    assert "formula (4)" in indirect and "E总 = Ed + Eind（式 5" in total and "E = Ed + Eind (formula (5)" in total


def test_carbon_neutrality_speaks_of_the_subjects_footprint_and_the_organisation_of_its_emissions(books):
    neutrality, organisation = books["iso14068-1"], books["iso14064-1"]
    assert "标的物碳足迹汇总" in title(neutrality, "Summary") and "the subject's carbon footprint" in title(neutrality, "Summary")
    assert "ISO 14068-1" in title(neutrality, "Neutrality")
    assert "verified carbon footprint" in summary_labels(neutrality)[2]
    assert "the organisation's GHG emissions" in title(organisation, "Summary")
    assert summary_labels(organisation) == summary_labels(books["cn-ets"])
    assert "verified total (estimates included)" in summary_labels(organisation)[2]


def test_only_the_wording_differs(books):
    """Every cell below the title rows, past the Summary's labels and the Cover's programme and criteria, is the same."""
    def cells(book):
        return {(ws.title, c.coordinate): c.value for ws in book.worksheets for row in ws.iter_rows(min_row=4)
                for c in row if not (ws.title == "Summary" and c.column == 2) and ws.title != "Cover"}
    first = cells(books["iso14064-1"])
    assert len(first) > 300
    assert all(cells(book) == first for book in books.values())
