"""``verifield`` commands: findings: the list, the client's form, its returned reply, the report."""

from __future__ import annotations

from datetime import datetime

from app.cli.common import named_engagement
from app.user import default_actor


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
    listed = commands.add_parser("findings", help="list an engagement's findings")
    listed.add_argument("engagement")
    form = commands.add_parser("findings-form", help="write the client's findings form (.xlsx or .pdf)")
    form.add_argument("engagement")
    form.add_argument("out")
    form.add_argument("--language", choices=["zh", "en"], default="zh", help="language of a PDF form (default zh)")
    reply = commands.add_parser("import-reply", help="import the client's returned findings form (every bad cell reported, nothing changed)")
    reply.add_argument("engagement")
    reply.add_argument("file")
    reply.add_argument("--dry-run", action="store_true", help="show what would be recorded, change nothing")
    report = commands.add_parser("findings-report", help="write the findings report (PDF)")
    report.add_argument("engagement")
    report.add_argument("out")
    report.add_argument("--language", choices=["zh", "en"], default="zh", help="language of the report (default zh)")
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


def _findings(args) -> int:
    from datetime import date

    from app.domain.findings.finding import statement_blockers
    from app.services import findings as finding_services

    store, engagement_id = named_engagement(args)
    held = finding_services.list_findings(store.uow(), engagement_id)
    today = date.today()
    for f in held:
        late = "  OVERDUE" if f.overdue(today) else ""
        print(f"{f.label}  {f.kind.label.en:<30} {f.state.label.en:<32} due {f.due}{late}  {f.description.splitlines()[0][:60]}")
    blockers = statement_blockers(held)
    print("blocking the final statement: " + ("; ".join(b.en for b in blockers) if blockers else "nothing"))
    return 0


def _findings_form(args) -> int:
    from app.services import engagements as services
    from app.services import findings as finding_services
    from app.services import inventory as inventory_services

    store, engagement_id = named_engagement(args)
    engagement, client = services.load(store.uow(), engagement_id)
    held = finding_services.list_findings(store.uow(), engagement_id)
    sources = inventory_services.sources_of(store.uow(), engagement_id)
    if args.out.lower().endswith(".pdf"):
        from app.reports.findings_pdf import write_form_pdf

        count = write_form_pdf(args.out, engagement, client, held, sources, args.language, datetime.now().astimezone())
    else:
        from app.reports.findings_form import write_form

        count = write_form(args.out, engagement, client, held, sources, datetime.now().astimezone())
    print(f"{args.out}: {count} findings")
    return 0


def _import_reply(args) -> int:
    from datetime import date

    from app.domain.findings.reply import plan_reply
    from app.reports.findings_form import FORM_SHEET
    from app.reports.workbook_reader import read_rows
    from app.services import findings as finding_services

    store, engagement_id = named_engagement(args)
    sheet, rows = read_rows(args.file, FORM_SHEET)
    plan = plan_reply(finding_services.list_findings(store.uow(), engagement_id), sheet, rows, date.today())
    print(plan.summary().both())
    if not args.dry_run and plan.responses:
        finding_services.record_responses(store.uow(), engagement_id, plan.responses, args.actor or default_actor(), date.today())
        print("imported")
    return 0


def _findings_report(args) -> int:
    from app.reports.findings_pdf import write_report_pdf
    from app.services import engagements as services
    from app.services import findings as finding_services
    from app.services import inventory as inventory_services

    store, engagement_id = named_engagement(args)
    engagement, client = services.load(store.uow(), engagement_id)
    held = finding_services.list_findings(store.uow(), engagement_id)
    calculation = inventory_services.calculate(store.uow(), engagement_id)
    write_report_pdf(args.out, engagement, client, held, calculation, args.language, datetime.now().astimezone())
    print(f"{args.out}: {len(held)} findings")
    return 0


_RUN = {"findings": _findings, "findings-form": _findings_form, "import-reply": _import_reply, "findings-report": _findings_report}
