"""``verifield countersign``: head office's authorised signatory countersigns what an approved engagement issues.

    verifield countersign ENGAGEMENT --sign ID.p12 --passphrase-file P
        the lead's signed statement and certificate of the newest revision imported, signed again in the Authoriser
        field (the first signature stays valid) and kept in issued/<engagement id>/; ``verifield publish`` sends them
        back to the laptop with the decision
"""

from __future__ import annotations

from pathlib import Path

from app.cli.common import named_engagement, passphrase
from app.user import default_actor


def register(commands) -> None:
    """Add the command to the ``verifield`` parser."""
    signing = commands.add_parser("countersign", help="head office: countersign an approved engagement's statement and certificate")
    signing.add_argument("engagement")
    signing.add_argument("--sign", metavar="ID.p12", required=True, help="the authorised signatory's identity (PKCS#12)")
    signing.add_argument("--passphrase-file", required=True)
    signing.set_defaults(run=_countersign)


def _countersign(args) -> int:
    from app.services import issued_documents

    store, engagement_id = named_engagement(args)
    for issued in issued_documents.countersign(store, engagement_id, Path(args.sign), passphrase(args), args.actor or default_actor()):
        print(f"{issued.path}  SHA-256 {issued.sha256}")
    return 0
