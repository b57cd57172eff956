"""An agreed-upon-procedures demo (``verifield demo --programme aup``): procedures a bank agreed with the demo
manufacturer on its 2025 purchased power, each performed and its factual finding recorded, the contract review
accepted and the engagement planned.  The company, the bank and the people are invented; the engagement is a demo.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.fieldwork.aup import AupTerms, Outcome, Procedure
from app.domain.kernel.choices import Programme
from app.services import aup as aup_services
from app.services import contract_review as contract_services
from app.services import engagements as services
from app.services import people as people_services
from app.services.demo import demo_client, demo_engagement, demo_people, demo_review
from app.services.ports import UnitOfWork


def create_aup_demo(uow: UnitOfWork, actor: str, today: date | None = None) -> str:
    """The demo client and an AUP engagement with its terms and three performed procedures; returns its id."""
    today = today or date.today()
    year = today.year - 1
    organisation_id = services.create_organisation(uow, demo_client(), actor)
    people_services.ensure_people(uow, demo_people(), actor)
    engagement = replace(
        demo_engagement(organisation_id, today), programme=Programme.AUP,
        title=f"{year} 年外购电量商定程序 / agreed-upon procedures on the {year} purchased power",
        criteria=("与委托方商定的程序 / the procedures agreed with the engaging party",),
        objectives=(f"按与委托方商定的程序核对 {year} 年外购电量，并报告事实性发现；不提供任何保证。\n"
                    f"Perform the procedures agreed with the engaging party on the {year} purchased power and report "
                    "the factual findings; no assurance is expressed."),
        scope_text=(f"{year} 年外购电力台账、月度电费发票及关口电能表检定证书。\nThe {year} purchased-power ledger, the "
                    "monthly electricity invoices and the revenue meter's calibration certificate."))
    engagement_id = services.create_engagement(uow, engagement, actor, today)
    agreed = date(today.year, 1, 10) if today >= date(today.year, 1, 10) else today
    performed = date(today.year, 2, 3) if today >= date(today.year, 2, 3) else today
    aup_services.save(uow, engagement_id, AupTerms(
        "中国银行常州分行 / Bank of China, Changzhou branch", f"绿色贷款申请：核对 {year} 年外购电量 / green loan: check the {year} purchased power",
        f"{year} 年外购电力台账及电费发票 / the {year} purchased-power ledger and invoices",
        "中国银行常州分行 / Bank of China, Changzhou branch\n常州恒运精密机械有限公司 / Changzhou Hengyun Precision Machinery", agreed), actor)
    for number, procedure, outcome, finding, evidence in (
        ("1", "将 12 张月度电费发票的电量与台账逐月核对 / agree the 12 monthly invoices' kWh to the ledger", Outcome.EXCEPTION,
         "11 个月一致；8 月台账 1,020 MWh，发票 1,050 MWh / 11 months agree; August: ledger 1,020 MWh, invoice 1,050 MWh",
         "发票 / invoices 2025-01…12"),
        ("2", "将台账全年合计与客户报告的外购电量核对 / agree the ledger's total to the reported purchased power", Outcome.NO_EXCEPTION,
         "台账合计 12,900 MWh，与报告一致 / ledger total 12,900 MWh, as reported", "台账 / ledger v3"),
        ("3", "核对关口电能表的检定证书在有效期内 / check the revenue meter's calibration certificate is in date", Outcome.NO_EXCEPTION,
         "证书编号 JD-2025-0147，有效期至 2026-05-31 / certificate JD-2025-0147, valid to 2026-05-31", "检定证书 / certificate"),
    ):
        aup_services.save(uow, engagement_id, Procedure(number, procedure, outcome, finding, evidence, performed), actor)
    contract_services.save_review(uow, engagement_id, replace(
        demo_review(today), commitment="不适用：商定程序 / not applicable: agreed-upon procedures",
        criteria_requested="与委托方商定的程序 / the procedures agreed with the engaging party"), actor)
    services.advance_stage(uow, engagement_id, actor)
    return engagement_id
