"""Delta resubmission: head office says which evidence of the engagement it holds, the next revision's package
carries only what is missing and lists the rest as held, and head office accepts it only because it holds them.

A delta package sent to a head office that does not hold the files listed (another service, new data folder) is
refused with a receipt naming the file.
"""

from __future__ import annotations

import zipfile

from app.services import engagements as services
from app.storage.store import open_store
from app.services import outbox
from tests.integration.package_fixture import ACTOR, PASSPHRASE
from tests.intake.servers import verifield


def _second_revision(laptop) -> None:
    store = open_store(laptop.data_dir / "verifield.sqlite")
    services.update_engagement(store.uow(), laptop.engagement_id, {"objectives": "复核 / second look"}, ACTOR)
    store.close()


def _evidence_members(path) -> list[str]:
    with zipfile.ZipFile(path) as bag:
        return [n for n in bag.namelist() if n.startswith("data/evidence/")]


def test_a_new_revision_carries_only_the_evidence_head_office_lacks(server, queued_laptop, start_server):
    queued_laptop.enrol(server)
    verifield("sync", data_dir=queued_laptop.data_dir)
    first = queued_laptop.item()
    full = queued_laptop.data_dir / "outbox" / first.package
    carried = _evidence_members(full)
    assert len(carried) == 2 and sorted(r.sha256 for r in server.rows("evidence")) == sorted(n.rsplit("/", 1)[1] for n in carried)

    _second_revision(queued_laptop)
    said = verifield("submit", queued_laptop.engagement_id, "--sign", str(queued_laptop.identity), "--passphrase-file",
                     str(queued_laptop.passphrase_file), "--delta", data_dir=queued_laptop.data_dir).stdout
    assert "2 evidence files held by head office left out" in said
    (delta,) = [i for i in outbox.items(queued_laptop.data_dir) if i.id != first.id]
    path = queued_laptop.data_dir / "outbox" / delta.package
    assert _evidence_members(path) == [] and delta.size < first.size
    with zipfile.ZipFile(path) as bag:
        listed = dict(line.split(": ", 1) for line in bag.read("bag-info.txt").decode().splitlines())["Held-Evidence"]
    assert sorted(listed.split(",")) == sorted(n.rsplit("/", 1)[1] for n in carried)
    verifield("sync", data_dir=queued_laptop.data_dir)
    assert [i.state for i in outbox.items(queued_laptop.data_dir)] == [outbox.ACKNOWLEDGED] * 2
    revisions = sorted(p.revision for p in server.rows("packages"))
    assert len(revisions) == 2 and revisions[0] < revisions[1]
    assert len(server.rows("evidence")) == 2  # nothing new to record: the first package carries both files

    elsewhere = start_server()  # a head office that holds none of the files a delta lists as held
    verifield("enrol", elsewhere.url, "--token", elsewhere.token("张伟 Zhang Wei"), "--cert", str(queued_laptop.certificate),
              data_dir=queued_laptop.data_dir)
    store = open_store(queued_laptop.data_dir / "verifield.sqlite")
    hashes = frozenset(n.rsplit("/", 1)[1] for n in carried)
    stray = outbox.submit(store, queued_laptop.engagement_id, queued_laptop.identity, PASSPHRASE, ACTOR, held=hashes)
    store.close()
    assert verifield("sync", data_dir=queued_laptop.data_dir, check=False).returncode == 1
    refused = next(i for i in outbox.items(queued_laptop.data_dir) if i.id == stray.id)
    assert refused.state == outbox.REFUSED and "does not hold it" in refused.reason["en"]
    assert any(h in refused.reason["en"] for h in hashes)
    assert not elsewhere.rows("packages")
