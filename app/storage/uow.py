"""The SQLite unit of work: one session and transaction per ``with`` block; :meth:`SqlUnitOfWork.reading` gives a
read-only one, whose connection SQLite itself keeps from writing (``PRAGMA query_only``) for as long as it is open."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.kernel.text import Text
from app.storage.files import StoreError, cannot_write, refuses_writing

from app.storage.finding_repository import FindingRepository
from app.storage.head_office_repository import HeadOfficeRepository
from app.storage.inventory_repository import FactorRepository, InventoryRepository
from app.storage.record_repository import RecordRepository
from app.storage.repositories import EngagementRepository, HistoryRepository, OrganisationRepository, PeopleRepository
from app.storage.statement_repository import StatementRepository


class SqlUnitOfWork:
    """``with uow: ...; uow.commit()``; leaving the block without a commit rolls back.

    SQLite's refusal to write (a read-only file or folder, a full or failing disk, another program holding the
    file) leaves the block as a :class:`StoreError` saying so: the transaction is rolled back, nothing has changed.
    Any other SQL error is a fault in the program and leaves as itself.
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
        self.head_office = HeadOfficeRepository(self.session)
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, _traceback: object) -> None:
        path = Path(self.session.get_bind().url.database or "")
        try:
            self.rollback()
        finally:
            self.session.close()
            self.session = None
        if isinstance(error, OperationalError) and refuses_writing(error.orig):
            raise StoreError(cannot_write(path, error.orig)) from error

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def reading(self) -> "ReadOnlyUnitOfWork":
        """A unit of work over the same store that can only read (record queries, seed 001 §13.5)."""
        return ReadOnlyUnitOfWork(self._session_factory)


READ_ONLY = Text("只读查询不能修改记录（第 13.5 条）；未作任何改动。", "A read-only query may not change records (§13.5); nothing has changed.")


class ReadOnlyUnitOfWork(SqlUnitOfWork):
    """A unit of work whose connection is ``query_only`` while the block runs: SQLite refuses every write in it,
    and it has no commit.  The connection is made writable again before it goes back to the pool."""

    def __enter__(self) -> "ReadOnlyUnitOfWork":
        super().__enter__()
        self._raw = self.session.connection().connection.dbapi_connection
        self._raw.execute("PRAGMA query_only=ON")
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, _traceback: object) -> None:
        try:
            self._raw.execute("PRAGMA query_only=OFF")  # on the driver's connection: whatever state the session is in
        finally:
            try:
                self.rollback()
            finally:
                self.session.close()
                self.session = None
        if isinstance(error, OperationalError):
            raise StoreError(READ_ONLY) from error

    def commit(self) -> None:
        raise StoreError(READ_ONLY)
