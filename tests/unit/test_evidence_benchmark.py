"""The evidence benchmark (benchmarks/evidence.py) in small: the encrypted attach is timed against the floor over
three runs, and the median of each, and their ratio, are what it prints and judges (the machine may be shared)."""

from __future__ import annotations

import os
import re
import statistics

from app.storage import data_key
from benchmarks import evidence


def test_the_attach_benchmark_prints_the_median_of_three_runs_and_the_ratio(tmp_path, capsys):
    data_key.activate(tmp_path, os.urandom(32))
    try:
        evidence.copying(tmp_path, 4, 3, evidence.SEALED_COPY_TARGET)
    finally:
        data_key.deactivate(tmp_path)
    said = capsys.readouterr().out
    runs = re.search(r"median of 3; floor runs ([\d., ]+) s, ours ([\d., ]+) s", said)
    floors, ours = ([float(t) for t in group.split(", ")] for group in runs.groups())
    assert len(floors) == len(ours) == 3
    floor = float(re.search(r"no fsync\): ([\d.]+) s", said).group(1))
    typical = float(re.search(r"rename to digest\): ([\d.]+) s", said).group(1))
    assert (floor, typical) == (round(statistics.median(floors), 2), round(statistics.median(ours), 2))
    ratio = float(re.search(r"= ([\d.]+) × floor   target ≤ 1.5: (ok|OVER TARGET)", said).group(1))
    assert ratio > 0
    assert "hash and seal while copying" in said and not list(tmp_path.glob("run-*"))
