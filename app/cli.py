"""The ``verifield`` command: the GUI by default, and the same use cases from a shell.

    verifield [--data-dir D]              start the GUI
    verifield --version
    verifield demo [--data-dir D]         create the demo engagement
    verifield list [--json]               list engagements
    verifield db check                    integrity check and schema version
    verifield calc ENGAGEMENT [--json]    recalculated vs reported emissions, materiality verdict
    verifield export-xlsx ENGAGEMENT OUT  calculation workbook with live formulas
    verifield template ENGAGEMENT OUT     the client's data request workbook
    verifield import-data ENGAGEMENT IN   read a filled-in data request back (all or nothing)
    verifield findings ENGAGEMENT         list the findings, what blocks the statement, what is overdue
    verifield findings-form ENGAGEMENT OUT  the client's findings form (.xlsx to fill in, or .pdf to print)
    verifield import-reply ENGAGEMENT IN  read the client's returned findings form back (all or nothing)
    verifield findings-report ENGAGEMENT OUT  the findings report (PDF)
    verifield statement ENGAGEMENT --out F [--kind K] [--sign ID.p12 --passphrase-file P]
                                          statement, certificate or report (PDF), signed if asked
    verifield sign-pdf IN --out F --sign ID.p12 --passphrase-file P [--field Authoriser]
                                          add a signature (e.g. head office's, after the verifier's)
    verifield verify-pdf F [--trust CERT]  who signed, whether the file is intact, what was signed;
                                          exit 1 unless every signature holds and is trusted
    verifield identity NAME --out ID.p12 --passphrase-file P   a new self-signed signing identity
    verifield package ENGAGEMENT --out F --sign ID.p12 --passphrase-file P [--encrypt-to age1…]…
                                          the signed audit package (.vfpkg) for head office
    verifield verify-package F [--identity KEYFILE] [--trust CERT]   exit 1 unless every check holds
    verifield import-package F|FOLDER [--identity KEYFILE] [--trust CERT]   keep it as a revision (all or nothing)
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from dataclasses import asdict

from app import APP_NAME, __version__
from app.domain.text import DomainError
from app.user import default_actor


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="verifield", description=f"{APP_NAME}: GHG verification workbench")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: $VERIFIELD_DATA_DIR or the user's data folder)")
    parser.add_argument("--actor", default=None, help="name recorded in the change history")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("demo", help="create a demo engagement")
    listing = commands.add_parser("list", help="list engagements")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    calc = commands.add_parser("calc", help="recalculate an engagement's emissions (code such as VF-2026-0001, or id)")
    calc.add_argument("engagement")
    calc.add_argument("--json", action="store_true", help="machine-readable output")
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
    statement = commands.add_parser("statement", help="print the verification statement, certificate or report (PDF)")
    statement.add_argument("engagement")
    statement.add_argument("--out", required=True, help="PDF to write")
    statement.add_argument("--kind", choices=["statement", "certificate", "report"], default="statement")
    statement.add_argument("--version", type=int, help="statement version (default: the latest)")
    _signing_arguments(statement, required=False, field="Verifier")
    sign = commands.add_parser("sign-pdf", help="sign a Verifield PDF (a second signature keeps the first valid)")
    sign.add_argument("file")
    sign.add_argument("--out", required=True, help="signed PDF to write (may be the same file)")
    _signing_arguments(sign, required=True, field="Authoriser")
    verify = commands.add_parser("verify-pdf", help="check a signed PDF: signers, integrity, what was signed")
    verify.add_argument("file")
    verify.add_argument("--trust", action="append", default=[],
                        help="certificate (PEM or DER) to trust, besides the identities beside the store; repeatable")
    verify.add_argument("--language", choices=["zh", "en"], default="en")
    identity = commands.add_parser("identity", help="create a self-signed signing identity (PKCS#12)")
    identity.add_argument("name")
    identity.add_argument("--out", required=True, help="PKCS#12 file to create")
    identity.add_argument("--passphrase-file", required=True, help="file whose first line is the passphrase")
    identity.add_argument("--role", default="", help="e.g. 核查组长 / lead verifier")
    identity.add_argument("--organisation", default="")
    identity.add_argument("--email", default="")
    package = commands.add_parser("package", help="write the signed audit package (.vfpkg) for head office")
    package.add_argument("engagement")
    package.add_argument("--out", required=True, help="package file to write (e.g. on a USB stick)")
    package.add_argument("--sign", metavar="ID.p12", required=True, help="the lead verifier's signing identity (PKCS#12)")
    package.add_argument("--passphrase-file", required=True, help="file whose first line is the identity's passphrase")
    package.add_argument("--encrypt-to", action="append", default=[], metavar="age1…",
                         help="age public key to encrypt to (head office, an escrow key); repeatable")
    for name, text in (("verify-package", "check an audit package: every member, the signature, the schema, the history"),
                       ("import-package", "import a verified audit package, or every .vfpkg in a folder, as revisions")):
        checking = commands.add_parser(name, help=text)
        checking.add_argument("file")
        checking.add_argument("--identity", action="append", default=[], metavar="KEYFILE", help="age secret key file; repeatable")
        checking.add_argument("--trust", action="append", default=[], help="certificate (PEM or DER) of a signer to trust; repeatable")
    db = commands.add_parser("db", help="store maintenance")
    db.add_argument("action", choices=["check"])
    return parser


def _signing_arguments(parser: argparse.ArgumentParser, required: bool, field: str) -> None:
    parser.add_argument("--sign", metavar="ID.p12", required=required, help="signing identity (PKCS#12)")
    parser.add_argument("--passphrase-file", help="file whose first line is the identity's passphrase")
    parser.add_argument("--field", default=field, help=f"signature field (default {field})")
    parser.add_argument("--role", default="", help="role shown in the signature (default: the identity's)")
    parser.add_argument("--reason", default="", help="reason shown in the signature")
    parser.add_argument("--location", default="")
    parser.add_argument("--image", help="handwritten signature image (PNG or JPEG)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from app.ui.main import run_gui

        return run_gui(args.data_dir)
    try:
        return _COMMANDS[args.command](args)
    except DomainError as error:
        _say(error.message)
        return 2


def _say(message) -> None:
    """A message on stderr, in both languages."""
    text = message.both() if "\n" not in message.en else f"{message.en}\n\n{message.zh}"
    print(f"verifield: {text}", file=sys.stderr)


def _store(args):
    from app.paths import database_path
    from app.storage.store import open_store

    store = open_store(database_path(args.data_dir))
    for notice in store.notices:  # a restore from backup, say
        _say(notice)
    return store


def _engagement(args):
    """The store and the id of the engagement the command names (by code or id)."""
    from app.domain import services

    store = _store(args)
    return store, services.find_engagement(store.uow(), args.engagement)


def _demo(args) -> int:
    from app.domain import demo, services

    store = _store(args)
    from app.storage.checklist_templates import shipped_templates

    engagement_id = demo.create_demo(store.uow(), args.actor or default_actor(), templates=shipped_templates())
    engagement, client = services.load(store.uow(), engagement_id)
    print(f"Made a demo engagement (演示项目 DEMO, invented data; it can be deleted): {engagement.code}  {client.name_zh}  {engagement.title}")
    return 0


def _list(args) -> int:
    from app.domain import services

    rows = services.list_engagements(_store(args).uow())
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, default=str, indent=2))
    else:
        for r in rows:
            print(f"{r.code}\t{r.status}\t{r.client_zh or r.client_en}\t{r.title}")
    return 0


def _db(args) -> int:
    from app.domain import services

    store = _store(args)
    integrity = store.integrity_check()
    history = services.verify_history(store.uow())
    ok = integrity == ["ok"] and not history and not store.foreign_key_problems()
    print(f"store: {store.path}")
    print(f"schema version: {store.schema_version()}")
    print(f"integrity: {'; '.join(integrity)}")
    print("history chain: " + ("intact" if not history else "; ".join(p.both() for p in history)))
    return 0 if ok else 1


def _calc(args) -> int:
    from app.domain import inventory_services
    from app.domain.calculation_report import calculation_report

    store, engagement_id = _engagement(args)
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


def _tonnes(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def _export_xlsx(args) -> int:
    from app.domain import finding_services, inventory_services, services
    from app.reports.calculation_workbook import export_calculation_workbook

    store, engagement_id = _engagement(args)
    calculation = inventory_services.calculate(store.uow(), engagement_id)
    client = services.load(store.uow(), engagement_id)[1]
    findings = finding_services.list_findings(store.uow(), engagement_id)
    export_calculation_workbook(args.out, calculation, client, datetime.now().astimezone(), findings)
    print(f"{args.out}: {len(calculation.inventory.sources)} sources, {len(calculation.inventory.records)} records")
    return 0


def _template(args) -> int:
    from app.domain import inventory_services, services
    from app.reports.data_request import write_request

    store, engagement_id = _engagement(args)
    client = services.load(store.uow(), engagement_id)[1]
    rows = write_request(args.out, inventory_services.load_inventory(store.uow(), engagement_id), client, datetime.now().astimezone())
    print(f"{args.out}: {rows} rows")
    return 0


def _import_data(args) -> int:
    from app.domain import inventory_services
    from app.domain.data_request import plan_import
    from app.reports.data_request import DATA_SHEET
    from app.reports.workbook_reader import read_rows

    store, engagement_id = _engagement(args)
    sheet, rows = read_rows(args.file, DATA_SHEET)
    plan = plan_import(inventory_services.load_inventory(store.uow(), engagement_id), sheet, rows)
    print(plan.summary().both())
    if not args.dry_run and plan.records:
        inventory_services.put_records(store.uow(), engagement_id, plan.records, [], args.actor or default_actor())
        print("imported")
    return 0


def _findings(args) -> int:
    from datetime import date

    from app.domain import finding_services
    from app.domain.findings import statement_blockers

    store, engagement_id = _engagement(args)
    held = finding_services.list_findings(store.uow(), engagement_id)
    today = date.today()
    for f in held:
        late = "  OVERDUE" if f.overdue(today) else ""
        print(f"{f.label}  {f.kind.label.en:<30} {f.state.label.en:<32} due {f.due}{late}  {f.description.splitlines()[0][:60]}")
    blockers = statement_blockers(held)
    print("blocking the final statement: " + ("; ".join(b.en for b in blockers) if blockers else "nothing"))
    return 0


def _findings_form(args) -> int:
    from app.domain import finding_services, inventory_services, services

    store, engagement_id = _engagement(args)
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

    from app.domain import finding_services
    from app.domain.findings_reply import plan_reply
    from app.reports.findings_form import FORM_SHEET
    from app.reports.workbook_reader import read_rows

    store, engagement_id = _engagement(args)
    sheet, rows = read_rows(args.file, FORM_SHEET)
    plan = plan_reply(finding_services.list_findings(store.uow(), engagement_id), sheet, rows, date.today())
    print(plan.summary().both())
    if not args.dry_run and plan.responses:
        finding_services.record_responses(store.uow(), engagement_id, plan.responses, args.actor or default_actor(), date.today())
        print("imported")
    return 0


def _findings_report(args) -> int:
    from app.domain import finding_services, inventory_services, services
    from app.reports.findings_pdf import write_report_pdf

    store, engagement_id = _engagement(args)
    engagement, client = services.load(store.uow(), engagement_id)
    held = finding_services.list_findings(store.uow(), engagement_id)
    calculation = inventory_services.calculate(store.uow(), engagement_id)
    write_report_pdf(args.out, engagement, client, held, calculation, args.language, datetime.now().astimezone())
    print(f"{args.out}: {len(held)} findings")
    return 0


def _passphrase(args) -> str:
    from pathlib import Path

    from app.domain.text import Text

    if not args.passphrase_file:
        raise DomainError(Text("签名需要 --passphrase-file。", "Signing needs --passphrase-file."), "passphrase")
    try:
        return Path(args.passphrase_file).read_text(encoding="utf-8-sig").splitlines()[0]  # -sig: Notepad's BOM
    except (OSError, IndexError, UnicodeDecodeError) as error:
        raise DomainError(Text(f"无法读取口令文件：{error}", f"The passphrase file cannot be read: {error}"), "passphrase") from None


def _sign(args, source: str) -> None:
    from pathlib import Path

    from app.reports.signing import sign_pdf

    sign_pdf(Path(source), Path(args.out), Path(args.sign), _passphrase(args), field=args.field, reason=args.reason,
             location=args.location, role=args.role, image=Path(args.image) if args.image else None)


def _statement(args) -> int:
    import tempfile
    from pathlib import Path

    from app.reports.identity import read_identity
    from app.reports.statement_documents import Document, print_document

    store, engagement_id = _engagement(args)
    out = Path(args.out)
    if args.sign:  # a wrong passphrase is refused before anything is written
        read_identity(Path(args.sign), _passphrase(args))
    # When signing, the unsigned document goes to a scratch folder (never beside --out), so --out is only ever
    # replaced, all at once, by the signed file.
    with tempfile.TemporaryDirectory(prefix="verifield-") as scratch:
        written = Path(scratch) / out.name if args.sign else out
        printed = print_document(store.uow(), engagement_id, Document(args.kind), written, datetime.now().astimezone(), args.version)
        if args.sign:
            _sign(args, str(written))
    for changed in printed.drift:
        print(f"warning: changed since this version was made final: {changed.both()}", file=sys.stderr)
    signed = ", signed" if args.sign else ""
    print(f"{args.out}: {Document(args.kind).label.en}, {printed.statement.number} {printed.statement.label.en}{signed}")
    return 0


def _sign_pdf(args) -> int:
    _sign(args, args.file)
    print(f"{args.out}: signed in field {args.field}")
    return 0


def _verify_pdf(args) -> int:
    from pathlib import Path

    from app.paths import database_path
    from app.reports.identity import identities_beside, trusted_certificates
    from app.reports.signing import describe, summary, verify_pdf

    trusted = [_certificate(Path(name)) for name in args.trust]
    checks = verify_pdf(Path(args.file), trusted + trusted_certificates(identities_beside(database_path(args.data_dir))))
    for check in checks:
        print(describe(check, args.language))
    print(f"{args.file}: {summary(checks).in_(args.language)}")
    return 0 if checks and all(c.ok for c in checks) else 1


def _certificate(path) -> bytes:
    """A certificate file as DER (PEM files are converted)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    from app.domain.text import Text

    try:
        data = path.read_bytes()
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data).public_bytes(Encoding.DER)
        return x509.load_der_x509_certificate(data).public_bytes(Encoding.DER)
    except (OSError, ValueError) as error:
        raise DomainError(Text(f"无法读取证书 {path}：{error}", f"The certificate {path} cannot be read: {error}"), "trust") from None


