"""``verifield`` commands: the engagement list, the demo, recalculation and store maintenance."""

from __future__ import annotations

import json
from dataclasses import asdict

from app.cli.common import named_engagement, open_data_store
from app.user import default_actor


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
    demo = commands.add_parser("demo", help="create a demo engagement")
    demo.add_argument("--stage", choices=["planned", "submitted"], default="planned",
                      help="submitted: final statement, findings closed, ready for head office")
    demo.add_argument("--programme", choices=("iso14064-1", "iso14068-1", "iso14064-2", "iso14067", "aup"), default="iso14064-1",
                      help="the programme of the demo: an organisation's inventory (default), its carbon neutrality (evaluated as "
                           "an industrial enterprise under T/CIECCPA 061—2023, with a monitoring plan and lab results), an "
                           "ISO 14064-2 project, an ISO 14067 product footprint, or agreed-upon procedures")
    listing = commands.add_parser("list", help="list engagements")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    calc = commands.add_parser("calc", help="recalculate an engagement's emissions (code such as VF-2026-0001, or id)")
    calc.add_argument("engagement")
    calc.add_argument("--json", action="store_true", help="machine-readable output")
    db = commands.add_parser("db", help="store maintenance")
    db.add_argument("action", choices=["check"])
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


def _demo(args) -> int:
    from app.services import demo_stages
    from app.services import engagements as services

    store = open_data_store(args)
    from app.storage.checklist_templates import shipped_templates

    if args.programme == "iso14064-2":
        from app.services.project_demo import create_project_demo

        engagement_id = create_project_demo(store.uow(), args.actor or default_actor())
    elif args.programme == "iso14067":
        from app.services.footprint_demo import create_footprint_demo

        engagement_id = create_footprint_demo(store.uow(), args.actor or default_actor())
    elif args.programme == "aup":
        from app.services.aup_demo import create_aup_demo

        engagement_id = create_aup_demo(store.uow(), args.actor or default_actor())
    else:
        engagement_id = demo_stages.create_demo_at(store.uow(), args.stage, args.actor or default_actor(), templates=shipped_templates(),
                                                   programme=args.programme)
    engagement, client = services.load(store.uow(), engagement_id)
    print(f"Made a demo engagement (演示项目 DEMO, invented data; it can be deleted): {engagement.code}  {client.name_zh}  {engagement.title}")
    if args.stage == "submitted" and args.programme == "iso14064-1":
        from app.services.demo_submission import queue_signed_package

        item = queue_signed_package(store, engagement_id, args.actor or default_actor())
        print(f"Signed package queued for head office (已放入发件箱): {item.package}")
    return 0


def _list(args) -> int:
    from app.services import engagements as services

    rows = services.list_engagements(open_data_store(args).uow())
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, default=str, indent=2))
    else:
        for r in rows:
            print(f"{r.code}\t{r.status}\t{r.client_zh or r.client_en}\t{r.title}")
    return 0


def _db(args) -> int:
    from app.services import engagements as services

    from app.storage.backups import EVIDENCE_FOLDER, needed_evidence
    from app.storage.evidence_files import EvidenceFiles

    store = open_data_store(args)
    integrity = store.integrity_check()
    history = services.verify_history(store.uow())
    needed = needed_evidence(store.path)
    bad = EvidenceFiles(store.path.parent / EVIDENCE_FOLDER).verify_all(expected=needed)  # each file hashed again
    ok = integrity == ["ok"] and not history and not store.foreign_key_problems() and not bad
    print(f"store: {store.path}")
    print(f"schema version: {store.schema_version()}")
    print(f"integrity: {'; '.join(integrity)}")
    print("history chain: " + ("intact" if not history else "; ".join(p.both() for p in history)))
    print(f"evidence: {len(needed)} files referred to, " + ("all present and intact" if not bad else
          f"{len(bad)} missing or damaged (restore them from a backup): " + ", ".join(f"{d[:12]}…" for d in bad)))
    return 0 if ok else 1


