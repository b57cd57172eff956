"""An imported revision opened read-only: its rows rebuilt in a scratch store in memory, its figures recalculated.

The kept package is never changed (sealed when head office's folder is encrypted, it is read through the seal in
place: :func:`app.storage.sealed.open_kept`); the scratch store lives as long as the :class:`ReadOnly` and is thrown
away with it, so whatever a screen does with it never reaches the data folder. The recalculation runs the same use
cases as the laptop on the same rows, and every figure that differs from what the package states is listed.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import sessionmaker

from app.domain.inventory.calculation_report import calculation_report
from app.domain.kernel.text import Text
from app.services import inventory as inventory_services
from app.storage.sealed import open_kept
from app.storage.store import scratch_sessions
from app.storage.uow import SqlUnitOfWork
from app.sync import package_format


@dataclass
class ReadOnly:
    """One imported revision: its data, a scratch unit of work over it, and what the recalculation disagrees with."""

    path: Path
    data: dict[str, Any]
    session_factory: sessionmaker

    @property
    def engagement_id(self) -> str:
        return self.data["engagement_id"]

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory)

    def recalculated(self) -> dict[str, Any]:
        return calculation_report(inventory_services.calculate(self.uow(), self.engagement_id))

    def differences(self) -> list[Text]:
        """Each figure the recalculation gives otherwise than the package states (empty when they agree)."""
        return [Text(f"{where}：数据包为 {stated}，重新计算为 {now}", f"{where}: the package states {stated}, recalculated {now}")
                for where, stated, now in _differ("", self.data["figures"], json.loads(json.dumps(self.recalculated())))]

    def payload_names(self) -> list[str]:
        with open_kept(self.path) as raw, zipfile.ZipFile(raw) as kept:
            return [n for n in kept.namelist() if n.startswith("data/")]

    def member(self, name: str) -> bytes:
        """A file of the kept package (``data/evidence/<sha256>``, ``data/documents/<name>``)."""
        with open_kept(self.path) as raw, zipfile.ZipFile(raw) as kept:
            return kept.read(name)


def open_read_only(path: Path) -> ReadOnly:
    """The kept (already verified) package at ``path``, rebuilt in memory."""
    with open_kept(path) as raw, zipfile.ZipFile(raw) as kept:
        data = package_format.upgraded(json.loads(kept.read("data/engagement.json")))
    factory = scratch_sessions()
    with factory() as session:
        package_format.load_rows(session, data)
        session.commit()
    return ReadOnly(Path(path), data, factory)


def _differ(where: str, stated: Any, now: Any) -> list[tuple[str, Any, Any]]:
    if isinstance(stated, dict) and isinstance(now, dict):
        return [d for key in sorted(set(stated) | set(now)) for d in _differ(f"{where}/{key}", stated.get(key), now.get(key))]
    if isinstance(stated, list) and isinstance(now, list) and len(stated) == len(now):
        return [d for i, (a, b) in enumerate(zip(stated, now)) for d in _differ(f"{where}/{i}", a, b)]
    if isinstance(stated, float) and isinstance(now, float) and abs(stated - now) <= 1e-9 * max(abs(stated), 1.0):
        return []
    return [] if stated == now else [(where or "/", stated, now)]
