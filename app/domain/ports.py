"""What the use cases need from storage, stated without naming any storage technology.

``app.storage`` provides the SQLite implementation; tests may provide another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from app.domain.engagement import Engagement
from app.domain.history import Change, HistoryEntry
from app.domain.organisation import Organisation


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


class OrganisationRepository(Protocol):
    def get(self, organisation_id: str) -> Organisation: ...
    def add(self, organisation: Organisation) -> None: ...
    def save(self, organisation: Organisation) -> None: ...
    def all(self) -> list[Organisation]: ...


class EngagementRepository(Protocol):
    def get(self, engagement_id: str) -> Engagement: ...
    def add(self, engagement: Engagement) -> None: ...
    def save(self, engagement: Engagement) -> None: ...
    def codes_with_prefix(self, prefix: str) -> list[str]: ...
    def summaries(self) -> list[EngagementSummary]: ...


class HistoryRepository(Protocol):
    def append(self, changes: list[Change], actor: str, at: datetime) -> None: ...
    def for_engagement(self, engagement_id: str) -> list[HistoryEntry]: ...
    def all(self) -> list[HistoryEntry]: ...
    def head(self) -> str: ...


class UnitOfWork(Protocol):
    """``with uow: ...; uow.commit()`` — leaving the block without commit rolls back."""

    organisations: OrganisationRepository
    engagements: EngagementRepository
    history: HistoryRepository

    def __enter__(self) -> "UnitOfWork": ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class NotFound(LookupError):
    """The record asked for is not in the store."""
