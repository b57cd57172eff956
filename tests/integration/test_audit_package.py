"""The audit package end to end through the CLI: package on the laptop, verify, import at head office, read back.

The bag is checked with bagit-python and the signature with the ``openssl`` command, not only with our code; the
round trip compares every row the laptop holds for the engagement with what head office rebuilds, and fails when a
table of the store is neither carried by the package nor named as left out.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile

import bagit
import pytest
from sqlalchemy import func, inspect, select

from app.cli import main
from app.services.head_office import open_read_only
from app.storage.record_repository import stored_kinds
from app.storage.tables import Base, EngagementRow
from app.sync import package_format
from tests.integration.package_fixture import laptop


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("package")
    machine = laptop(folder)
    out = folder / "usb" / "DEMO.vfpkg"
    out.parent.mkdir()
    assert main(["--data-dir", str(machine.folder), "package", "DEMO-2026-0001", "--out", str(out), "--sign", str(machine.identity),
                 "--passphrase-file", str(machine.passphrase_file)]) == 0
    yield machine, out
    machine.store.close()


def test_the_package_is_a_bagit_bag_that_bagit_python_validates(made, tmp_path):
    _machine, out = made
    with zipfile.ZipFile(out) as bag:
        names = set(bag.namelist())
        bag.extractall(tmp_path / "bag")
    assert {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "signature.p7s", "data/engagement.json"} <= names
    assert len([n for n in names if n.startswith("data/evidence/")]) == 2
    assert {"data/documents/calculation.xlsx", "data/documents/findings-report.pdf"} <= names
    checked = bagit.Bag(str(tmp_path / "bag"))
    checked.validate()
    assert checked.info["Engagement-Code"] == "DEMO-2026-0001" and checked.info["Data-Schema-Version"] == str(package_format.SCHEMA_VERSION)
    with zipfile.ZipFile(out) as bag:  # media already compressed are stored, text deflated
        kinds = {i.filename: i.compress_type for i in bag.infolist()}
    assert kinds["data/documents/findings-report.pdf"] == zipfile.ZIP_STORED and kinds["data/engagement.json"] == zipfile.ZIP_DEFLATED


def test_openssl_accepts_the_detached_signature_with_the_lead_verifiers_certificate(made, tmp_path):
    machine, out = made
    with zipfile.ZipFile(out) as bag:
        bag.extract("signature.p7s", tmp_path)
        bag.extract("tagmanifest-sha256.txt", tmp_path)
    pem = tmp_path / "lead.pem"
    subprocess.run(["openssl", "x509", "-inform", "DER", "-in", str(machine.certificate), "-out", str(pem)], check=True)
    command = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "signature.p7s"),
               "-content", str(tmp_path / "tagmanifest-sha256.txt"), "-CAfile", str(pem), "-out", "/dev/null"]
    assert subprocess.run(command, capture_output=True, text=True).returncode == 0
    (tmp_path / "tagmanifest-sha256.txt").write_bytes((tmp_path / "tagmanifest-sha256.txt").read_bytes().replace(b"a", b"b", 1))
    assert subprocess.run(command, capture_output=True, text=True).returncode != 0


def test_the_package_is_recorded_in_the_engagements_history(made):
    machine, out = made
    with machine.store.uow() as uow:
        sent = [e for e in uow.history.for_engagement(machine.engagement_id) if e.change.entity == "package"]
    assert len(sent) == 1 and hashlib.sha256(out.read_bytes()).hexdigest() in sent[0].change.new and out.name in sent[0].change.new


def test_round_trip_head_office_rebuilds_every_row_and_the_same_figures(made, tmp_path, capsys):
    machine, out = made
    head = tmp_path / "head"
    assert main(["--data-dir", str(head), "import-package", str(out), "--trust", str(machine.certificate)]) == 0
    kept = list((head / "packages" / machine.engagement_id).glob("*.vfpkg"))
    assert len(kept) == 1
    view = open_read_only(kept[0])
    assert view.differences() == []
    with machine.store.uow() as laptop_uow, view.uow() as head_uow:
        for name in package_format.CARRIED:
            table = Base.metadata.tables[name]
            ours = _rows(laptop_uow.session, table, view.data)
            theirs = _rows(head_uow.session, table, view.data)
            assert ours == theirs and (ours or name == "people"), name
        findings = head_uow.findings.of(machine.engagement_id)
        assert findings == laptop_uow.findings.of(machine.engagement_id) and findings
        assert head_uow.statements.of(machine.engagement_id) == laptop_uow.statements.of(machine.engagement_id)
    kinds = {r["kind"] for r in view.data["tables"]["fieldwork_records"]}
    assert kinds <= set(stored_kinds()) and "evidence" in kinds
    evidence = [r["data"]["sha256"] for r in view.data["tables"]["fieldwork_records"] if r["kind"] == "evidence"]
    assert all(len(view.member(f"data/evidence/{d}")) > 0 for d in evidence)


def _rows(session, table, data) -> list[tuple]:
    """The rows of ``table`` that belong to the packaged engagement (all of them in the scratch store)."""
    if table.name == "history":  # the laptop's history also has the package's own entry, made after the package
        query = select(table).where(table.c.seq <= data["tables"]["history"][-1]["seq"])
    elif "engagement_id" in table.c:
        query = select(table).where(table.c.engagement_id == data["engagement_id"])
    else:
        query = select(table).where(table.c.id.in_([r["id"] for r in data["tables"][table.name]]))
    rows = session.execute(query.order_by(*table.primary_key.columns)).all()
    if table.name == "history":
        rows = [r for r in rows if r.engagement_id == data["engagement_id"] or r.entity == "organisation"]
    return [tuple(r) for r in rows]


def test_every_table_of_the_store_is_carried_or_named_as_left_out():
    """A new table (or a new column) fails here until the schema, and package_format, say what happens to it."""
    assert set(Base.metadata.tables) == set(package_format.CARRIED) | set(package_format.NOT_CARRIED)
    described = package_format.schema()["properties"]["tables"]["properties"]
    assert set(described) == set(package_format.CARRIED)
    for name in package_format.CARRIED:
        columns = {a.key for a in inspect(package_format._ROWS[name]).column_attrs}
        assert set(described[name]["items"]["properties"]) == columns == set(described[name]["items"]["required"]), name


def test_the_schema_is_validated_on_write_and_a_newer_one_is_refused(made):
    machine, _out = made
    with machine.store.uow() as uow:
        data = package_format.engagement_data(uow.session, machine.engagement_id, {})
        revision = uow.session.scalar(select(EngagementRow.revision).where(EngagementRow.id == machine.engagement_id))
    assert data["revision"] == revision
    newer = json.loads(json.dumps(data)) | {"schema_version": package_format.SCHEMA_VERSION + 1}
    with pytest.raises(Exception) as refused:
        package_format.validate(newer)
    assert f"schema version {package_format.SCHEMA_VERSION + 1}" in refused.value.message.en and "Update Verifield" in refused.value.message.en
    data["tables"]["engagements"][0]["unknown_field"] = 1
    with pytest.raises(Exception) as extra:
        package_format.validate(data)
    assert "tables/engagements/0" in extra.value.message.en


def test_verify_package_names_the_untrusted_signer_and_exits_1(made, tmp_path, capsys):
    _machine, out = made
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "verify-package", str(out)]) == 1
    said = capsys.readouterr().err
    assert "the signer is not trusted: " in said and "CN=张伟" in said
    assert not (tmp_path / "elsewhere" / "packages").exists()


def test_a_count_of_rows_matches_the_laptop(made):
    """Nothing of the engagement is left behind: each carried table holds as many rows as the laptop has for it."""
    machine, out = made
    with zipfile.ZipFile(out) as bag:
        data = json.loads(bag.read("data/engagement.json"))
    with machine.store.uow() as uow:
        for name in package_format.CARRIED:
            table = Base.metadata.tables[name]
            if "engagement_id" in table.c and name != "history":
                held = uow.session.scalar(select(func.count()).select_from(table).where(table.c.engagement_id == machine.engagement_id))
                assert held == len(data["tables"][name]), name
