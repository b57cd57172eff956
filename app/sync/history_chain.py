"""The hash chain of the history in a package: carried end to end, checked end to end, and revisions linked.

The store's history is one chain over every engagement (each entry's hash covers the previous entry's hash).
A package carries the entries of its own engagement in full (``tables.history``) and, for every other entry of
the laptop's chain up to its newest, a *link* only: ``[seq, hash]`` (``chain``), which reveals nothing of the
other engagements. Together they let head office walk the chain from its start (``GENESIS``) to the package's
``history_head``: each carried entry's hash is recomputed from its content and its ``prev_hash`` must be the hash
of the entry before it, carried or linked; so an entry altered, removed, inserted or moved is refused, naming it.
A newer revision of an engagement must extend the chain of the revision kept before it: the older revision's
newest entry (its ``history_seq`` and ``history_head``) must stand at the same place in the newer one's chain.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.kernel.history import GENESIS, Change, entry_hash
from app.domain.kernel.text import DomainError, Text
from app.storage.tables import HistoryRow


def links(session: Session, carried: set[int]) -> list[list]:
    """``[seq, hash]`` of every entry of the store's chain that the package does not carry in full."""
    rows = session.execute(select(HistoryRow.seq, HistoryRow.hash).order_by(HistoryRow.seq))
    return [[seq, digest] for seq, digest in rows if seq not in carried]


def head_seq(data: dict[str, Any]) -> int:
    """The sequence number of the package's newest history entry (0 for an empty chain)."""
    return max([row["seq"] for row in data["tables"]["history"]] + [link[0] for link in data["chain"]], default=0)


def check(data: dict[str, Any]) -> None:
    """Walk the chain from its start to ``history_head``; refuse, naming the entry, when it does not hold."""
    carried = {row["seq"]: row for row in data["tables"]["history"]}
    linked = {seq: digest for seq, digest in data["chain"]}
    if len(carried) != len(data["tables"]["history"]) or len(linked) != len(data["chain"]) or carried.keys() & linked.keys():
        raise _broken("同一序号的历史记录出现了两次", "a history entry's number appears twice")
    if [row["seq"] for row in data["tables"]["history"]] != sorted(carried) or [s for s, _h in data["chain"]] != sorted(linked):
        raise _broken("历史记录的次序被打乱", "the history entries are out of order")
    prev = GENESIS
    for seq in sorted(carried.keys() | linked.keys()):
        row = carried.get(seq)
        if row is None:
            prev = linked[seq]
            continue
        change = Change(row["engagement_id"], row["entity"], row["entity_id"], row["field"], row["old"], row["new"])
        if row["prev_hash"] != prev:
            raise _broken(f"历史记录第 {seq} 条之前的记录被删除、插入或移动",
                          f"an entry before history entry {seq} was removed, inserted or moved")
        if entry_hash(row["prev_hash"], datetime.fromisoformat(row["at"]), row["actor"], change) != row["hash"]:
            raise _broken(f"历史记录第 {seq} 条被改动", f"history entry {seq} was altered")
        prev = row["hash"]
    if prev != (data["history_head"] or GENESIS):
        raise _broken("最新的历史记录被删除或改动", "the newest history entries were removed or altered")


def extends(data: dict[str, Any], older_seq: int, older_head: str, older_revision: int) -> None:
    """Refuse a newer revision whose chain does not pass through the older revision's newest entry."""
    if older_seq == 0:
        return
    at = {row["seq"]: row["hash"] for row in data["tables"]["history"]} | {seq: digest for seq, digest in data["chain"]}
    if at.get(older_seq) != older_head:
        raise DomainError(
            Text(f"data/engagement.json：此版次的历史记录没有延续已导入的第 {older_revision} 版（第 {older_seq} 条不同）；"
                 "它不是同一项目记录的后续版本，被拒绝；未作任何更改。",
                 f"data/engagement.json: this revision's history does not extend that of revision {older_revision} already "
                 f"imported (entry {older_seq} differs); it is not a later state of the same record and is refused; "
                 "nothing was changed."),
            "history",
        )


def _broken(zh: str, en: str) -> DomainError:
    return DomainError(Text(f"data/engagement.json：{zh}（哈希链不成立）。", f"data/engagement.json: {en} (the hash chain does not hold)."),
                       "history")
