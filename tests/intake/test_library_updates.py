"""Signed factor-library and checklist-template updates, on SQLite and PostgreSQL: head office publishes them with
``verifield intake publish``; the laptop's next ``verifield sync`` applies each whole (factors in the store with
their history, templates into ``templates/``) and only once; an unsigned, a tampered and a malformed update are
refused with a clear message and change nothing."""

from __future__ import annotations

import json

import sqlalchemy as sa

from app.services import inventory as inventory_services
from app.storage.checklist_templates import read_template
from app.storage.store import open_store
from tests.intake.servers import ROOT, verifield

FACTOR_ID = "6f1c2b7e-3d1a-4c55-9a61-0c4b8f1e2a10"


def _publish(server, tmp_path, kind: str, payload: dict):
    path = tmp_path / f"{kind}-{len(list(tmp_path.glob('*.json')))}.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return verifield("intake", "publish", kind, str(path), "--data-dir", str(server.data_dir), *server.database_arguments())


def _factors(value: float) -> dict:
    return {"factors": [{"id": FACTOR_ID, "kind": "grid", "name_zh": "华东区域电网（总部）", "name_en": "East China grid (head office)",
                         "value": value, "unit": "tCO2/MWh", "source": "总部 2026 年因子库 / head office library 2026",
                         "priority": "regional", "year": "2024"}]}


def _library(laptop) -> dict:
    store = open_store(laptop.data_dir / "verifield.sqlite")
    try:
        return {f.id: f for f in inventory_services.factor_library(store.uow()) if not f.shipped}
    finally:
        store.close()


def _templates(laptop) -> list:
    return sorted((laptop.data_dir / "templates").glob("*.json")) if (laptop.data_dir / "templates").is_dir() else []


def test_updates_are_applied_whole_and_once(server, queued_laptop, tmp_path):
    queued_laptop.enrol(server)
    assert "factors update 1 published" in _publish(server, tmp_path, "factors", _factors(0.5703)).stdout
    template = json.loads((ROOT / "resources/checklists/site-verification.json").read_text(encoding="utf-8"))
    template["name"] = {"zh": "总部现场核查清单", "en": "Head office site checklist"}
    _publish(server, tmp_path, "checklist-templates", {"templates": [template]})

    said = verifield("sync", data_dir=queued_laptop.data_dir).stdout
    assert "update applied: factors 1" in said and "update applied: checklist-templates 1" in said
    factor = _library(queued_laptop)[FACTOR_ID]
    assert (factor.value, factor.unit, factor.name.en, factor.version) == (0.5703, "tCO2/MWh", "East China grid (head office)", 1)
    (kept,) = _templates(queued_laptop)
    assert kept.name == "head-office-head-office-site-checklist.json" and read_template(kept).name.zh == "总部现场核查清单"

    assert "update applied" not in verifield("sync", data_dir=queued_laptop.data_dir).stdout
    _publish(server, tmp_path, "factors", _factors(0.5366))
    assert "update applied: factors 2" in verifield("sync", data_dir=queued_laptop.data_dir).stdout
    assert (_library(queued_laptop)[FACTOR_ID].value, _library(queued_laptop)[FACTOR_ID].version) == (0.5366, 2)


def test_an_unsigned_tampered_or_malformed_update_changes_nothing(server, queued_laptop, tmp_path):
    queued_laptop.enrol(server)
    _publish(server, tmp_path, "factors", _factors(0.5703))
    engine = server.engine()

    def rewrite(change) -> None:
        with engine.begin() as connection:
            signed = json.loads(connection.execute(sa.text("SELECT signed FROM publications WHERE version = 1")).scalar())
            connection.execute(sa.text("UPDATE publications SET signed = :s WHERE version = 1"), {"s": json.dumps(change(signed), ensure_ascii=False)})

    try:
        rewrite(lambda signed: {**signed, "receipt": {**signed["receipt"], "payload": _factors(9.99)}})  # tampered
        done = verifield("sync", data_dir=queued_laptop.data_dir, check=False)
        assert done.returncode == 1 and "unsigned or was altered" in done.stdout and "未签名或已被篡改" in done.stdout
        rewrite(lambda signed: {"receipt": signed["receipt"]})  # unsigned
        done = verifield("sync", data_dir=queued_laptop.data_dir, check=False)
        assert done.returncode == 1 and "unsigned or was altered" in done.stdout
        assert FACTOR_ID not in _library(queued_laptop) and not (queued_laptop.data_dir / "head-office-updates.json").exists()
    finally:
        engine.dispose()

    bad = _factors(0.5)
    bad["factors"].append({**bad["factors"][0], "id": "7f1c2b7e-3d1a-4c55-9a61-0c4b8f1e2a11", "value": -1})
    _publish(server, tmp_path, "factors", bad)
    done = verifield("sync", data_dir=queued_laptop.data_dir, check=False)
    assert done.returncode == 1 and "factors[2]" in done.stdout and "non-negative" in done.stdout
    assert FACTOR_ID not in _library(queued_laptop)  # its good first entry was not applied either
