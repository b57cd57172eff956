"""The ISO 14064-2 project workbook: every SSR's figure and ER = BE − PE − LE as live formulas.

Sheets: Project (the project, its periods, what could not be calculated), SSRs (each source, sink and reservoir with
its factors as named cells ``EF_P01``, ``NCV_P02`` …, and ``UNIT_P01``: tCO₂e per unit of activity, built in the
order of operations of :mod:`app.domain.inventory.calculation`), Data (each ex-ante or ex-post quantity converted to
the SSR's unit and multiplied out, a removal negative), Reductions (BE, PE and LE summed from Data per basis,
monitoring period and vintage with SUMIFS, ER = BE − PE − LE, and the totals).  Each formula stores Verifield's own
value too, and a test has LibreOffice recalculate them all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.inventory import units
from app.domain.inventory.calculation import CO2_PER_C, source_result
from app.domain.inventory.factors import GwpTable
from app.domain.inventory.sources import ActivityRecord, Method
from app.domain.kernel.text import Text
from app.domain.project.project import Basis, MonitoringPeriod, ProjectData, ProjectDescription, Scenario, Ssr
from app.domain.project.reductions import Reductions, period_of
from app.reports.xlsx import FIRST_DATA_ROW, Book, Column, Formula, column_range, number_literal

T = Text
FACTOR_PREFIX = {"factor": "EF", "ncv": "NCV", "carbon_per_heat": "CC", "oxidation": "OF"}
_DATA = [
    Column(T("编号", "Key"), 7), Column(T("源、汇或库", "SSR"), 34), Column(T("情景", "Scenario"), 11), Column(T("依据", "Basis"), 9),
    Column(T("监测期", "Period"), 7), Column(T("年份", "Vintage"), 8, "integer"), Column(T("自", "From"), 11, "date"),
    Column(T("至", "To"), 11, "date"), Column(T("数量", "Quantity"), 14, "number", entry=True), Column(T("单位", "Unit"), 8),
    Column(T("换算系数", "Conversion"), 11, "factor"), Column(T("活动水平", "Activity"), 14, "number"),
    Column(T("计算单位", "Activity unit"), 10), Column(T("tCO₂e", "tCO₂e"), 14, "tonnes"),
]


@dataclass(frozen=True)
class ProjectWorkbook:
    """What the workbook is written from (domain values the use cases returned)."""

    engagement: Engagement
    client: Organisation
    description: ProjectDescription | None
    periods: list[MonitoringPeriod]
    ssrs: list[Ssr]
    data: list[ProjectData]
    reductions: Reductions
    gwps: GwpTable


def export_project_workbook(path: Path | str, held: ProjectWorkbook, generated: datetime) -> None:
    periods = sorted(held.periods, key=lambda p: p.start)
    period_keys = {p.id: f"MP{n}" for n, p in enumerate(periods, start=1)}
    computed = {f.ssr_id for f in held.reductions.figures}
    ssrs = [s for s in held.ssrs if s.included and s.id in computed]
    keys = {s.id: f"P{n:02d}" for n, s in enumerate(ssrs, start=1)}
    with Book(path, demo=held.engagement.is_demo) as book:
        _cover(book, held, periods, generated)
        units_per = _ssr_sheet(book, held, ssrs, keys)
        _data_sheet(book, held, ssrs, keys, period_keys, units_per)
        _reductions_sheet(book, held, period_keys)


def _cover(book: Book, held: ProjectWorkbook, periods: list[MonitoringPeriod], generated: datetime) -> None:
    e, d = held.engagement, held.description or ProjectDescription()
    sheet = book.sheet("Project", T("项目审定与核查计算表（ISO 14064-2）", "Project validation and verification workbook (ISO 14064-2)"),
                       T("蓝色单元格为输入值，黑色为公式；单位 tCO₂e。", "Blue cells are inputs, black cells formulas; tCO₂e."),
                       [Column(T("项目", "Item"), 30), Column(T("内容", "Value"), 80)])
    for label, value in (
        (T("项目编号", "Engagement"), e.code), (T("委托方", "Client"), held.client.name_zh or held.client.name_en),
        (T("项目名称", "Project"), d.title), (T("方法学", "Methodology"), d.methodology), (T("地点", "Location"), d.location),
        (T("计入期", "Crediting period"), f"{d.crediting_start or '—'} – {d.crediting_end or '—'}"),
        (T("GWP 取值", "GWP values"), e.gwp_report.label), (T("生成时间", "Generated"), generated.strftime("%Y-%m-%d %H:%M")),
    ):
        sheet.labelled(label, value)
    for n, period in enumerate(periods, start=1):
        sheet.labelled(T(f"监测期 MP{n}", f"Monitoring period MP{n}"), period.label)
    for problem in held.reductions.problems:
        sheet.labelled(T("未能计算", "Not calculated"), problem)


def _per_unit(ssr: Ssr, held: ProjectWorkbook) -> tuple[str, tuple[float, ...], float]:
    """The SSR's activity unit, the inventory's conversion constants and GWP for it (from one unit of activity)."""
    unit = ssr.source.activity_unit() or ""
    probe = ActivityRecord(ssr.source.id, held.periods[0].start, held.periods[0].start, 1.0, unit)
    result = source_result(ssr.source, [probe], held.gwps, held.engagement.gwp_report)
    return unit, result.conversion, result.gwp


def _ssr_sheet(book: Book, held: ProjectWorkbook, ssrs: list[Ssr], keys: dict[str, str]) -> dict[str, float]:
    sheet = book.sheet("SSRs", T("源、汇和库", "Sources, sinks and reservoirs"),
                       T("每个因子是命名单元格；UNIT_Pxx 为单位活动水平的 tCO₂e。", "Each factor is a named cell; UNIT_Pxx is tCO₂e per unit of activity."),
                       [Column(T("编号", "Key"), 7), Column(T("名称", "Name"), 34), Column(T("情景", "Scenario"), 11),
                        Column(T("关系", "Relation"), 11), Column(T("类型", "Type"), 9), Column(T("方法", "Method"), 14),
                        Column(T("因子", "Factor"), 8), Column(T("数值", "Value"), 14, "factor", entry=True), Column(T("单位", "Unit"), 12),
                        Column(T("单位排放", "tCO₂e per unit"), 16, "factor"), Column(T("符号", "Sign"), 6, "integer")])
    per_unit: dict[str, float] = {}
    for ssr in ssrs:
        key, source = keys[ssr.id], ssr.source
        _unit, conversion, gwp = _per_unit(ssr, held)
        names = []
        for slot, _kind in source.method.factor_slots:
            use = getattr(source, slot)
            row = sheet.row([key, ssr.name, ssr.scenario.value, ssr.relation.value, ssr.kind.value, source.method.value,
                             FACTOR_PREFIX[slot], use.value, use.unit])
            book.define_name(f"{FACTOR_PREFIX[slot]}_{key}", "SSRs", row, 7)
            names.append((slot, f"{FACTOR_PREFIX[slot]}_{key}", use.value))
        if not names:
            sheet.row([key, ssr.name, ssr.scenario.value, ssr.relation.value, ssr.kind.value, source.method.value])
        text, value = unit_formula(source.method, names, conversion, gwp)
        row = sheet.next_row - 1
        sheet.write(row, 9, Formula(text, value), "factor")
        sheet.write(row, 10, int(ssr.sign), "integer")
        book.define_name(f"UNIT_{key}", "SSRs", row, 9)
        book.define_name(f"SIGN_{key}", "SSRs", row, 10)
        per_unit[ssr.id] = value
    return per_unit


def unit_formula(method: Method, names: list[tuple[str, str, float]], conversion: tuple[float, ...], gwp: float) -> tuple[str, float]:
    """tCO₂e per unit of activity, multiplied in the inventory's order: factors, conversions, (44/12), GWP."""
    if method is Method.FUEL:
        (_, ncv, ncv_v), (_, cc, cc_v), (_, of, of_v) = names
        parts = [ncv, cc, *map(number_literal, conversion), of, "(44/12)"]
        value = ncv_v * cc_v * math.prod(conversion) * of_v * CO2_PER_C
    elif names:
        (_, ef, ef_v), = names
        parts = [ef, *map(number_literal, conversion)]
        value = ef_v * math.prod(conversion)
    else:  # measured: the activity is the gas itself, in tonnes
        parts, value = ["1"], 1.0
    if gwp != 1.0:
        parts.append(number_literal(gwp))
        value *= gwp
    return "=" + "*".join(parts), value


