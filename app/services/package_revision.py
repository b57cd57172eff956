"""The use case that seals the revision a package states: recorded in the history; nothing changed, nothing bumped.

Each package of an engagement whose content differs from the last one packaged gets a revision of its own:
packaging raises the engagement's revision by one and records it in the history (``revision`` r → r+1, and the
SHA-256 of the content sealed as that revision), then reads the engagement again, so that the package's
``engagement.json``, its ``bag-info.txt`` and the laptop all state the new revision. Edits raise the revision too,
but not all of them (a change to the client or to a person of the team does not), and the package must never state
the revision of another content: head office refuses a revision equal to one it keeps.

Packaging again without any change keeps the revision (the content is the same as the one sealed last): head office
already holds that revision, and refuses the second package as not newer, which is what it is. The content is the
carried rows (the history left out, since packaging itself adds to it, and the revision left out, since sealing
changes it), the figures, and the lead's answers to head office's review points when there are any (answers given
since the last package make a new revision, which head office imports and records them from).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select

from app.domain.kernel.history import Change
from app.storage.store import Store
from app.storage.tables import HistoryRow
from app.sync import json_pieces, package_format

SEALED = ("revision", "content")  # the history entry's entity and field that hold a sealed content's SHA-256


def sealed_data(store: Store, engagement_id: str, figures: dict[str, Any], actor: str) -> dict[str, Any]:
    """The engagement's ``engagement.json`` data under a revision sealed for it (raised when its content changed)."""
    with store.uow() as uow:
        data = package_format.engagement_data(uow.session, engagement_id, figures, checked=False)
        content = content_sha256(data)
        last = uow.session.scalar(
            select(HistoryRow.new).where(HistoryRow.engagement_id == engagement_id, HistoryRow.entity == SEALED[0],
                                         HistoryRow.field == SEALED[1]).order_by(HistoryRow.seq.desc()).limit(1))
        if last == content:
            package_format.check(data)
            return data
        old, new = data["revision"], data["revision"] + 1
        uow.engagements.bump_revision(engagement_id)
        uow.history.append([Change(engagement_id, "engagement", engagement_id, "revision", str(old), str(new)),
                            Change(engagement_id, SEALED[0], str(new), SEALED[1], "", content)], actor, datetime.now(timezone.utc))
        uow.session.flush()
        uow.session.expire_all()
        del data  # the first reading let go before the second is made: the two held at once doubled the peak
        data = package_format.engagement_data(uow.session, engagement_id, figures)
        uow.commit()
    return data


def content_sha256(data: dict[str, Any]) -> str:
    """SHA-256 of what a package of ``data`` says about the engagement (and the answers it carries), its history and
    revision left out."""
    tables = {name: rows for name, rows in data["tables"].items() if name != "history"}
    tables["engagements"] = [row | {"revision": None} for row in tables["engagements"]]
    content = {"figures": data["figures"], "tables": tables}
    if data.get("review_answers"):  # the lead's answers to head office's points: a revision of their own to import
        content["review_answers"] = data["review_answers"]
    digest = hashlib.sha256()
    for block in json_pieces.encoded(json_pieces.pieces(content, depth=3)):
        digest.update(block)
    return digest.hexdigest()
