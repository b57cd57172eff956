"""Damaged and hostile files through the three workbook importers — the data request (``import-data``), the
findings reply (``import-reply``) and the client's reported figures — on a real store.

Each file is built here from a workbook Verifield wrote and a client filled in: zips that are no zip, truncated,
encrypted, compressed by a method xlsx never uses, with a corrupted deflate stream or a declared size of gigabytes;
malformed XML in the workbook, the styles or the sheet; sheets whose ``<dimension>`` understates them; formulas
without a value; and, with hypothesis, random byte flips and XML mutations.  Every one either imports whole or is
refused with the product's own bilingual error: no other exception escapes, the store's file is byte for byte
what it was after a refusal (dry run and real import alike), and a file read at all is read to its last cell.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from app.cli import main
from app.domain.findings.reply import COLUMNS as FORM_COLUMNS
from app.domain.inventory.data_request import COLUMNS as REQUEST_COLUMNS
from app.domain.inventory.reported_import import ColumnMapping, plan_reported
from app.domain.kernel.text import DomainError
from app.reports.workbook_reader import MAX_UNPACKED, read_rows
from app.services import inventory as inventory_services
from app.storage.store import open_store
from tests.integration.damaged_zip import (
    NS,
    cell,
    corrupt_deflate,
    edit_sheet,
    parts,
    patch_header,
    replace_cell,
    with_part,
)

UNCLEAR = ("Traceback", "invalid literal", "list index out of range", "expected <class", "#VALUE!", "Error(", "zlib")


@dataclass(frozen=True)
class Importer:
    """One importer: the filled-in file a client sends back, its sheet and that sheet's part in the zip."""

    name: str
    file: str
    sheet: str
    part: str
    entry_cell: str  # a cell the importer reads, for formulas and error values
    date_cell: str | None


IMPORTERS = {
    "request": Importer("request", "filled.xlsx", "Data", "xl/worksheets/sheet2.xml", "H4", "F4"),
    "reply": Importer("reply", "answered.xlsx", "Findings", "xl/worksheets/sheet2.xml", "I4", "N4"),
    "reported": Importer("reported", "reported.xlsx", "Summary", "xl/worksheets/sheet1.xml", "B2", None),
}
MAPPING = ColumnMapping("Summary", 1, "A", "B", "t")


# --- the world: a store with the demo, and the three files a client sends back ------------------------------
@pytest.fixture(scope="module")
def world(tmp_path_factory) -> tuple[Path, str]:
    """A data folder with the demo engagement, and beside it the filled-in request, the answered findings form
    and the client's own workbook of reported figures."""
    folder = tmp_path_factory.mktemp("hostile")
    data = folder / "data"
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert main(["--data-dir", str(data), "demo"]) == 0
        assert main(["--data-dir", str(data), "list", "--json"]) == 0
    code = json.loads(out.getvalue()[out.getvalue().index("["):])[0]["code"]
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--data-dir", str(data), "template", code, str(folder / "request.xlsx")]) == 0
        assert main(["--data-dir", str(data), "findings-form", code, str(folder / "form.xlsx")]) == 0
    _fill_request(folder / "request.xlsx", folder / "filled.xlsx")
    _answer_form(folder / "form.xlsx", folder / "answered.xlsx")
    _reported_workbook(data, code, folder / "reported.xlsx")
    return folder, code


def _fill_request(template: Path, target: Path) -> None:
    """A new quantity on the last blank month and a changed held quantity: what a short read would drop."""
    keys = [c.key for c in REQUEST_COLUMNS]
    book = openpyxl.load_workbook(template)
    ws = book["Data"]
    col = {k: keys.index(k) + 1 for k in keys}
    rows = [r for r in range(4, ws.max_row + 1) if ws.cell(r, col["source"]).value]
    held = [r for r in rows if ws.cell(r, col["record_id"]).value]
    blank = [r for r in rows if not ws.cell(r, col["record_id"]).value]
    ws.cell(held[-1], col["quantity"]).value = float(ws.cell(held[-1], col["quantity"]).value) + 1
    ws.cell(blank[-1], col["quantity"]).value = 12.5
    ws.cell(blank[-1], col["evidence"]).value = "INV-LAST"
    book.save(target)


def _answer_form(form: Path, target: Path) -> None:
    keys = [c.key for c in FORM_COLUMNS]
    book = openpyxl.load_workbook(form)
    ws = book["Findings"]
    answers = {"root_cause": "台账遗漏 missed in the ledger", "correction": "已补报 added", "corrective_action": "月度核对 monthly check",
               "evidence": "ledger.pdf", "by": "李明"}
    for key, value in answers.items():
        ws.cell(4, keys.index(key) + 1).value = value
    book.save(target)


