"""What comes back to the laptop on sync: head office's review points, decisions and certificate of an engagement.

Head office writes one JSON document per engagement into the intake service's data folder (``returns/<engagement
id>.json``, :func:`write`), the folder both already share; the intake service serves it to the laptops of the
verifier who submitted the engagement, signed with its receipt key (:mod:`app.sync.receipts`), and the laptop
checks the signature against the key pinned at enrolment (:func:`check`) before anything of it is stored. The
issued documents it lists by SHA-256 are kept beside it (``returns/<engagement id>/<sha256>.pdf``,
:func:`document_path`).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from app.atomic import write_bytes
from app.domain.kernel.text import DomainError, Text, unwritable
from app.sync import receipts

RETURNS = "returns"  # under the intake service's data folder
KIND, VERSION = "verifield-returns", 1


def path_of(intake_dir: Path, engagement_id: str) -> Path | None:
    """Where the document of ``engagement_id`` is kept; None when the id is not an engagement id (no path is made of it)."""
    try:
        uuid.UUID(engagement_id)
    except ValueError:
        return None
    return Path(intake_dir) / RETURNS / f"{engagement_id}.json"


def document_path(intake_dir: Path, engagement_id: str, sha256: str) -> Path:
    """Where an issued document (a countersigned PDF) of the engagement is kept for the laptops, by its SHA-256."""
    return Path(intake_dir) / RETURNS / engagement_id / f"{sha256}.pdf"


def write(intake_dir: Path, body: dict[str, Any]) -> Path:
    """Keep ``body`` for the laptops (head office's side), all at once."""
    target = path_of(intake_dir, body["engagement_id"])
    if target is None:
        raise DomainError(Text("项目编号无效。", "The engagement id is not valid."), "engagement_id")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(target, receipts.canonical(body))
    except OSError as error:
        raise unwritable(error) from None
    return target


def check(text: str, public_key_pem: str, engagement_id: str) -> dict[str, Any]:
    """The document's body once head office's signature holds and it is the one asked for; refused otherwise."""
    try:
        body = receipts.check(text, public_key_pem)
    except DomainError:
        raise DomainError(Text("总部发回的评审问题与认证决定没有有效签名（可能被篡改），未予保存。",
                               "What head office sent back (review points, decision, certificate) does not carry a valid "
                               "signature (it may have been tampered with); nothing of it was stored."), "returns") from None
    if body.get("kind") != KIND or body.get("engagement_id") != engagement_id:
        raise DomainError(Text("总部发回的文件不是此项目的评审与决定，未予保存。",
                               "What head office sent back is not this engagement's review and decision; nothing was stored."), "returns")
    return body


def loads(data: bytes) -> dict[str, Any]:
    return json.loads(data.decode("utf-8"))
