"""Head office takes in what its intake service received: each verified package the service keeps becomes a revision
of head office's store (the first one of an engagement makes the engagement head office's, to review and decide on).

Read as the Inbox reads the service (its data folder, its database by URL), each package is imported with
:func:`app.services.packages.import_package`, which verifies it again before anything changes, trusting only the
certificates enrolled at the service for the verifier who uploaded it. Packages are taken engagement by engagement,
oldest revision first; one head office already holds (by package id), or older than the revision it holds, is
passed over, so taking in twice changes nothing. A package that fails its checks is named with the reason and the
others are still taken in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import sqlalchemy as sa

from app.domain.kernel.text import DomainError
from app.intake import tables
from app.intake.enrolment import trusted_certificates
from app.intake.inbox import intake_engine
from app.intake.receiving import KEYS, STORE
from app.services import packages as package_services


@dataclass(frozen=True)
class Taken:
    """One package the intake service holds, and what taking it in did."""

    engagement_id: str
    engagement_code: str
    revision: int
    package_id: str
    new: bool  # False: head office held it (or a newer revision) already
    refused: DomainError | None = None


def take_in(store, data_dir: Path, url: str | None = None, progress: Callable[[float, str], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[Taken]:
    """Import every package the intake service in ``data_dir`` (database at ``url``) received and verified."""
    data_dir = Path(data_dir)
    engine = intake_engine(data_dir, url)
    try:
        with engine.connect() as connection:
            rows = list(connection.execute(sa.select(tables.packages).order_by(
                tables.packages.c.engagement_id, tables.packages.c.revision)))
        trust = {v: package_services.Trust(trusted_certificates(engine, v)) for v in {r.verifier for r in rows}}
    finally:
        engine.dispose()
    keys = sorted(p for p in (data_dir / KEYS).glob("*") if p.is_file())
    held = {k.package_id: k for k in package_services.imported(store)}
    newest: dict[str, int] = {}
    for kept in held.values():
        newest[kept.engagement_id] = max(newest.get(kept.engagement_id, 0), kept.revision)
    done: list[Taken] = []
    for n, row in enumerate(rows):
        if cancelled and cancelled():
            break
        code = row.engagement_code or row.engagement_id[:8]
        if progress:
            progress(n / max(len(rows), 1), f"{code} r{row.revision}")
        if row.package_id in held or row.revision <= newest.get(row.engagement_id, 0):
            done.append(Taken(row.engagement_id, code, row.revision, row.package_id, False))
            continue
        path = data_dir / STORE / row.sha256[:2] / f"{row.sha256}.vfpkg"
        try:
            _kept, new = package_services.import_package(store, path, keys, trust[row.verifier])
        except DomainError as error:
            done.append(Taken(row.engagement_id, code, row.revision, row.package_id, False, error))
            continue
        newest[row.engagement_id] = row.revision
        done.append(Taken(row.engagement_id, code, row.revision, row.package_id, new))
    if progress:
        progress(1.0, "")
    return done
