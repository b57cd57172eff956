"""A recalculated inventory holds no reference cycles: dropped, reference counting alone frees it.

The Inventory page moves a big calculation out of the cycle collector's reach (app/ui/jobs.py
``built_apart``: a full collection over 240,000 records froze the window for a second); that is safe only
while the calculation and everything it holds are freed without the collector, which this test checks.
"""

from __future__ import annotations

import gc
import weakref

from benchmarks.workbook import calculation


def test_a_dropped_calculation_is_freed_by_reference_counting_alone():
    gc.collect()
    gc.disable()
    try:
        calc, _client = calculation(2400)
        held = [weakref.ref(calc.recalculator), weakref.ref(calc.results), weakref.ref(calc.inventory),
                weakref.ref(calc.inventory.records[0]), weakref.ref(calc.inventory.sources[0])]
        del calc
        assert [ref() is None for ref in held] == [True] * len(held)
    finally:
        gc.enable()
