"""Recalculation speed (issue: inventory and independent recalculation).

An inventory of 2,000 sources × 12 monthly records (24,000 records), mixing
every method, is

1. recalculated in full — target ≤ 0.25 s;
2. re-totalled after one record changes (one source recalculated, every total
   and the materiality verdict redone) — target ≤ 50 ms;
3. the same edit as the inventory page makes it on a real store holding that
   inventory: the record stored (with its history), the source's records read
   back, the source recalculated and everything re-totalled (no target in the
   issue; printed so that it stays well inside the 100 ms the GUI may block).

Each time is also printed as a ratio against a floor measured in the same
run: a bare Python loop multiplying and summing the same 24,000 quantities.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/recalc.py``).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.calculation import Recalculator  # noqa: E402
from app.domain.choices import Gas, GwpReport  # noqa: E402
from app.domain.factors import FactorUse  # noqa: E402
from app.domain.inventory import ActivityRecord, Category, Direction, EmissionSource, Method, Stream  # noqa: E402
from app.storage.reference import gwp_table  # noqa: E402

SOURCES, MONTHS = 2000, 12


def inventory(seed: int = 7, count: int = SOURCES):
    rng = random.Random(seed)
    fuel = dict(ncv=FactorUse(19.570, "GJ/t"), carbon_per_heat=FactorUse(26.1, "tC/TJ"), oxidation=FactorUse(0.93, "1"))
    kinds = [
        lambda i: (EmissionSource(f"boiler {i}", Category.STATIONARY, Method.FUEL, reported=1.0, **fuel), "t", ""),
        lambda i: (EmissionSource(f"meter {i}", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5703, "tCO2/MWh"), reported=1.0), "kWh", ""),
        lambda i: (EmissionSource(f"digester {i}", Category.PROCESS, Method.FACTOR, Gas.CH4, factor=FactorUse(2.0, "kgCH4/t")), "t", ""),
        lambda i: (EmissionSource(f"chiller {i}", Category.FUGITIVE, Method.MEASURED, Gas.HFCS, "HFC-134a"), "kg", ""),
    ]
    sources, records = [], []
    for i in range(count):
        if i % 5 == 4:
            streams = (Stream("coke", Direction.IN, FactorUse(0.85, "tC/t")), Stream("steel", Direction.OUT, FactorUse(0.002, "tC/t")))
            source, unit = EmissionSource(f"furnace {i}", Category.PROCESS, Method.MASS_BALANCE, streams=streams), "t"
        else:
            source, unit, _ = kinds[i % 4](i)
        sources.append(source)
        for month in range(1, MONTHS + 1):
            stream = source.streams[month % 2].id if source.streams else ""
            records.append(
                ActivityRecord(source.id, date(2025, month, 1), date(2025, month, 28), rng.uniform(1, 1000), unit, stream_id=stream)
            )
    return sources, records


def best_of(repeats: int, action) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def stored_cell_edit(sources, records) -> float:
    """Median time of the inventory page's path for one edited cell, on a store holding the whole inventory."""
    from app.domain import demo, inventory_services

    with tempfile.TemporaryDirectory() as folder:
        from app.storage.store import open_store

        store = open_store(Path(folder) / "bench.sqlite")
        engagement_id = demo.create_demo(store.uow(), "bench")
        with store.uow() as uow:
            for source in sources:
                uow.inventory.put("source", engagement_id, source)
            uow.session.flush()
            for record in records:
                uow.inventory.put("record", engagement_id, record)
            uow.commit()
        calculation = inventory_services.calculate(store.uow(), engagement_id)
        source = sources[777]
        times = []
        for value in (11.0, 12.0, 13.0, 14.0, 15.0):
            record = replace(calculation.recalculator.records[source.id][5], quantity=value)
            start = time.perf_counter()
            inventory_services.save_records(store.uow(), engagement_id, source.id, [record], [], "bench")
            calculation.recalculator.update_source(source, inventory_services.records_of(store.uow(), source.id))
            times.append(time.perf_counter() - start)
        store.close()
    return statistics.median(times)


def main() -> None:
    sources, records = inventory()
    gwps = gwp_table()
    floor = best_of(5, lambda: sum(r.quantity * 0.5703 for r in records))

    full = best_of(5, lambda: Recalculator(sources, records, gwps, GwpReport.AR6, 5.0))
    recalculator = Recalculator(sources, records, gwps, GwpReport.AR6, 5.0)
    edited_source = sources[1234]
    own = list(recalculator.records[edited_source.id])
    cells = []
    for value in (10.0, 20.0, 30.0, 40.0, 50.0):
        own[3] = replace(own[3], quantity=value)
        start = time.perf_counter()
        recalculator.update_source(edited_source, own)
        cells.append(time.perf_counter() - start)
    cell = statistics.median(cells)

    print(f"inventory: {SOURCES} sources × {MONTHS} months = {len(records)} records")
    print(f"floor (bare loop over the quantities): {floor * 1000:.1f} ms")
    print(f"full recalculation: {full * 1000:.1f} ms  = {full / floor:.1f} × floor   target ≤ 250 ms: {'ok' if full <= 0.25 else 'MISSED'}")
    print(f"one cell re-totalled: {cell * 1000:.2f} ms  = {cell / floor:.2f} × floor   target ≤ 50 ms: {'ok' if cell <= 0.05 else 'MISSED'}")
    stored = stored_cell_edit(sources, records)
    print(f"one cell stored and re-totalled on a real store: {stored * 1000:.1f} ms  = {stored / floor:.1f} × floor")


if __name__ == "__main__":
    main()
