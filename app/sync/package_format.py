"""``engagement.json``: every row of one engagement, table by table, validated against a versioned JSON Schema.

The package carries the engagement as the store holds it (so a round trip is exact and a head office can
rebuild the engagement in a scratch store and run the same calculations on it). Each table the store has is
either carried (:data:`CARRIED`) or named with the reason it is not (:data:`NOT_CARRIED`); a test fails when a
table or column is added without the schema in ``resources/schemas/`` saying so. Read back, an older schema version
is upgraded step by step (:data:`UPGRADES`) before it is validated; a newer one is refused. Head office makes a
received engagement its own from the first package (:func:`take_rows`) and each newer revision's rows replace it
(:func:`replace_rows`), but for what is head office's own.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any, Callable

import jsonschema
from sqlalchemy import Date, inspect, select
from sqlalchemy.orm import Session

from app.domain.kernel.history import Change, diff
from app.domain.kernel.text import DomainError, Text
from app.paths import resources_dir
from app.storage.repositories import HistoryRepository
from app.storage.tables import (
    ActivityRecordRow,
    Base,
    EmissionSourceRow,
    EngagementRow,
    FindingRow,
    HeadOfficeRow,
    HistoryRow,
    OffsetRow,
    OrganisationRow,
    PersonRow,
    ProductionRow,
    RecordRow,
    SiteRow,
    StatementRow,
    TeamMemberRow,
)
from app.sync import history_chain, row_shapes

FORMAT = "verifield-engagement"
SCHEMA_VERSION = 2
SCHEMA_FILE = f"schemas/engagement-v{SCHEMA_VERSION}.schema.json"


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the lead's answers to head office's review points (``review_answers``); version 1 had none."""
    return {**data, "schema_version": 2, "review_answers": []}


# The upgrade of each older schema version to the next (version n's data -> version n + 1's), run on read by
# :func:`upgraded`.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_1}

# The tables of one engagement that hold its engagement_id, in the order they are inserted back.
_OWNED = (SiteRow, TeamMemberRow, EmissionSourceRow, ActivityRecordRow, ProductionRow, OffsetRow, FindingRow,
          StatementRow, RecordRow, HistoryRow)
CARRIED = ("organisations", "people", "engagements") + tuple(row.__tablename__ for row in _OWNED)
NOT_CARRIED = {
    "meta": "store-wide values (the newest history hash); the package states its own history head",
    "factors": "the factor library; the factors a source uses are frozen into its row (emission_sources.factors)",
    "head_office_records": "head office's own records (reviews, decisions, the certificate register, cases); they travel "
                           "back to the laptop with the intake sync; the lead's answers to review points go as review_answers",
    "imported_packages": "head office's own record of the packages it imported",
}
_ROWS = {row.__tablename__: row for row in (OrganisationRow, PersonRow, EngagementRow) + _OWNED}


def engagement_data(session: Session, engagement_id: str, figures: dict[str, Any], checked: bool = True) -> dict[str, Any]:
    """The engagement's rows as plain data, with the figures the laptop calculated from them; ``checked``: validated
    against the schema and its history chain walked (a first look that is read again need not be)."""
    engagement = session.get(EngagementRow, engagement_id)
    people_ids = {m.person_id for m in session.scalars(select(TeamMemberRow).where(TeamMemberRow.engagement_id == engagement_id))}
    people_ids |= {i for i in (engagement.reviewer_id, engagement.decision_maker_id) if i}
    tables: dict[str, list[dict]] = {
        "organisations": [_plain(session.get(OrganisationRow, engagement.organisation_id))],
        "people": _rows(session, PersonRow, PersonRow.id.in_(people_ids), PersonRow.id),
        "engagements": [_plain(engagement)],
    }
    for row in _OWNED[:-1]:
        tables[row.__tablename__] = _rows(session, row, row.engagement_id == engagement_id, row.id)
    mine = (HistoryRow.engagement_id == engagement_id) | (
        (HistoryRow.entity == "organisation") & (HistoryRow.entity_id == engagement.organisation_id))
    tables["history"] = _rows(session, HistoryRow, mine, HistoryRow.seq)
    data = {
        "format": FORMAT, "schema_version": SCHEMA_VERSION, "engagement_id": engagement_id,
        "revision": engagement.revision, "history_head": HistoryRepository(session).head(),
        "chain": history_chain.links(session, {r["seq"] for r in tables["history"]}), "figures": figures, "tables": tables,
        "review_answers": review_answers(session, engagement_id),
    }
    if checked:
        check(data)
    return data


