"""The ISO 14067 product footprint workbook: every flow's figure, the allocation and the result per unit as live
formulas.

Sheets: Product (the product, its unit, the reference flow ``REF_FLOW``, boundary, allocation, cut-off criteria and
what could not be calculated), Allocation (each co-product's shares, their sums, and the product's share under each
method as ``SHARE_MASS``, ``SHARE_ECONOMIC``, ``SHARE_PHYSICAL``), Factors (each flow's factors as named cells and
``UNIT_Fxx``, tCO₂e per unit of activity, built as the project workbook builds an SSR's), Flows (each flow's quantity
converted and multiplied out, the share it counts at, and kgCO₂e per unit), Result (per stage and per kind of carbon
with SUMIFS, the footprint per unit, the cut-off share and the result under each allocation method).  Each formula
stores Verifield's own value too, and a test has LibreOffice recalculate them all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.footprint.footprint import AllocationMethod, Carbon, CoProduct, Flow, LifeStage, ProductFootprint
from app.domain.footprint.result import KG_PER_T, FootprintResult, flow_record
from app.domain.inventory import units
from app.domain.inventory.calculation import source_result
from app.domain.inventory.factors import GwpTable
from app.domain.kernel.text import Text
from app.reports.project_workbook import FACTOR_PREFIX, unit_formula
from app.reports.xlsx import FIRST_DATA_ROW, Book, Column, Formula, column_range

T = Text
_FLOWS = [
    Column(T("编号", "Key"), 7), Column(T("流", "Flow"), 34), Column(T("阶段", "Stage"), 14), Column(T("碳类型", "Carbon"), 10),
    Column(T("计入", "Included"), 8, "integer"), Column(T("分配", "Allocated"), 9, "integer"),
    Column(T("数量", "Quantity"), 14, "number", entry=True), Column(T("单位", "Unit"), 9), Column(T("换算系数", "Conversion"), 11, "factor"),
    Column(T("活动水平", "Activity"), 14, "number"), Column(T("计算单位", "Activity unit"), 10), Column(T("tCO₂e", "tCO₂e"), 14, "factor"),
    Column(T("分配比例", "Share"), 9, "factor"), Column(T("kgCO₂e/单位", "kgCO₂e per unit"), 16, "factor"),
]


@dataclass(frozen=True)
class FootprintWorkbook:
    """What the workbook and the statement are written from (domain values the use cases returned)."""

    engagement: Engagement
    client: Organisation
    product: ProductFootprint | None
    flows: list[Flow]
    coproducts: list[CoProduct]
    result: FootprintResult
    gwps: GwpTable


def export_footprint_workbook(path: Path | str, held: FootprintWorkbook, generated: datetime) -> None:
    computed = {f.flow_id for f in held.result.figures}
    flows = [f for f in held.flows if f.id in computed]
    keys = {f.id: f"F{n:02d}" for n, f in enumerate(flows, start=1)}
    with Book(path, demo=held.engagement.is_demo) as book:
        _product_sheet(book, held, generated)
        _allocation_sheet(book, held)
        per_unit = _factor_sheet(book, held, flows, keys)
        _flow_sheet(book, held, flows, keys, per_unit)
        _result_sheet(book, held, len(flows))


def _product_sheet(book: Book, held: FootprintWorkbook, generated: datetime) -> None:
    e, p = held.engagement, held.product or ProductFootprint()
    sheet = book.sheet("Product", T("产品碳足迹核查计算表（ISO 14067）", "Product carbon footprint workbook (ISO 14067)"),
                       T("蓝色单元格为输入值，黑色为公式；单位 kgCO₂e。", "Blue cells are inputs, black cells formulas; kgCO₂e."),
                       [Column(T("项目", "Item"), 30), Column(T("内容", "Value"), 80)])
    for label, value in (
        (T("项目编号", "Engagement"), e.code), (T("委托方", "Client"), held.client.name_zh or held.client.name_en),
        (T("产品", "Product"), p.product), (T(p.unit_kind.label.zh, p.unit_kind.label.en), p.unit_text),
        (T("系统边界", "System boundary"), p.boundary.label), (T("分配方法", "Allocation"), p.allocation.label),
        (T("取舍准则", "Cut-off criteria"), f"{p.cutoff_flow_pct:g} % / {p.cutoff_total_pct:g} %  {p.cutoff_text}"),
        (T("GWP 取值", "GWP values"), e.gwp_report.label), (T("生成时间", "Generated"), generated.strftime("%Y-%m-%d %H:%M")),
    ):
        sheet.labelled(label, value)
    row = sheet.next_row
    sheet.row([T("基准流（数据覆盖的单位数）", "Reference flow (units the data cover)").both()])
    sheet.write(row, 1, p.reference_flow, "number", entry=True)
    book.define_name("REF_FLOW", "Product", row, 1)
    for problem in held.result.problems:
        sheet.labelled(T("未能计算", "Not calculated"), problem)


def _allocation_sheet(book: Book, held: FootprintWorkbook) -> None:
    sheet = book.sheet("Allocation", T("共生产品分配", "Allocation among co-products"),
                       T("每种方法的比例合计应为 100 %。", "Each method's shares must sum to 100 %."),
                       [Column(T("产品", "Product"), 30), Column(T("所研究产品", "Studied"), 9, "integer"),
                        *(Column(T(f"{m.label.zh} %", f"{m.value} %"), 12, "percent", entry=True)
                          for m in AllocationMethod), Column(T("依据", "Basis"), 40)])
    for c in held.coproducts:
        sheet.row([c.name, int(c.studied), *(c.share(m) for m in AllocationMethod), c.basis])
    first, last = FIRST_DATA_ROW + 1, FIRST_DATA_ROW + max(len(held.coproducts), 1)
    sums, shares = [], []
    for n, method in enumerate(AllocationMethod):
        col = "CDE"[n]
        sums.append(Formula(f"=SUM({col}{first}:{col}{last})", math.fsum(c.share(method) for c in held.coproducts)))
        studied = [c.share(method) for c in held.coproducts if c.studied]
        value = studied[0] / 100 if studied else (1.0 if not held.coproducts else 0.0)
        text = f"=SUMIFS({col}{first}:{col}{last},B{first}:B{last},1)/100" if held.coproducts else "=1"
        shares.append(Formula(text, value))
    sheet.row([])
    sheet.row([T("合计 %", "Sum %").both(), None, *sums])
    row = sheet.next_row
    sheet.row([T("所研究产品的比例", "The product's share").both(), None, *shares])
    for n, method in enumerate(AllocationMethod):
        book.define_name(f"SHARE_{method.name}", "Allocation", row, 2 + n)


def _per_unit(flow: Flow, held: FootprintWorkbook) -> tuple[str, tuple[float, ...], float]:
    unit = flow.source.activity_unit() or flow.unit
    result = source_result(flow.source, [flow_record(flow, 1.0, unit)], held.gwps, held.engagement.gwp_report)
    return unit, result.conversion, result.gwp


def _factor_sheet(book: Book, held: FootprintWorkbook, flows: list[Flow], keys: dict[str, str]) -> dict[str, tuple[str, float]]:
    sheet = book.sheet("Factors", T("因子", "Factors"),
                       T("每个因子是命名单元格；UNIT_Fxx 为单位活动水平的 tCO₂e。", "Each factor is a named cell; UNIT_Fxx is tCO₂e per unit of activity."),
                       [Column(T("编号", "Key"), 7), Column(T("流", "Flow"), 34), Column(T("方法", "Method"), 14), Column(T("因子", "Factor"), 8),
                        Column(T("数值", "Value"), 14, "factor", entry=True), Column(T("单位", "Unit"), 14),
                        Column(T("来源", "Source"), 30), Column(T("单位排放", "tCO₂e per unit"), 16, "factor")])
    out = {}
    for flow in flows:
        key, source = keys[flow.id], flow.source
        unit, conversion, gwp = _per_unit(flow, held)
        names = []
        for slot, _kind in source.method.factor_slots:
            use = getattr(source, slot)
            row = sheet.row([key, flow.name, source.method.value, FACTOR_PREFIX[slot], use.value, use.unit, use.source])
            book.define_name(f"{FACTOR_PREFIX[slot]}_{key}", "Factors", row, 4)
            names.append((slot, f"{FACTOR_PREFIX[slot]}_{key}", use.value))
        if not names:
            sheet.row([key, flow.name, source.method.value])
        text, value = unit_formula(source.method, names, conversion, gwp)
        row = sheet.next_row - 1
        sheet.write(row, 7, Formula(text, value), "factor")
        book.define_name(f"UNIT_{key}", "Factors", row, 7)
        out[flow.id] = (unit, value)
    return out


def _flow_sheet(book: Book, held: FootprintWorkbook, flows: list[Flow], keys: dict[str, str], per_unit: dict[str, tuple[str, float]]) -> None:
    sheet = book.sheet("Flows", T("各阶段的输入和输出", "Inputs and outputs by stage"),
                       T("分配=1 的流按所研究产品的比例计入；计入=0 为取舍。", "A flow allocated (1) counts at the product's share; included 0 is cut off."),
                       _FLOWS)
    method = held.result.method
    figures = {f.flow_id: f for f in held.result.figures}
    for flow in flows:
        row = sheet.next_row + 1
        unit, unit_value = per_unit[flow.id]
        conversion = units.factor(flow.unit, unit)
        activity = flow.quantity * conversion
        tco2e = activity * unit_value
        share = figures[flow.id].share
        reference = (held.product or ProductFootprint()).reference_flow
        sheet.row([keys[flow.id], flow.name, flow.stage.value, flow.carbon.value, int(flow.included), int(flow.allocated),
                   flow.quantity, flow.unit, conversion, Formula(f"=G{row}*I{row}", activity), unit,
                   Formula(f"=J{row}*UNIT_{keys[flow.id]}", tco2e), Formula(f"=IF(F{row}=1,SHARE_{method.name},1)", share),
                   Formula(f"=L{row}*M{row}*{KG_PER_T:g}/REF_FLOW", tco2e * share * KG_PER_T / reference)])


def _result_sheet(book: Book, held: FootprintWorkbook, count: int) -> None:
    last = FIRST_DATA_ROW + max(count, 1) - 1
    rng = {name: column_range("Flows", col, FIRST_DATA_ROW, last) for name, col in
           (("stage", 2), ("carbon", 3), ("included", 4), ("allocated", 5), ("tco2e", 11), ("kg", 13))}
    sheet = book.sheet("Result", T("碳足迹结果", "Footprint"), T("每功能单位或声明单位的 kgCO₂e。", "kgCO₂e per functional or declared unit."),
                       [Column(T("项", "Item"), 16), Column(T("名称", "Name"), 30), Column(T("kgCO₂e/单位", "kgCO₂e per unit"), 18, "factor")])
    result = held.result
    stages, carbons = result.by_stage(), result.by_carbon()
    for value, label, kg, col in ([(s.value, s.label, stages[s], "stage") for s in LifeStage]
                                  + [(c.value, c.label, carbons[c], "carbon") for c in Carbon]):
        row = sheet.next_row + 1
        sheet.row([value, label.both(), Formula(f'=SUMIFS({rng["kg"]},{rng[col]},A{row},{rng["included"]},1)', kg)])
    sheet.row([])
    row = sheet.next_row
    total = math.fsum(f.kg_per_unit for f in result.counted)
    sheet.row(["per-unit", T("碳足迹（所选分配）", "Footprint (the allocation chosen)").both(),
               Formula(f'=SUMIFS({rng["kg"]},{rng["included"]},1)', total)])
    book.define_name("PER_UNIT", "Result", row, 2)
    cut = math.fsum(f.kg_per_unit for f in result.figures if not f.included)
    sheet.row(["cut-off %", T("取舍流占比 %", "Flows cut off, % of the footprint").both(),
               Formula(f"=IF(PER_UNIT=0,0,SUMIFS({rng['kg']},{rng['included']},0)/PER_UNIT*100)", cut / total * 100 if total else 0.0)])
    sheet.row([])
    allocated = {f.id for f in held.flows if f.allocated}
    shared = math.fsum(f.tco2e for f in result.counted if f.flow_id in allocated)
    alone = math.fsum(f.tco2e for f in result.counted) - shared
    reference = (held.product or ProductFootprint()).reference_flow
    for method in AllocationMethod:
        row = sheet.next_row + 1
        value = result.sensitivity.get(method)
        if value is None:  # the shares are wrong: the formula still shows what they give
            value = (shared * _share(held, method) + alone) * KG_PER_T / reference
        sheet.row([method.value, T(f"敏感性：{method.label.zh}", f"sensitivity: {method.label.en}").both(),
                   Formula(f'=(SUMIFS({rng["tco2e"]},{rng["included"]},1,{rng["allocated"]},1)*SHARE_{method.name}'
                           f'+SUMIFS({rng["tco2e"]},{rng["included"]},1,{rng["allocated"]},0))*{KG_PER_T:g}/REF_FLOW', value)])


def _share(held: FootprintWorkbook, method: AllocationMethod) -> float:
    studied = [c.share(method) for c in held.coproducts if c.studied]
    return studied[0] / 100 if studied else 1.0
