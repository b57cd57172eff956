"""The package carries the engagement's whole hash-chained history, and head office checks it end to end.

The laptop holds two engagements whose edits interleave in the store's one chain. The package carries its own
engagement's entries in full and only links (sequence number, hash) for the other's, so the chain can be walked
from its start; a history entry altered, removed, moved, or a link dropped or planted is refused even when the
package is signed again by the trusted lead; and a newer revision whose chain does not pass through the older
revision kept at head office (a copy of the laptop that went its own way) is refused.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import demo, engagements as services
from app.domain.kernel.text import DomainError
from app.storage.store import open_store
from app.storage.tables import HistoryRow
from app.services import packages as package_services
from tests.integration.forged_package import reissued
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop, snapshot


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chain")
    machine = laptop(folder)
    other = demo.create_demo(machine.store.uow(), ACTOR, date(2026, 6, 1))
    for engagement_id, text in ((machine.engagement_id, "第一轮 / first"), (other, "另一个项目 / another")):
        services.update_engagement(machine.store.uow(), engagement_id, {"objectives": text}, ACTOR)
    twin = _copy(machine, folder / "twin")  # the same laptop's data restored elsewhere, which then goes its own way
    services.update_engagement(machine.store.uow(), machine.engagement_id, {"objectives": "第二轮 / second"}, ACTOR)
    first = folder / "first.vfpkg"
    package_services.make_package(machine.store, machine.engagement_id, first, machine.identity, PASSPHRASE, [], ACTOR)
    services.update_engagement(machine.store.uow(), other, {"objectives": "再改 / again"}, ACTOR)
    services.update_engagement(machine.store.uow(), machine.engagement_id, {"objectives": "第三轮 / third"}, ACTOR)
    second = folder / "second.vfpkg"
    package_services.make_package(machine.store, machine.engagement_id, second, machine.identity, PASSPHRASE, [], ACTOR)
    for text in ("分叉一 / fork one", "分叉二 / fork two"):
        services.update_engagement(twin.uow(), machine.engagement_id, {"objectives": text}, ACTOR)
    forked = folder / "forked.vfpkg"
    package_services.make_package(twin, machine.engagement_id, forked, machine.identity, PASSPHRASE, [], ACTOR)
    yield machine, other, first, second, forked
    twin.close()
    machine.store.close()


def _copy(machine, target: Path):
    (target / "laptop").mkdir(parents=True)
    with sqlite3.connect(machine.store.path) as source, sqlite3.connect(target / "laptop" / "verifield.sqlite") as copy:
        source.backup(copy)
    shutil.copytree(machine.folder / "evidence", target / "laptop" / "evidence")
    return open_store(target / "laptop" / "verifield.sqlite")


def _data(path: Path) -> dict:
    with zipfile.ZipFile(path) as bag:
        return json.loads(bag.read("data/engagement.json"))


def _trust(machine) -> package_services.Trust:
    return package_services.Trust([machine.certificate.read_bytes()])


def test_the_package_carries_the_whole_chain_and_nothing_of_the_other_engagement(world):
    machine, other, _first, second, _forked = world
    data = _data(second)
    with machine.store.uow() as uow:
        stored = {seq: digest for seq, digest in uow.session.execute(select(HistoryRow.seq, HistoryRow.hash))}
        others = {seq for (seq,) in uow.session.execute(select(HistoryRow.seq).where(HistoryRow.engagement_id == other))}
    carried = {row["seq"]: row["hash"] for row in data["tables"]["history"]}
    linked = {seq: digest for seq, digest in data["chain"]}
    newest = max(carried | linked)
    assert carried | linked == {seq: digest for seq, digest in stored.items() if seq <= newest}
    assert others and others <= set(linked) and not others & set(carried)
    assert data["history_head"] == stored[newest]
    assert other not in json.dumps(data)  # a link says an entry exists, nothing of what it says


def _drop_middle(data):
    del data["tables"]["history"][5]


def _swap_order(data):
    rows = data["tables"]["history"]
    rows[3], rows[4] = rows[4], rows[3]


def _swap_places(data):
    rows = data["tables"]["history"]
    (a, b) = rows[3]["seq"], rows[4]["seq"]
    rows[3], rows[4] = rows[4] | {"seq": a}, rows[3] | {"seq": b}


def _alter(data):
    data["tables"]["history"][2]["new"] += " (edited)"


def _drop_tail(data):
    tail = max(data["tables"]["history"][-1]["seq"], data["chain"][-1][0])
    data["tables"]["history"] = [r for r in data["tables"]["history"] if r["seq"] != tail]
    data["chain"] = [link for link in data["chain"] if link[0] != tail]


def _drop_link(data):
    carried = {row["seq"] for row in data["tables"]["history"]}
    data["chain"] = [link for link in data["chain"] if link[0] + 1 not in carried]  # each link followed by a carried entry


def _plant_link(data):
    data["chain"].append([max(r["seq"] for r in data["tables"]["history"]) + 1000, "ab" * 32])
    data["chain"].sort()


@pytest.mark.parametrize("forge, reason", [
    (_drop_middle, "was removed, inserted or moved"), (_swap_order, "out of order"),
    (_swap_places, "was removed, inserted or moved"), (_alter, "was altered"),
    (_drop_tail, "the newest history entries were removed or altered"), (_drop_link, "was removed, inserted or moved"),
    (_plant_link, "the newest history entries were removed or altered"),
])
def test_a_forged_history_signed_again_by_the_lead_is_refused_and_nothing_is_stored(world, tmp_path, forge, reason):
    machine, _other, _first, second, _forked = world
    forged = reissued(second, tmp_path / "forged.vfpkg", machine.identity, PASSPHRASE, forge)
    head = open_store(tmp_path / "head" / "verifield.sqlite")
    try:
        before = snapshot(head.path.parent)
        with pytest.raises(DomainError) as refused:
            package_services.import_package(head, forged, [], _trust(machine))
        assert reason in refused.value.message.en and "data/engagement.json" in refused.value.message.en
        assert "哈希链不成立" in refused.value.message.zh
        assert snapshot(head.path.parent) == before
    finally:
        head.close()


def test_a_newer_revision_must_extend_the_chain_of_the_revision_kept(world, tmp_path):
    machine, _other, first, second, forked = world
    assert _data(forked)["revision"] > _data(first)["revision"]
    head = open_store(tmp_path / "head" / "verifield.sqlite")
    try:
        package_services.import_package(head, first, [], _trust(machine))
        before = snapshot(head.path.parent)
        with pytest.raises(DomainError) as refused:
            package_services.import_package(head, forked, [], _trust(machine))
        message = refused.value.message
        assert f"does not extend that of revision {_data(first)['revision']}" in message.en and "没有延续" in message.zh
        assert snapshot(head.path.parent) == before
        kept, new = package_services.import_package(head, second, [], _trust(machine))
        assert new and kept.revision == _data(second)["revision"]
    finally:
        head.close()
