"""A realistic demo engagement: a Chinese machinery manufacturer's 2025 GHG inventory.

Used on first start with an empty store and by ``verifield demo``; the people
and the company are invented.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from app.domain.engagement import credit_code
from app.domain.engagement.contract_review import ContractReview, ReviewDecision
from app.domain.engagement.engagement import Engagement, Site
from app.domain.engagement.mandays import ManDayPlan
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import Person, PersonRole, person_from_name
from app.domain.engagement.team import TeamMember
from app.domain.fieldwork.checklists import Answer, Template
from app.domain.fieldwork.documents import Document, DocumentType, ReviewResult, TimeEntry, WorkStage
from app.domain.fieldwork.meetings import Activity, Attendee, Meeting, MeetingKind, VerificationPlan
from app.domain.fieldwork.risk import Level, RiskAssessment
from app.domain.fieldwork.sampling import Method as Selection
from app.domain.fieldwork.sampling import Plan, Population
from app.domain.findings.finding import Kind, Response, raise_finding
from app.domain.findings.proposals import propose
from app.domain.inventory.factors import FactorUse, Priority
from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.inventory.sources import ActivityRecord, Category, EmissionSource, Method, Origin, Production
from app.domain.kernel.choices import Assurance, BoundaryApproach, Gas, GwpReport, Programme, Role
from app.domain.kernel.dates import add_months
from app.services import contract_review as contract_services
from app.services import engagements as services
from app.services import fieldwork as fieldwork_services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.services import people as people_services
from app.services import statements as statement_services
from app.services.ports import UnitOfWork

_CODE_BODY = "91320412MA1X7K3P2"  # Changzhou, Wujin district (320412)


def demo_client() -> Organisation:
    return Organisation(
        name_zh="常州恒运精密机械有限公司",
        name_en="Changzhou Hengyun Precision Machinery Co., Ltd.",
        credit_code=_CODE_BODY + credit_code.check_character(_CODE_BODY),
        address="江苏省常州市武进区湖塘镇长虹路 88 号",
        contact_name="周敏（安环部经理）",
        contact_phone="+86 519 8650 1234",
        contact_email="zhoumin@hengyun-machinery.example.cn",
    )


def demo_people() -> list[Person]:
    """The demo's register: its team of four, and a reviewer and a decision-maker at head office (never on the team)."""
    rows = (
        ("王磊 Wang Lei", (PersonRole.LEAD.value, PersonRole.VERIFIER.value), ("SK-02.1", "SK-13.1"), "CCAA 温室气体核查员；ISO 14064 主任审核员"),
        ("李娜 Li Na", (PersonRole.VERIFIER.value,), ("SK-02.4",), "温室气体管理师"),
        ("张伟 Zhang Wei", (PersonRole.TECHNICAL_EXPERT.value,), ("SK-02.1",), "高级工程师（机械制造）"),
        ("陈晨 Chen Chen", (PersonRole.TRAINEE.value,), (), "实习核查员"),
        ("赵敏 Zhao Min", (PersonRole.REVIEWER.value, PersonRole.TECHNICAL_LEAD.value), ("SK-02.1", "SK-02.4"), "技术负责人 / technical manager"),
        ("孙强 Sun Qiang", (PersonRole.DECISION_MAKER.value,), (), "总经理 / general manager"),
    )
    return [replace(person_from_name(name), roles=roles, competences=areas, qualifications=what) for name, roles, areas, what in rows]


