"""A realistic ISO 14064-2 demo (``verifield demo --programme iso14064-2``): a 10 MW rooftop PV project's first
monitoring period, validated ex ante and verified ex post.

The baseline is the East China grid power the plant displaces; the project emits from its backup diesel generator;
the trucks that take old roofing away are leakage.  Every SSR takes its factors from the shipped library.  The
company and the people are invented; the engagement is a demo (its own code, marked DEMO, deletable).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.engagement import credit_code
from app.domain.engagement.engagement import Engagement, Site
from app.domain.engagement.mandays import ManDayPlan
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import Person, PersonRole, person_from_name
from app.domain.engagement.team import TeamMember
from app.domain.inventory.factors import FactorUse
from app.domain.inventory.sources import Category, EmissionSource, Method
from app.domain.kernel.choices import Assurance, Gas, Programme, Role
from app.domain.project.project import (
    Basis, Frequency, MonitoringParameter, MonitoringPeriod, ProjectData, ProjectDescription, Relation, Scenario, Ssr,
)
from app.services import contract_review as contract_services
from app.services import engagements as services
from app.services import people as people_services
from app.services import project as project_services
from app.services.demo import demo_people, demo_review
from app.services.ports import UnitOfWork

_CODE_BODY = "91320500MA1Y8P4Q3"  # Suzhou
# Net power supplied to the grid per month of the first monitoring period (MWh, July to June), and the
# backup generator's diesel (t) per half-year.
GENERATION = (1180.4, 1125.9, 1010.2, 860.5, 640.3, 520.8, 560.1, 690.7, 905.6, 1040.2, 1150.0, 1120.3)
DIESEL = (2.4, 1.6)
TRUCK_DIESEL = (0.8, 0.0)
EX_ANTE = (5600.0, 5500.0)  # MWh per vintage, from the project design document's yield study


def project_client() -> Organisation:
    return Organisation(
        name_zh="苏州晴川新能源有限公司", name_en="Suzhou Qingchuan New Energy Co., Ltd.",
        credit_code=_CODE_BODY + credit_code.check_character(_CODE_BODY),
        address="江苏省苏州市吴中区东吴北路 66 号", contact_name="何静（项目经理）", contact_phone="+86 512 6580 2266",
        contact_email="hejing@qingchuan-energy.example.cn",
    )


def project_people() -> list[Person]:
    """The demo register and a lead verifier competent in renewables (TA-01.2)."""
    lead = replace(person_from_name("刘洋 Liu Yang"), roles=(PersonRole.LEAD.value, PersonRole.VERIFIER.value),
                   competences=("TA-01.2",), qualifications="CCER 审定与核查员 / CCER validation and verification")
    return [*demo_people(), lead]


def create_project_demo(uow: UnitOfWork, actor: str, today: date | None = None) -> str:
    """The demo client, the project engagement with its project, periods, SSRs, data and monitoring plan, its contract
    review accepted and planned; returns its id."""
    today = today or date.today()
    organisation_id = services.create_organisation(uow, project_client(), actor)
    people_services.ensure_people(uow, project_people(), actor)
    engagement_id = services.create_engagement(uow, project_engagement(organisation_id, today), actor, today)
    add_project(uow, engagement_id, actor, today)
    contract_services.save_review(uow, engagement_id, replace(
        demo_review(today), products_services="屋顶分布式光伏发电 / rooftop distributed PV generation",
        process="光伏组件—逆变器—升压—并网 / PV modules, inverters, step-up, grid connection",
        subject_boundary="项目边界：光伏电站及其并网点 / the PV plant up to its grid connection point",
        commitment="不适用：项目审定与核查 / not applicable: project validation and verification",
        management_plan="项目设计文件第 B.7 节监测计划 / the monitoring plan of PDD section B.7",
        criteria_requested="ISO 14064-2:2019, ISO 14064-3:2019", ghg_sources="电网替代、备用柴油发电机、运输 / displaced grid power, "
        "backup diesel generator, transport", reports_received="项目设计文件、第 1 期监测报告 / the PDD and monitoring report 1",
        competence_note="TA-01.2 有具备能力的核查员 / a verifier competent in TA-01.2"), actor)
    services.advance_stage(uow, engagement_id, actor)
    return engagement_id


def project_engagement(organisation_id: str, today: date) -> Engagement:
    year = today.year - 1
    declared = date(today.year, 1, 15) if today >= date(today.year, 1, 15) else today
    lead, verifier = project_people()[-1], project_people()[1]
    return Engagement(
        organisation_id=organisation_id, is_demo=True, programme=Programme.ISO_14064_2,
        title=f"晴川 10 MW 屋顶光伏项目第 1 监测期审定与核查 / Qingchuan 10 MW rooftop PV: monitoring period 1 ({year - 1}–{year})",
        technical_areas=("TA-01.2",), criteria=("ISO 14064-2:2019", "ISO 14064-3:2019"),
        objectives="审定项目的基准线和减排量估算，核查第 1 监测期的减排量 / validate the baseline and the estimated "
                   "reductions, and verify the reductions of monitoring period 1",
        scope_text="项目边界：光伏电站、逆变器、升压站和并网点；基准线为华东电网供电 / the PV plant, inverters, step-up "
                   "station and grid connection; the baseline is East China grid power",
        period_start=date(year - 1, 7, 1), period_end=date(year, 6, 30), ghgs=(Gas.CO2.value,), assurance=Assurance.REASONABLE,
        man_days=ManDayPlan.suggested(3),
        sites=[Site("晴川光伏电站 / Qingchuan PV plant", "江苏省苏州市吴中区东吴北路 66 号")],
        team=[
            TeamMember(lead.name, Role.LEAD, lead.qualifications, ("TA-01.2",), 2.0, True, "", declared, person_id=lead.id),
            TeamMember(verifier.name, Role.VERIFIER, "温室气体管理师", (), 1.0, True, "", declared, person_id=verifier.id),
        ],
    )


def _library(uow: UnitOfWork, factor_id: str) -> FactorUse:
    with uow:
        return uow.factors.get(factor_id).use()


def add_project(uow: UnitOfWork, engagement_id: str, actor: str, today: date) -> None:
    """The project description, monitoring period 1, three SSRs with their data, and the monitoring plan."""
    year = today.year - 1
    start, end = date(year - 1, 7, 1), date(year, 6, 30)
    save = lambda item: project_services.save(uow, engagement_id, item, actor)  # noqa: E731
    save(ProjectDescription(
        "晴川 10 MW 屋顶分布式光伏项目 / Qingchuan 10 MW rooftop distributed PV", "江苏省苏州市吴中区 / Wuzhong, Suzhou",
        "单晶硅组件 18,500 块，组串式逆变器，10 kV 并网 / 18,500 mono-Si modules, string inverters, 10 kV grid connection",
        "CCER-01-001-V01 并网光伏发电 / grid-connected PV generation", "苏州晴川新能源有限公司", date(year - 1, 5, 20), start,
        date(year + 9, 6, 30), "无项目时，等量电力由华东电网提供 / without the project the same power comes from the East China grid",
        "投资分析：无减排收益时内部收益率 6.1 % 低于基准 8 % / IRR 6.1 % without carbon revenue, below the 8 % benchmark"))
    period = MonitoringPeriod(start, end)
    save(period)
    grid = Ssr(EmissionSource("华东电网替代电量 / displaced East China grid power", Category.ENERGY, Method.ENERGY,
                              factor=_library(uow, "cn-grid/East China grid/2022")),
               Scenario.BASELINE, Relation.RELATED, justification="项目替代的电网发电 / grid generation the project displaces")
    diesel = "cn-fuel/diesel/"
    fuel = {"ncv": _library(uow, diesel + "ncv"), "carbon_per_heat": _library(uow, diesel + "cc"), "oxidation": _library(uow, diesel + "of")}
    generator = Ssr(EmissionSource("备用柴油发电机 / backup diesel generator", Category.STATIONARY, Method.FUEL, **fuel),
                    Scenario.PROJECT, Relation.CONTROLLED)
    trucks = Ssr(EmissionSource("运输旧屋面材料的柴油货车 / trucks taking old roofing away", Category.TRANSPORT, Method.FUEL, **fuel),
                 Scenario.LEAKAGE, Relation.AFFECTED, justification="施工期的场外运输 / off-site transport during construction")
    for ssr in (grid, generator, trucks):
        save(ssr)
    halves = ((start, date(year - 1, 12, 31)), (date(year, 1, 1), end))
    for month, quantity in enumerate(GENERATION):
        first = date(year - 1 + (month + 6) // 12, (month + 6) % 12 + 1, 1)
        last = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        save(ProjectData(grid.id, Basis.EX_POST, first, date.fromordinal(last.toordinal() - 1), quantity, "MWh",
                         f"电网结算单 / grid settlement {first:%Y-%m}"))
    for (first, last), planned, oil, truck in zip(halves, EX_ANTE, DIESEL, TRUCK_DIESEL):
        save(ProjectData(grid.id, Basis.EX_ANTE, first, last, planned, "MWh", "可研发电量 / yield study"))
        save(ProjectData(generator.id, Basis.EX_POST, first, last, oil, "t", "加油记录 / refuelling log"))
        if truck:
            save(ProjectData(trucks.id, Basis.EX_POST, first, last, truck, "t", "运输合同 / haulage contract"))
    save(MonitoringParameter("EG 上网电量 / net electricity supplied", "MWh", grid.id, "双向关口电能表 / bidirectional revenue meter",
                             Frequency.CONTINUOUS, "关口表 0.2S 级 / class 0.2S meter", "每年由电网公司检定 / calibrated yearly by the grid company",
                             "与电网结算单和售电发票交叉核对 / cross-checked with settlements and sales invoices", "何静"))
    save(MonitoringParameter("FC 柴油消耗量 / diesel consumed", "t", generator.id, "加油记录和油罐液位 / refuelling log and tank level",
                             Frequency.PER_BATCH, "油罐液位计 / tank gauge", "每半年校准 / calibrated twice a year",
                             "与采购发票核对 / checked against purchase invoices", "何静"))
