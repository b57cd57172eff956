"""Workbook speed (issue: Excel calculation workbook and client data request; issue 22 raised the sizes).

1. Export of the calculation workbook for 50,000 activity records — target
   ≤ 1.5 × the time openpyxl's write-only mode takes to write the same cell
   values raw (every value our export writes, formulas replaced by their
   cached values, no formats, no names).  Also printed against XlsxWriter
   writing the same values raw (``constant_memory``, as ours does).
2. Import of a filled-in data request of 50,000 rows (read, every cell
   checked, the changes planned against the store's records) — target ≤ 2 ×
   the time openpyxl's read-only mode takes to read the same rows raw.

``--records 240000`` (issue 22: a corporate group of 20 sites × 1,000 sources
× 12 months): the export's target is ≤ 1.2 × XlsxWriter's raw write, with flat
memory — the Python heap's peak while exporting (traced in a run of its own,
not timed) printed beside the peak for a tenth of the records — and the import
stays ≤ 2 × openpyxl's raw read.

Both floors are measured in the same run; each figure is the best of three.
The calculation exported and the records the import is planned against are
first read back from a real store holding the inventory, as the export
action reads them (that read is timed and printed, with no target);
``--encrypted`` puts that store in an encrypted data folder (SQLCipher, see
``benchmarks/encrypted.py``).  The workbooks themselves are written where the
verifier chooses, outside the data folder, so they stay plain either way.
Run: ``make bench`` (or ``.venv/bin/python benchmarks/workbook.py [--encrypted]``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tracemalloc
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402
import xlsxwriter  # noqa: E402

from app.domain.engagement.engagement import Engagement  # noqa: E402
from app.domain.engagement.organisation import Organisation  # noqa: E402
from app.domain.inventory.calculation import Recalculator  # noqa: E402
from app.domain.inventory.data_request import plan_import  # noqa: E402
from app.domain.inventory.neutrality import balance  # noqa: E402
from app.domain.inventory.snapshot import Calculation, Inventory  # noqa: E402
from app.domain.kernel.choices import GwpReport  # noqa: E402
from app.reports import xlsx  # noqa: E402
from app.reports.calculation_workbook import export_calculation_workbook  # noqa: E402
from app.reports.data_request import DATA_SHEET  # noqa: E402
from app.reports.data_request import write_request
from app.reports.workbook_reader import read_rows  # noqa: E402
from app.storage.reference import gwp_table  # noqa: E402
from benchmarks import encrypted as benchmark_folder  # noqa: E402
from benchmarks.recalc import best_of, inventory, put_inventory  # noqa: E402

RECORDS = 50_000
GROUP = 240_000  # from this size on, issue 22's export target (against XlsxWriter) applies
NOW = datetime(2026, 11, 21, 9, 0)


def calculation(count: int | None = None) -> tuple[Calculation, Organisation]:
    """An inventory of ``count`` records (default :data:`RECORDS`), twelve a source, recalculated."""
    count = count or RECORDS
    sources, records = inventory(count=-(-count // 12))
    records = records[:count]
    client = Organisation(name_zh="基准测试公司", name_en="Bench Ltd")
    engagement = Engagement(client.id, code="VF-2026-9999", title="bench", period_start=records[0].period_start, period_end=datetime(2025, 12, 31).date())
    recalculator = Recalculator(sources, records, gwp_table(), GwpReport.AR6, 5.0)
    results = recalculator.results
    return Calculation(Inventory(engagement, sources, records, [], []), results, balance(results.total, [], None, [], client_names=(client.name_zh, client.name_en)), recalculator), client


def stored(folder: Path, calc: Calculation, client: Organisation, encrypted: bool = False):
    """A store in the data folder ``folder`` (encrypted if asked) holding ``calc``'s client, engagement and inventory;
    returns it and the engagement's id."""
    from app.paths import database_path
    from app.services import engagements as services
    from app.storage.store import open_store

    store = open_store(database_path(benchmark_folder.data_folder(folder, encrypted)))
    services.create_organisation(store.uow(), client, "bench")
    engagement_id = services.create_engagement(store.uow(), calc.inventory.engagement, "bench")
    put_inventory(store, engagement_id, calc.inventory.sources, calc.inventory.records)
    return store, engagement_id


def read_back(store, engagement_id: str) -> tuple[Calculation, Organisation]:
    """The calculation and client as the export action reads them from the store."""
    from app.services import inventory as inventory_services

    calc = inventory_services.calculate(store.uow(), engagement_id)
    with store.uow() as uow:
        return calc, uow.organisations.get(calc.inventory.engagement.organisation_id)


def written_values(calc: Calculation, client: Organisation, folder: Path) -> dict[str, list[list]]:
    """Every value the export writes, per sheet and row, formulas as their cached values."""
    sheets: dict[str, dict[int, dict[int, object]]] = {}
    original = xlsx.Sheet.write

    def record(self, row, col, value, style="text", entry=False):
        value = value.value if isinstance(value, xlsx.Formula) else value
        sheets.setdefault(self.name, {}).setdefault(row, {})[col] = value.both() if hasattr(value, "both") else value
        original(self, row, col, value, style, entry)

    xlsx.Sheet.write = record
    try:
        export_calculation_workbook(folder / "recorded.xlsx", calc, client, NOW)
    finally:
        xlsx.Sheet.write = original
    out = {}
    for name, rows in sheets.items():
        out[name] = [[cells.get(c) for c in range(max(cells) + 1)] for _, cells in sorted(rows.items())]
    return out