def demo_engagement(organisation_id: str, today: date) -> Engagement:
    year = today.year - 1
    declared = date(today.year, 1, 15) if today >= date(today.year, 1, 15) else today
    lead, verifier, expert, trainee = demo_people()[:4]
    return Engagement(
        organisation_id=organisation_id,
        is_demo=True,
        title=f"{year} 年度组织温室气体排放核查 / {year} organisational GHG verification",
        programme=Programme.ISO_14064_1,
        technical_areas=("SK-02.1", "SK-02.4"),
        criteria=("ISO 14064-1:2018", "ISO 14064-3:2019", "GB/T 32150-2015"),
        objectives=(
            "对受核查方 {y} 年度温室气体排放报告进行第三方核查，确认其排放量数据真实、准确、完整，"
            "并出具核查声明。\nIndependent verification of the client's {y} GHG report, to confirm that the "
            "reported emissions are complete, accurate and consistent, and to issue a verification statement."
        ).format(y=year),
        scope_text=(
            "组织边界：常州武进主厂区及物流仓库（运营控制权法）。报告边界：类别 1 直接排放（天然气锅炉、柴油叉车、"
            "厂内车辆、制冷剂逸散）和类别 2 外购电力间接排放。\nOrganisational boundary: the Wujin main plant and the "
            "logistics warehouse (operational control). Reporting boundary: category 1 direct emissions (natural-gas "
            "boilers, diesel forklifts, site vehicles, refrigerant leaks) and category 2 purchased electricity."
        ),
        boundary_approach=BoundaryApproach.OPERATIONAL_CONTROL,
        period_start=date(year, 1, 1),
        period_end=date(year, 12, 31),
        ghgs=(Gas.CO2.value, Gas.CH4.value, Gas.N2O.value, Gas.HFCS.value),
        gwp_report=GwpReport.AR6,
        base_year=2020,
        assurance=Assurance.REASONABLE,
        man_days=ManDayPlan(24, 0.5, 3.0, 0.5, "两个场所，现场核查增加 1 人天 / two sites: one extra site day"),
        sites=[
            Site("武进主厂区 / Wujin main plant", "江苏省常州市武进区湖塘镇长虹路 88 号"),
            Site("物流仓库 / Logistics warehouse", "江苏省常州市武进区牛塘镇工业园 6 号"),
        ],
        team=[
            TeamMember(lead.name, Role.LEAD, "CCAA 温室气体核查员；ISO 14064 主任审核员", ("SK-02.1", "SK-13.1"), 2.0, True, "", declared, person_id=lead.id),
            TeamMember(verifier.name, Role.VERIFIER, "温室气体管理师", ("SK-02.4",), 1.5, True, "", declared, person_id=verifier.id),
            TeamMember(expert.name, Role.TECHNICAL_EXPERT, "高级工程师（机械制造）", ("SK-02.1",), 0.5, True, "", declared, person_id=expert.id),
            TeamMember(trainee.name, Role.TRAINEE, "实习核查员", (), 2.0, True, "", declared, person_id=trainee.id),
        ],
    )


def create_demo(uow: UnitOfWork, actor: str, today: date | None = None, templates: Sequence[Template] = ()) -> str:
    """Create the demo client and engagement with its inventory, field work, findings and draft statement, planned
    and ready for document review; returns its id.  ``templates`` (the shipped checklist templates) give it a
    checklist under way."""
    today = today or date.today()
    organisation_id = services.create_organisation(uow, demo_client(), actor)
    people_services.ensure_people(uow, demo_people(), actor)
    engagement_id = services.create_engagement(uow, demo_engagement(organisation_id, today), actor, today)
    add_demo_inventory(uow, engagement_id, actor)
    add_demo_findings(uow, engagement_id, actor, today)
    add_demo_fieldwork(uow, engagement_id, actor, today, templates[:1])
    add_demo_statement(uow, engagement_id, actor, today)
    contract_services.save_review(uow, engagement_id, demo_review(today), actor)
    services.advance_stage(uow, engagement_id, actor)
    return engagement_id


def demo_review(today: date) -> ContractReview:
    """The demo's application as received and its review, accepted by the technical lead (seed 001 §8)."""
    year = today.year - 1
    received = date(today.year, 1, 5) if today >= date(today.year, 1, 5) else today
    return ContractReview(
        received_on=received,
        products_services="精密齿轮箱、减速机的设计与制造 / design and manufacture of precision gearboxes and reducers",
        process="下料—机加工—热处理—装配—涂装—试验 / cutting, machining, heat treatment, assembly, painting, testing",
        subject_boundary="武进主厂区及物流仓库，运营控制权法 / the Wujin plant and warehouse, operational control",
        commitment=f"{year + 5} 年实现运营碳中和 / operational carbon neutrality by {year + 5}",
        management_plan="《碳中和管理计划》2024 版：节能改造、屋顶光伏、CCER 抵消 / the 2024 neutrality plan: "
                        "efficiency, rooftop PV, CCER offsets",
        criteria_requested="ISO 14064-1:2018, ISO 14064-3:2019, GB/T 32150-2015",
        period_requested=f"{year}-01-01 – {year}-12-31",
        ghg_sources="天然气锅炉、柴油叉车、厂内车辆、制冷剂、外购电力 / gas boilers, diesel forklifts, site vehicles, "
                    "refrigerants, purchased electricity",
        reports_received=f"{year} 年度温室气体排放报告（初稿） / the {year} GHG report (first draft)",
        application_complete=True, activities_lawful=True, sources_identified=True, gases_and_period=True,
        subject_and_boundary=True, commitment_and_report=True,
        competence_confirmed=True, competence_note="SK-02.1、SK-02.4 均有具备能力的核查员 / competent verifiers for SK-02.1 and SK-02.4",
        impartiality_confirmed=True, impartiality_note="近三年无咨询服务 / no consultancy for the client in three years",
        man_days=4.0, technical_lead_id=person_from_name("赵敏 Zhao Min").id, decision=ReviewDecision.ACCEPTED,
        reasons="范围在认可领域内，人员能力满足 / within the accredited scope, and the team is competent", decided_on=received,
    )


