"""The revision a package states: packaging raises it and records that in the history; packaging again unchanged keeps it.

bag-info's Engagement-Revision, engagement.json's revision and the laptop's engagement agree; a change that does not
raise the revision by itself (the client's contact) still gets a new revision when packaged, so head office
takes it as newer; a cancelled package's sealed revision is the one the next package states when nothing changed.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import engagements as services
from app.storage.store import open_store
from app.storage.tables import EngagementRow, HistoryRow
from app.sync import bag
from app.services import packages as package_services
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop


def _package(machine, out: Path, **options) -> tuple[int, dict, str]:
    """(bag-info's revision, engagement.json, the package id) of a package made now."""
    package_services.make_package(machine.store, machine.engagement_id, out, machine.identity, PASSPHRASE, [], ACTOR, **options)
    with zipfile.ZipFile(out) as made:
        info = bag._info(made.read("bag-info.txt"))
        return int(info["Engagement-Revision"]), json.loads(made.read("data/engagement.json")), info["Package-Id"]


def _revision(machine) -> int:
    with machine.store.uow() as uow:
        return uow.session.scalar(select(EngagementRow.revision).where(EngagementRow.id == machine.engagement_id))


def _bumps(machine) -> list[tuple[str, str]]:
    with machine.store.uow() as uow:
        rows = uow.session.scalars(select(HistoryRow).where(HistoryRow.engagement_id == machine.engagement_id,
                                                            HistoryRow.entity == "engagement", HistoryRow.field == "revision"))
        return [(r.old, r.new) for r in rows]


@pytest.fixture
def machine(tmp_path):
    made = laptop(tmp_path)
    yield made
    made.store.close()


def test_packaging_raises_the_revision_records_it_and_states_it_everywhere(machine, tmp_path):
    before = _revision(machine)
    stated, data, _id = _package(machine, tmp_path / "one.vfpkg")
    assert stated == data["revision"] == _revision(machine) == before + 1
    assert _bumps(machine) == [(str(before), str(before + 1))]
    carried = [r for r in data["tables"]["history"] if r["entity"] == "engagement" and r["field"] == "revision"]
    assert [(r["old"], r["new"]) for r in carried] == [(str(before), str(before + 1))]


def test_packaging_again_without_a_change_keeps_the_revision(machine, tmp_path):
    first, _data, first_id = _package(machine, tmp_path / "one.vfpkg")
    again, data, again_id = _package(machine, tmp_path / "two.vfpkg")
    assert again == first == data["revision"] == _revision(machine) and again_id != first_id
    assert len(_bumps(machine)) == 1


def test_a_change_that_does_not_raise_the_revision_by_itself_still_gets_a_new_revision_head_office_takes(machine, tmp_path):
    first, _data, _id = _package(machine, tmp_path / "one.vfpkg")
    with machine.store.uow() as uow:
        organisation_id = uow.engagements.get(machine.engagement_id).organisation_id
    services.update_organisation(machine.store.uow(), organisation_id, {"contact_phone": "0519-8888 0000"}, ACTOR)
    assert _revision(machine) == first  # editing the client is not an edit of the engagement
    second, data, _id = _package(machine, tmp_path / "two.vfpkg")
    assert second == first + 1 and data["tables"]["organisations"][0]["contact_phone"] == "0519-8888 0000"
    head = open_store(tmp_path / "head" / "verifield.sqlite")
    try:
        trust = package_services.Trust([machine.certificate.read_bytes()])
        package_services.import_package(head, tmp_path / "one.vfpkg", [], trust)
        kept, new = package_services.import_package(head, tmp_path / "two.vfpkg", [], trust)
        assert new and kept.revision == second
    finally:
        head.close()


def test_an_edit_then_packaging_raises_the_revision_past_the_edits(machine, tmp_path):
    first, _data, _id = _package(machine, tmp_path / "one.vfpkg")
    services.update_engagement(machine.store.uow(), machine.engagement_id, {"objectives": "复核 / second look"}, ACTOR)
    edited = _revision(machine)
    second, data, _id = _package(machine, tmp_path / "two.vfpkg")
    assert edited > first and second == edited + 1 == data["revision"]


def test_a_cancelled_package_keeps_the_revision_it_sealed_for_the_next_one(machine, tmp_path):
    with pytest.raises(bag.Cancelled):
        _package(machine, tmp_path / "cancelled.vfpkg", cancelled=lambda: True)
    assert not (tmp_path / "cancelled.vfpkg").exists()
    sealed = _revision(machine)
    stated, _data, _id = _package(machine, tmp_path / "one.vfpkg")
    assert stated == sealed and len(_bumps(machine)) == 1
