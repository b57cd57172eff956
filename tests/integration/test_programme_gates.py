"""The life-cycle gates per programme on a real store: a project, a footprint and agreed-upon procedures leave the
statement stage on their own document (ready, with nothing it lacks, and dated), never on the inventory's versioned
statement, which they do not have; an organisation's inventory still needs its final statement.  The demos of
``verifield demo --programme …`` carry each engagement to the statement stage.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.engagement.stages import Stage
from app.domain.fieldwork.aup import Procedure
from app.domain.kernel.choices import Programme
from app.domain.kernel.text import DomainError
from app.services import aup as aup_services
from app.services import demo
from app.services import engagements as services
from app.services import people as people_services
from app.services.aup_demo import create_aup_demo
from app.services.footprint_demo import create_footprint_demo
from app.services.project_demo import create_project_demo

TODAY = date(2026, 6, 1)


def to_statement_stage(uow, engagement_id: str) -> None:
    while services.load(uow, engagement_id)[0].status is not Stage.STATEMENT:
        services.advance_stage(uow, engagement_id, "huang", TODAY)


def refusal(uow, engagement_id: str) -> str:
    with pytest.raises(DomainError) as caught:
        services.advance_stage(uow, engagement_id, "huang", TODAY)
    return caught.value.message.en


@pytest.mark.parametrize("create, document", [
    (create_project_demo, "the statement of reductions"),
    (create_footprint_demo, "the footprint statement"),
    (create_aup_demo, "the report of factual findings"),
])
def test_a_programme_with_its_own_document_is_submitted_on_it_dated(store, create, document):
    uow = store.uow
    engagement_id = create(uow(), "huang", TODAY)
    to_statement_stage(uow(), engagement_id)
    assert services.document_gaps(uow(), engagement_id) == []  # the demo's document is ready
    message = refusal(uow(), engagement_id)
    assert f"{document} is not dated yet" in message and "the statement is not final" not in message
    services.update_engagement(uow(), engagement_id, {"statement_date": TODAY - timedelta(days=1)}, "huang")
    assert services.advance_stage(uow(), engagement_id, "huang", TODAY) is Stage.SUBMITTED


def test_a_procedure_not_performed_holds_the_aup_report_and_the_engagement(store):
    uow = store.uow
    engagement_id = create_aup_demo(uow(), "huang", TODAY)
    aup_services.save(uow(), engagement_id, Procedure("4", "agree the December meter reading to the ledger"), "huang")
    to_statement_stage(uow(), engagement_id)
    services.update_engagement(uow(), engagement_id, {"statement_date": TODAY}, "huang")
    assert "the report of factual findings: procedure 4 is not performed yet" in refusal(uow(), engagement_id)
    assert services.load(uow(), engagement_id)[0].status is Stage.STATEMENT


@pytest.mark.parametrize("programme, lacks", [
    (Programme.ISO_14064_2, "the statement of reductions: no reductions are calculated yet"),
    (Programme.ISO_14067, "the footprint statement: there is no footprint yet"),
])
def test_an_empty_project_or_footprint_cannot_be_submitted(store, programme, lacks):
    uow = store.uow
    client_id = services.create_organisation(uow(), demo.demo_client(), "huang")
    people_services.ensure_people(uow(), demo.demo_people(), "huang")
    e = replace(demo.demo_engagement(client_id, TODAY), programme=programme, technical_areas=(),
              status=Stage.STATEMENT, statement_date=TODAY)
    engagement_id = services.create_engagement(uow(), e, "huang", TODAY)
    message = refusal(uow(), engagement_id)
    assert lacks in message and "the statement is not final" not in message


def test_an_organisation_inventory_still_needs_its_final_statement(store):
    uow = store.uow
    engagement_id = demo.create_demo(uow(), "huang", TODAY)
    to_statement_stage(uow(), engagement_id)
    services.update_engagement(uow(), engagement_id, {"statement_date": TODAY}, "huang")
    assert services.document_gaps(uow(), engagement_id) == []
    assert "the statement is not final yet" in refusal(uow(), engagement_id)


def test_the_aup_demo_plans_agreed_upon_procedures_not_a_verification(store, tmp_path):
    """Its plan prints the engagement's objectives and criteria: those of an AUP, with no assurance and no statement
    (found rendering the plan: it had the organisation demo's ISO 14064 verification wording)."""
    import subprocess
    from datetime import datetime

    from app.domain.fieldwork.meetings import VerificationPlan
    from app.reports.fieldwork_pdf import write_plan_pdf

    engagement_id = create_aup_demo(store.uow(), "huang", TODAY)
    engagement, client = services.load(store.uow(), engagement_id)
    assert not any("ISO 14064" in c for c in engagement.criteria)
    write_plan_pdf(tmp_path / "plan.pdf", engagement, client, VerificationPlan(), [], {}, "zh", datetime(2026, 6, 1, 9))
    text = subprocess.run(["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "不提供任何保证" in text and "no assurance is expressed" in text
    for wording in ("核查声明", "verification statement", "ISO 14064-1:2018", "ISO 14064-3:2019"):
        assert wording not in text


def test_the_findings_report_names_the_document_the_programme_ends_in(store, tmp_path):
    import subprocess
    from datetime import datetime

    from app.reports.findings_pdf import write_report_pdf
    from app.services import inventory as inventory_services

    for create, document in ((create_aup_demo, "事实发现报告"), (create_project_demo, "减排量核证声明"), (demo.create_demo, "最终核证声明")):
        engagement_id = create(store.uow(), "huang", TODAY)
        engagement, client = services.load(store.uow(), engagement_id)
        path = tmp_path / f"{engagement_id}.pdf"
        write_report_pdf(path, engagement, client, [], inventory_services.calculate(store.uow(), engagement_id), "zh", datetime(2026, 6, 1, 9))
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert f"可出具{document}。" in text and f"阻碍出具{document}的问题" in text
