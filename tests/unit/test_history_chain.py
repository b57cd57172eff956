"""The hash chain detects an altered entry, a removed entry, and a removed tail."""

from dataclasses import replace
from datetime import datetime, timezone

from app.domain.kernel.history import GENESIS, Change, HistoryEntry, diff, entry_hash, verify_chain


def chain(n: int) -> tuple[list[HistoryEntry], str]:
    entries, prev = [], GENESIS
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for seq in range(1, n + 1):
        change = Change("e", "engagement", "e", "title", str(seq - 1), str(seq))
        digest = entry_hash(prev, at, "wang", change)
        entries.append(HistoryEntry(seq, at, "wang", change, prev, digest))
        prev = digest
    return entries, prev


def test_intact_chain_has_no_problems():
    entries, head = chain(5)
    assert verify_chain(entries, head) == []


def test_altered_entry_is_named():
    entries, head = chain(5)
    entries[2] = replace(entries[2], change=replace(entries[2].change, new="forged"))
    assert [p.en for p in verify_chain(entries, head)] == ["History entry 3 was altered."]


def test_removed_entry_is_detected():
    entries, head = chain(5)
    del entries[1]
    assert [p.en for p in verify_chain(entries, head)] == ["An entry before history entry 3 was removed or altered."]


def test_removed_tail_is_detected_through_the_head():
    entries, head = chain(5)
    assert verify_chain(entries[:-1], head)[0].en == "The newest history entries were removed or altered."


def test_diff_lists_only_changed_fields():
    changes = diff("e", "site", "s", {"name": "A", "address": "x"}, {"name": "B", "address": "x"})
    assert [(c.field, c.old, c.new) for c in changes] == [("name", "A", "B")]