def _shipped(uow: UnitOfWork, factor_id: str) -> FactorUse:
    with uow:
        return uow.factors.get(factor_id).use()


def add_demo_inventory(uow: UnitOfWork, engagement_id: str, actor: str) -> None:
    """Five sources with a year of monthly records, the client's reported figures, production and a CCER retirement."""
    engagement, _client = services.load(uow, engagement_id)
    year = engagement.period_start.year
    plant, warehouse = (site.id for site in engagement.sites)
    gas, diesel = "cn-fuel/natural gas/", "cn-fuel/diesel/"
    sources = [
        (
            EmissionSource(
                "热处理炉及锅炉天然气 / Natural gas, furnaces and boilers", Category.STATIONARY, Method.FUEL, site_id=plant,
                emission_unit="热处理车间 / heat treatment", equipment="燃气锅炉 2 台、热处理炉 3 台 / 2 boilers, 3 furnaces",
                ncv=_shipped(uow, gas + "ncv"), carbon_per_heat=_shipped(uow, gas + "cc"), oxidation=_shipped(uow, gas + "of"),
                reported=4650.0,
            ),
            [32, 29, 24, 18, 12, 9, 8, 8, 10, 15, 22, 30], "10^4 Nm3", Origin.INVOICE,
        ),
        (
            EmissionSource(
                "叉车柴油 / Diesel, forklifts", Category.MOBILE, Method.FUEL, site_id=warehouse, emission_unit="物流 / logistics",
                equipment="柴油叉车 12 台 / 12 diesel forklifts",
                ncv=_shipped(uow, diesel + "ncv"), carbon_per_heat=_shipped(uow, diesel + "cc"), oxidation=_shipped(uow, diesel + "of"),
                reported=223.0,
            ),
            [6.2, 5.4, 6.0, 6.1, 5.9, 6.3, 5.8, 5.7, 6.2, 6.0, 5.9, 6.5], "t", Origin.INVOICE,
        ),
        (
            EmissionSource(
                "外购电力 / Purchased electricity", Category.ENERGY, Method.ENERGY, site_id=plant, emission_unit="全厂 / whole plant",
                equipment="10 kV 进线关口表 / 10 kV incoming meter",
                factor=_shipped(uow, "cn-grid/East China grid/2022"), reported=10265.0,
            ),
            [1420, 1310, 1520, 1480, 1550, 1600, 1680, 1700, 1560, 1500, 1430, 1450], "MWh", Origin.METER,
        ),
        (
            EmissionSource(
                "制冷剂逸散 / Refrigerant leaks", Category.FUGITIVE, Method.MEASURED, Gas.HFCS, "HFC-134a", site_id=plant,
                emission_unit="空调及冷水机组 / air conditioning and chillers", equipment="冷水机组 2 台 / 2 chillers",
                note="补充量法：年内补充量即逸散量 / top-up quantity taken as the leak",
            ),
            [0, 0, 0, 0, 0, 45, 0, 0, 30, 0, 0, 0], "kg", Origin.INVOICE,
        ),
        (
            EmissionSource(
                "焊接保护气 CO₂ / CO₂ welding shielding gas", Category.PROCESS, Method.FACTOR, site_id=plant,
                emission_unit="焊接车间 / welding shop", equipment="CO₂ 气体保护焊机 / CO₂ welders",
                factor=FactorUse(1.0, "tCO2/t", "外购 CO₂ 全部排放（质量平衡）/ purchased CO₂ fully released", "", Priority.MEASURED),
                reported=14.4,
            ),
            [1.2] * 12, "t", Origin.LEDGER,
        ),
    ]
    for source, monthly, unit, origin in sources:
        inventory_services.save_source(uow, engagement_id, source, actor)
        records = [
            ActivityRecord(source.id, date(year, m, 1), add_months(date(year, m, 1), 1) - timedelta(days=1), q, unit, origin,
                           evidence=f"{year}-{m:02d}")
            for m, q in enumerate(monthly, start=1)
            if q
        ]
        inventory_services.save_records(uow, engagement_id, source.id, records, [], actor)
    inventory_services.save_production(uow, engagement_id, Production("精密零部件 / precision parts", 8600.0, "t"), actor)
    batch = f"CCER-2024-320412-{engagement.code[-9:]}-"  # a demo made twice (in any year) must not reuse its serials
    inventory_services.save_offset(
        uow, engagement_id,
        Offset(OffsetKind.CCER, "全国温室气体自愿减排注册登记系统 / national CCER registry", batch + "000001",
               batch + "015000", 2024, 15000.0, True, date(year + 1, 3, 10), "注销证明 CCER-RT-0381 / retirement certificate",
               demo_client().name_zh),
        actor,
    )


