"""The package's write path: small writes gathered into blocks (:class:`Coalesced`) reach the file whole and in
order, and the SHA-256 taken in the hashing thread is the file's, however the writes were cut (age's 64 KiB chunks,
odd sizes, blocks larger than a buffer)."""

from __future__ import annotations

import hashlib
import os
import random

from app.sync.streaming import BLOCK, Coalesced, HashingTarget


def test_gathered_writes_reach_the_file_whole_and_hashed(tmp_path):
    data = os.urandom(3 * BLOCK + 12_345)
    rng = random.Random(7)
    cuts, at = [], 0
    while at < len(data):  # age's chunk, a few bytes, a block and a half, anything between
        size = rng.choice([65_552, 3, 1, BLOCK + BLOCK // 2, rng.randrange(1, 200_000)])
        cuts.append(data[at:at + size])
        at += size
    path = tmp_path / "package"
    with open(path, "wb") as target:
        hashing = HashingTarget(target)
        gathered = Coalesced(hashing)
        assert sum(gathered.write(cut) for cut in cuts) == len(data)
        gathered.flush()
        digest = hashing.hexdigest()
    assert path.read_bytes() == data
    assert digest == hashlib.sha256(data).hexdigest()


def test_hands_on_only_whole_blocks_until_the_end(tmp_path):
    class Seen:
        def __init__(self):
            self.sizes, self.flushed = [], False

        def write(self, data):
            self.sizes.append(len(data))
            return len(data)

        def flush(self):
            self.flushed = True

    seen = Seen()
    gathered = Coalesced(seen)
    for _ in range(40):
        gathered.write(b"x" * 65_552)
    assert seen.sizes == [BLOCK, BLOCK]  # 40 × 65,552 bytes = 2.5 blocks: two handed on, the rest waits
    gathered.flush()
    assert seen.sizes == [BLOCK, BLOCK, 40 * 65_552 - 2 * BLOCK] and seen.flushed
