"""The submitted demo's signed package (``verifield demo --stage submitted``): the demo's lead verifier gets a signing
identity of their own, beside the store in ``identities/`` as any identity made in the program (a self-signed
certificate naming them DEMO, under :data:`PASSPHRASE`, which this module states openly: the data is invented), and
the engagement is submitted to head office through the outbox as a verifier would, so the package carries the final
statement and the certificate signed (PAdES) by them."""

from __future__ import annotations

from pathlib import Path

from app.services import outbox
from app.services.demo import demo_people

PASSPHRASE = "demo-only-passphrase"  # invented data: the key signs nothing but the demo
FILE = "demo-lead-verifier.p12"


def demo_identity(store) -> Path:
    """The demo lead verifier's identity beside ``store`` (made on first use, the same file afterwards)."""
    from app.reports.identity import create_identity, identities_beside, read_identity

    path = identities_beside(store.path) / FILE
    if path.exists():
        read_identity(path, PASSPHRASE)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    lead = demo_people()[0]
    create_identity(path, f"{lead.name} (DEMO)", "核查组长 / lead verifier", "DEMO 演示 (invented data)", "", PASSPHRASE)
    return path


def queue_signed_package(store, engagement_id: str, actor: str) -> outbox.Item:
    """The submitted demo's package, signed by the demo lead verifier, queued in the outbox for head office."""
    return outbox.submit(store, engagement_id, demo_identity(store), PASSPHRASE, actor)
