"""What head office sends down to the laptops, signed with its receipt key: engagements assigned to a verifier
(client, scope, team) and factor-library and checklist-template updates.

Each is a JSON body signed as a receipt is (:func:`app.sync.receipts.sign`, Ed25519 over the canonical form), so a
laptop checks it against the key it pinned at enrolment and trusts nothing else. An assignment is kept by the id
of the engagement it makes, derived from the verifier, client, title, programme and period unless given (the same
assignment is the same engagement: head office keeps it once and a laptop that has it makes nothing new);
an update by its kind and version, the newest of each kind being what laptops fetch.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.domain.kernel.choices import Programme, Role
from app.domain.kernel.text import DomainError, Text
from app.intake import tables
from app.intake.db import now
from app.sync import receipts

ASSIGNMENT = "verifield-assignment"
UPDATE = "verifield-update"
KINDS = ("factors", "checklist-templates")
_ASSIGNED = uuid.UUID("5b0c7a52-8a0e-4a7e-9d1e-3f6b2c1d9e40")  # names an assignment's engagement by what it assigns


def _date(text: str, field: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except (TypeError, ValueError):
        raise DomainError(Text(f"{field}：“{text}”不是日期（YYYY-MM-DD）。", f"{field}: “{text}” is not a date (YYYY-MM-DD)."), field) from None


def assignment_body(verifier: str, client: dict[str, str], title: str, programme: str, period: tuple[str, str], scope: str,
                    team: list[tuple[str, str]], engagement_id: str | None = None) -> dict[str, Any]:
    """The assignment as it is signed, each field checked first (a refusal names it, in both languages)."""
    if not verifier.strip():
        raise DomainError(Text("请填写核查员姓名。", "Enter the verifier's name."), "VERIFIER")
    if not (client.get("name_zh", "").strip() or client.get("name_en", "").strip()):
        raise DomainError(Text("请填写受核查方名称（中文或英文）。", "Enter the client's name (Chinese or English)."), "--client-zh")
    if programme not in {p.value for p in Programme}:
        raise DomainError(Text(f"--programme：没有“{programme}”这一方案。", f"--programme: there is no programme “{programme}”."), "--programme")
    start, end = _date(period[0], "--period-start"), _date(period[1], "--period-end")
    if end < start:
        raise DomainError(Text("--period-end：核查期结束早于开始。", "--period-end: the period ends before it starts."), "--period-end")
    roles = {r.value for r in Role}
    for name, role in team:
        if not name.strip() or role not in roles:
            raise DomainError(Text(f"--member：“{name}:{role}”应为 姓名:角色（{'、'.join(sorted(roles))}）。",
                                   f"--member: “{name}:{role}” should be NAME:ROLE ({', '.join(sorted(roles))})."), "--member")
    same = "|".join((verifier.strip(), client.get("name_zh", "").strip(), client.get("name_en", "").strip(), title.strip(), programme, start, end))
    return {"kind": ASSIGNMENT, "version": 1, "engagement_id": engagement_id or str(uuid.uuid5(_ASSIGNED, same)), "verifier": verifier.strip(),
            "client": {k: v.strip() for k, v in client.items()}, "title": title.strip(), "programme": programme,
            "period_start": start, "period_end": end, "scope_text": scope.strip(),
            "team": [{"name": n.strip(), "role": r} for n, r in team], "at": now()}


def assign(engine: Engine, key, body: dict[str, Any]) -> str:
    """Keep the signed assignment for its verifier's laptops to fetch; the same engagement id again changes nothing."""
    with engine.begin() as connection:
        held = connection.execute(sa.select(tables.assignments.c.signed).where(
            tables.assignments.c.engagement_id == body["engagement_id"])).scalar()
        if held is not None:
            return held
        signed = receipts.sign(key, body)
        connection.execute(tables.assignments.insert().values(engagement_id=body["engagement_id"], verifier=body["verifier"],
                                                              signed=signed, created_at=body["at"]))
    return signed


def assignments_of(engine: Engine, verifier: str) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(tables.assignments.c.signed).where(tables.assignments.c.verifier == verifier)
                                       .order_by(tables.assignments.c.created_at)).scalars())


def publish(engine: Engine, key, kind: str, payload: dict[str, Any]) -> int:
    """Sign and keep the next version of a factor-library or checklist-template update; its version."""
    if kind not in KINDS:
        raise DomainError(Text(f"没有“{kind}”这类更新（{'、'.join(KINDS)}）。", f"There is no update of kind “{kind}” ({', '.join(KINDS)})."), "KIND")
    with engine.begin() as connection:
        version = (connection.execute(sa.select(sa.func.max(tables.publications.c.version)).where(
            tables.publications.c.kind == kind)).scalar() or 0) + 1
        body = {"kind": UPDATE, "version": 1, "update": kind, "number": version, "payload": payload, "at": now()}
        connection.execute(tables.publications.insert().values(kind=kind, version=version, signed=receipts.sign(key, body),
                                                               created_at=body["at"]))
    return version


def newest_updates(engine: Engine) -> list[str]:
    """The newest signed update of each kind."""
    with engine.connect() as connection:
        found = []
        for kind in KINDS:
            signed = connection.execute(sa.select(tables.publications.c.signed).where(tables.publications.c.kind == kind)
                                        .order_by(tables.publications.c.version.desc()).limit(1)).scalar()
            if signed is not None:
                found.append(signed)
        return found