def add_demo_findings(uow: UnitOfWork, engagement_id: str, actor: str, today: date) -> None:
    """A nonconformity proposed from the recalculation, a clarification the client has answered, and an observation."""
    calculation = inventory_services.calculate(uow, engagement_id)
    e = calculation.inventory.engagement
    criterion = e.criteria[0] if e.criteria else ""
    for proposal in propose(calculation.inventory.sources, calculation.results, [], e.difference_threshold_pct, e.materiality_pct):
        finding = proposal.finding("zh", actor, today, criterion=criterion)
        finding_services.add_finding(uow, engagement_id, replace(finding, clause="5.2.4"), actor)
    gas = calculation.inventory.sources[0]
    clarification = raise_finding(
        Kind.CLARIFICATION, "7、8 月天然气用量（各 8 万 Nm³）仅为 1 月的四分之一，请说明原因并提供这两个月的结算单。"
        " / Gas use in July and August (80,000 Nm³ each) is a quarter of January's: explain why and send both invoices.",
        actor, today, criterion=criterion, clause="6.2", evidence="天然气结算单汇总表 / gas invoice summary", source_id=gas.id,
    )
    clarification = finding_services.add_finding(uow, engagement_id, clarification, actor)
    answer = Response(
        correction="锅炉只在供暖季运行，夏季仅热处理炉用气；结算单见附件。 / The boilers run only in the heating season; in summer only"
                   " the furnaces burn gas. Invoices attached.",
        evidence="2025-07、2025-08 天然气结算单.pdf；锅炉运行记录 / July and August 2025 gas invoices; boiler log",
        by=demo_client().contact_name, on=today,
    )
    finding_services.respond(uow, engagement_id, clarification.id, answer, actor, today)
    observation = raise_finding(
        Kind.OBSERVATION, "建议为 2 号锅炉加装天然气分表，以便按设备核算。 / Consider a sub-meter on boiler 2 so gas can be allotted per unit.",
        actor, today, criterion=criterion, source_id=gas.id,
    )
    finding_services.add_finding(uow, engagement_id, observation, actor)


def add_demo_statement(uow: UnitOfWork, engagement_id: str, actor: str, today: date) -> None:
    """Draft 1 of the statement with its sections written (it cannot be final while NC-01 is open)."""
    statement = statement_services.start_statement(uow, engagement_id, actor, today)
    sections = {
        "evidence_review": "核查组审阅了 2025 年全部天然气、柴油和电力结算单，并与计量器具读数和财务记录逐月核对；证据完整、准确。"
                           " / The team checked every 2025 gas, diesel and electricity invoice against meter readings and the"
                           " accounts month by month; the evidence is complete and accurate.",
        "material_issues": "制冷剂逸散源未列入受核查方报告（见 NC-01）。 / The refrigerant-leak source was missing from the"
                           " client's report (see NC-01).",
        "iso14068": "受核查方已制定碳中和承诺和管理计划，边界与温室气体报告一致；抵消量来自已注销的 CCER（见碳中和平衡）。"
                    " / The client has a carbon-neutrality commitment and management plan with the same boundary as its GHG"
                    " report; the offsets are retired CCERs (see the neutrality balance).",
        "changes": "与 2024 年相比，新增物流仓库一处；排放量下降 3.1%，主要因燃气锅炉改造。 / Since 2024 a logistics"
                   " warehouse was added; emissions fell 3.1 %, mainly from the boiler retrofit.",
        "management_plan": "天然气和电力按月抄表并与结算单核对；制冷剂充注由维保单位记录。 / Gas and electricity meters are"
                           " read monthly and reconciled with invoices; refrigerant top-ups are logged by the contractor.",
        "procedures": "文件评审、现场核查（查、问、看、验）、按风险抽样复核活动数据、独立重新计算全部排放源。"
                      " / Document review; site verification (records, interviews, observation, tests); risk-based sampling"
                      " of activity data; independent recalculation of every source.",
        "contact": "王磊 Wang Lei · +86 10 6512 3456 · wang.lei@verifier.example.cn",
    }
    statement_services.edit_statement(uow, engagement_id, statement.id, sections, actor)


