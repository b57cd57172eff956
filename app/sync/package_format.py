"""``engagement.json``: every row of one engagement, table by table, validated against a versioned JSON Schema.

The package carries the engagement as the store holds it (so a round trip is exact and a head office can
rebuild the engagement in a scratch store and run the same calculations on it). Each table the store has is
either carried (:data:`CARRIED`) or named with the reason it is not (:data:`NOT_CARRIED`); a test fails when a
table or column is added without the schema in ``resources/schemas/`` saying so.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any

import jsonschema
from sqlalchemy import Date, inspect, select
from sqlalchemy.orm import Session

from app.domain.text import DomainError, Text
from app.paths import resources_dir
from app.storage.tables import (
    ActivityRecordRow, Base, EmissionSourceRow, EngagementRow, FindingRow, HistoryRow, OffsetRow, OrganisationRow,
    PersonRow, ProductionRow, RecordRow, SiteRow, StatementRow, TeamMemberRow,
)

FORMAT = "verifield-engagement"
SCHEMA_VERSION = 1
SCHEMA_FILE = f"schemas/engagement-v{SCHEMA_VERSION}.schema.json"

# The tables of one engagement that hold its engagement_id, in the order they are inserted back.
_OWNED = (SiteRow, TeamMemberRow, EmissionSourceRow, ActivityRecordRow, ProductionRow, OffsetRow, FindingRow,
          StatementRow, RecordRow, HistoryRow)
CARRIED = ("organisations", "people", "engagements") + tuple(row.__tablename__ for row in _OWNED)
NOT_CARRIED = {
    "meta": "store-wide values (the newest history hash); the package states its own history head",
    "factors": "the factor library; the factors a source uses are frozen into its row (emission_sources.factors)",
}
_ROWS = {row.__tablename__: row for row in (OrganisationRow, PersonRow, EngagementRow) + _OWNED}


def engagement_data(session: Session, engagement_id: str, figures: dict[str, Any]) -> dict[str, Any]:
    """The engagement's rows as plain data, with the figures the laptop calculated from them."""
    engagement = session.get(EngagementRow, engagement_id)
    people_ids = {m.person_id for m in session.scalars(select(TeamMemberRow).where(TeamMemberRow.engagement_id == engagement_id))}
    people_ids |= {i for i in (engagement.reviewer_id, engagement.decision_maker_id) if i}
    tables: dict[str, list[dict]] = {
        "organisations": [_plain(session.get(OrganisationRow, engagement.organisation_id))],
        "people": [_plain(p) for p in session.scalars(select(PersonRow).where(PersonRow.id.in_(people_ids)).order_by(PersonRow.id))],
        "engagements": [_plain(engagement)],
    }
    for row in _OWNED[:-1]:
        tables[row.__tablename__] = [_plain(r) for r in session.scalars(select(row).where(row.engagement_id == engagement_id).order_by(row.id))]
    mine = (HistoryRow.engagement_id == engagement_id) | (
        (HistoryRow.entity == "organisation") & (HistoryRow.entity_id == engagement.organisation_id))
    tables["history"] = [_plain(r) for r in session.scalars(select(HistoryRow).where(mine).order_by(HistoryRow.seq))]
    history = tables["history"]
    data = {
        "format": FORMAT, "schema_version": SCHEMA_VERSION, "engagement_id": engagement_id,
        "revision": engagement.revision, "history_head": history[-1]["hash"] if history else "",
        "figures": figures, "tables": tables,
    }
    validate(data)
    return data


def load_rows(session: Session, data: dict[str, Any]) -> None:
    """Insert the package's rows into ``session`` (a scratch store: the ids are the laptop's)."""
    for name in CARRIED:
        table = _ROWS[name]
        dates = {a.key for a in inspect(table).column_attrs if isinstance(a.columns[0].type, Date)}
        for values in data["tables"][name]:
            session.add(table(**{k: (date.fromisoformat(v) if k in dates and v else v) for k, v in values.items()}))
        session.flush()


def validate(data: Any) -> None:
    """Refuse data that is not an engagement of a schema version this Verifield reads, naming the first bad field."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DomainError(Text("engagement.json 不是 Verifield 的项目数据。", "engagement.json is not a Verifield engagement."), "engagement.json")
    version = data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise DomainError(
            Text(f"数据包的数据格式为第 {version} 版，本程序只能读到第 {SCHEMA_VERSION} 版；请先升级 Verifield。",
                 f"The package's data is schema version {version}; this Verifield reads up to version {SCHEMA_VERSION}. "
                 "Update Verifield first."),
            "schema_version",
        )
    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise DomainError(Text(f"engagement.json 不符合数据格式：{where}：{error.message}",
                               f"engagement.json does not follow its schema: {where}: {error.message}"), where)


@cache
def schema() -> dict[str, Any]:
    return json.loads((resources_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _plain(row: Base) -> dict[str, Any]:
    values = {}
    for attribute in inspect(type(row)).column_attrs:
        value = getattr(row, attribute.key)
        values[attribute.key] = value.isoformat() if isinstance(value, date) else value
    return values
