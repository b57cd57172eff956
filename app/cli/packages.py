"""``verifield`` commands: the audit package for head office: make, verify, import."""

from __future__ import annotations

from app.cli.common import certificate_file, named_engagement, open_data_store, passphrase, say
from app.domain.kernel.text import DomainError
from app.user import default_actor


def register(commands) -> None:
    """Add the commands of this group to the ``verifield`` parser."""
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
    for name, run in _RUN.items():
        commands.choices[name].set_defaults(run=run)


def _package(args) -> int:
    from pathlib import Path

    from app.services import packages as package_services

    store, engagement_id = named_engagement(args)
    made = package_services.make_package(store, engagement_id, Path(args.out), Path(args.sign), passphrase(args),
                                         args.encrypt_to, args.actor or default_actor())
    encrypted = f", encrypted to {len(args.encrypt_to)} recipient(s)" if args.encrypt_to else ""
    print(f"{args.out}: package {made.package_id}, {made.members} files{encrypted}, SHA-256 {made.sha256}")
    return 0


def _package_trust(args, store):
    from pathlib import Path

    from app.services import packages as package_services

    return package_services.trust_of(store, [certificate_file(Path(name)) for name in args.trust])


def _verify_package(args) -> int:
    from pathlib import Path

    from app.services import packages as package_services

    store = open_data_store(args)
    try:
        with package_services.opened(Path(args.file), [Path(k) for k in args.identity], _package_trust(args, store)) as package:
            info = package.bag.info
            print(f"{args.file}: intact and signed by {package.signer_name}; {info['Engagement-Code']} revision "
                  f"{package.revision}, package {package.package_id}, {len(package.bag.payload)} files")
    except DomainError as error:
        say(error.message)
        return 1
    return 0


def _import_package(args) -> int:
    from pathlib import Path

    from app.services import packages as package_services
    from app.sync import folder_transport

    store = open_data_store(args)
    trust, keys = _package_trust(args, store), [Path(k) for k in args.identity]
    source = Path(args.file)
    failed = 0
    for path in folder_transport.incoming(source) if source.is_dir() else [source]:
        try:
            kept, new = package_services.import_package(store, path, keys, trust)
        except DomainError as error:
            say(error.message)
            failed += 1
            continue
        done = "imported" if new else "already imported, nothing changed"
        print(f"{path}: {done}: {kept.engagement_code} revision {kept.revision}, package {kept.package_id}")
    return 1 if failed else 0


_RUN = {"package": _package, "verify-package": _verify_package, "import-package": _import_package}
