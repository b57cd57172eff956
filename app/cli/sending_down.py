"""``verifield intake assign|publish``: what head office sends down to the laptops, signed with its receipt key.

    verifield intake assign VERIFIER --data-dir D --client-zh C [--client-en C] [--credit-code X] --title T
        [--programme P] --period-start YYYY-MM-DD --period-end YYYY-MM-DD [--scope S] [--member "NAME:ROLE" …]
        [--engagement-id ID]                 an engagement for the verifier's laptop, made there in draft on its next sync
    verifield intake publish KIND FILE --data-dir D   a signed update (KIND factors or checklist-templates; FILE JSON)

(The ``intake`` command itself, with its data folder options, is in :mod:`app.cli.sync`.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.domain.kernel.text import DomainError, Text

ACTIONS = ("assign", "publish")


def options(intake: argparse.ArgumentParser) -> None:
    """The options ``intake assign`` and ``intake publish`` take."""
    intake.add_argument("file", nargs="?", help="publish: the update (JSON)")
    intake.add_argument("--client-zh", default="")
    intake.add_argument("--client-en", default="")
    intake.add_argument("--credit-code", default="")
    intake.add_argument("--title", default="")
    intake.add_argument("--programme", default="iso14064-1")
    intake.add_argument("--period-start", default="")
    intake.add_argument("--period-end", default="")
    intake.add_argument("--scope", default="")
    intake.add_argument("--member", action="append", default=[], metavar="NAME:ROLE", help="a team member (lead, verifier, expert, trainee)")
    intake.add_argument("--engagement-id", default=None, help="assign: the engagement's id (default: a new one)")


def run(args, engine, data_dir: Path) -> int:
    from app.intake import publishing
    from app.sync import receipts

    key = receipts.signing_key(data_dir)
    if args.action == "assign":
        team = [tuple(m.rsplit(":", 1)) if ":" in m else (m, "") for m in args.member]
        body = publishing.assignment_body(args.name or "", {"name_zh": args.client_zh, "name_en": args.client_en, "credit_code": args.credit_code},
                                          args.title, args.programme, (args.period_start, args.period_end), args.scope, team, args.engagement_id)
        signed = json.loads(publishing.assign(engine, key, body))["receipt"]
        print(signed["engagement_id"])
        return 0
    if not args.file:
        raise DomainError(Text("请给出更新文件（JSON）。", "Give the update's file (JSON)."), "FILE")
    try:
        payload = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DomainError(Text(f"{args.file} 无法读取为 JSON：{error}", f"{args.file} cannot be read as JSON: {error}"), "FILE") from None
    print(f"{args.name} update {publishing.publish(engine, key, args.name or '', payload)} published")
    return 0