def _reported_workbook(data: Path, code: str, target: Path) -> None:
    store = open_store(data / "verifield.sqlite")
    sources = inventory_services.sources_of(store.uow(), _by_code(store, code))
    store.close()
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Summary"
    ws.append(["Source", "tCO2e"])
    for number, source in enumerate(sources):
        ws.append([source.name, 100.0 + number])
    ws.append(["Total", 999.0])
    book.save(target)


def _by_code(store, code: str) -> str:
    with sqlite3.connect(store.path) as connection:
        return connection.execute("SELECT id FROM engagements WHERE code = ?", (code,)).fetchone()[0]


@pytest.fixture
def place(world, tmp_path) -> tuple[Path, str]:
    """A copy of the data folder for one test."""
    folder, code = world
    shutil.copytree(folder / "data", tmp_path / "data")
    return tmp_path / "data", code


# --- importing through the real use cases, and the store's fingerprint -------------------------------------
def fingerprint(data: Path) -> str:
    """SHA-256 of the store file, once every connection this process left open is closed and the WAL folded in."""
    gc.collect()
    path = data / "verifield.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


def attempt(kind: str, data: Path, code: str, path: Path) -> str | None:
    """Import ``path`` as a verifier would (for the CLI ones a dry run, then the real import); the refusal's
    message, or None when it imported.  The store must be unchanged after each refusal."""
    before = fingerprint(data)
    if kind == "reported":
        store = open_store(data / "verifield.sqlite")
        try:
            engagement_id = _by_code(store, code)
            _sheet, rows = read_rows(path, MAPPING.sheet)
            plan = plan_reported(inventory_services.sources_of(store.uow(), engagement_id), MAPPING, rows)
            inventory_services.set_reported(store.uow(), engagement_id, plan.figures, "client")
            return None
        except DomainError as error:
            assert error.message.zh and error.message.en and error.message.zh != error.message.en
            message = error.message.both()
        finally:
            store.close()
        assert fingerprint(data) == before, message
        return message
    command = {"request": "import-data", "reply": "import-reply"}[kind]
    outcomes = []
    for dry in (["--dry-run"], []):
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            outcome = main(["--data-dir", str(data), command, code, str(path), *dry])
        outcomes.append(outcome)
        if outcome == 2:
            assert fingerprint(data) == before, err.getvalue()
            assert err.getvalue().startswith("verifield: ") and re.search(r"[\u4e00-\u9fff]", err.getvalue())
        else:
            assert outcome == 0
    assert outcomes[0] == outcomes[1]
    return err.getvalue() if outcomes[0] == 2 else None


def refused(kind: str, place, path: Path) -> str:
    data, code = place
    message = attempt(kind, data, code, path)
    assert message is not None, f"{path.name} was imported"
    assert not any(word in message for word in UNCLEAR), message
    return message


# --- hand-made damage ---------------------------------------------------------------------------------------
def _not_a_zip(source, target, importer):
    target.write_text("quantity,unit\n1,t\n")
    return target


def _password_protected(source, target, importer):
    """What Excel writes for a workbook with a password to open: the xlsx encrypted inside a Compound File."""
    target.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + source.read_bytes())
    return target


def _fifo(source, target, importer):
    os.mkfifo(target)  # opening it to read would wait for a writer for ever
    return target


def _folder(source, target, importer):
    target.mkdir()
    return target


def _empty(source, target, importer):
    target.write_bytes(b"")
    return target


def _truncated(source, target, importer):
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return target


def _encrypted(source, target, importer):
    return patch_header(Path(shutil.copy(source, target)), importer.part, flag=0x1)


def _unknown_method(source, target, importer):
    return patch_header(Path(shutil.copy(source, target)), importer.part, method=98)


def _declared_huge(source, target, importer):
    return patch_header(Path(shutil.copy(source, target)), importer.part, size=0xFFFFFFF0)


