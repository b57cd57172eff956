"""``verifield import-received``: head office takes in what its intake service received and verified.

    verifield import-received --intake-dir D [--database-url URL] [--json]
        each package the service in D keeps, imported into head office's store (the first of an engagement makes it
        head office's, to review and decide on); those held already are passed over; exit 1 when one is refused
"""

from __future__ import annotations

import json
from pathlib import Path

from app.cli.common import open_data_store, say


def register(commands) -> None:
    """Add the command to the ``verifield`` parser."""
    taking = commands.add_parser("import-received", help="head office: import the packages the intake service received")
    taking.add_argument("--intake-dir", required=True, help="the intake service's data folder")
    taking.add_argument("--database-url", default=None, help="its PostgreSQL URL (default: SQLite in its data folder)")
    taking.add_argument("--json", action="store_true")
    taking.set_defaults(run=_import_received)


def _import_received(args) -> int:
    from app.intake.taking_in import take_in

    store = open_data_store(args)
    done = take_in(store, Path(args.intake_dir), args.database_url)
    if args.json:
        print(json.dumps([{"engagement_id": t.engagement_id, "engagement": t.engagement_code, "revision": t.revision,
                           "package_id": t.package_id, "imported": t.new,
                           "refused": t.refused.message.en if t.refused else None} for t in done], ensure_ascii=False, indent=1))
    for taken in done if not args.json else ():
        what = "imported" if taken.new else "refused" if taken.refused else "held already"
        print(f"{taken.engagement_code} r{taken.revision}  {what}")
    for taken in done:
        if taken.refused:
            say(taken.refused.message)
    print(f"{sum(t.new for t in done)} package(s) imported, {sum(bool(t.refused) for t in done)} refused", flush=True)
    return 1 if any(t.refused for t in done) else 0
