"""The ``verifield`` command: the GUI by default, and the same use cases from a shell.

One module per command group (each with a ``register(commands)``); see docs/architecture.md.  Each command run
on a data folder that exists is written to its log (:mod:`app.logs`) by its name and outcome only, as the GUI does.

    verifield [--data-dir D] [--open F.vfpkg]   start the GUI (importing F, as opening a .vfpkg file does)
    verifield --version
    verifield demo [--programme P] [--stage submitted]   a demo engagement (iso14064-1, iso14064-2, aup;
                                          submitted: ready for head office)
    verifield list [--json]               list engagements
    verifield db check                    integrity check, schema version, history chain, evidence hashed
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
import sys
import time

from app import APP_NAME, __version__, logs
from app.cli import laptop
from app.cli.common import read_passphrase, say
from app.domain.kernel.text import DomainError


def _options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``parser`` given the options that come before any command (and that start the GUI when none follows)."""
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: $VERIFIELD_DATA_DIR or the user's data folder)")
    parser.add_argument("--actor", default=None, help="name recorded in the change history")
    parser.add_argument("--open", nargs="?", const="", default="", metavar="F.vfpkg", help="import this package in the GUI")
    laptop.global_options(parser)
    return parser


def _parser() -> argparse.ArgumentParser:
    """The whole command line: the options and every command of every group."""
    from app.cli import certification, documents, engagements, evaluation, findings, issuing, packages, sync, taking_in, workbooks

    parser = _options(argparse.ArgumentParser(prog="verifield", description=f"{APP_NAME}: GHG verification workbench"))
    commands = parser.add_subparsers(dest="command")
    for group in (engagements, workbooks, findings, documents, evaluation, packages, certification, sync, taking_in, issuing, laptop):
        group.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    # The GUI is what most starts ask for: it is started from the options alone, without importing and building
    # every command (about 40 ms of each start-up); anything else (a command, --help, a mistake) takes the whole line.
    options, rest = _options(argparse.ArgumentParser(prog="verifield", add_help=False)).parse_known_args(argv)
    args = _parser().parse_args(argv) if rest else options
    if getattr(args, "command", None) is None:
        return _gui(args)
    started = time.monotonic()
    try:
        code = args.run(args)
        sys.stdout.flush()  # what is still buffered meets a closed pipe here, inside the handlers below
    except DomainError as error:
        say(error.message)
        _logged(args, started, f"refused ({error.field or '-'})")
        return 2
    except BrokenPipeError:  # the reader went away (``verifield list | head``): stop quietly, as other tools do
        _silence_stdout()
        _logged(args, started, "output closed")
        return 1
    except Exception:
        if _logged(args, started, "failed"):
            logs.unexpected(*sys.exc_info())
        raise
    _logged(args, started, f"exit {code}")
    return code


def _gui(args: argparse.Namespace) -> int:
    """The window, given the encrypted folder's passphrase from ``--passphrase-file`` when there is one."""
    try:
        passphrase = read_passphrase(args.folder_passphrase_file) if args.folder_passphrase_file else ""
    except DomainError as error:
        say(error.message)
        return 2
    from app.ui.main import run_gui

    return run_gui(args.data_dir, args.open, passphrase)


def _silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit does not meet the closed pipe again."""
    import os

    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)


def _logged(args: argparse.Namespace, started: float, outcome: str) -> bool:
    """Write the command's name and outcome (never its arguments, which may name a client) to the data folder's
    log, if there is a data folder; whether it was written."""
    from app.paths import chosen_data_dir

    folder = chosen_data_dir(args.data_dir)
    if not folder.is_dir():  # a command that needs no data folder (identity, verify-pdf) makes none for its log
        return False
    logs.setup(folder)
    logs.log.info("cli %s %s in %.1f s", args.command, outcome, time.monotonic() - started)
    return True
