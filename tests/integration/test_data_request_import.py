"""The data request as real files: template out, filled in with openpyxl, imported into a real store; hostile workbooks never import partly."""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.domain.inventory.data_request import COLUMNS, plan_import
from app.domain.inventory.units import UNITS
from app.domain.kernel.text import DomainError
from app.reports.data_request import DATA_SHEET, write_request
from app.reports.workbook_reader import read_rows
from app.services import engagements as services
from app.services import inventory
from app.storage.store import open_store
from tests.integration.varied_inventory import varied_engagement

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
COL = {c.key: i + 1 for i, c in enumerate(COLUMNS)}  # openpyxl's 1-based columns


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """A store holding the varied engagement, and its data request, both kept as files to copy."""
    folder = tmp_path_factory.mktemp("request")
    store = open_store(folder / "store.sqlite")
    engagement_id = varied_engagement(store.uow)
    _, client = services.load(store.uow(), engagement_id)
    request = folder / "request.xlsx"
    write_request(request, inventory.load_inventory(store.uow(), engagement_id), client, NOW)
    store.close()
    return folder / "store.sqlite", engagement_id, request


@pytest.fixture
def fresh(prepared, tmp_path):
    database, engagement_id, request = prepared
    shutil.copy(database, tmp_path / "store.sqlite")
    store = open_store(tmp_path / "store.sqlite")
    yield store, engagement_id, request
    store.close()


def state(store) -> tuple:
    with store.engine.connect() as c:
        records = c.execute(text("SELECT id, quantity, unit, period_start FROM activity_records ORDER BY id")).all()
        history = c.execute(text("SELECT count(*) FROM history")).scalar()
    return records, history


def import_file(store, engagement_id, path: Path):
    sheet, rows = read_rows(path, DATA_SHEET)
    plan = plan_import(inventory.load_inventory(store.uow(), engagement_id), sheet, rows)
    inventory.put_records(store.uow(), engagement_id, plan.records, [], "client")
    return plan


def test_the_template_lists_sources_and_periods_with_drop_downs_and_instructions(fresh):
    store, engagement_id, request = fresh
    book = openpyxl.load_workbook(request)
    assert book.sheetnames == ["Instructions", "Data", "Lists"] and book["Lists"].sheet_state == "hidden"
    instructions = " ".join(str(c.value) for row in book["Instructions"].iter_rows() for c in row if c.value)
    assert "请在“Data”表中填写" in instructions and "Fill in the activity data" in instructions
    data = book["Data"]
    assert data.column_dimensions["A"].hidden and data.freeze_panes == "A4"
    validations = {str(v.sqref).split(":")[0]: v for v in data.data_validations.dataValidation}
    assert validations["I4"].type == "list" and validations["I4"].formula1 == f"Lists!$A$1:$A${len(UNITS)}"
    assert validations["H4"].type == "decimal"
    sources = {row[3] for row in data.iter_rows(min_row=4, values_only=True)} - {None}  # and shaded rows to add
    assert sources == {s.name for s in inventory.load_inventory(store.uow(), engagement_id).sources}


def test_a_filled_in_request_imports_all_rows_and_a_second_import_changes_nothing(fresh, tmp_path):
    store, engagement_id, request = fresh
    book = openpyxl.load_workbook(request)
    data = book["Data"]
    blank = [r for r in range(4, data.max_row + 1) if data.cell(r, COL["record_id"]).value is None and data.cell(r, COL["quantity"]).value is None]
    for r in blank[:3]:
        data.cell(r, COL["quantity"]).value = 111.5
        data.cell(r, COL["evidence"]).value = f"INV-{r}"
    held = next(r for r in range(4, data.max_row + 1) if data.cell(r, COL["record_id"]).value)
    data.cell(held, COL["quantity"]).value = 4242
    filled = tmp_path / "filled.xlsx"
    book.save(filled)
    before = len(inventory.load_inventory(store.uow(), engagement_id).records)
    plan = import_file(store, engagement_id, filled)
    assert plan.summary().en.startswith("3 new records, 1 changed value,")
    assert len(inventory.load_inventory(store.uow(), engagement_id).records) == before + 3
    again = import_file(store, engagement_id, filled)
    assert again.summary().en.startswith("0 new records, 0 changed values,")
    assert services.verify_history(store.uow()) == []


def test_a_bad_cell_changes_nothing_and_names_the_cell(fresh, tmp_path):
    store, engagement_id, request = fresh
    book = openpyxl.load_workbook(request)
    data = book["Data"]
    data.cell(5, COL["quantity"]).value = 99
    data.cell(6, COL["unit"]).value = "barrels"
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    before = state(store)
    with pytest.raises(DomainError) as caught:
        import_file(store, engagement_id, bad)
    assert caught.value.message.en == "Data!I6: unknown unit “barrels”"
    assert state(store) == before


