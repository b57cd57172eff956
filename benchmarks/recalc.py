"""Recalculation speed (issue: inventory and independent recalculation).

An inventory of 2,000 sources × 12 monthly records (24,000 records), mixing
every method, is

1. recalculated in full — target ≤ 0.25 s;
2. re-totalled after one record changes (one source recalculated, every total
   and the materiality verdict redone) — target ≤ 50 ms;
3. the same edit as the inventory page makes it on a real store holding that
   inventory: the record stored (with its history), the source's records read
   back, the source recalculated and everything re-totalled (no target in the
   issue; printed so that it stays well inside the 100 ms the GUI may block), then on the GUI's store, whose
   commit leaves the fsync to a worker (issue 22: what the GUI thread waits for);
4. at the group scale of issue 22 (20 sites × 1,000 sources × 12 months = 240,000 records): recalculated in full —
   target ≤ 0.5 s, with its own floor.

Each time is also printed as a ratio against a floor measured in the same
run: a bare Python loop multiplying and summing the same 24,000 quantities.

``--encrypted``: the real stores of 3 are in an encrypted data folder (SQLCipher, see ``benchmarks/encrypted.py``);
the rest never touches a store and is the same code either way.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/recalc.py [--encrypted]``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.inventory.calculation import Recalculator  # noqa: E402
from app.domain.inventory.factors import FactorUse  # noqa: E402
from app.domain.inventory.sources import (  # noqa: E402
    ActivityRecord,
    Category,
    Direction,
    EmissionSource,
    Method,
    Stream,
)
from app.domain.kernel.choices import Gas, GwpReport  # noqa: E402
from app.storage.reference import gwp_table  # noqa: E402
from benchmarks import encrypted as benchmark_folder  # noqa: E402

SOURCES, MONTHS = 2000, 12
GROUP_SOURCES = 20 * 1000  # issue 22: 20 sites × 1,000 sources


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


def stored(folder: Path, sources, records, deferred_sync: bool = False, encrypted: bool = False):
    """A store in the data folder ``folder`` (encrypted if asked) holding the demo engagement and the whole inventory;
    returns it and the engagement's id."""
    from app.paths import database_path
    from app.services import demo
    from app.storage.store import open_store

    store = open_store(database_path(benchmark_folder.data_folder(folder, encrypted)), deferred_sync)
    engagement_id = demo.create_demo(store.uow(), "bench")
    put_inventory(store, engagement_id, sources, records)
    return store, engagement_id


def put_inventory(store, engagement_id: str, sources, records) -> None:
    """``sources`` and ``records`` stored in the engagement, in one transaction."""
    with store.uow() as uow:
        for source in sources:
            uow.inventory.put("source", engagement_id, source)
        uow.session.flush()
        for record in records:
            uow.inventory.put("record", engagement_id, record)
        uow.commit()


def stored_cell_edit(sources, records, deferred_sync: bool = False, encrypted: bool = False) -> float:
    """Median time of the inventory page's path for one edited cell, on a store holding the whole inventory;
    ``deferred_sync``: the GUI's store, whose commit leaves the fsync to a worker (what the GUI thread waits for);
    ``encrypted``: in an encrypted data folder (SQLCipher)."""
    from app.services import inventory as inventory_services

    with tempfile.TemporaryDirectory() as folder:
        store, engagement_id = stored(Path(folder), sources, records, deferred_sync, encrypted)
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
        benchmark_folder.forget(Path(folder))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    benchmark_folder.add_option(parser, "the real stores encrypted with SQLCipher")
    options = parser.parse_args()
    if options.encrypted:
        benchmark_folder.announce("the real stores below are encrypted (SQLCipher); the floor and the in-memory figures are the same code")
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
    stored = stored_cell_edit(sources, records, encrypted=options.encrypted)
    print(f"one cell stored and re-totalled on a real {'encrypted ' if options.encrypted else ''}store: {stored * 1000:.1f} ms  = {stored / floor:.1f} × floor")
    group_sources, group_records = inventory(count=GROUP_SOURCES)
    group_floor = best_of(3, lambda: sum(r.quantity * 0.5703 for r in group_records))
    group = best_of(3, lambda: Recalculator(group_sources, group_records, gwps, GwpReport.AR6, 5.0))
    print(f"group scale, {len(group_records):,} records: full recalculation {group * 1000:.0f} ms  = {group / group_floor:.1f} × "
          f"its floor ({group_floor * 1000:.1f} ms)   target ≤ 500 ms: {'ok' if group <= 0.5 else 'MISSED'}")
    del group_sources, group_records
    deferred = stored_cell_edit(sources, records, deferred_sync=True, encrypted=options.encrypted)
    print(f"the same on the GUI's store (its fsync on a worker): {deferred * 1000:.1f} ms  = {deferred / floor:.1f} × floor"
          f"   GUI thread ≤ 50 ms: {'ok' if deferred <= 0.05 else 'MISSED'}")


if __name__ == "__main__":
    main()
