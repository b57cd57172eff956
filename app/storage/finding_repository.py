"""The findings repository: rows ↔ :class:`~app.domain.findings.finding.Finding`, the response and events as JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.findings.finding import Action, Event, Finding, Kind, Response, Severity, State
from app.domain.kernel.text import NotFound
from app.storage.tables import FindingRow

_SCALARS = (
    "number", "criterion", "clause", "description", "evidence", "source_id", "raised_by", "raised_on", "due",
    "evaluation", "closed_by", "closed_on", "estimate_t", "estimate_basis",
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _from_row(row: FindingRow) -> Finding:
    r = row.response or {}
    response = Response(**{n: r.get(n, "") for n in Response.TEXTS}, by=r.get("by", ""), on=_day(r.get("on")))
    events = tuple(Event(date.fromisoformat(e["on"]), e["by"], Action(e["action"]), e.get("note", "")) for e in row.events)
    return Finding(
        kind=Kind(row.kind), severity=Severity(row.severity) if row.severity else None, state=State(row.state),
        response=response, events=events, id=row.id, **{n: getattr(row, n) for n in _SCALARS},
    )


def _to_row(finding: Finding) -> dict[str, Any]:
    response = finding.response
    return {
        **{n: getattr(finding, n) for n in _SCALARS},
        "kind": finding.kind.value,
        "severity": finding.severity.value if finding.severity else "",
        "state": finding.state.value,
        "response": {
            **{n: getattr(response, n) for n in Response.TEXTS}, "by": response.by,
            "on": response.on.isoformat() if response.on else None,
        },
        "events": [{"on": e.on.isoformat(), "by": e.by, "action": e.action.value, "note": e.note} for e in finding.events],
    }


class FindingRepository:
    def __init__(self, session: Session):
        self.session = session

    def of(self, engagement_id: str) -> list[Finding]:
        """An engagement's findings in number order."""
        query = select(FindingRow).where(FindingRow.engagement_id == engagement_id).order_by(FindingRow.number)
        return [_from_row(r) for r in self.session.scalars(query)]

    def get(self, finding_id: str) -> Finding:
        row = self.session.get(FindingRow, finding_id)
        if row is None:
            raise NotFound(f"finding {finding_id}")
        return _from_row(row)

    def engagement_of(self, finding_id: str) -> str:
        row = self.session.get(FindingRow, finding_id)
        if row is None:
            raise NotFound(f"finding {finding_id}")
        return row.engagement_id

    def put(self, engagement_id: str, finding: Finding) -> None:
        row = self.session.get(FindingRow, finding.id)
        if row is None:
            row = FindingRow(id=finding.id, engagement_id=engagement_id)
            self.session.add(row)
        for name, value in _to_row(finding).items():
            setattr(row, name, value)

    def remove(self, finding_id: str) -> None:
        row = self.session.get(FindingRow, finding_id)
        if row is None:
            raise NotFound(f"finding {finding_id}")
        self.session.delete(row)
        self.session.flush()
