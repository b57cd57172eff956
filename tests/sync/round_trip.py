"""The two data folders of the review round trip and what head office does in between, for its tests: a laptop
with the submitted demo and the lead's identity, enrolled with a real intake service (``verifield serve`` on
127.0.0.1), and head office's store beside it, which starts empty but for its reviewer and decision-maker
(``verifield people add``).

Everything travels only through the intake service: packages up (``verifield import-received`` makes the first
one head office's engagement, the next ones bring the lead's answers), review points, decisions and certificates
down.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.certification.review import Check, Result
from app.reports.identity import create_identity
from app.services import certification as ho
from app.services import demo_stages, downloads, outbox
from app.storage.store import Store, open_store
from tests.intake.servers import Server, verifield

PASSPHRASE = "lead-verifier-passphrase"
LEAD = "王磊 Wang Lei"
POINTS = ("NC-01 的证据？ / What closed NC-01?", "人天是否按附录 A？ / Man-days per Annex A?")


@dataclass
class World:
    laptop: Path  # the laptop's data folder
    head_office: Path  # head office's data folder (its store)
    server: Server
    identity: Path
    certificate: Path
    engagement_id: str
    authoriser: Path | None = None  # head office's authorised signatory's identity (its passphrase in a .txt beside it)
    reviewer: str = ""  # head office's people, by id
    decision_maker: str = ""

    def laptop_store(self) -> Store:
        return open_store(self.laptop / "verifield.sqlite")

    def head_store(self) -> Store:
        return open_store(self.head_office / "verifield.sqlite")

    def submit(self, store: Store) -> outbox.Item:
        return outbox.submit(store, self.engagement_id, self.identity, PASSPHRASE, LEAD)

    def sync(self) -> str:
        return verifield("sync", data_dir=self.laptop).stdout

    def raise_points(self) -> None:
        """Head office starts the review, records every check met, raises two points and publishes them."""
        head, today = self.head_store(), date.today()
        try:
            ho.start_review(head.uow(), self.engagement_id, self.reviewer, "赵敏 Zhao Min", today)
            for check in Check:
                ho.record_check(head.uow(), self.engagement_id, check, Result.MET, "", "赵敏 Zhao Min")
            for text in POINTS:
                ho.raise_point(head.uow(), self.engagement_id, text, "赵敏 Zhao Min", today)
            assert downloads.publish(head.uow(), self.server.data_dir) == [self.engagement_id]
        finally:
            head.close()

    def take_in(self) -> str:
        """``verifield import-received``: head office imports what the intake service received (the first package
        makes the engagement head office's, the next one's answers go against its points)."""
        return verifield("import-received", "--intake-dir", str(self.server.data_dir), data_dir=self.head_office).stdout

    def close_approve_decide(self) -> str:
        """The reviewer closes every point, approves; the decision-maker approves; the authorised signatory countersigns
        (``verifield countersign``); ``verifield publish``; the number."""
        head, today = self.head_store(), date.today()
        try:
            for point in ho.review_of(head.uow(), self.engagement_id).points:
                ho.close_point(head.uow(), self.engagement_id, point.id, "赵敏 Zhao Min", today)
            ho.approve_review(head.uow(), self.engagement_id, "赵敏 Zhao Min", today)
            _decision, certificate = ho.decide(head.uow(), self.engagement_id, self.decision_maker, True, "", today, "孙强 Sun Qiang")
        finally:
            head.close()
        signed = verifield("countersign", certificate.engagement_code, "--sign", str(self.authoriser), "--passphrase-file",
                           str(self.authoriser.with_suffix(".txt")), data_dir=self.head_office)
        assert signed.stdout.count("SHA-256") == 2  # the statement and the certificate
        done = verifield("publish", certificate.engagement_code, "--intake-dir", str(self.server.data_dir), data_dir=self.head_office)
        assert "published 1 engagement(s)" in done.stdout
        return certificate.number


def make_world(folder: Path) -> World:
    """The laptop (submitted demo, enrolled, its first package acknowledged) and head office's store, with its
    reviewer and decision-maker, holding the engagement only as the intake service received it."""
    laptop, head_office = folder / "laptop", folder / "head-office"
    laptop.mkdir()
    head_office.mkdir()
    server = Server(folder / "intake", None)
    server.data_dir.mkdir()
    server.start()
    identity = create_identity(folder / "lead.p12", "王磊", "核查组长", "绿源核查有限公司", "", PASSPHRASE)
    store = open_store(laptop / "verifield.sqlite")
    try:
        engagement_id = demo_stages.create_demo_at(store.uow(), "submitted", LEAD, date.today())
    finally:
        store.close()
    authoriser = create_identity(folder / "authoriser.p12", "刘洋", "授权签字人", "绿源核查有限公司", "", PASSPHRASE)
    authoriser.path.with_suffix(".txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    world = World(laptop, head_office, server, identity.path, identity.path.with_suffix(".cer"), engagement_id, authoriser.path)
    verifield("enrol", server.url, "--token", server.token(LEAD), "--cert", str(world.certificate), data_dir=laptop)
    store = world.laptop_store()
    try:
        world.submit(store)
    finally:
        store.close()
    world.sync()
    world.reviewer, world.decision_maker = (
        json.loads(verifield("people", "add", name, "--role", role, "--json", data_dir=head_office).stdout)["id"]
        for name, role in (("赵敏 Zhao Min", "reviewer"), ("孙强 Sun Qiang", "decision-maker")))
    assert "1 package(s) imported" in world.take_in()
    return world
