"""Workbook speed (issue: Excel calculation workbook and client data request).

1. Export of the calculation workbook for 50,000 activity records — target
   ≤ 1.5 × the time openpyxl's write-only mode takes to write the same cell
   values raw (every value our export writes, formulas replaced by their
   cached values, no formats, no names).
2. Import of a filled-in data request of 50,000 rows (read, every cell
   checked, the changes planned against the store's records) — target ≤ 2 ×
   the time openpyxl's read-only mode takes to read the same rows raw.

Both floors are measured in the same run; each figure is the best of three.
Run: ``make bench`` (or ``.venv/bin/python benchmarks/workbook.py``).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402

from app.domain.calculation import Recalculator  # noqa: E402
from app.domain.data_request import plan_import  # noqa: E402
from app.domain.choices import GwpReport  # noqa: E402
from app.domain.engagement import Engagement  # noqa: E402
from app.domain.inventory_services import Calculation, Inventory  # noqa: E402
from app.domain.neutrality import balance  # noqa: E402
from app.domain.organisation import Organisation  # noqa: E402
from app.reports import xlsx  # noqa: E402
from app.reports.calculation_workbook import export_calculation_workbook  # noqa: E402
from app.reports.data_request import write_request
from app.reports.data_request import DATA_SHEET  # noqa: E402
from app.reports.workbook_reader import read_rows  # noqa: E402
from app.storage.reference import gwp_table  # noqa: E402
from benchmarks.recalc import best_of, inventory  # noqa: E402

RECORDS = 50_000
NOW = datetime(2026, 11, 21, 9, 0)


def calculation() -> tuple[Calculation, Organisation]:
    sources, records = inventory(count=-(-RECORDS // 12))
    records = records[:RECORDS]
    client = Organisation(name_zh="基准测试公司", name_en="Bench Ltd")
    engagement = Engagement(client.id, code="VF-2026-9999", title="bench", period_start=records[0].period_start, period_end=datetime(2025, 12, 31).date())
    recalculator = Recalculator(sources, records, gwp_table(), GwpReport.AR6, 5.0)
    results = recalculator.results
    return Calculation(Inventory(engagement, sources, records, [], []), results, balance(results.total, [], None, []), recalculator), client


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


def raw_read(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True)
    count = sum(1 for _ in book["Data"].iter_rows(values_only=True))
    book.close()
    return count


def import_request(calc: Calculation, path: Path):
    sheet, rows = read_rows(path, DATA_SHEET)
    return plan_import(calc.inventory, sheet, rows)


def filled_request(calc: Calculation, client: Organisation, folder: Path) -> Path:
    """The data request of an inventory whose records are all new: 50,000 filled-in rows to import."""
    empty = Calculation(replace(calc.inventory, records=[]), calc.results, calc.balance, calc.recalculator)
    request = folder / "request.xlsx"
    write_request(request, empty.inventory, client, NOW)
    book = openpyxl.load_workbook(request)
    data = book["Data"]
    for row in range(4, min(data.max_row, RECORDS + 3) + 1):
        data.cell(row, 8).value = 100.0 + row % 97
        data.cell(row, 13).value = f"INV-{row}"
    filled = folder / "filled.xlsx"
    book.save(filled)
    return filled


def main() -> None:
    calc, client = calculation()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        values = written_values(calc, client, folder)
        cells = sum(len(r) for rows in values.values() for r in rows)
        floor = best_of(3, lambda: raw_write(values, folder / "raw.xlsx"))
        ours = best_of(3, lambda: export_calculation_workbook(folder / "ours.xlsx", calc, client, NOW))
        ratio = ours / floor
        print(f"export: {len(calc.inventory.records)} records, {len(calc.inventory.sources)} sources, {cells} cells")
        print(f"  floor (openpyxl write-only, same values raw): {floor:.2f} s")
        print(f"  ours (formulas, cached values, formats, names): {ours:.2f} s  = {ratio:.2f} × floor   target ≤ 1.5: {'ok' if ratio <= 1.5 else 'MISSED'}")

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
