"""Agreed-upon procedures on a real store: procedures with factual findings, no assurance wording anywhere (a finding
holding any is refused naming the word, and the report's own text holds none), and the report of factual findings
restricted to its named users, read back with pdftotext.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from app.domain.fieldwork.aup import AupTerms, Outcome, Procedure, assurance_wording
from app.domain.kernel.choices import Programme
from app.domain.kernel.text import DomainError
from app.reports.aup_report_pdf import NATURE, RESTRICTION, TITLE, write_aup_report
from app.services import aup
from app.services import demo
from app.services import engagements as services
from app.services import people as people_services

TODAY = date(2026, 6, 1)
TERMS = AupTerms("常州恒运精密机械有限公司", "为银行绿色贷款申请核对 2025 年外购电量 / to check the 2025 purchased power for a green loan",
                 "2025 年外购电力台账 / the 2025 purchased-power ledger", "中国银行常州分行 / Bank of China, Changzhou branch\n常州恒运精密机械有限公司",
                 date(2026, 3, 1))
DONE = Procedure("1", "将 12 个月的电费发票与台账逐月核对 / agree the 12 monthly invoices to the ledger", Outcome.EXCEPTION,
                 "11 个月一致；8 月台账 1,020 MWh，发票 1,050 MWh / 11 months agree; August: ledger 1,020 MWh, invoice 1,050 MWh",
                 "发票 2025-01…12 / invoices", date(2026, 3, 3))


@pytest.fixture
def engagement_id(store):
    uow = store.uow()
    client_id = services.create_organisation(uow, demo.demo_client(), "wang")
    people_services.ensure_people(uow, demo.demo_people(), "wang")
    return services.create_engagement(uow, replace(demo.demo_engagement(client_id, TODAY), programme=Programme.AUP), "wang", TODAY)


def test_aup_terms_are_refused_on_an_engagement_of_another_programme(store):
    """The programme's own records go only to an engagement under it; the refusal names both programmes."""
    uow = store.uow()
    client_id = services.create_organisation(uow, demo.demo_client(), "wang")
    people_services.ensure_people(uow, demo.demo_people(), "wang")
    inventory_id = services.create_engagement(uow, demo.demo_engagement(client_id, TODAY), "wang", TODAY)
    error = pytest.raises(DomainError, aup.save, store.uow(), inventory_id, TERMS, "wang").value
    assert error.field == "programme" and error.message.en.endswith(", not agreed-upon procedures.")
    assert "ISO 14064-1" in error.message.en and error.message.zh.endswith("，不是商定程序。")
    assert aup.procedures_of(store.uow(), inventory_id) == []


@pytest.mark.parametrize("text, word", [("In our opinion the ledger is right", "in our opinion"), ("我们认为台账准确", "认为"),
                                        ("nothing has come to our attention", "nothing has come to our attention"),
                                        ("提供合理保证", "保证")])
def test_a_finding_with_assurance_wording_is_refused_naming_the_word(store, engagement_id, text, word):
    error = pytest.raises(DomainError, aup.save, store.uow(), engagement_id, replace(DONE, finding=text), "wang").value
    assert error.field == "finding" and word in (error.message.en + error.message.zh).lower()
    assert aup.procedures_of(store.uow(), engagement_id) == []


def test_an_aup_engagement_stored_with_a_level_of_assurance_reads_without_one_and_stays_editable(store, engagement_id):
    """A store written before agreed-upon procedures lost their level of assurance holds one: read back it is unset,
    so a team member can still be edited (the engagement's check had refused every edit on the hidden field)."""
    from sqlalchemy import update

    from app.domain.engagement.engagement import no_assurance
    from app.domain.kernel.choices import Assurance
    from app.storage.tables import EngagementRow

    with store.uow() as uow:
        uow.session.execute(update(EngagementRow).where(EngagementRow.id == engagement_id).values(
            assurance=Assurance.LIMITED.value, materiality_pct=2.0, materiality_reason="as an older version stored it"))
        uow.commit()
    engagement, _client = services.load(store.uow(), engagement_id)
    assert {name: getattr(engagement, name) for name in no_assurance()} == no_assurance()
    member = engagement.team[0]
    services.update_member(store.uow(), engagement_id, member.id, {"days": member.days + 1}, "wang")
    assert services.load(store.uow(), engagement_id)[0].team[0].days == member.days + 1


def test_the_reports_own_text_states_facts_only():
    for text in (TITLE, NATURE, RESTRICTION):
        assert assurance_wording(text.zh + " " + text.en) == []


def test_the_report_of_factual_findings_is_restricted_to_its_users(store, engagement_id, tmp_path):
    uow = store.uow()
    pending = Procedure("2", "核对 8 月抄表记录 / agree the August meter readings")
    aup.save(uow, engagement_id, TERMS, "wang")
    aup.save(uow, engagement_id, DONE, "wang")
    aup.save(uow, engagement_id, pending, "wang")
    engagement, client = services.load(uow, engagement_id)
    path = tmp_path / "aup.pdf"
    with pytest.raises(DomainError, match="procedure 2 is not performed yet"):
        write_aup_report(path, engagement, client, aup.terms_of(uow, engagement_id), aup.procedures_of(uow, engagement_id), datetime.now(timezone.utc))
    assert not path.exists()
    aup.save(uow, engagement_id, replace(pending, outcome=Outcome.NO_EXCEPTION, finding="抄表记录与台账一致 / the readings agree to the ledger",
                                         performed_on=date(2026, 3, 4)), "wang")
    write_aup_report(path, engagement, client, aup.terms_of(uow, engagement_id), aup.procedures_of(uow, engagement_id), datetime.now(timezone.utc))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())
    for expected in ("Report of factual findings", "Bank of China, Changzhou branch", "August: ledger 1,020 MWh, invoice 1,050 MWh",
                     "may not be given to anyone else", "exception found", "the readings agree to the ledger"):
        assert expected in text
    assert assurance_wording(text) == []
    with pytest.raises(DomainError, match="not agreed-upon procedures"):
        aup.save(uow, demo.create_demo(uow, "wang", TODAY), DONE, "wang")


def test_the_aup_demo_is_planned_with_every_procedure_performed(tmp_path, capsys):
    """``verifield demo --programme aup``: the terms and three performed procedures, ready for the report."""
    from app.cli import main
    from app.domain.engagement.stages import Stage
    from app.domain.fieldwork.aup import report_blockers
    from app.storage.store import open_store

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--programme", "aup"]) == 0
    assert "agreed-upon procedures" in capsys.readouterr().out
    store = open_store(next(folder.glob("*.sqlite")))
    try:
        [summary] = services.list_engagements(store.uow())
        engagement = services.load(store.uow(), summary.id)[0]
        assert (engagement.programme, engagement.status) == (Programme.AUP, Stage.PLANNED)
        procedures = aup.procedures_of(store.uow(), summary.id)
        assert len(procedures) == 3 and report_blockers(aup.terms_of(store.uow(), summary.id), procedures) == []
    finally:
        store.close()
