"""engagement.json of an older schema version is upgraded on read; a newer one, or one too old, is refused clearly.

Version 1 is the first schema Verifield ships, so it has no upgrade of its own yet; the path is shown with a
version 0 made for the test (version 1's data with ``chain`` under its old name ``links``) and the step that
renames it back, registered as the next schema change will register its own. The package carrying it is signed
again by the trusted lead, so only the schema version decides.
"""

from __future__ import annotations

import pytest

from app.domain.kernel.text import DomainError
from app.storage.store import open_store
from app.sync import package_format
from app.services import packages as package_services
from app.services.head_office import open_read_only
from tests.integration.forged_package import reissued
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop


def _as_version_0(data: dict) -> None:
    data["schema_version"] = 0
    data["links"] = data.pop("chain")


def _upgrade_0(data: dict) -> dict:
    upgraded = {k: v for k, v in data.items() if k != "links"}
    return upgraded | {"schema_version": 1, "chain": data["links"]}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("versions")
    machine = laptop(folder)
    current = folder / "current.vfpkg"
    package_services.make_package(machine.store, machine.engagement_id, current, machine.identity, PASSPHRASE, [], ACTOR)
    old = reissued(current, folder / "v0.vfpkg", machine.identity, PASSPHRASE, _as_version_0)
    newer = reissued(current, folder / "v-next.vfpkg", machine.identity, PASSPHRASE,
                     lambda d: d.update(schema_version=package_format.SCHEMA_VERSION + 1))
    yield machine, current, old, newer
    machine.store.close()


def _trust(machine) -> package_services.Trust:
    return package_services.Trust([machine.certificate.read_bytes()])


def test_an_older_version_is_upgraded_on_read_and_imports(world, tmp_path, monkeypatch):
    machine, current, old, _newer = world
    called = []
    monkeypatch.setitem(package_format.UPGRADES, 0, lambda data: called.append(data["schema_version"]) or _upgrade_0(data))
    with package_services.opened(current, [], _trust(machine)) as now, package_services.opened(old, [], _trust(machine)) as upgraded:
        assert called == [0] and upgraded.data == now.data
    head = open_store(tmp_path / "head" / "verifield.sqlite")
    try:
        kept, new = package_services.import_package(head, old, [], _trust(machine))
        assert new and open_read_only(kept.path).data["schema_version"] == package_format.SCHEMA_VERSION
    finally:
        head.close()


def _as_version_1(data: dict) -> None:
    data["schema_version"] = 1
    del data["review_answers"]


def test_a_version_1_package_without_review_answers_still_imports(world, tmp_path):
    machine, current, _old, _newer = world
    v1 = reissued(current, tmp_path / "v1.vfpkg", machine.identity, PASSPHRASE, _as_version_1)
    head = open_store(tmp_path / "head" / "verifield.sqlite")
    try:
        kept, new = package_services.import_package(head, v1, [], _trust(machine))
        data = open_read_only(kept.path).data
        assert new and data["schema_version"] == 2 and data["review_answers"] == []
    finally:
        head.close()


def test_a_version_older_than_any_upgrade_is_refused_naming_both(world):
    machine, _current, old, _newer = world
    assert 0 not in package_format.UPGRADES  # Verifield itself has no step from version 0
    with pytest.raises(DomainError) as refused:
        with package_services.opened(old, [], _trust(machine)):
            pass
    assert "schema version 0, older than any this Verifield can upgrade" in refused.value.message.en
    assert "第 0 版" in refused.value.message.zh


def test_a_newer_version_is_refused_naming_both(world):
    machine, _current, _old, newer = world
    with pytest.raises(DomainError) as refused:
        with package_services.opened(newer, [], _trust(machine)):
            pass
    message = refused.value.message
    assert f"schema version {package_format.SCHEMA_VERSION + 1}; this Verifield reads up to version {package_format.SCHEMA_VERSION}" in message.en
    assert "Update Verifield first" in message.en and "请先升级" in message.zh


def test_a_step_that_does_not_reach_the_next_version_fails_validation(world, monkeypatch):
    machine, _current, old, _newer = world
    monkeypatch.setitem(package_format.UPGRADES, 0, lambda data: data)
    with pytest.raises(DomainError) as refused:
        with package_services.opened(old, [], _trust(machine)):
            pass
    assert "does not follow its schema" in refused.value.message.en