def raw_write(values: dict[str, list[list]], path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    for name, rows in values.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)


def raw_xlsxwriter(values: dict[str, list[list]], path: Path) -> None:
    """The same values written raw by XlsxWriter in constant-memory mode, the way our export streams its rows."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    for name, rows in values.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    ws.write(r, c, value)
    book.close()


def traced_peak(action) -> float:
    """The Python heap's peak while ``action`` runs, above what it held before, in MB."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        action()
        return (tracemalloc.get_traced_memory()[1] - before) / 2**20
    finally:
        tracemalloc.stop()


def raw_read(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True)
    count = sum(1 for _ in book["Data"].iter_rows(values_only=True))
    book.close()
    return count


def import_request(calc: Calculation, path: Path):
    sheet, rows = read_rows(path, DATA_SHEET)
    return plan_import(calc.inventory, sheet, rows)


def filled_request(calc: Calculation, client: Organisation, folder: Path) -> Path:
    """The data request of an inventory whose records are all new: a filled-in row for each of its records."""
    empty = Calculation(replace(calc.inventory, records=[]), calc.results, calc.balance, calc.recalculator)
    request = folder / "request.xlsx"
    write_request(request, empty.inventory, client, NOW)
    book = openpyxl.load_workbook(request)
    data = book["Data"]
    for row in range(4, min(data.max_row, len(calc.inventory.records) + 3) + 1):
        data.cell(row, 8).value = 100.0 + row % 97
        data.cell(row, 13).value = f"INV-{row}"
    filled = folder / "filled.xlsx"
    book.save(filled)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    benchmark_folder.add_option(parser, "the store the inventory is read from encrypted with SQLCipher")
    parser.add_argument("--records", type=int, default=RECORDS, help=f"activity records (default {RECORDS:,}; issue 22's group scale: {GROUP:,})")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if options.encrypted:
            benchmark_folder.announce("the store the inventory is read back from is encrypted (SQLCipher); the floors stay plain")
        store, engagement_id = stored(folder / "data", *calculation(options.records), options.encrypted)
        read = best_of(3, lambda: read_back(store, engagement_id))
        calc, client = read_back(store, engagement_id)
        store.close()
        benchmark_folder.forget(folder / "data")
        print(f"read back from the {'encrypted ' if options.encrypted else ''}store: {len(calc.inventory.records)} records "
              f"in {read:.2f} s (no target)")
        values = written_values(calc, client, folder)
        cells = sum(len(r) for rows in values.values() for r in rows)
        floor = best_of(3, lambda: raw_write(values, folder / "raw.xlsx"))
        fast = best_of(3, lambda: raw_xlsxwriter(values, folder / "raw-xlsxwriter.xlsx"))
        ours = best_of(3, lambda: export_calculation_workbook(folder / "ours.xlsx", calc, client, NOW))
        ratio, against_fast = ours / floor, ours / fast
        group = len(calc.inventory.records) >= GROUP
        print(f"export: {len(calc.inventory.records)} records, {len(calc.inventory.sources)} sources, {cells} cells")
        print(f"  floor (openpyxl write-only, same values raw): {floor:.2f} s")
        print(f"  floor (XlsxWriter constant memory, same values raw): {fast:.2f} s")
        print(f"  ours (formulas, cached values, formats, names): {ours:.2f} s  = {ratio:.2f} × openpyxl's"
              + ("" if group else f"   target ≤ 1.5: {'ok' if ratio <= 1.5 else 'MISSED'}")
              + f";  {against_fast:.2f} × XlsxWriter's" + (f"   target ≤ 1.2: {'ok' if against_fast <= 1.2 else 'MISSED'}" if group else ""))
        tenth, _ = calculation(max(12, len(calc.inventory.records) // 10))
        small = traced_peak(lambda: export_calculation_workbook(folder / "tenth.xlsx", tenth, client, NOW))
        big = traced_peak(lambda: export_calculation_workbook(folder / "traced.xlsx", calc, client, NOW))
        print(f"  Python heap while exporting: peak {big:.1f} MB (a tenth of the records: {small:.1f} MB)")

        filled = filled_request(calc, client, folder)
        plan = import_request(calc, filled)
        floor = best_of(3, lambda: raw_read(filled))
        ours = best_of(3, lambda: import_request(calc, filled))
        ratio = ours / floor
        print(f"import: {len(plan.added) + len(plan.changed)} filled-in rows of a data request ({plan.summary().en})")
        print(f"  floor (openpyxl read-only, same rows raw): {floor:.2f} s")
        print(f"  ours (read, every cell checked, changes planned): {ours:.2f} s  = {ratio:.2f} × floor   target ≤ 2: {'ok' if ratio <= 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