def _bad_xml(part):
    def build(source, target, importer):
        members = parts(source)
        name = importer.part if part == "sheet" else part
        return with_part(source, target, name, members[name][: len(members[name]) // 2] + b"<<&")
    return build


def _styles(pattern: str, replacement: str):
    """styles.xml with its first match of ``pattern`` replaced (a number format id "abc": "expected <class 'int'>")."""
    def build(source, target, importer):
        styles = re.sub(pattern, replacement, parts(source)["xl/styles.xml"].decode(), count=1)
        return with_part(source, target, "xl/styles.xml", styles.encode())
    return build


def _style_attribute(value):
    return lambda source, target, importer: edit_sheet(source, target, importer.part, lambda root: cell(root, importer.entry_cell).set("s", value))


def _shared_string_out_of_range(source, target, importer):
    return edit_sheet(source, target, importer.part, lambda root: replace_cell(root, importer.entry_cell, "<v>99999</v>", t="s"))


def _row_number(value):
    """The fourth row renumbered (its cells too): "x" is no number, "2" puts it after row 3, out of order."""
    def edit(root):
        row = root.findall(f".//{{{NS}}}row")[3]
        row.set("r", value)
        for c in row:
            c.set("r", re.sub(r"\d+", value, c.get("r")))
    return lambda source, target, importer: edit_sheet(source, target, importer.part, edit)


def _cell_twice(source, target, importer):
    def edit(root):
        c = cell(root, importer.entry_cell)
        c.addnext(etree.fromstring(etree.tostring(c)))
    return edit_sheet(source, target, importer.part, edit)


def _renamed_sheet(source, target, importer):
    members = parts(source)
    workbook = members["xl/workbook.xml"].replace(f'name="{importer.sheet}"'.encode(), b'name="Renamed"')
    return with_part(source, target, "xl/workbook.xml", workbook)


DAMAGE = {
    "not a zip": (_not_a_zip, "is not a readable xlsx workbook"),
    "empty file": (_empty, "is not a readable xlsx workbook"),
    "a FIFO": (_fifo, "is not a regular file"),
    "a folder": (_folder, "is not a regular file"),
    "password to open (Compound File)": (_password_protected, "has a password to open"),
    "truncated zip": (_truncated, "is not a readable xlsx workbook"),
    "corrupt deflate stream": (lambda s, t, i: corrupt_deflate(s, t, i.part), "is damaged"),
    "encrypted member": (_encrypted, "is encrypted"),
    "unknown compression method": (_unknown_method, "compression method"),
    "declared 4 GB (zip bomb)": (_declared_huge, f"more than the {MAX_UNPACKED // 2**20} MB"),
    "malformed workbook.xml": (_bad_xml("xl/workbook.xml"), "is damaged: its structure or styles"),
    "malformed styles.xml": (_bad_xml("xl/styles.xml"), "is damaged: its structure or styles"),
    "malformed sheet": (_bad_xml("sheet"), "is damaged: the sheet"),
    "style not a number": (_style_attribute("abc"), "is damaged: the sheet"),
    "number format id not a number": (_styles(r'numFmtId="\d+"', 'numFmtId="abc"'), "is damaged: its structure or styles"),
    "font out of range": (_styles(r'fontId="\d+"', 'fontId="999"'), "is damaged: its structure or styles"),
    "shared string out of range": (_shared_string_out_of_range, "is damaged: the sheet"),
    "row number not a number": (_row_number("x"), "is damaged: the sheet"),
    "rows out of order": (_row_number("2"), "comes after row"),
    "a cell given twice": (_cell_twice, "a cell given twice"),
    "the sheet renamed": (_renamed_sheet, "has no sheet"),
}


@pytest.mark.parametrize("kind", IMPORTERS)
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_file_is_refused_clearly_and_changes_nothing(world, place, tmp_path, kind, damage):
    build, expected = DAMAGE[damage]
    importer = IMPORTERS[kind]
    path = build(world[0] / importer.file, tmp_path / f"{kind}.xlsx", importer)
    message = refused(kind, place, path)
    assert expected in message and f"{kind}.xlsx" in message


def test_a_real_zip_bomb_is_refused_before_it_is_inflated(world, place, tmp_path):
    source = world[0] / IMPORTERS["request"].file
    bomb = shutil.copy(source, tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/media/zeros.bin", "w", force_zip64=True) as out:
        chunk = bytes(2**20)
        for _ in range(MAX_UNPACKED // 2**20 + 1):
            out.write(chunk)
    assert Path(bomb).stat().st_size < 2**20
    assert "more than the" in refused("request", place, Path(bomb))


@pytest.mark.parametrize("kind", IMPORTERS)
def test_a_formula_without_its_value_or_an_error_value_is_named(world, place, tmp_path, kind):
    importer = IMPORTERS[kind]
    source = world[0] / importer.file
    formula = edit_sheet(source, tmp_path / "formula.xlsx", importer.part, lambda root: replace_cell(root, importer.entry_cell, "<f>1+1</f>"))
    assert f"{importer.sheet}!{importer.entry_cell}: the formula =1+1 has no computed value" in refused(kind, place, formula)
    error = edit_sheet(source, tmp_path / "error.xlsx", importer.part, lambda root: replace_cell(root, importer.entry_cell, "<v>#DIV/0!</v>", t="e"))
    assert f"{importer.sheet}!{importer.entry_cell}: the cell shows the error #DIV/0!" in refused(kind, place, error)


@pytest.mark.parametrize("kind", [k for k, i in IMPORTERS.items() if i.date_cell])
def test_a_huge_number_in_a_date_cell_is_named_not_shown_as_an_error(world, place, tmp_path, kind):
    importer = IMPORTERS[kind]
    path = edit_sheet(world[0] / importer.file, tmp_path / "huge.xlsx", importer.part,
                      lambda root: replace_cell(root, importer.date_cell, "<v>1E+308</v>"))
    assert f"{importer.sheet}!{importer.date_cell}: “1e+308” is not a date" in refused(kind, place, path)


# --- nothing read short -------------------------------------------------------------------------------------
def _dimension(ref: str | None):
    def edit(root):
        dimension = root.find(f"{{{NS}}}dimension")
        if ref is None:
            root.remove(dimension)
        else:
            dimension.set("ref", ref)
    return edit


@pytest.mark.parametrize("kind", IMPORTERS)
@pytest.mark.parametrize("ref", ["A1:C3", "A1:A1", "A1:N5", None])
def test_an_understated_dimension_reads_the_whole_sheet(world, place, tmp_path, kind, ref):
    importer = IMPORTERS[kind]
    source = world[0] / importer.file
    path = edit_sheet(source, tmp_path / "short.xlsx", importer.part, _dimension(ref))
    assert read_rows(path, importer.sheet) == read_rows(source, importer.sheet)
    data, code = place
    if kind == "request":
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["--data-dir", str(data), "import-data", code, str(path), "--dry-run"]) == 0
        assert out.getvalue().startswith("1 new record, 1 changed value,")
    assert attempt(kind, data, code, path) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(IMPORTERS)), ref=st.from_regex(r"\A[A-Z]{1,2}[1-9][0-9]{0,2}(:[A-Z]{1,2}[1-9][0-9]{0,2})?\Z"))
def test_any_declared_dimension_reads_the_same_rows(world, tmp_path, kind, ref):
    importer = IMPORTERS[kind]
    source = world[0] / importer.file
    path = edit_sheet(source, tmp_path / "dimension.xlsx", importer.part, _dimension(ref))
    assert read_rows(path, importer.sheet) == read_rows(source, importer.sheet)


# --- fuzzing ------------------------------------------------------------------------------------------------
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(IMPORTERS)), flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=6))
def test_flipped_bytes_are_refused_or_read_exactly(world, place, tmp_path, kind, flips):
    importer = IMPORTERS[kind]
    source = world[0] / importer.file
    raw = bytearray(source.read_bytes())
    for where, mask in flips:
        raw[int(where * len(raw))] ^= mask
    path = tmp_path / "flipped.xlsx"
    path.write_bytes(bytes(raw))
    try:
        rows = read_rows(path, importer.sheet)
    except DomainError as error:
        assert not any(word in error.message.both() for word in UNCLEAR), error.message.both()
        refused(kind, place, path)
        return
    assert rows == read_rows(source, importer.sheet)  # the zip's CRCs leave no silent change


