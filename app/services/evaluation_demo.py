"""The industrial carbon-neutrality evaluation's monitoring, for ``verifield demo --programme iso14068-1``: the demo
manufacturer's monitoring plan of seed 004 §8.2.4 and Table 3 (each source's data, how and how often they are
measured, the instrument and its calibration, who is responsible, the QA/QC) and the gas supplier's monthly analyses
of the natural gas's NCV, weighted by each month's consumption (Table 3 item 12).  One lapse is left for the
verifier to find: the refrigerant scale's calibration ran out in the middle of the year.  The plan, the people and
the reports are invented, like the rest of the demo.
"""

from __future__ import annotations

from datetime import date

from app.domain.inventory.measured import MeasuredValue, Parameter
from app.domain.inventory.monitoring import Frequency, Monitored, PlanItem
from app.services import engagements as services
from app.services import inventory as inventory_services
from app.services import monitoring as monitoring_services
from app.services.ports import UnitOfWork

EVALUATION_CRITERION = "T/CIECCPA 061—2023"
# The gas supplier's monthly NCV (GJ/10⁴ Nm³), January to December: lower in summer, when less is burnt.
GAS_NCV = (390.4, 390.1, 389.6, 388.9, 388.2, 387.5, 387.1, 387.4, 388.0, 388.8, 389.5, 390.2)


def add_demo_monitoring(uow: UnitOfWork, engagement_id: str, actor: str) -> None:
    """The demo's monitoring plan, one item per source and one for the gas's NCV, and twelve monthly NCV analyses."""
    engagement, _ = services.load(uow, engagement_id)
    year = engagement.period_start.year
    held = inventory_services.load_inventory(uow, engagement_id)
    gas, diesel, power, refrigerant, welding = held.sources  # as app/services/demo.py adds them
    energy = "能源管理部 王磊 / Wang Lei, energy management"
    for item in (
        PlanItem(gas.id, "天然气消耗量 / natural gas consumed", Monitored.ACTIVITY, "10^4 Nm3",
                 "调压站涡轮流量计累计读数，GB/T 18603 / the regulating station's turbine meter, GB/T 18603", Frequency.MONTHLY,
                 "涡轮流量计 / turbine flow meter FM-01", "TBQM-150", "厂区调压站 / the plant's regulating station",
                 date(year - 1, 9, 15), date(year + 1, 9, 14), energy,
                 "每月与燃气公司结算单核对，差异超过 2% 查明原因 / checked monthly against the gas bills; a difference over 2 % "
                 "is investigated", f"检定证书 / calibration certificate JL-{year - 1}-0932"),
        PlanItem(gas.id, "天然气低位发热量 / natural gas NCV", Monitored.NCV, "GJ/10^4 Nm3",
                 "供气公司气相色谱组分分析，GB/T 11062 / the supplier's gas-chromatograph analysis, GB/T 11062", Frequency.MONTHLY,
                 responsible=energy, qa_qc="按月消耗量加权平均，与缺省值 389.31 比较 / weighted by the month's consumption and "
                 "compared with the default 389.31", evidence="供气公司月度分析报告 / the supplier's monthly analysis reports"),
        PlanItem(diesel.id, "叉车柴油消耗量 / forklift diesel", Monitored.ACTIVITY, "t",
                 "加油记录与供应商结算单 / refuelling log and the supplier's invoices", Frequency.SETTLEMENT,
                 responsible="物流部 赵敏 / Zhao Min, logistics", qa_qc="每月核对加油记录与发票 / the log checked against the "
                 "invoices each month", evidence="柴油发票 / diesel invoices"),
        PlanItem(power.id, "外购电量 / purchased electricity", Monitored.ACTIVITY, "MWh",
                 "供电公司关口电能表抄表 / the grid company's revenue meter", Frequency.SETTLEMENT,
                 "10 kV 关口电能表 / 10 kV revenue meter", "DTZ341", "10 kV 进线柜 / 10 kV incoming panel",
                 date(year, 6, 1), date(year + 1, 5, 31), energy,
                 "与分表合计比对，偏差超过 3% 复核 / compared with the sum of the sub-meters; over 3 % is rechecked",
                 f"检定证书 / calibration certificate JD-{year}-0147; 电费发票 / power invoices"),
        PlanItem(refrigerant.id, "制冷剂补充量 / refrigerant top-ups", Monitored.ACTIVITY, "kg",
                 "维保单位充注时称重 / weighed by the service contractor at each top-up", Frequency.ANNUAL,
                 "电子秤 / electronic scale ES-30", "ACS-30", "设备维保车间 / maintenance shop",
                 date(year - 1, 6, 20), date(year, 6, 19), "设备部 陈刚 / Chen Gang, facilities",
                 "维保记录逐次登记并汇总 / every top-up logged from the service reports", "维保记录 / service log"),
        PlanItem(welding.id, "焊接用 CO₂ 采购量 / CO₂ bought for welding", Monitored.ACTIVITY, "t",
                 "采购台账 / purchase ledger", Frequency.MONTHLY, responsible="采购部 / purchasing",
                 qa_qc="与出入库记录核对 / checked against the stores' issues", evidence="采购台账 / purchase ledger"),
    ):
        monitoring_services.save(uow, engagement_id, item, actor)
    consumed = {r.period_start.month: r for r in held.records if r.source_id == gas.id}
    for month, ncv in enumerate(GAS_NCV, start=1):
        record = consumed[month]
        monitoring_services.save(uow, engagement_id, MeasuredValue(
            gas.id, Parameter.NCV, record.period_start, record.period_end, record.quantity, record.unit, ncv, gas.ncv.unit,
            f"供气公司分析报告 / supplier's analysis {year}-{month:02d}", "气相色谱 / gas chromatograph"), actor)
