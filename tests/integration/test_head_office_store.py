"""Head office keeps each imported revision as a row of its store (``imported_packages``) and the bag beside it.

Two revisions of one engagement are rows with what they state (revision, author, signer, the kept file's SHA-256,
the newest entry of their history chain); the older one stays and opens read-only after the newer arrives. The
import is all or nothing: when the folder cannot be written no row is made, and when the row cannot be committed
(another program holds the store) the kept file goes again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import select

from app.services import engagements as services
from app.domain.kernel.text import DomainError
from app.storage.store import open_store
from app.storage.tables import ImportedPackageRow
from app.services import packages as package_services
from app.services.head_office import open_read_only
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop, snapshot


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("head-office")
    machine = laptop(folder)
    first, second = folder / "first.vfpkg", folder / "second.vfpkg"
    package_services.make_package(machine.store, machine.engagement_id, first, machine.identity, PASSPHRASE, [], ACTOR)
    services.update_engagement(machine.store.uow(), machine.engagement_id, {"objectives": "复核 / second look"}, ACTOR)
    package_services.make_package(machine.store, machine.engagement_id, second, machine.identity, PASSPHRASE, [], ACTOR)
    yield machine, first, second
    machine.store.close()


@pytest.fixture
def head(tmp_path):
    store = open_store(tmp_path / "head" / "verifield.sqlite")
    yield store
    store.close()


def _trust(machine) -> package_services.Trust:
    return package_services.Trust([machine.certificate.read_bytes()])


def _rows(store) -> list:
    table = ImportedPackageRow.__table__
    with store.uow() as uow:
        return list(uow.session.execute(select(table).order_by(table.c.revision)))


def test_each_revision_is_a_row_and_the_older_one_stays_viewable(world, head):
    machine, first, second = world
    older, _ = package_services.import_package(head, first, [], _trust(machine))
    newer, _ = package_services.import_package(head, second, [], _trust(machine))
    rows = _rows(head)
    assert [(r.package_id, r.revision) for r in rows] == [(older.package_id, older.revision), (newer.package_id, newer.revision)]
    for row, kept in zip(rows, (older, newer)):
        assert row.engagement_id == machine.engagement_id and row.author == ACTOR and "CN=张伟" in row.signer
        assert hashlib.sha256(kept.path.read_bytes()).hexdigest() == row.sha256
        assert kept.path == head.path.parent / row.file and row.file.startswith(f"packages/{machine.engagement_id}/")
        view = open_read_only(kept.path)
        assert view.data["revision"] == row.revision and view.data["history_head"] == row.history_head
        assert max(h["seq"] for h in view.data["tables"]["history"]) <= row.history_seq
    assert package_services.imported(head) == [older, newer]
    assert open_read_only(older.path).data["tables"]["engagements"][0]["objectives"] != "复核 / second look"


def test_an_unwritable_folder_leaves_no_row(world, head):
    machine, first, _second = world
    (head.path.parent / "packages").write_text("a file where the folder should be")
    before = snapshot(head.path.parent)
    with pytest.raises(DomainError) as refused:
        package_services.import_package(head, first, [], _trust(machine))
    assert refused.value.message.zh and refused.value.message.en
    assert _rows(head) == [] and snapshot(head.path.parent) == before


def test_a_row_that_cannot_be_committed_takes_its_file_with_it(world, head):
    machine, first, _second = world
    before = snapshot(head.path.parent)
    with closing(sqlite3.connect(head.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program is writing to head office's store
        with pytest.raises(DomainError) as failed:
            package_services.import_package(head, first, [], _trust(machine))
        other.execute("ROLLBACK")
    assert "locked" in failed.value.message.en and "nothing was changed" in failed.value.message.en and "未作任何更改" in failed.value.message.zh
    assert _rows(head) == [] and snapshot(head.path.parent) == before
    assert not list((head.path.parent / "packages").rglob("*.vfpkg"))
