"""The package's write path: the SHA-256 taken in the hashing thread is the file's, and every block reaches the file
whole and in order, however the writes were cut (age's blocks of sealed chunks, odd sizes, several megabytes)."""

from __future__ import annotations

import hashlib
import os
import random

from app.sync.streaming import HashingTarget


def test_writes_of_any_size_reach_the_file_whole_and_hashed(tmp_path):
    data = os.urandom(3 * (1 << 20) + 12_345)
    rng = random.Random(7)
    cuts, at = [], 0
    while at < len(data):  # 16 sealed age chunks, a few bytes, a megabyte and a half, anything between
        size = rng.choice([16 * 65_552, 3, 1, 3 << 19, rng.randrange(1, 200_000)])
        cuts.append(data[at:at + size])
        at += size
    path = tmp_path / "package"
    with open(path, "wb") as target:
        hashing = HashingTarget(target)
        assert sum(hashing.write(cut) for cut in cuts) == len(data)
        hashing.flush()
        digest = hashing.hexdigest()
    assert hashing.written == len(data)
    assert path.read_bytes() == data
    assert digest == hashlib.sha256(data).hexdigest()
