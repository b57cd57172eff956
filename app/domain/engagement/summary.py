"""One engagement as the engagement list shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class EngagementSummary:
    """One row of the engagement list: enough to show, search and filter it."""

    id: str
    code: str
    title: str
    client_zh: str
    client_en: str
    organisation_id: str
    programme: str
    status: str
    period_start: date | None
    period_end: date | None
    year: int
    is_demo: bool = False
