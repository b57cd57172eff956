"""The sync's way back: head office publishes its review points, decisions and certificates into the intake
service's data folder, and the laptop fetches and stores those of its submitted engagements.

Head office's store and the intake service share a folder already (the packages the service receives are kept
in its ``store/`` and imported from there); :func:`publish` writes the other way, into ``returns/``
(:mod:`app.sync.downloads`).  :func:`fetch` runs on the laptop after the outbox is sent: for each engagement with a
package head office acknowledged, it asks for what came back, refuses a document whose signature does not hold
(nothing is stored), fetches the issued documents it lists and checks each against its SHA-256 (one that differs:
nothing is stored), and stores the rest (:func:`app.services.review_points.take_down`,
:func:`app.services.issued_documents.keep`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.kernel.text import DomainError
from app.services import issued_documents, outbox
from app.services import review_points
from app.services.certification import inbox
from app.services.ports import UnitOfWork
from app.sync import downloads
from app.sync.http_transport import Connection


def publish(uow: UnitOfWork, intake_dir: Path, engagement_id: str | None = None, data_dir: Path | None = None) -> list[str]:
    """Write what goes back for the engagement (or every engagement of the inbox with a review); the ids written.
    ``data_dir``: head office's data folder, whose issued documents go back too (:mod:`.issued_documents`)."""
    ids = [engagement_id] if engagement_id else [s.id for s in inbox(uow)]
    written = []
    for one in ids:
        body = review_points.returns_body(uow, one)
        if body is not None:
            if data_dir is not None:
                body["documents"] = issued_documents.publish(data_dir, intake_dir, one)
            downloads.write(intake_dir, body)
            written.append(one)
    return written


@dataclass(frozen=True)
class Fetched:
    engagement_id: str
    code: str
    changed: bool = False
    refused: DomainError | None = None
    documents: tuple[str, ...] = ()  # the issued documents fetched this time


def fetch(uow: UnitOfWork, data_dir: Path, connection: Connection, actor: str) -> list[Fetched]:
    """Fetch and store what head office sent back for each engagement it acknowledged a package of."""
    done: dict[str, str] = {}
    for item in outbox.items(data_dir):
        if item.state == outbox.ACKNOWLEDGED:
            done[item.engagement_id] = item.engagement_code
    out = []
    for engagement_id, code in done.items():
        text = connection.returns(engagement_id)
        if text is None:
            out.append(Fetched(engagement_id, code))
            continue
        try:
            body = downloads.check(text, connection.enrolment.receipt_key, engagement_id)
            documents = issued_documents.fetched(body, data_dir, connection.document)
            changed = review_points.take_down(uow, body, actor)
            issued_documents.keep(uow, data_dir, engagement_id, documents, actor)
            out.append(Fetched(engagement_id, code, changed or bool(documents), documents=tuple(documents)))
        except DomainError as error:
            out.append(Fetched(engagement_id, code, refused=error))
    return out
