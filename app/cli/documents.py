"""``verifield`` commands: statements, certificates and reports as PDF, signatures and signing identities."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from app.cli.common import certificate_file, named_engagement, passphrase


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
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
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


def _signing_arguments(parser: argparse.ArgumentParser, required: bool, field: str) -> None:
    parser.add_argument("--sign", metavar="ID.p12", required=required, help="signing identity (PKCS#12)")
    parser.add_argument("--passphrase-file", help="file whose first line is the identity's passphrase")
    parser.add_argument("--field", default=field, help=f"signature field (default {field})")
    parser.add_argument("--role", default="", help="role shown in the signature (default: the identity's)")
    parser.add_argument("--reason", default="", help="reason shown in the signature")
    parser.add_argument("--location", default="")
    parser.add_argument("--image", help="handwritten signature image (PNG or JPEG)")


def _sign(args, source: str) -> None:
    from pathlib import Path

    from app.reports.signing import sign_pdf

    sign_pdf(Path(source), Path(args.out), Path(args.sign), passphrase(args), field=args.field, reason=args.reason,
             location=args.location, role=args.role, image=Path(args.image) if args.image else None)


def _statement(args) -> int:
    import tempfile
    from pathlib import Path

    from app.reports.identity import read_identity
    from app.services.statement_documents import Document, print_document

    store, engagement_id = named_engagement(args)
    out = Path(args.out)
    if args.sign:  # a wrong passphrase is refused before anything is written
        read_identity(Path(args.sign), passphrase(args))
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

    trusted = [certificate_file(Path(name)) for name in args.trust]
    checks = verify_pdf(Path(args.file), trusted + trusted_certificates(identities_beside(database_path(args.data_dir))))
    for check in checks:
        print(describe(check, args.language))
    print(f"{args.file}: {summary(checks).in_(args.language)}")
    return 0 if checks and all(c.ok for c in checks) else 1


def _identity(args) -> int:
    from pathlib import Path

    from app.reports.identity import create_identity

    made = create_identity(Path(args.out), args.name, args.role, args.organisation, args.email, passphrase(args))
    print(f"{args.out}: {made.name}, valid until {made.not_after:%Y-%m-%d}, SHA-256 {made.fingerprint}")
    return 0


_RUN = {"statement": _statement, "sign-pdf": _sign_pdf, "verify-pdf": _verify_pdf, "identity": _identity}