def review_answers(session: Session, engagement_id: str) -> list[dict[str, Any]]:
    """The lead's answers to head office's open review points of the engagement (the reviews sent back on sync)."""
    rows = session.scalars(select(HeadOfficeRow).where(HeadOfficeRow.kind == "review", HeadOfficeRow.engagement_id == engagement_id)
                           .order_by(HeadOfficeRow.id))
    return [{"engagement_id": engagement_id, "review_id": row.data["id"], "point_id": p["id"], "answer": p["answer"],
             "answered_by": p["answered_by"], "answered_on": p["answered_on"]}
            for row in rows for p in row.data["points"] if p["answer"] and p["answered_on"] and not p["closed_on"]]


def check(data: dict[str, Any]) -> None:
    """Validate data about to be sent, and walk its history chain: a laptop whose own chain is broken is told so
    before anything is sent."""
    validate(data)
    history_chain.check(data)


def load_rows(session: Session, data: dict[str, Any]) -> None:
    """Insert the package's rows into ``session`` (a scratch store: the ids are the laptop's)."""
    _insert(session, data, CARRIED, lambda _table, _values: True)


def take_rows(session: Session, data: dict[str, Any]) -> None:
    """Insert an engagement the store does not hold yet from its package (head office taking a received one in): its
    own rows, and its client and people unless the store holds them (the store's are kept). The laptop's history is
    not inserted, since the store keeps a chain of its own; the kept package carries it."""
    def wanted(table, values) -> bool:
        return table not in (OrganisationRow, PersonRow) or session.get(table, values["id"]) is None

    code = data["tables"]["engagements"][0]["code"]
    if session.scalar(select(EngagementRow.id).where(EngagementRow.code == code)) is not None:
        raise DomainError(Text(f"bag-info.txt：总部的数据库中已有另一个编号为 {code} 的项目；此数据包未导入，未作任何更改。",
                               f"bag-info.txt: head office's store holds another engagement coded {code}; the package was not "
                               "imported and nothing was changed."), "Engagement-Code")
    _insert(session, data, tuple(n for n in CARRIED if n != HistoryRow.__tablename__), wanted)


# The engagement's columns that are head office's own once it took the engagement in (its stage, who reviews and
# decides and when, set by app.services.certification; its revision counter): a newer revision keeps them.
HEAD_OFFICE_COLUMNS = frozenset({"status", "reviewer_id", "decision_maker_id", "decision_date", "issue_date", "revision"})
# What the history calls a row of each table the engagement owns (as its edits on the laptop do).
_ENTITIES = {"sites": "site", "team_members": "team_member", "emission_sources": "source", "activity_records": "record",
             "production": "production", "offsets": "offset", "findings": "finding", "statements": "statement"}


def replace_rows(session: Session, data: dict[str, Any]) -> list[Change]:
    """A newer revision of an engagement the store took in from an earlier package: the engagement's rows become the
    package's (the lead's answers and changes since), but for :data:`HEAD_OFFICE_COLUMNS`; its client is updated, a
    person the store does not hold is added (the store's register is kept). The store's history and head office's
    records are not touched; what changed is returned, for the history."""
    engagement_id = data["engagement_id"]
    tables = data["tables"]
    changes: list[Change] = []
    held = session.get(EngagementRow, engagement_id)
    new_client = tables["organisations"][0]
    client = session.get(OrganisationRow, new_client["id"])
    if client is None:
        _insert(session, {"tables": {"organisations": [new_client]}}, ("organisations",), lambda _t, _v: True)
    else:
        changes += _update(client, new_client, frozenset(), "organisation", engagement_id)
    _insert(session, data, ("people",), lambda table, values: session.get(table, values["id"]) is None)
    changes += _update(held, tables["engagements"][0], HEAD_OFFICE_COLUMNS, "engagement", engagement_id)
    owned = _OWNED[:-1]  # not the history
    for table in owned:
        old = {r.id: _texts(_plain(r)) for r in session.scalars(select(table).where(table.engagement_id == engagement_id))}
        new = {r["id"]: _texts(r) for r in tables[table.__tablename__]}
        for row_id in sorted(old.keys() | new.keys()):
            either = new.get(row_id) or old[row_id]
            entity = _ENTITIES.get(table.__tablename__) or either["kind"]  # a field-work record: by its kind
            changes += diff(engagement_id, entity, row_id, old.get(row_id, {}), new.get(row_id, {}))
    for table in reversed(owned):  # the rows referring to others first
        for row in session.scalars(select(table).where(table.engagement_id == engagement_id)):
            session.delete(row)
        session.flush()
    _insert(session, data, tuple(table.__tablename__ for table in owned), lambda _t, _v: True)
    return changes


