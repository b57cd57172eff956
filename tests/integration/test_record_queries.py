"""Head office's record queries are read-only (seed 001 §13.5), by construction: the register, the programme view,
the public list of withdrawn certificates, the cases and the retention report run in a read-only unit of work,
whose SQLite connection has ``PRAGMA query_only`` on — every statement they send is checked on the real file — and
a write attempted in such a unit of work is refused by SQLite and changes nothing."""

from datetime import date

import pytest
from sqlalchemy import event

from app.domain.certification.certificate import Certificate
from app.domain.kernel.text import DomainError
from app.services import cases
from app.services import certification as ho
from app.storage.files import StoreError

TODAY = date(2026, 6, 1)


@pytest.fixture
def held(store):
    """A certificate and a case in the store (so every query reads rows)."""
    from app.services.demo import demo_people
    from app.services import people

    for person in demo_people():
        people.add_person(store.uow(), person, "tester")
    with store.uow() as uow:
        ho.put_record(uow, "certificate", None, None, Certificate("VF-CN-2026-0001", "", "X", "客户", "iso14064-1", "scope", TODAY, TODAY),
                      "tester", key="VF-CN-2026-0001")
        uow.commit()
    handler = demo_people()[-1].id
    cases.open_case(store.uow(), "complaint", TODAY, "某人 someone", "延误 / delay", handler, "tester")
    return store


def test_every_statement_of_the_record_queries_runs_on_a_query_only_connection(held):
    seen: list[tuple[str, int]] = []

    def watch(_conn, cursor, statement, *_):
        if not statement.lstrip().upper().startswith("PRAGMA"):
            seen.append((statement.split()[0].upper(), cursor.connection.execute("PRAGMA query_only").fetchone()[0]))

    event.listen(held.engine, "before_cursor_execute", watch)
    try:
        assert [c.number for c in ho.certificates(held.uow())] == ["VF-CN-2026-0001"]
        assert ho.certificate(held.uow(), "VF-CN-2026-0001").client == "客户"
        ho.programme_view(held.uow(), TODAY)
        ho.withdrawn(held.uow())
        assert len(cases.list_cases(held.uow())) == 1
        cases.held_records(held.uow(), TODAY)
        cases.disposable(held.uow(), date(2040, 1, 1))
    finally:
        event.remove(held.engine, "before_cursor_execute", watch)
    assert seen and {kind for kind, _ in seen} == {"SELECT"}
    assert {flag for _, flag in seen} == {1}, [s for s in seen if s[1] != 1]


def test_a_write_in_a_read_only_unit_of_work_is_refused_and_changes_nothing(held):
    before = ho.certificates(held.uow())
    with pytest.raises(StoreError):
        with held.uow().reading() as uow:
            old = uow.head_office.by_key("certificate", "VF-CN-2026-0001")
            uow.head_office.put("certificate", Certificate(**{**old.__dict__, "client": "改过 / changed"}), None, old.number)
            uow.session.flush()
    with pytest.raises(DomainError) as caught:
        with held.uow().reading() as uow:
            uow.commit()
    assert "read-only" in caught.value.message.en and "只读" in caught.value.message.zh
    assert ho.certificates(held.uow()) == before
    with held.uow() as uow:  # the pooled connection is writable again for the next ordinary unit of work
        assert uow.session.connection().exec_driver_sql("PRAGMA query_only").scalar() == 0
