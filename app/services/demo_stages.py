"""The demo brought further along, for head office: ``verifield demo --stage submitted``.

From :func:`app.services.demo.create_demo`: the site visit is dated (three weeks ago), the criteria include
ISO 14068-1 (so the statement comes with a carbon-neutrality certificate), every nonconformity and clarification is
answered and closed, every observation closed as noted by the client, a second retirement covers the neutrality
shortfall, statement version 1 is made final and the engagement is submitted to head office today.  The command
then queues its signed package in the outbox (:mod:`app.services.demo_submission`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from app.domain.engagement.stages import Stage
from app.domain.fieldwork.checklists import Template
from app.domain.findings.finding import Kind, Response, State
from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.kernel.choices import Programme
from app.services import demo
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.services import statements as statement_services
from app.services.evaluation_demo import EVALUATION_CRITERION, add_demo_monitoring
from app.services.ports import UnitOfWork

STAGES = ("planned", "submitted")
NEUTRALITY = "ISO 14068-1:2023"


def create_demo_at(uow: UnitOfWork, stage: str, actor: str, today: date | None = None, templates: Sequence[Template] = (),
                   programme: str = Programme.ISO_14064_1.value) -> str:
    """The demo engagement at ``stage`` ("planned", as on first start, or "submitted"); returns its id.  ``programme``
    iso14068-1 makes it the manufacturer's carbon-neutrality certification, evaluated as seed 004's industrial
    enterprise (ISO 14068-1 and T/CIECCPA 061 among its criteria, with its monitoring plan and lab results)."""
    today = today or date.today()
    engagement_id = demo.create_demo(uow, actor, today, templates)
    if programme == Programme.ISO_14068_1.value:
        e, _ = services.load(uow, engagement_id)
        services.update_engagement(uow, engagement_id, {
            "programme": Programme.ISO_14068_1, "criteria": (*e.criteria, NEUTRALITY, EVALUATION_CRITERION),
            "title": f"{today.year - 1} 年度碳中和核证 / {today.year - 1} carbon-neutrality certification"}, actor)
        add_demo_monitoring(uow, engagement_id, actor)
    if stage == "submitted":
        submit_demo(uow, engagement_id, actor, today)
    return engagement_id


def submit_demo(uow: UnitOfWork, engagement_id: str, actor: str, today: date) -> None:
    e, _ = services.load(uow, engagement_id)
    visit = today - timedelta(days=21)
    services.update_engagement(uow, engagement_id, {"site_visit_start": visit, "site_visit_end": visit + timedelta(days=2),
                                                    "criteria": tuple(dict.fromkeys((*e.criteria, NEUTRALITY)))}, actor)
    while services.load(uow, engagement_id)[0].status is not Stage.STATEMENT:
        services.advance_stage(uow, engagement_id, actor, today)
    for finding in finding_services.list_findings(uow, engagement_id):
        if finding.kind is not Kind.OBSERVATION and finding.state is State.OPEN and finding.response.blank:
            answer = Response("台账遗漏制冷剂充注 / the ledger missed the refrigerant top-ups",
                              "已补报逸散排放 / the leaks are added to the report", "维保记录月度核对 / monthly check of the service log",
                              "温室气体排放报告 v3 / GHG report v3", demo.demo_client().contact_name, today)
            finding_services.respond(uow, engagement_id, finding.id, answer, actor, today)
        finding_services.evaluate(uow, engagement_id, finding.id, True, "", actor, today)
    year = today.year - 1
    top_up = Offset(OffsetKind.CCER, "全国温室气体自愿减排注册登记系统 / national CCER registry", f"CCER-{year - 1}-TOPUP-000001",
                    f"CCER-{year - 1}-TOPUP-000300", year - 1, 300.0, True, today - timedelta(days=10),
                    "注销证明 CCER-RT-0399 / retirement certificate", demo.demo_client().name_zh)
    inventory_services.save_offset(uow, engagement_id, top_up, actor)
    statement = statement_services.statements(uow, engagement_id)[-1]
    statement_services.make_final(uow, engagement_id, statement.id, actor, today)
    services.advance_stage(uow, engagement_id, actor, today)
