"""What the client is given to fill in, in every workbook Verifield writes: each drop-down offers its values, every
column the client fills is shaded — as written and after LibreOffice saves it again — and the header is frozen."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest

from app.domain.findings.reply import COLUMNS as FORM_COLUMNS
from app.domain.inventory.data_request import COLUMNS as REQUEST_COLUMNS
from app.reports.calculation_workbook import export_calculation_workbook
from app.reports.data_request import DATA_SHEET, write_request
from app.reports.findings_form import FORM_SHEET, write_form
from app.reports.xlsx import ENTRY_FILL
from app.services import demo
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from tests.integration.libreoffice import resave

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
_RANGE = re.compile(r"^=?'?(?P<sheet>[^'!]+)'?!\$?(?P<c1>[A-Z]+)\$?(?P<r1>\d+):\$?(?P<c2>[A-Z]+)\$?(?P<r2>\d+)$")


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory) -> dict[str, Path]:
    """The demo's data request, findings form and calculation workbook, each also as LibreOffice saves it back."""
    from app.storage.store import open_store

    folder = tmp_path_factory.mktemp("inputs")
    store = open_store(folder / "store.sqlite")
    engagement_id = demo.create_demo(store.uow(), "wang", NOW.date())
    engagement, client = services.load(store.uow(), engagement_id)
    findings = finding_services.list_findings(store.uow(), engagement_id)
    inventory = inventory_services.load_inventory(store.uow(), engagement_id)
    written = {"request": folder / "request.xlsx", "form": folder / "form.xlsx", "calculation": folder / "calculation.xlsx"}
    write_request(written["request"], inventory, client, NOW)
    write_form(written["form"], engagement, client, findings, inventory.sources, NOW)
    export_calculation_workbook(written["calculation"], inventory_services.calculate(store.uow(), engagement_id), client, NOW, findings)
    store.close()
    out = dict(written)
    for name, path in written.items():
        out[f"{name} resaved"] = resave(path, folder)
    return out


def list_values(book, formula: str) -> list:
    """The values a list validation offers: an inline list ("a,b") or every cell of the range it names."""
    if formula.startswith('"'):
        return [v for v in formula.strip('"').split(",")]
    match = _RANGE.match(formula)
    assert match, f"a drop-down list Verifield cannot follow: {formula}"
    sheet = book[match["sheet"]]
    rows = sheet[f"{match['c1']}{match['r1']}:{match['c2']}{match['r2']}"]
    return [cell.value for row in rows for cell in row]


@pytest.mark.parametrize("saved", ["", " resaved"])
@pytest.mark.parametrize("name, lists", [("request", 2), ("form", 0), ("calculation", 0)])
def test_every_drop_down_offers_its_values(workbooks, name, lists, saved):
    book = openpyxl.load_workbook(workbooks[name + saved])
    found = 0
    for sheet in book.worksheets:
        for validation in sheet.data_validations.dataValidation:
            if validation.type != "list":
                continue
            found += 1
            values = list_values(book, validation.formula1)
            assert values and all(v not in (None, "") for v in values), (sheet.title, validation.sqref, validation.formula1, values)
    assert found == lists


@pytest.mark.parametrize("saved", ["", " resaved"])
def test_the_origin_drop_down_lists_every_origin(workbooks, saved):
    from app.domain.inventory.sources import Origin

    book = openpyxl.load_workbook(workbooks["request" + saved])
    column = [c.key for c in REQUEST_COLUMNS].index("origin")
    validation = next(v for v in book[DATA_SHEET].data_validations.dataValidation if f"{chr(65 + column)}4" in str(v.sqref))
    assert list_values(book, validation.formula1) == [o.label.both() for o in Origin]
    assert book["Lists"].sheet_state == "hidden"


def shaded(cell) -> bool:
    return cell.fill.fill_type == "solid" and str(cell.fill.fgColor.rgb)[-6:].upper() == ENTRY_FILL[1:]


@pytest.mark.parametrize("saved", ["", " resaved"])
@pytest.mark.parametrize("name, sheet, columns", [("request", DATA_SHEET, REQUEST_COLUMNS), ("form", FORM_SHEET, FORM_COLUMNS)])
def test_every_column_the_client_fills_is_shaded(workbooks, name, sheet, columns, saved):
    ws = openpyxl.load_workbook(workbooks[name + saved])[sheet]
    rows = list(ws.iter_rows(min_row=4, max_row=ws.max_row, max_col=len(columns)))
    assert len(rows) >= 3
    for row in rows:
        for column, cell in zip(columns, row):
            assert shaded(cell) == column.entry, (cell.coordinate, column.key)


@pytest.mark.parametrize("name, sheet", [("request", DATA_SHEET), ("form", FORM_SHEET)])
def test_the_header_is_frozen(workbooks, name, sheet):
    # LibreOffice 7.4 converting headless has no view and writes every sheet's view back unfrozen (with or
    # without a column split too), so a re-save by --convert-to cannot keep it; Calc with a window does.
    assert openpyxl.load_workbook(workbooks[name])[sheet].freeze_panes == "A4"


def test_the_request_shades_rows_for_the_client_to_add_with_their_drop_downs(workbooks):
    ws = openpyxl.load_workbook(workbooks["request"])[DATA_SHEET]
    keys = [c.key for c in REQUEST_COLUMNS]
    last_filled = max(r for r in range(4, ws.max_row + 1) if ws.cell(r, keys.index("source") + 1).value)
    assert ws.max_row - last_filled == 500
    unit = f"{chr(65 + keys.index('unit'))}"
    validation = next(v for v in ws.data_validations.dataValidation if str(v.sqref).startswith(f"{unit}4"))
    assert str(validation.sqref) == f"{unit}4:{unit}{ws.max_row}"
