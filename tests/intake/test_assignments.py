"""Assignments down, on SQLite and PostgreSQL: head office assigns an engagement (client, scope, team) to an enrolled
verifier with ``verifield intake assign``; the laptop's next ``verifield sync`` makes it in draft, checked against
head office's pinned key; the same assignment again makes nothing new; another verifier's is never sent; a tampered
one is refused with its reason and makes nothing; a bad field is refused naming it."""

from __future__ import annotations

import json

import sqlalchemy as sa

from app.domain.engagement.stages import Stage
from app.services import engagements as services
from app.storage.store import open_store
from tests.intake.servers import verifield


def _assign(server, verifier: str, *extra: str, check: bool = True):
    return verifield("intake", "assign", verifier, "--data-dir", str(server.data_dir), *server.database_arguments(),
                     "--client-zh", "华东精密机械有限公司", "--client-en", "East China Precision Machinery", "--title", "2026 年度温室气体核查",
                     "--period-start", "2025-01-01", "--period-end", "2025-12-31", "--scope", "上海工厂 / the Shanghai plant",
                     "--member", "张伟 Zhang Wei:lead", "--member", "李娜 Li Na:verifier", *extra, check=check)


def _engagements(laptop) -> dict:
    store = open_store(laptop.data_dir / "verifield.sqlite")
    try:
        return {r.id: services.load(store.uow(), r.id) for r in services.list_engagements(store.uow())}
    finally:
        store.close()


def test_an_assignment_is_made_in_draft_on_the_next_sync_and_only_once(server, queued_laptop):
    queued_laptop.enrol(server)
    before = _engagements(queued_laptop)
    engagement_id = _assign(server, "张伟 Zhang Wei").stdout.strip()
    _assign(server, "王磊 Wang Lei")  # another verifier's: never sent to this laptop
    bad = _assign(server, "张伟 Zhang Wei", "--period-end", "2024-12-31", check=False)
    assert bad.returncode == 2 and "--period-end" in bad.stderr and "核查期结束早于开始" in bad.stderr

    said = verifield("sync", data_dir=queued_laptop.data_dir).stdout
    after = _engagements(queued_laptop)
    assert set(after) - set(before) == {engagement_id}
    engagement, client = after[engagement_id]
    assert f"assigned by head office: {engagement.code} (draft)" in said
    assert engagement.status == Stage.DRAFT and engagement.title == "2026 年度温室气体核查" and engagement.scope_text.startswith("上海工厂")
    assert str(engagement.period_start) == "2025-01-01" and (client.name_zh, client.name_en) == ("华东精密机械有限公司", "East China Precision Machinery")
    assert [(m.name, m.role.value) for m in engagement.team] == [("张伟 Zhang Wei", "lead"), ("李娜 Li Na", "verifier")]

    again = verifield("sync", data_dir=queued_laptop.data_dir).stdout
    assert "assigned" not in again and _engagements(queued_laptop).keys() == after.keys()
    assert _assign(server, "张伟 Zhang Wei").stdout.strip() == engagement_id  # the same assignment again: the same engagement
    assert _assign(server, "张伟 Zhang Wei", "--engagement-id", engagement_id).stdout.strip() == engagement_id
    assert len(server.rows("assignments")) == 2


def test_a_tampered_assignment_is_refused_and_makes_nothing(server, queued_laptop):
    queued_laptop.enrol(server)
    engagement_id = _assign(server, "张伟 Zhang Wei").stdout.strip()
    engine = server.engine()
    try:
        with engine.begin() as connection:
            signed = json.loads(connection.execute(sa.text("SELECT signed FROM assignments")).scalar())
            signed["receipt"]["title"] = "改过的 / altered"
            connection.execute(sa.text("UPDATE assignments SET signed = :s"), {"s": json.dumps(signed, ensure_ascii=False)})
    finally:
        engine.dispose()
    before = _engagements(queued_laptop)
    done = verifield("sync", data_dir=queued_laptop.data_dir, check=False)
    assert done.returncode == 1 and "does not carry a valid signature" in done.stdout and "签名不成立" in done.stdout
    assert _engagements(queued_laptop).keys() == before.keys() and engagement_id not in before
