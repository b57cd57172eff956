"""Memory a long job freed is handed back to the system when the last job ends (glibc's malloc_trim, on Linux), and
a short job's is not (the trim costs some 25 ms on a large heap). Each case runs in a process of its own and reads
its resident memory from /proc."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import sys
from app.ui.collector import held

def resident():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 >> 20

held.LONG = float(sys.argv[1])
with held:
    freed = [bytearray(1024) for _ in range(200_000)]  # 200 MB of small blocks, from the heap
    pinned = bytearray(1024)  # above them: the heap cannot shrink from its top alone
    del freed
    before = resident()
print(before, resident())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's; elsewhere nothing is done")
@pytest.mark.parametrize("long, handed_back", [(0.0, True), (3600.0, False)])
def test_the_memory_a_long_job_freed_is_handed_back_when_it_ends(long, handed_back):
    run = subprocess.run([sys.executable, "-c", PROBE, str(long)], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr
    before, after = map(int, run.stdout.split())
    assert before > 150
    assert (before - after > 150) is handed_back, (before, after)
