"""The demo engagement brought to where its statement can be made final and its certificate printed.

From the demo: the engagement is at the statement stage with its site visit
dated (2–4 March), its criteria including ISO 14068-1, NC-01 (the unreported refrigerant) is answered and closed, CL-02 is
accepted, and a second retirement covers the shortfall, so the balance is
neutral.
"""

from __future__ import annotations

from datetime import date

from app.domain.engagement.people import person_from_name
from app.domain.engagement.stages import Stage
from app.domain.findings.finding import Response, State
from app.domain.inventory.neutrality import Offset, OffsetKind
from app.services import demo
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory as inventory_services

TODAY = date(2026, 6, 1)
SITE_VISIT, SITE_VISIT_END = date(2026, 3, 2), date(2026, 3, 4)
# The demo verifies an ISO 14064-1 inventory; its neutrality claim is verified against ISO 14068-1 too, so it has a certificate.
CRITERIA = ("ISO 14064-1:2018", "ISO 14064-3:2019", "GB/T 32150-2015", "ISO 14068-1:2023")
REVIEWER, DECISION_MAKER = person_from_name("赵敏 Zhao Min").id, person_from_name("孙强 Sun Qiang").id
ACTOR = "王磊 Wang Lei"


def ready_engagement(uow_factory) -> str:
    engagement_id = demo.create_demo(uow_factory(), ACTOR, TODAY)
    services.update_engagement(uow_factory(), engagement_id, {"site_visit_start": SITE_VISIT, "site_visit_end": SITE_VISIT_END,
                                                                      "criteria": CRITERIA}, ACTOR)
    while services.load(uow_factory(), engagement_id)[0].status is not Stage.STATEMENT:
        services.advance_stage(uow_factory(), engagement_id, ACTOR)
    for finding in finding_services.list_findings(uow_factory(), engagement_id):
        if finding.state is State.OPEN and finding.response.blank and finding.kind.value != "observation":
            answer = Response("台账遗漏 / missed in the ledger", "已补报 / added to the report", "月度核对 / monthly check",
                              "revised report v2", "周敏")
            finding_services.respond(uow_factory(), engagement_id, finding.id, answer, ACTOR, TODAY)
        if finding.kind.value != "observation":
            finding_services.evaluate(uow_factory(), engagement_id, finding.id, True, "", ACTOR, TODAY)
    year = TODAY.year - 1
    top_up = Offset(OffsetKind.CCER, "national CCER registry", "CCER-2024-TOPUP-000001", "CCER-2024-TOPUP-000300", 2024, 300.0,
                    True, date(year + 1, 3, 20), "retirement certificate CCER-RT-0399", demo.demo_client().name_en)
    inventory_services.save_offset(uow_factory(), engagement_id, top_up, ACTOR)
    return engagement_id