def _data_sheet(book: Book, held: ProjectWorkbook, ssrs: list[Ssr], keys: dict[str, str], period_keys: dict[str, str],
                per_unit: dict[str, float]) -> None:
    sheet = book.sheet("Data", T("项目数据", "Project data"),
                       T("事前估算与事后监测数据；汇或库的清除为负值。", "Ex-ante estimates and ex-post data; a removal is negative."), _DATA)
    by_id = {s.id: s for s in ssrs}
    for item in held.data:
        ssr, period = by_id.get(item.ssr_id), period_of(item, held.periods)
        if ssr is None or period is None:
            continue
        unit = ssr.source.activity_unit() or item.unit
        conversion = units.factor(item.unit, unit)
        row = sheet.next_row
        activity = item.quantity * conversion
        key = keys[ssr.id]
        sheet.row([key, ssr.name, ssr.scenario.value, item.basis.value, period_keys[period.id], item.vintage, item.period_start,
                   item.period_end, item.quantity, item.unit, conversion, Formula(f"=I{row + 1}*K{row + 1}", activity), unit,
                   Formula(f"=L{row + 1}*UNIT_{key}*SIGN_{key}", activity * per_unit[ssr.id] * ssr.sign)])


def _reductions_sheet(book: Book, held: ProjectWorkbook, period_keys: dict[str, str]) -> None:
    last = FIRST_DATA_ROW + max(len(held.data), 1) - 1
    rng = {name: column_range("Data", col, FIRST_DATA_ROW, last) for name, col in
           (("scenario", 2), ("basis", 3), ("period", 4), ("vintage", 5), ("tco2e", 13))}
    sheet = book.sheet("Reductions", T("减排量 ER = BE − PE − LE", "Reductions ER = BE − PE − LE"),
                       T("按依据、监测期和年份汇总。", "Per basis, monitoring period and vintage year."),
                       [Column(T("依据", "Basis"), 9), Column(T("监测期", "Period"), 8), Column(T("年份", "Vintage"), 8, "integer"),
                        Column(T("基准线排放 BE", "Baseline BE"), 16, "tonnes"), Column(T("项目排放 PE", "Project PE"), 16, "tonnes"),
                        Column(T("泄漏 LE", "Leakage LE"), 14, "tonnes"), Column(T("减排量 ER", "Reductions ER"), 16, "tonnes")])
    for line in held.reductions.lines:
        row = sheet.next_row + 1

        def summed(scenario: Scenario, value: float) -> Formula:
            return Formula(f'=SUMIFS({rng["tco2e"]},{rng["scenario"]},"{scenario.value}",{rng["basis"]},A{row},'
                           f'{rng["period"]},B{row},{rng["vintage"]},C{row})', value)

        sheet.row([line.basis.value, period_keys[line.period.id], line.vintage, summed(Scenario.BASELINE, line.baseline),
                   summed(Scenario.PROJECT, line.project), summed(Scenario.LEAKAGE, line.leakage),
                   Formula(f"=D{row}-E{row}-F{row}", line.reductions)])
    end = max(sheet.next_row - 1, FIRST_DATA_ROW)
    sheet.row([])
    for basis in Basis:
        row = sheet.next_row + 1
        total = held.reductions.total(basis)
        cells = [Formula(f'=SUMIF($A${FIRST_DATA_ROW + 1}:$A${end + 1},"{basis.value}",{col}${FIRST_DATA_ROW + 1}:{col}${end + 1})',
                         total[name]) for col, name in (("D", "baseline"), ("E", "project"), ("F", "leakage"))]
        sheet.row([basis.value, T("合计", "total"), None, *cells, Formula(f"=D{row}-E{row}-F{row}", total["reductions"])])
        book.define_name(f"ER_{basis.value.replace('-', '_')}", "Reductions", row - 1, 6)