def _identity(args) -> int:
    from pathlib import Path

    from app.reports.identity import create_identity

    made = create_identity(Path(args.out), args.name, args.role, args.organisation, args.email, _passphrase(args))
    print(f"{args.out}: {made.name}, valid until {made.not_after:%Y-%m-%d}, SHA-256 {made.fingerprint}")
    return 0


def _package(args) -> int:
    from pathlib import Path

    from app.sync import package_services

    store, engagement_id = _engagement(args)
    made = package_services.make_package(store, engagement_id, Path(args.out), Path(args.sign), _passphrase(args),
                                         args.encrypt_to, args.actor or default_actor())
    encrypted = f", encrypted to {len(args.encrypt_to)} recipient(s)" if args.encrypt_to else ""
    print(f"{args.out}: package {made.package_id}, {made.members} files{encrypted}, SHA-256 {made.sha256}")
    return 0


def _package_trust(args, store):
    from pathlib import Path

    from app.sync import package_services

    return package_services.trust_of(store, [_certificate(Path(name)) for name in args.trust])


def _verify_package(args) -> int:
    from pathlib import Path

    from app.sync import package_services

    store = _store(args)
    try:
        with package_services.opened(Path(args.file), [Path(k) for k in args.identity], _package_trust(args, store)) as package:
            info = package.bag.info
            print(f"{args.file}: intact and signed by {package.signer_name}; {info['Engagement-Code']} revision "
                  f"{package.revision}, package {package.package_id}, {len(package.bag.payload)} files")
    except DomainError as error:
        _say(error.message)
        return 1
    return 0


def _import_package(args) -> int:
    from pathlib import Path

    from app.sync import folder_transport, package_services

    store = _store(args)
    trust, keys = _package_trust(args, store), [Path(k) for k in args.identity]
    source = Path(args.file)
    failed = 0
    for path in folder_transport.incoming(source) if source.is_dir() else [source]:
        try:
            kept, new = package_services.import_package(store, path, keys, trust)
        except DomainError as error:
            _say(error.message)
            failed += 1
            continue
        done = "imported" if new else "already imported, nothing changed"
        print(f"{path}: {done}: {kept.engagement_code} revision {kept.revision}, package {kept.package_id}")
    return 1 if failed else 0


_COMMANDS = {
    "demo": _demo, "list": _list, "db": _db, "calc": _calc, "export-xlsx": _export_xlsx, "template": _template,
    "import-data": _import_data, "findings": _findings, "findings-form": _findings_form, "import-reply": _import_reply,
    "findings-report": _findings_report, "statement": _statement, "sign-pdf": _sign_pdf, "verify-pdf": _verify_pdf,
    "identity": _identity, "package": _package, "verify-package": _verify_package, "import-package": _import_package,
}
