"""``verifield import-received`` (head office taking in what its intake service received): the same packages again
change nothing, and a package damaged in the service's store after it was received is refused, naming the member,
with nothing made in head office's store; countersigning before the decision is refused."""

from __future__ import annotations

import zipfile

import pytest

from app.services import engagements as services
from app.storage.store import open_store
from tests.integration.package_fixture import snapshot
from tests.intake.servers import verifield
from tests.sync.round_trip import make_world


def _held(folder) -> dict[str, str]:
    """What the data folder holds, its command log left out (each command run is logged)."""
    return {k: v for k, v in snapshot(folder).items() if not k.startswith("logs/")}


@pytest.fixture
def world(tmp_path):
    made = make_world(tmp_path)  # its package already taken in once
    yield made
    made.server.stop()


def test_taking_in_again_changes_nothing_and_a_damaged_package_is_refused(world, tmp_path):
    head = world.head_store()
    try:
        (held,) = services.list_engagements(head.uow())
        assert held.id == world.engagement_id and held.status == "submitted"
    finally:
        head.close()
    before = _held(world.head_office)
    assert "held already" in world.take_in() and _held(world.head_office) == before
    early = verifield("countersign", held.code, "--sign", str(world.authoriser), "--passphrase-file",
                      str(world.authoriser.with_suffix(".txt")), data_dir=world.head_office, check=False)
    assert early.returncode != 0 and "nothing to countersign yet" in early.stderr  # no decision yet
    assert _held(world.head_office) == before

    (kept,) = (world.server.data_dir / "store").rglob("*.vfpkg")
    with zipfile.ZipFile(kept) as bag:
        member = next(i for i in bag.infolist() if i.filename == "data/engagement.json")
    data = bytearray(kept.read_bytes())
    data[member.header_offset + 30 + len(member.filename.encode()) + len(member.extra) + member.compress_size // 2] ^= 0x01
    kept.write_bytes(bytes(data))
    fresh = tmp_path / "second-head-office"
    fresh.mkdir()
    open_store(fresh / "verifield.sqlite").close()
    before = _held(fresh)
    done = verifield("import-received", "--intake-dir", str(world.server.data_dir), data_dir=fresh, check=False)
    assert done.returncode == 1 and "0 package(s) imported, 1 refused" in done.stdout
    assert "data/engagement.json" in done.stderr
    assert _held(fresh) == before
