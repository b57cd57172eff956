"""The SQLite unit of work: one session and transaction per ``with`` block."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.storage.files import StoreError, cannot_write

from app.storage.finding_repository import FindingRepository
from app.storage.inventory_repository import FactorRepository, InventoryRepository
from app.storage.record_repository import RecordRepository
from app.storage.repositories import EngagementRepository, HistoryRepository, OrganisationRepository, PeopleRepository
from app.storage.statement_repository import StatementRepository


class SqlUnitOfWork:
    """``with uow: ...; uow.commit()``; leaving the block without a commit rolls back.

    SQLite's refusal to write (a read-only file or folder, a full or failing disk) leaves the block as a
    :class:`StoreError` saying so: the transaction is rolled back, nothing has changed.
    """

    def __init__(self, session_factory: sessionmaker[Session]):
        self._session_factory = session_factory
        self.session: Session | None = None

    def __enter__(self) -> "SqlUnitOfWork":
        if self.session is not None:
            raise RuntimeError("unit of work already open")
        self.session = self._session_factory()
        self.organisations = OrganisationRepository(self.session)
        self.engagements = EngagementRepository(self.session)
        self.history = HistoryRepository(self.session)
        self.inventory = InventoryRepository(self.session)
        self.factors = FactorRepository(self.session)
        self.findings = FindingRepository(self.session)
        self.statements = StatementRepository(self.session)
        self.records = RecordRepository(self.session)
        self.people = PeopleRepository(self.session)
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, _traceback: object) -> None:
        path = Path(self.session.get_bind().url.database or "")
        try:
            self.rollback()
        finally:
            self.session.close()
            self.session = None
        if isinstance(error, OperationalError) and error.orig is not None:
            raise StoreError(cannot_write(path, error.orig)) from error

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