def add_demo_fieldwork(uow: UnitOfWork, engagement_id: str, actor: str, today: date, templates: Sequence[Template]) -> None:
    """Documents received, time logged, the gas source's risk and a sample of its months, the plan and the opening
    meeting, and a checklist from the first template with two items answered."""
    e, client = services.load(uow, engagement_id)
    gas = inventory_services.sources_of(uow, engagement_id)[0]
    received = today - timedelta(days=20)
    for document in (
        Document(DocumentType.GHG_REPORT, f"{e.period_start.year} 年度温室气体排放报告 / GHG report", "v2", received, result=ReviewResult.ACCEPTED),
        Document(DocumentType.WORKBOOK, "排放计算表 / calculation workbook", "v2", received, result=ReviewResult.CLARIFY,
                 comments="制冷剂逸散未计入 / refrigerant leaks left out (NC-01)"),
        Document(DocumentType.CALIBRATION, "天然气流量计检定证书 / gas meter calibration", "", received),
    ):
        fieldwork_services.save_record(uow, engagement_id, "document", document, actor, today=today)
    fieldwork_services.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.DOCUMENT_REVIEW, e.team[0].name, received, 0.5), actor)
    risk = RiskAssessment(gas.id, Level.MEDIUM, Level.MEDIUM, Level.LOW, "最大排放源，季节性波动 / the largest source, seasonal",
                          "结算单与表计未月度核对 / invoices not reconciled with the meter monthly")
    fieldwork_services.save_record(uow, engagement_id, "risk", risk, actor)
    fieldwork_services.plan_sample(uow, engagement_id, Plan(Population.RECORDS, gas.id, Selection.RANDOM, f"{e.code}/gas", 50.0,
                                                            created_on=today), actor)
    site_day = e.site_visit_start or today
    schedule = (
        Activity(site_day, "09:00–09:30", "首次会议 / opening meeting", "管理层 / management", e.team[0].name),
        Activity(site_day, "09:30–12:00", "锅炉房、配电房现场查看 / boiler house and switch room", "动力车间 / utilities", e.team[1].name),
        Activity(site_day, "13:30–16:30", "活动数据抽样核对 / sampled activity data", "财务部 / finance", e.team[0].name),
        Activity(site_day, "16:30–17:00", "末次会议 / closing meeting", "管理层 / management", e.team[0].name),
    )
    fieldwork_services.save_record(uow, engagement_id, "plan", VerificationPlan(schedule), actor)
    opening = Meeting(MeetingKind.OPENING, site_day, (Attendee(client.contact_name, client.name_zh, "安环部经理"),
                                                      Attendee(e.team[0].name, "Verifield", e.team[0].role.label.zh)))
    fieldwork_services.save_record(uow, engagement_id, "meeting", opening, actor)
    for template in templates:
        checklist = fieldwork_services.add_checklist(uow, engagement_id, template, actor)
        fieldwork_services.answer_item(uow, engagement_id, checklist.id, checklist.items[0].id,
                                       {"answer": Answer.CONFORMS, "location": "主厂区 / main plant"}, actor)
        fieldwork_services.answer_item(uow, engagement_id, checklist.id, checklist.items[1].id, {
            "answer": Answer.OBSERVATION, "notes": "物流仓库的叉车充电未单独计量 / forklift charging at the warehouse has no sub-meter",
            "location": "物流仓库 / warehouse"}, actor)
