"""``verifield`` commands: the calculation workbook, the client's data request and its import."""

from __future__ import annotations

from datetime import datetime

from app.cli.common import named_engagement
from app.user import default_actor


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
    export = commands.add_parser("export-xlsx", help="write the calculation workbook (live formulas)")
    export.add_argument("engagement")
    export.add_argument("out")
    template = commands.add_parser("template", help="write the client's data request workbook")
    template.add_argument("engagement")
    template.add_argument("out")
    load = commands.add_parser("import-data", help="import a filled-in data request (every bad cell reported, nothing changed)")
    load.add_argument("engagement")
    load.add_argument("file")
    load.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


def _export_xlsx(args) -> int:
    from app.services.programme_documents import export_workbook

    store, engagement_id = named_engagement(args)
    print(f"{args.out}: {export_workbook(store.uow, engagement_id, args.out, datetime.now().astimezone())}")
    return 0


def _template(args) -> int:
    from app.reports.data_request import write_request
    from app.services import engagements as services
    from app.services import inventory as inventory_services

    store, engagement_id = named_engagement(args)
    client = services.load(store.uow(), engagement_id)[1]
    rows = write_request(args.out, inventory_services.load_inventory(store.uow(), engagement_id), client, datetime.now().astimezone())
    print(f"{args.out}: {rows} rows")
    return 0


def _import_data(args) -> int:
    from app.domain.inventory.data_request import plan_import
    from app.reports.data_request import DATA_SHEET
    from app.reports.workbook_reader import read_rows
    from app.services import inventory as inventory_services

    store, engagement_id = named_engagement(args)
    sheet, rows = read_rows(args.file, DATA_SHEET)
    plan = plan_import(inventory_services.load_inventory(store.uow(), engagement_id), sheet, rows)
    print(plan.summary().both())
    if not args.dry_run and plan.records:
        inventory_services.put_records(store.uow(), engagement_id, plan.records, [], args.actor or default_actor())
        print("imported")
    return 0


_RUN = {"export-xlsx": _export_xlsx, "template": _template, "import-data": _import_data}
