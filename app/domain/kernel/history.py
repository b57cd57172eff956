"""The append-only change history and its hash chain.

Every edit becomes one :class:`Change` per field (who, when, entity, field,
old → new).  Stored entries are chained: each one's hash covers its content
and the previous entry's hash, and the store keeps the newest hash apart, so
an entry removed from the middle or the end, or altered, is detected by
:func:`verify_chain`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from app.domain.kernel.text import Text

GENESIS = "0" * 64


@dataclass(frozen=True)
class Change:
    """One field of one entity changed by an edit."""

    engagement_id: str | None
    entity: str
    entity_id: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """A change as recorded: numbered, attributed, timed and chained."""

    seq: int
    at: datetime
    actor: str
    change: Change
    prev_hash: str
    hash: str


def diff(engagement_id: str | None, entity: str, entity_id: str, before: dict[str, str], after: dict[str, str]) -> list[Change]:
    """The fields whose text differs between two snapshots of one entity."""
    return [
        Change(engagement_id, entity, entity_id, name, before.get(name, ""), after.get(name, ""))
        for name in sorted(set(before) | set(after))
        if before.get(name, "") != after.get(name, "")
    ]


def entry_hash(prev_hash: str, at: datetime, actor: str, change: Change) -> str:
    """SHA-256 over the previous hash and the entry's content, in a fixed JSON form."""
    body = json.dumps(
        [prev_hash, at.isoformat(), actor, change.engagement_id, change.entity, change.entity_id,
         change.field, change.old, change.new],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def verify_chain(entries: list[HistoryEntry], head: str) -> list[Text]:
    """Problems found in the chain, in order (empty when it is intact).

    ``entries`` must be the whole history in sequence order; ``head`` the
    newest hash the store keeps apart from the entries.
    """
    problems: list[Text] = []
    prev = GENESIS
    for entry in entries:
        if entry.prev_hash != prev:
            problems.append(
                Text(f"历史记录第 {entry.seq} 条之前有记录被删除或改动。", f"An entry before history entry {entry.seq} was removed or altered.")
            )
        if entry_hash(entry.prev_hash, entry.at, entry.actor, entry.change) != entry.hash:
            problems.append(Text(f"历史记录第 {entry.seq} 条的内容被改动。", f"History entry {entry.seq} was altered."))
        prev = entry.hash
    if prev != head:
        problems.append(Text("最新的历史记录被删除或改动。", "The newest history entries were removed or altered."))
    return problems