def _calc(args) -> int:
    from app.domain.inventory.calculation_report import calculation_report
    from app.domain.kernel.choices import Programme
    from app.services import engagements as engagement_services
    from app.services import inventory as inventory_services

    store, engagement_id = named_engagement(args)
    programme = engagement_services.load(store.uow(), engagement_id)[0].programme
    if programme is Programme.ISO_14064_2:
        return _calc_project(args, store, engagement_id)
    if programme is Programme.ISO_14067:
        return _calc_footprint(args, store, engagement_id)
    report = calculation_report(inventory_services.calculate(store.uow(), engagement_id))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{report['engagement']}  GWP {report['gwp_report']}  (tCO2e)")
    for row in report["sources"]:
        print(f"{row['name']}\t{row['category']}\tverified {_tonnes(row['verified'])}\treported {_tonnes(row['reported'])}")
    totals, materiality = report["totals"], report["materiality"]
    print(f"direct {totals['direct']:,.2f}  indirect {totals['indirect']:,.2f}")
    for estimate in report["estimates"]:
        print(f"{estimate['finding']} conservative estimate +{estimate['tonnes']:,.2f}")
    pct = totals["difference_pct"]
    print(f"total verified {totals['total']:,.2f}  reported {_tonnes(totals['reported'])}  reported − verified "
          f"{_tonnes(totals['difference'])}" + ("" if pct is None else f" ({pct:+.2f} % of reported total)"))
    if totals["unreported"]:
        names = {row["id"]: row["name"] for row in report["sources"]}
        print("not reported (outside the reported total): " + ", ".join(names[i] for i in totals["unreported"]))
    net = materiality["net_pct"]
    print(f"materiality {materiality['threshold_pct']:g} %"
          + ("" if net is None else f", net misstatement {net:.2f} % of reported total") + f": {materiality['verdict_text']}")
    return 0


def _calc_project(args, store, engagement_id: str) -> int:
    """ER = BE − PE − LE of an ISO 14064-2 project, per monitoring period and vintage, ex post and ex ante."""
    from app.domain.project.report import FIGURES, project_report
    from app.services import project as project_services

    held = project_services.project(store.uow(), engagement_id)
    report = project_report(held.engagement.code, held.engagement.gwp_report.value, held.reductions, held.ssrs)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{report['engagement']}  ISO 14064-2  GWP {report['gwp_report']}  (tCO2e, ex post; ex ante in brackets)")
    for name in FIGURES:
        print(f"{name}\t{report[name]['total']:,.2f}\t({report['ex_ante'][name]['total']:,.2f})")
    for row in report["reductions"]["per_period"]:
        print(f"  {row['period']}  vintage {row['vintage']}: {row['tco2e']:,.2f}")
    for problem in report["problems"]:
        print(f"problem: {problem}")
    return 0


def _calc_footprint(args, store, engagement_id: str) -> int:
    """An ISO 14067 product footprint: kgCO₂e per unit, per stage, its split and its sensitivity to the allocation."""
    from app.domain.footprint.report import footprint_report
    from app.services import footprint as footprint_services

    held = footprint_services.footprint(store.uow(), engagement_id)
    report = footprint_report(held.engagement.code, held.engagement.gwp_report.value, held.product, held.result, held.flows)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    unit = report["functional_unit"]
    print(f"{report['engagement']}  ISO 14067  {report['product']}  per {unit['kind']} unit: {unit['text']}  (kgCO2e)")
    for stage, kg in report["stages"].items():
        print(f"{stage}\t{kg:,.3f}")
    print(f"per unit ({report['allocation']} allocation)\t{_tonnes(report['per_unit'])}")
    print("sensitivity: " + ", ".join(f"{m} {kg:,.3f}" for m, kg in report["sensitivity"].items()))
    for problem in report["problems"]:
        print(f"problem: {problem}")
    return 0


def _tonnes(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


_RUN = {"demo": _demo, "list": _list, "db": _db, "calc": _calc}