def _update(row: Base, values: dict[str, Any], kept: frozenset[str], entity: str, engagement_id: str) -> list[Change]:
    """Set ``row``'s columns to ``values`` (but those ``kept``); the changes."""
    dates = {a.key for a in inspect(type(row)).column_attrs if isinstance(a.columns[0].type, Date)}
    wanted = {k: v for k, v in values.items() if k not in kept}
    changes = diff(engagement_id, entity, row.id, _texts({k: v for k, v in _plain(row).items() if k in wanted}), _texts(wanted))
    for key, value in wanted.items():
        setattr(row, key, date.fromisoformat(value) if key in dates and value else value)
    return changes


def _texts(values: dict[str, Any]) -> dict[str, str]:
    """A row's values as the history holds them (text; lists and mappings as JSON)."""
    def text(value: Any) -> str:
        if value is None:
            return ""
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return {key: text(value) for key, value in values.items()}


def _insert(session: Session, data: dict[str, Any], names: tuple[str, ...], wanted: Callable[[Any, dict], bool]) -> None:
    for name in names:
        table = _ROWS[name]
        dates = {a.key for a in inspect(table).column_attrs if isinstance(a.columns[0].type, Date)}
        for values in data["tables"][name]:
            if wanted(table, values):
                session.add(table(**{k: (date.fromisoformat(v) if k in dates and v else v) for k, v in values.items()}))
        session.flush()


def upgraded(data: Any) -> dict[str, Any]:
    """``data`` (read from a package) in the current schema version: an older version upgraded step by step through
    :data:`UPGRADES`, then validated; a newer version, or one older than any step, refused with both versions named."""
    _require_engagement(data)
    version = data.get("schema_version")
    while isinstance(version, int) and version < SCHEMA_VERSION:
        step = UPGRADES.get(version)
        if step is None:
            raise DomainError(
                Text(f"数据包的数据格式为第 {version} 版，早于本程序能升级的最旧版本（第 {min(UPGRADES, default=SCHEMA_VERSION)} 版）。",
                     f"The package's data is schema version {version}, older than any this Verifield can upgrade "
                     f"(the oldest is version {min(UPGRADES, default=SCHEMA_VERSION)})."),
                "schema_version",
            )
        data, version = step(data), version + 1  # a step that does not give version + 1 fails validation below
    validate(data)
    return data


def validate(data: Any) -> None:
    """Refuse data that is not an engagement of a schema version this Verifield reads, naming the first bad field."""
    _require_engagement(data)
    version = data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise DomainError(
            Text(f"数据包的数据格式为第 {version} 版，本程序只能读到第 {SCHEMA_VERSION} 版；请先升级 Verifield。",
                 f"The package's data is schema version {version}; this Verifield reads up to version {SCHEMA_VERSION}. "
                 "Update Verifield first."),
            "schema_version",
        )
    # The rows the schema cannot tell apart are validated once (app/sync/row_shapes.py); data found bad is validated
    # whole, so the error names the row at fault.
    if next(_validator().iter_errors(row_shapes.representatives(data, schema())), None) is None:
        return
    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise DomainError(Text(f"engagement.json 不符合数据格式：{where}：{error.message}",
                               f"engagement.json does not follow its schema: {where}: {error.message}"), where)


def _require_engagement(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DomainError(Text("engagement.json 不是 Verifield 的项目数据。", "engagement.json is not a Verifield engagement."), "engagement.json")


@cache
def schema() -> dict[str, Any]:
    return json.loads((resources_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _rows(session: Session, table: type[Base], where, order) -> list[dict[str, Any]]:
    """The rows of ``table`` that match ``where`` as :func:`_plain` gives them, read as plain rows: no ORM object is
    made (tens of thousands of them at once, a hundred megabytes, while a package of a large engagement was made)."""
    attributes = inspect(table).column_attrs
    keys = [attribute.key for attribute in attributes]
    dated = [attribute.key for attribute in attributes if isinstance(attribute.columns[0].type, Date)]
    rows = []
    # Each text read once is kept once: a history entry's previous hash is the one before's hash, and the engagement,
    # the actor, the entity, the field and the time of an import's entries are the same in thousands of rows.
    seen: dict[str, str] = {}
    for values in session.connection().execute(select(*(getattr(table, key) for key in keys)).where(where).order_by(order)):
        row = {key: seen.setdefault(value, value) if type(value) is str else value for key, value in zip(keys, values)}
        for key in dated:
            if row[key] is not None:
                row[key] = row[key].isoformat()
        rows.append(row)
    return rows


def _plain(row: Base) -> dict[str, Any]:
    values = {}
    for attribute in inspect(type(row)).column_attrs:
        value = getattr(row, attribute.key)
        values[attribute.key] = value.isoformat() if isinstance(value, date) else value
    return values
