"""The statements repository: rows ↔ :class:`~app.domain.statement.statement.Statement`, sections as JSON, frozen facts as their JSON text."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.kernel.text import NotFound
from app.domain.statement.facts import Facts
from app.domain.statement.statement import SECTIONS, Opinion, Statement, Wording
from app.storage.tables import StatementRow

_SCALARS = ("number", "version", "created_by", "created_on", "final", "dated", "finalised_by")


def _from_row(row: StatementRow) -> Statement:
    return Statement(
        opinion=Opinion(row.opinion), wording=Wording(row.wording), facts=Facts.from_json(row.facts) if row.facts else None,
        id=row.id, **{n: row.sections.get(n, "") for n in SECTIONS}, **{n: getattr(row, n) for n in _SCALARS},
    )


class StatementRepository:
    def __init__(self, session: Session):
        self.session = session

    def of(self, engagement_id: str) -> list[Statement]:
        """An engagement's statement versions, oldest first."""
        query = select(StatementRow).where(StatementRow.engagement_id == engagement_id).order_by(StatementRow.version)
        return [_from_row(r) for r in self.session.scalars(query)]

    def put(self, engagement_id: str, statement: Statement) -> None:
        row = self.session.get(StatementRow, statement.id)
        if row is None:
            row = StatementRow(id=statement.id, engagement_id=engagement_id)
            self.session.add(row)
        elif row.engagement_id != engagement_id:
            raise NotFound(f"statement {statement.id}")
        for name in _SCALARS:
            setattr(row, name, getattr(statement, name))
        row.opinion, row.wording = statement.opinion.value, statement.wording.value
        row.sections = {n: getattr(statement, n) for n in SECTIONS}
        row.facts = statement.facts.to_json() if statement.facts else None

    def remove(self, statement_id: str) -> None:
        row = self.session.get(StatementRow, statement_id)
        if row is None:
            raise NotFound(f"statement {statement_id}")
        self.session.delete(row)
        self.session.flush()
