"""Factor-library and checklist-template updates signed by head office, fetched on sync and applied whole.

An update is checked against head office's key pinned at enrolment (:func:`app.sync.receipts.check`): an unsigned or
tampered one is refused with a clear message and nothing changes. Every entry of a good one is checked before
anything is written. A factor-library update adds or changes head office's factors (by their id) in the store in one
transaction, with their history; a checklist-template update writes head office's templates into ``templates/``
beside the store (where imported templates are kept), all staged under temporary names first and then renamed.
An update whose number was applied already is skipped (``head-office-updates.json`` beside the store says which).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.atomic import write_bytes
from app.domain.fieldwork.checklists import template_from_dict
from app.domain.inventory.factors import Factor, FactorKind, Priority
from app.domain.kernel.history import diff
from app.domain.kernel.text import DomainError, Text, unwritable
from app.services.engagements import now
from app.services.submission import reached
from app.storage.checklist_templates import write_template
from app.sync import receipts

KIND = "verifield-update"
FACTORS, TEMPLATES = "factors", "checklist-templates"
APPLIED = "head-office-updates.json"
TEMPLATE_FOLDER = "templates"
ACTOR = "总部 head office"


@dataclass
class Applied:
    """What one sync brought: the updates applied (``factors 3``) and the refused ones' reasons."""

    applied: list[str] = field(default_factory=list)
    refused: list[Text] = field(default_factory=list)


def receive(store, connection) -> Applied:
    """Fetch the newest updates from head office and apply each not applied yet."""
    answer = reached(lambda: connection.get_json("updates"), "updates")
    done = Applied()
    for text in answer.get("updates", []):
        try:
            said = apply(store, checked(text, connection.enrolment.receipt_key))
        except DomainError as error:
            done.refused.append(error.message)
            continue
        if said:
            done.applied.append(said)
    return done


def checked(text: str, receipt_key: str) -> dict[str, Any]:
    """The update's body once head office's signature holds; an unsigned or tampered one is refused."""
    try:
        body = receipts.check(text, receipt_key)
    except DomainError:
        raise DomainError(Text("总部的因子库/检查表模板更新未签名或已被篡改，未予应用，未作任何更改。",
                               "A factor-library or checklist-template update from head office is unsigned or was altered; "
                               "it was not applied and nothing was changed."), "update") from None
    if body.get("kind") != KIND or body.get("update") not in (FACTORS, TEMPLATES):
        raise DomainError(Text("总部发来的不是因子库或检查表模板更新，未予应用。",
                               "What head office sent is not a factor-library or checklist-template update; it was not applied."), "update")
    return body


def apply(store, body: dict[str, Any]) -> str | None:
    """Apply a checked update whole (``"factors 2"``), or None when this number was applied before."""
    kind, number = body["update"], int(body["number"])
    folder = store.path.parent
    done = _applied(folder)
    if done.get(kind, 0) >= number:
        return None
    if kind == FACTORS:
        _apply_factors(store, [_factor(i, e) for i, e in enumerate(_entries(body, "factors"), 1)])
    else:
        templates = [template_from_dict(e, f"templates[{i}]") for i, e in enumerate(_entries(body, "templates"), 1)]
        _apply_templates(folder / TEMPLATE_FOLDER, templates)
    try:
        write_bytes(folder / APPLIED, json.dumps({**done, kind: number}, indent=1).encode())
    except OSError as error:
        raise unwritable(error) from None
    return f"{kind} {number}"


def _applied(folder: Path) -> dict[str, int]:
    """The number of the last update applied, by kind."""
    path = folder / APPLIED
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _entries(body: dict[str, Any], key: str) -> list:
    entries = (body.get("payload") or {}).get(key)
    if not isinstance(entries, list):
        raise DomainError(Text(f"更新中没有“{key}”列表，未予应用。", f"The update has no “{key}” list; it was not applied."), key)
    return entries


def _factor(number: int, entry: Any) -> Factor:
    """One factor of the update, checked; a bad one names its entry and field."""
    where = Text(f"factors[{number}]：", f"factors[{number}]: ")
    try:
        factor = Factor(FactorKind(entry["kind"]), Text(entry.get("name_zh", ""), entry.get("name_en", "")), float(entry["value"]),
                        entry["unit"], entry.get("source", ""), entry.get("status", ""), Priority(entry.get("priority", Priority.NATIONAL.value)),
                        str(entry.get("year", "")), entry.get("group", ""), id=str(entry["id"]))
        factor.validate()
    except DomainError as error:
        raise DomainError(Text(where.zh + error.message.zh, where.en + error.message.en), f"factors[{number}].{error.field or ''}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise DomainError(Text(f"{where.zh}字段 {error} 缺失或无效，更新未予应用。", f"{where.en}the field {error} is missing or invalid; "
                               "the update was not applied."), f"factors[{number}]") from None
    return factor


def _apply_factors(store, factors: list[Factor]) -> None:
    with store.uow() as uow:
        for factor in factors:
            try:
                old = uow.factors.get(factor.id)
            except LookupError:
                old = None
            before = {n: str(getattr(old, n)) for n in Factor.EDITABLE} if old else {}
            after = {n: str(getattr(factor, n)) for n in Factor.EDITABLE}
            if before == after:
                continue
            if old is None:
                uow.factors.add(factor)
            else:
                old.ensure_editable()
                uow.factors.save(replace(factor, version=old.version + 1))
            uow.history.append(diff(None, "factor", factor.id, before, after), ACTOR, now())
        uow.commit()


def _apply_templates(folder: Path, templates: list) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise unwritable(error) from None
    staged = []
    try:
        for template in templates:
            name = "head-office-" + (re.sub(r"[^A-Za-z0-9]+", "-", template.name.en).strip("-").lower() or "template") + ".json"
            staged.append((folder / f".{name}.incoming", folder / name))
            write_template(staged[-1][0], template)  # every template written before any takes the place of an older one
        for incoming, target in staged:
            os.replace(incoming, target)
    except (OSError, DomainError) as error:
        for incoming, _target in staged:
            incoming.unlink(missing_ok=True)
        raise unwritable(error) if isinstance(error, OSError) else error from None
