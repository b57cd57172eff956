"""A realistic ISO 14067 demo (``verifield demo --programme iso14067``): the cradle-to-grave footprint of one tonne
of packaged wheat flour from a mill that also sells bran and germ.

The mill's year: 16,000 t of wheat milled into 12,000 t of flour (the reference flow: 12,000 declared units of
1 t), bran and germ; the wheat, the mill's power and forklifts are shared with the co-products and allocated (by mass,
with the economic and energy-content shares as the sensitivity); the bags, the delivery, the household steaming and
the end of life are the flour's alone.  Grid power, diesel and natural gas take their factors from the shipped
library; the wheat, its land-use change, the bags and the waste treatment have factors of their own, with their
source.  The company and the people are invented; the engagement is a demo (its own code, marked DEMO, deletable).
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
from app.domain.footprint.footprint import AllocationMethod, Boundary, Carbon, CoProduct, Direction, Flow, LifeStage, ProductFootprint, UnitKind
from app.domain.inventory.factors import FactorUse, Priority
from app.domain.inventory.sources import Category, EmissionSource, Method
from app.domain.kernel.choices import Assurance, Gas, Programme, Role
from app.services import contract_review as contract_services
from app.services import engagements as services
from app.services import footprint as footprint_services
from app.services import people as people_services
from app.services.demo import demo_people, demo_review
from app.services.ports import UnitOfWork

_CODE_BODY = "91321300MA1W5R8N6"  # Suqian
FLOUR_T = 12000.0
# (name, stage, carbon, allocated, included, quantity, unit, own factor kgCO₂e per unit or a library id / fuel)
FLOWS = (
    ("小麦种植 / wheat cultivation", LifeStage.RAW_MATERIALS, Carbon.FOSSIL, True, True, 16000.0, "t", 380.0),
    ("小麦种植的土地利用变化 / land-use change of the wheat", LifeStage.RAW_MATERIALS, Carbon.LAND_USE_CHANGE, True, True, 16000.0, "t", 25.0),
    ("聚丙烯编织袋 / polypropylene woven bags", LifeStage.RAW_MATERIALS, Carbon.FOSSIL, False, True, 60.0, "t", 2100.0),
    ("制粉车间外购电力 / the mill's purchased power", LifeStage.PRODUCTION, Carbon.FOSSIL, True, True, 9800.0, "MWh", "cn-grid/East China grid/2022"),
    ("柴油叉车 / diesel forklifts", LifeStage.PRODUCTION, Carbon.FOSSIL, True, True, 18.0, "t", "cn-fuel/diesel/"),
    ("包装袋印刷油墨 / printing ink of the bags", LifeStage.PRODUCTION, Carbon.FOSSIL, False, False, 0.8, "t", 3000.0),
    ("柴油货车配送 / delivery by diesel truck", LifeStage.DISTRIBUTION, Carbon.FOSSIL, False, True, 210.0, "t", "cn-fuel/diesel/"),
    ("家庭蒸煮用天然气 / natural gas for household steaming", LifeStage.USE, Carbon.FOSSIL, False, True, 72.0, "10^4 Nm3",
     "cn-fuel/natural gas/"),
    ("包装袋焚烧 / incineration of the bags", LifeStage.END_OF_LIFE, Carbon.FOSSIL, False, True, 60.0, "t", 3140.0),
    ("变质面粉填埋 / landfill of spoilt flour", LifeStage.END_OF_LIFE, Carbon.BIOGENIC, False, True, 600.0, "t", 450.0),
)
COPRODUCTS = (("小麦粉 / wheat flour", True, 75.0, 86.0, 78.0), ("麸皮 / bran", False, 22.5, 11.0, 19.5),
              ("胚芽 / germ", False, 2.5, 3.0, 2.5))


def footprint_client() -> Organisation:
    return Organisation(
        name_zh="江苏麦香面业有限公司", name_en="Jiangsu Maixiang Flour Milling Co., Ltd.",
        credit_code=_CODE_BODY + credit_code.check_character(_CODE_BODY),
        address="江苏省宿迁市宿城区发展大道 18 号", contact_name="吴芳（质量部经理）", contact_phone="+86 527 8435 1018",
        contact_email="wufang@maixiang-flour.example.cn",
    )


def footprint_people() -> list[Person]:
    """The demo register and a lead verifier for life-cycle assessment (P03 has no technical areas)."""
    lead = replace(person_from_name("黄蕾 Huang Lei"), roles=(PersonRole.LEAD.value, PersonRole.VERIFIER.value),
                   qualifications="ISO 14067 碳足迹核查员 / ISO 14067 carbon footprint verifier")
    return [*demo_people(), lead]


def footprint_engagement(organisation_id: str, today: date) -> Engagement:
    year = today.year - 1
    declared = date(today.year, 1, 15) if today >= date(today.year, 1, 15) else today
    lead, verifier = footprint_people()[-1], footprint_people()[1]
    return Engagement(
        organisation_id=organisation_id, is_demo=True, programme=Programme.ISO_14067,
        title=f"麦香牌袋装小麦粉 {year} 年产品碳足迹核查 / Maixiang packaged wheat flour: {year} product carbon footprint",
        criteria=("ISO 14067:2018", "ISO 14064-3:2019"),
        objectives="核查每吨袋装小麦粉从摇篮到坟墓的碳足迹 / verify the cradle-to-grave carbon footprint of one tonne of "
                   "packaged wheat flour",
        scope_text="产品系统：小麦种植、制粉、包装、配送、家庭使用和废弃处置 / the product system: wheat growing, milling, "
                   "packing, delivery, household use and disposal",
        period_start=date(year, 1, 1), period_end=date(year, 12, 31), ghgs=(Gas.CO2.value,), assurance=Assurance.LIMITED,
        man_days=ManDayPlan.suggested(3), sites=[Site("宿城制粉厂 / Sucheng mill", "江苏省宿迁市宿城区发展大道 18 号")],
        team=[
            TeamMember(lead.name, Role.LEAD, lead.qualifications, (), 2.0, True, "", declared, person_id=lead.id),
            TeamMember(verifier.name, Role.VERIFIER, "温室气体管理师", (), 1.0, True, "", declared, person_id=verifier.id),
        ],
    )


def create_footprint_demo(uow: UnitOfWork, actor: str, today: date | None = None) -> str:
    """The demo client, the footprint engagement with its product, flows and co-products, its contract review
    accepted and planned; returns its id."""
    today = today or date.today()
    organisation_id = services.create_organisation(uow, footprint_client(), actor)
    people_services.ensure_people(uow, footprint_people(), actor)
    engagement_id = services.create_engagement(uow, footprint_engagement(organisation_id, today), actor, today)
    add_footprint(uow, engagement_id, actor)
    contract_services.save_review(uow, engagement_id, replace(
        demo_review(today), products_services="袋装小麦粉、麸皮、胚芽 / packaged wheat flour, bran, germ",
        process="清理—润麦—研磨—筛分—包装 / cleaning, tempering, milling, sifting, packing",
        subject_boundary="每吨袋装小麦粉，从摇篮到坟墓 / one tonne of packaged flour, cradle to grave",
        commitment="不适用：产品碳足迹核查 / not applicable: product footprint verification",
        management_plan="产品碳足迹研究报告 2025 版 / the 2025 footprint study report",
        criteria_requested="ISO 14067:2018, ISO 14064-3:2019", ghg_sources="小麦、电力、柴油、天然气、包装、废弃处置 / wheat, "
        "power, diesel, natural gas, packaging, disposal", reports_received="产品碳足迹研究报告 / the footprint study report",
        competence_note="核查组具备生命周期评价能力 / the team is competent in life-cycle assessment"), actor)
    services.advance_stage(uow, engagement_id, actor)
    return engagement_id


def _library(uow: UnitOfWork, factor_id: str) -> FactorUse:
    with uow:
        return uow.factors.get(factor_id).use()


def _source(uow: UnitOfWork, name: str, unit: str, factor) -> EmissionSource:
    if isinstance(factor, float):
        own = FactorUse(factor, f"kgCO2e/{unit}", "中国生命周期基础数据库（CLCD）与供应商调查 / CLCD and supplier survey", "",
                        Priority.SUPPLIER, name)
        return EmissionSource(name, Category.GOODS, Method.FACTOR, factor=own)
    if factor.endswith("/"):
        fuel = {"ncv": _library(uow, factor + "ncv"), "carbon_per_heat": _library(uow, factor + "cc"),
                "oxidation": _library(uow, factor + "of")}
        return EmissionSource(name, Category.MOBILE, Method.FUEL, **fuel)
    return EmissionSource(name, Category.ENERGY, Method.ENERGY, factor=_library(uow, factor))


def add_footprint(uow: UnitOfWork, engagement_id: str, actor: str) -> None:
    """The product with its declared unit and criteria, the ten flows of its five stages, and the three co-products."""
    save = lambda item: footprint_services.save(uow, engagement_id, item, actor)  # noqa: E731
    save(ProductFootprint(
        "麦香牌袋装小麦粉（25 kg 袋）/ Maixiang packaged wheat flour (25 kg bags)", UnitKind.DECLARED,
        "1 t 袋装小麦粉，送达消费者并使用、处置 / 1 t of packaged flour, delivered, used and disposed of", FLOUR_T,
        Boundary.CRADLE_TO_GRAVE, AllocationMethod.MASS, "制粉工序同时产出麸皮和胚芽，按质量分配（ISO 14067 §6.4.6.2）/ milling "
        "yields bran and germ too; allocated by mass (ISO 14067 §6.4.6.2)", 1.0, 5.0,
        "单项 < 1 %、合计 < 5 % 的流可取舍 / a flow under 1 %, and all such flows under 5 %, may be cut off"))
    for name, stage, carbon, allocated, included, quantity, unit, factor in FLOWS:
        direction = Direction.OUTPUT if stage is LifeStage.END_OF_LIFE else Direction.INPUT
        save(Flow(_source(uow, name, unit, factor), stage, direction, carbon, quantity, unit, allocated, included,
                  "" if included else "低于单项取舍准则 1 % / below the 1 % cut-off per flow", "2025 年台账 / the 2025 ledger"))
    for name, studied, mass, economic, physical in COPRODUCTS:
        save(CoProduct(name, studied, mass, economic, physical, "2025 年销量、销售额和热值 / 2025 sales tonnes, revenue, energy content"))