_JUNK = st.sampled_from([b"<", b">", b"&", b"\x00", b'"', b"<c r=\"A1\">", b"</row>", b"<row r=\"1\">", b"&#0;", b"]]>",
                         b"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", b"\xff\xfe", b"<v>1E+999</v>", b' s="7"', b' t="s"'])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(IMPORTERS)), target=st.sampled_from(["sheet", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"]),
       cuts=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 40), _JUNK), min_size=1, max_size=4))
def test_mutated_xml_is_refused_clearly_or_imported_whole(world, place, tmp_path, kind, target, cuts):
    importer = IMPORTERS[kind]
    source = world[0] / importer.file
    members = parts(source)
    name = importer.part if target == "sheet" else target
    xml = members.get(name, b"")
    for where, length, junk in cuts:
        at = int(where * len(xml))
        xml = xml[:at] + junk + xml[at + length:]
    path = with_part(source, tmp_path / "mutated.xlsx", name, xml)
    data, code = place
    message = attempt(kind, data, code, path)
    if message is not None:
        assert not any(word in message for word in UNCLEAR), message


def test_a_small_file_with_far_right_cells_is_refused_before_it_fills_the_memory(tmp_path):
    """Review finding: one cell in column XFD on every row made each row 16,384 values wide, so a 45 KB file took
    1 GB of memory (8,000 rows). The cells held while reading are counted and the sheet refused past the limit."""
    from app.reports.workbook_reader import MAX_CELLS

    base, wide = tmp_path / "base.xlsx", tmp_path / "wide.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active["A1"] = "x"
    book.save(base)
    rows = 2 * MAX_CELLS // 16_384
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(wide, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                cells = "".join(f'<row r="{i}"><c r="XFD{i}"><v>1</v></c></row>' for i in range(1, rows + 1))
                data = (text[: text.index("<sheetData")] + "<sheetData>" + cells + "</sheetData>" + text[text.index("</worksheet>"):]).encode()
            target.writestr(info.filename, data)
    assert wide.stat().st_size < 200_000
    with pytest.raises(DomainError) as refused:
        read_rows(wide, "Data")
    assert f"more than {MAX_CELLS:,} cells" in refused.value.message.en and "单元格超过" in refused.value.message.zh
