"""``verifield`` commands of the industrial carbon-neutrality evaluation (seed 004 §8.4.6): the evaluation report."""

from __future__ import annotations

from datetime import datetime

from app.cli.common import named_engagement


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
    report = commands.add_parser("evaluation-report", help="print the carbon-neutrality evaluation report, items a)–j) (PDF)")
    report.add_argument("engagement")
    report.add_argument("--out", required=True, help="PDF to write")
    report.set_defaults(run=_evaluation_report)


def _evaluation_report(args) -> int:
    from app.reports.evaluation_report_pdf import conclusion, write_evaluation_report
    from app.services.evaluation import evaluation

    store, engagement_id = named_engagement(args)
    facts = evaluation(store.uow(), engagement_id)
    write_evaluation_report(args.out, facts, datetime.now().astimezone())
    print(f"{args.out}: carbon-neutrality evaluation report; {conclusion(facts).en}")
    return 0
