"""Starting a surveillance or recertification engagement from a certificate is one transaction: when storing the
link to the certificate fails (a trigger on the real SQLite file refuses it, as a failing disk would), the new
engagement, its code and its history are not left behind either."""

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.domain.certification.certificate import Certificate
from app.services import certification as ho
from app.services import demo
from app.services import engagements as services

TODAY = date(2027, 3, 1)


@pytest.fixture
def certified(store):
    """The demo and a certificate of it in the register."""
    engagement_id = demo.create_demo(store.uow(), "tester", date(2026, 6, 1))
    with store.uow() as uow:
        ho.put_record(uow, "certificate", engagement_id, None,
                      Certificate("DEMO-CN-2026-0001", engagement_id, "DEMO-2026-0001", "客户", "iso14064-1", "scope",
                                  date(2026, 6, 1), date(2026, 6, 1)), "tester", key="DEMO-CN-2026-0001")
        uow.commit()
    return engagement_id


def test_a_failure_storing_the_link_leaves_no_engagement_behind(store, certified):
    with store.engine.begin() as connection:
        connection.execute(text("CREATE TRIGGER refuse_link BEFORE INSERT ON head_office_records WHEN NEW.kind = 'follow-up' "
                                "BEGIN SELECT RAISE(ABORT, 'the link cannot be stored'); END"))
    engagements = [s.id for s in services.list_engagements(store.uow())]
    chain = services.verify_history(store.uow())
    with store.uow() as uow:
        entries = len(uow.history.all())
    with pytest.raises(IntegrityError):
        ho.start_follow_up(store.uow(), "DEMO-CN-2026-0001", "surveillance", "tester", TODAY)
    assert [s.id for s in services.list_engagements(store.uow())] == engagements
    assert ho.follow_ups(store.uow(), "DEMO-CN-2026-0001") == []
    with store.uow() as uow:
        assert len(uow.history.all()) == entries
    assert services.verify_history(store.uow()) == chain == []
    with store.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER refuse_link"))
    made = ho.start_follow_up(store.uow(), "DEMO-CN-2026-0001", "surveillance", "tester", TODAY)
    assert [f.engagement_id for f in ho.follow_ups(store.uow(), "DEMO-CN-2026-0001")] == [made]
    assert len([s for s in services.list_engagements(store.uow())]) == len(engagements) + 1
