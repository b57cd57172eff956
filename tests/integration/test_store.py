"""Use cases over a real SQLite file: edits persist at once, refusals change nothing, history is kept."""

from datetime import date

import pytest
import sqlite3

from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from app.domain.engagement.engagement import Engagement, Site
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import person_from_name
from app.domain.engagement.stages import Stage
from app.domain.engagement.team import TeamMember
from app.domain.kernel.choices import Role
from app.domain.kernel.text import DomainError
from app.services import demo
from app.services import engagements as services
from app.storage.files import StoreError
from app.storage.store import open_store

REVIEWER = person_from_name("赵敏 Zhao Min").id  # in the demo's register, not on its team


def row_counts(store) -> dict[str, int]:
    with store.engine.connect() as c:
        return {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("organisations", "engagements", "sites", "team_members", "history")}


def test_pragmas_protect_the_store(store):
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_demo_round_trips_through_a_reopened_store(tmp_path):
    path = tmp_path / "s.sqlite"
    first = open_store(path)
    engagement_id = demo.create_demo(first.uow(), "wang", date(2026, 6, 1))
    first.close()
    again = open_store(path)
    engagement, client = services.load(again.uow(), engagement_id)
    assert engagement.code == "DEMO-2026-0001" and engagement.is_demo
    assert engagement.status is Stage.PLANNED
    assert client.credit_code == demo.demo_client().credit_code
    assert [m.role for m in engagement.team] == [Role.LEAD, Role.VERIFIER, Role.TECHNICAL_EXPERT, Role.TRAINEE]
    assert engagement.man_days.total == 4.0
    assert engagement.criteria == ("ISO 14064-1:2018", "ISO 14064-3:2019", "GB/T 32150-2015")


def test_codes_number_per_year(store):
    client = services.create_organisation(store.uow(), Organisation(name_en="Acme"), "t")
    codes = []
    for day in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 5, 1)):
        engagement_id = services.create_engagement(store.uow(), Engagement(organisation_id=client), "t", day)
        codes.append(services.load(store.uow(), engagement_id)[0].code)
    assert codes == ["VF-2025-0001", "VF-2026-0001", "VF-2026-0002"]


@pytest.mark.parametrize(
    "action, field",
    [
        (lambda uow, e, c: services.update_organisation(uow, c, {"credit_code": "91100000100003962A"}, "t"), "credit_code"),
        (lambda uow, e, c: services.update_engagement(uow, e, {"period_end": date(2020, 1, 1)}, "t"), "period_end"),
        (lambda uow, e, c: services.update_engagement(uow, e, {"materiality_pct": 101.0, "materiality_reason": "x"}, "t"), "materiality_pct"),
        (lambda uow, e, c: services.add_member(uow, e, TeamMember("", Role.LEAD, person_id=REVIEWER), "t"), "role"),
        (lambda uow, e, c: services.add_site(uow, e, Site(""), "t"), "name"),
    ],
    ids=["credit-code", "period", "materiality", "two-leads", "blank-site"],
)
def test_bad_input_is_refused_and_nothing_is_saved(store, action, field):
    engagement_id = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    client_id = services.load(store.uow(), engagement_id)[1].id
    before = row_counts(store), services.load(store.uow(), engagement_id)
    with pytest.raises(DomainError) as caught:
        action(store.uow(), engagement_id, client_id)
    assert caught.value.field == field
    assert (row_counts(store), services.load(store.uow(), engagement_id)) == before


def test_an_edit_while_another_program_writes_says_so_and_changes_nothing(store):
    """SQLite's "database is locked" is said as another program writing, not as a full or failing disk."""
    engagement_id = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    event.listen(store.engine, "connect", lambda raw, _record: raw.execute("PRAGMA busy_timeout=50"))
    store.engine.dispose()  # the store's connections are made again, waiting 50 ms instead of 5 s
    before = services.load(store.uow(), engagement_id)
    other = sqlite3.connect(store.engine.url.database)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreError) as caught:
            services.update_engagement(store.uow(), engagement_id, {"title": "Changed"}, "t")
    finally:
        other.rollback()
        other.close()
    assert "another program is writing to it" in caught.value.message.en, caught.value.message.en
    assert "另一个程序正在写入" in caught.value.message.zh
    assert "disk" not in caught.value.message.en
    assert services.load(store.uow(), engagement_id) == before