def test_files_that_are_not_workbooks_give_a_clear_error(tmp_path):
    text_file = tmp_path / "data.xlsx"
    text_file.write_text("quantity,unit\n1,t\n")
    with pytest.raises(DomainError, match="data.xlsx is not a readable xlsx workbook"):
        read_rows(text_file, DATA_SHEET)
    with pytest.raises(DomainError, match="does not exist"):
        read_rows(tmp_path / "missing.xlsx", DATA_SHEET)


def test_a_corrupt_workbook_and_an_unwritable_path_give_clear_errors(fresh, tmp_path):
    import zipfile

    _store, _engagement_id, request = fresh
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(request) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet2.xml" else data)
    with pytest.raises(DomainError, match="broken.xlsx"):
        read_rows(broken, DATA_SHEET)
    store, engagement_id, _ = fresh
    _, client = services.load(store.uow(), engagement_id)
    missing = tmp_path / "no-such-folder"
    with pytest.raises(DomainError) as error:
        write_request(missing / "r.xlsx", inventory.load_inventory(store.uow(), engagement_id), client, NOW)
    assert error.value.message.en == f"The file {missing / 'r.xlsx'} cannot be written: the folder {missing} does not exist. Any earlier file is unchanged."
    assert error.value.message.zh == f"无法写入文件 {missing / 'r.xlsx'}：文件夹 {missing} 不存在。原有文件保持不变。"


def test_a_device_is_never_written_over(fresh):
    """A workbook saved "as" /dev/full is refused, and the device stays a device: the atomic writer renames a finished
    file over its target, which must not replace a device, a pipe or a folder (a full disk itself is tested for real
    in test_folders_and_disks.py)."""
    import stat

    store, engagement_id, _ = fresh
    _, client = services.load(store.uow(), engagement_id)
    with pytest.raises(DomainError) as error:
        write_request("/dev/full", inventory.load_inventory(store.uow(), engagement_id), client, NOW)
    assert "not an ordinary file" in error.value.message.en and "不是普通文件" in error.value.message.zh
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_cli_template_and_import(tmp_path, capsys):
    from app.cli import main

    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    request = tmp_path / "request.xlsx"
    assert main(["--data-dir", str(tmp_path), "template", "DEMO-2026-0001", str(request)]) == 0
    book = openpyxl.load_workbook(request)
    book["Data"].cell(4, COL["quantity"]).value = "lots"
    book.save(request)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "import-data", "DEMO-2026-0001", str(request)]) == 2
    assert "Data!H4: “lots” is not a number" in capsys.readouterr().err


# --- hostile workbooks -----------------------------------------------------------------------
hostile_values = st.one_of(
    st.none(), st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12), st.sampled_from(["#DIV/0!", "#N/A", "=1/0", "=H4*2", "1e999", "-0", "１２", " ", "NaN"]),
    st.floats(allow_nan=False, allow_infinity=False), st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(), st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
)
edits = st.lists(st.tuples(st.integers(1, 70), st.integers(1, len(COLUMNS) + 2), hostile_values), max_size=12)
shapes = st.sampled_from(["as-is", "no-data-sheet", "empty-data-sheet", "merged", "header-deleted"])


def hostile(request: Path, target: Path, shape: str, cells) -> None:
    book = openpyxl.load_workbook(request)
    data = book["Data"]
    for row, column, value in cells:
        data.cell(row, column).value = value
    if shape == "no-data-sheet":
        del book["Data"]
    elif shape == "empty-data-sheet":
        del book["Data"]
        book.create_sheet("Data")
    elif shape == "merged":
        data.merge_cells("D10:H12")
    elif shape == "header-deleted":
        data.delete_rows(3)
    book.save(target)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shape=shapes, cells=edits)
def test_hostile_workbooks_give_a_clear_error_or_a_whole_import(fresh, tmp_path, shape, cells):
    store, engagement_id, request = fresh
    target = tmp_path / "hostile.xlsx"
    hostile(request, target, shape, cells)
    before = state(store)
    try:
        plan = import_file(store, engagement_id, target)
    except DomainError as error:
        lines = error.message.en.splitlines()
        assert lines and all(line.startswith(("Data!", "Data:", "… and", "hostile.xlsx ")) for line in lines)
        assert state(store) == before
        return
    after = inventory.load_inventory(store.uow(), engagement_id).records
    assert len(after) == len(before[0]) + len(plan.added)
    stored = {r.id: r for r in after}
    assert all(stored[r.id] == r for r in plan.records)
    assert import_file(store, engagement_id, target).records == []  # importing it again changes nothing
