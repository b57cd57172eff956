"""The demo engagement on a real store: numbered apart from real ones, flagged, and the only kind that can be deleted."""

from datetime import date

import pytest
from sqlalchemy import text

from app.domain.engagement.engagement import Engagement, is_demo_code
from app.domain.engagement.organisation import Organisation
from app.domain.kernel.text import DomainError
from app.services import demo
from app.services import engagements as services
from app.storage.checklist_templates import shipped_templates
from app.storage.tables import Base

DAY = date(2026, 6, 1)


def rows_of(store, engagement_id: str) -> dict[str, int]:
    """How many rows of every table with an engagement_id column belong to ``engagement_id``."""
    tables = [t.name for t in Base.metadata.sorted_tables if "engagement_id" in t.c and t.name != "history"]
    with store.engine.connect() as c:
        counts = {t: c.execute(text(f"SELECT count(*) FROM {t} WHERE engagement_id = :e"), {"e": engagement_id}).scalar() for t in tables}
        counts["engagements"] = c.execute(text("SELECT count(*) FROM engagements WHERE id = :e"), {"e": engagement_id}).scalar()
    return counts


def real_engagement(store, organisation_id=None) -> str:
    if organisation_id is None:
        organisation_id = services.create_organisation(store.uow(), Organisation(name_en="Acme Steel"), "li")
    return services.create_engagement(store.uow(), Engagement(organisation_id=organisation_id, title="2025 GHG"), "li", DAY)


def test_the_demo_has_a_code_of_its_own_so_the_first_real_engagement_is_vf_0001(store):
    demo_id = demo.create_demo(store.uow(), "li", DAY)
    real_id = real_engagement(store)
    second_demo = demo.create_demo(store.uow(), "li", DAY)
    codes = {s.id: (s.code, s.is_demo) for s in services.list_engagements(store.uow())}
    assert codes == {demo_id: ("DEMO-2026-0001", True), real_id: ("VF-2026-0001", False), second_demo: ("DEMO-2026-0002", True)}
    assert services.load(store.uow(), demo_id)[0].is_demo and not services.load(store.uow(), real_id)[0].is_demo
    assert is_demo_code("DEMO-2026-0001") and not is_demo_code("VF-2026-0001")


def test_deleting_the_demo_removes_everything_under_it_and_its_client(store):
    demo_id = demo.create_demo(store.uow(), "li", DAY, templates=shipped_templates())
    real_id = real_engagement(store)
    before = rows_of(store, demo_id)
    assert before["engagements"] == 1 and before["emission_sources"] == 5 and before["findings"] and before["fieldwork_records"]
    kept = rows_of(store, real_id)
    assert services.delete_engagement(store.uow(), demo_id, "li") == "DEMO-2026-0001"
    assert set(rows_of(store, demo_id).values()) == {0}
    assert rows_of(store, real_id) == kept
    assert [o.name_en for o in services.list_organisations(store.uow())] == ["Acme Steel"]
    assert services.verify_history(store.uow()) == []  # the chain is intact; the deletion is its newest entry
    newest = services.engagement_history(store.uow(), demo_id)[-1]
    assert (newest.change.field, newest.change.old, newest.actor) == ("deleted", "DEMO-2026-0001", "li")
    assert store.foreign_key_problems() == [] and store.integrity_check() == ["ok"]


def test_a_client_with_another_engagement_is_kept_when_the_demo_goes(store):
    demo_id = demo.create_demo(store.uow(), "li", DAY)
    client_id = services.load(store.uow(), demo_id)[1].id
    real_engagement(store, client_id)
    services.delete_engagement(store.uow(), demo_id, "li")
    assert [o.id for o in services.list_organisations(store.uow())] == [client_id]


def test_a_real_engagement_cannot_be_deleted_only_terminated(store):
    real_id = real_engagement(store)
    before = rows_of(store, real_id)
    with pytest.raises(DomainError) as caught:
        services.delete_engagement(store.uow(), real_id, "li")
    assert caught.value.message.en.startswith("VF-2026-0001 is a real engagement and cannot be deleted")
    assert "only be terminated" in caught.value.message.en and "只能终止" in caught.value.message.zh
    assert rows_of(store, real_id) == before
    services.terminate_engagement(store.uow(), real_id, "client withdrew", "li")