def test_an_sql_fault_in_a_unit_of_work_is_not_dressed_as_a_disk_refusal(store):
    """A wrong statement is a fault of the program: it leaves the block as itself, rolled back, and no message
    tells the verifier their disk may be full."""
    engagement_id = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    before = services.load(store.uow(), engagement_id)
    with pytest.raises(OperationalError) as caught, store.uow() as uow:
        uow.session.execute(text("UPDATE engagements SET title = 'Changed' WHERE id = :id"), {"id": engagement_id})
        uow.session.execute(text("SELEC 1"))
    assert "syntax error" in str(caught.value)
    assert services.load(store.uow(), engagement_id) == before


def test_every_edit_is_in_the_history_with_old_and_new(store):
    engagement_id = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    revision = services.load(store.uow(), engagement_id)[0].revision
    services.update_engagement(store.uow(), engagement_id, {"materiality_pct": 2.0, "materiality_reason": "client's lender"}, "li")
    site_id = services.add_site(store.uow(), engagement_id, Site("Boiler house"), "li")
    services.remove_site(store.uow(), engagement_id, site_id, "li")
    entries = services.engagement_history(store.uow(), engagement_id)
    tail = [(e.actor, e.change.entity, e.change.field, e.change.old, e.change.new) for e in entries[-6:]]
    assert ("li", "engagement", "materiality_pct", "5", "2") in tail
    assert ("li", "site", "name", "", "Boiler house") in tail
    assert ("li", "site", "name", "Boiler house", "") in tail
    assert services.load(store.uow(), engagement_id)[0].revision == revision + 3
    assert services.verify_history(store.uow()) == []


def test_tampering_with_the_stored_history_is_detected(store):
    demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    with store.engine.begin() as c:
        c.execute(text("UPDATE history SET new = 'forged' WHERE seq = 5"))
        c.execute(text("DELETE FROM history WHERE seq = 9"))
    problems = [p.en for p in services.verify_history(store.uow())]
    assert problems == ["History entry 5 was altered.", "An entry before history entry 10 was removed or altered."]


def test_undo_of_a_removal_restores_the_member_in_place(store):
    engagement_id = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    member, index = services.remove_member(store.uow(), engagement_id, services.load(store.uow(), engagement_id)[0].team[1].id, "t")
    services.add_member(store.uow(), engagement_id, member, "t", index)
    assert services.load(store.uow(), engagement_id)[0].team[1] == member


def test_step_back_only_to_the_previous_stage(store):
    engagement_id = demo.create_demo(store.uow(), "wang", date(2026, 6, 1))
    with pytest.raises(DomainError):
        services.step_back(store.uow(), engagement_id, Stage.DECIDED, "t")
    services.step_back(store.uow(), engagement_id, Stage.DRAFT, "t")
    assert services.load(store.uow(), engagement_id)[0].status is Stage.DRAFT


def test_a_refused_engagement_for_a_new_client_stores_neither(store):
    """Client and engagement go in one transaction: a broken engagement rule leaves no stray client."""
    before = row_counts(store)
    with pytest.raises(DomainError) as caught:
        services.create_engagement(
            store.uow(), Engagement(organisation_id="", materiality_pct=0.0), "t", new_client=Organisation(name_en="New Co")
        )
    assert caught.value.field == "materiality_pct"
    assert row_counts(store) == before
    engagement_id = services.create_engagement(store.uow(), Engagement(organisation_id=""), "t", new_client=Organisation(name_en="New Co"))
    assert services.load(store.uow(), engagement_id)[1].name_en == "New Co"
