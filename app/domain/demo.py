"""A realistic demo engagement: a Chinese machinery manufacturer's 2025 GHG inventory.

Used on first start with an empty store and by ``verifield demo``; the people
and the company are invented.
"""

from __future__ import annotations

from datetime import date

from app.domain import credit_code, services
from app.domain.choices import Assurance, BoundaryApproach, Gas, GwpReport, Programme, Role
from app.domain.engagement import Engagement, Site
from app.domain.mandays import ManDayPlan
from app.domain.organisation import Organisation
from app.domain.ports import UnitOfWork
from app.domain.team import TeamMember

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


def demo_engagement(organisation_id: str, today: date) -> Engagement:
    year = today.year - 1
    declared = date(today.year, 1, 15) if today >= date(today.year, 1, 15) else today
    return Engagement(
        organisation_id=organisation_id,
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
            TeamMember("王磊 Wang Lei", Role.LEAD, "CCAA 温室气体核查员；ISO 14064 主任审核员", ("SK-02.1", "SK-13.1"), 2.0, True, "", declared),
            TeamMember("李娜 Li Na", Role.VERIFIER, "温室气体管理师", ("SK-02.4",), 1.5, True, "", declared),
            TeamMember("张伟 Zhang Wei", Role.TECHNICAL_EXPERT, "高级工程师（机械制造）", ("SK-02.1",), 0.5, True, "", declared),
            TeamMember("陈晨 Chen Chen", Role.TRAINEE, "实习核查员", (), 2.0, True, "", declared),
        ],
    )


def create_demo(uow: UnitOfWork, actor: str, today: date | None = None) -> str:
    """Create the demo client and engagement, planned and ready for document review; returns its id."""
    today = today or date.today()
    organisation_id = services.create_organisation(uow, demo_client(), actor)
    engagement_id = services.create_engagement(uow, demo_engagement(organisation_id, today), actor, today)
    services.advance_stage(uow, engagement_id, actor)
    return engagement_id
