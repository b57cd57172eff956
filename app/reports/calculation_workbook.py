"""The calculation workbook: every verified figure as a live formula a reviewer can follow.

Sheets, in order: Cover, Measured (lab results weighted by quantity, app/reports/measured_sheet.py; only when there
are any), Factors, Activity, Calculation, Summary (app/reports/summary_sheet.py), Neutrality, Findings; their
titles say what the engagement verifies (app/reports/inventory_wording.py).
Factor values are named cells (``EF_S01``, ``NCV_S02``, ``GWP_CH4``); each
emission is a formula over the Activity and Factors sheets in the same order
of operations as :mod:`app.domain.inventory.calculation`, so a spreadsheet program that
recalculates the workbook gets Verifield's figures to 1e-9.  Every formula
cell also stores Verifield's own value, so viewers that do not recalculate
still show numbers.

Later sheets (sampling) are added by appending a writer to :data:`SHEETS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from app import __version__
from app.domain.engagement.organisation import Organisation
from app.domain.findings.finding import Finding
from app.domain.inventory import units
from app.domain.inventory.calculation import CO2_PER_C, KEY_SOURCE_SHARE, SourceResult
from app.domain.inventory.factors import FactorUse
from app.domain.inventory.measured import with_measured
from app.domain.inventory.snapshot import Calculation
from app.domain.inventory.sources import Direction, EmissionSource, Method
from app.domain.kernel.text import DomainError, Text
from app.reports.findings_sheet import findings_sheet
from app.reports.inventory_wording import Wording, wording_of
from app.reports.measured_sheet import measured_sheet
from app.reports.summary_sheet import quoted, summary_sheet
from app.reports.xlsx import FIRST_DATA_ROW, Book, Column, Formula, column_range, number_literal

T = Text
CO2_PER_C_TEXT = "(44/12)"


@dataclass
class Context:
    """What the sheet writers share: the calculation, and where earlier sheets put things."""

    calculation: Calculation
    client: Organisation
    generated: datetime
    keys: dict[str, str] = field(default_factory=dict)  # source or stream id → S01 / S01.1
    factor_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (owner id, slot) → defined name
    gwp_names: dict[str, str] = field(default_factory=dict)  # species formula → defined name
    activity_rows: tuple[int, int] = (FIRST_DATA_ROW, FIRST_DATA_ROW)
    source_rows: dict[str, int] = field(default_factory=dict)  # source id → its zero-based row on Calculation
    calculation_columns: dict[str, str] = field(default_factory=dict)  # "verified", "reported", … → a Calculation column's range
    findings: list[Finding] = field(default_factory=list)
    weightings: dict[tuple[str, str], Formula] = field(default_factory=dict)  # (source id, slot) → its weighted mean
    wording: Wording | None = None  # the programme's title and headings (app/reports/inventory_wording.py)


def export_calculation_workbook(
    path: Path | str, calculation: Calculation, client: Organisation, generated: datetime, findings: list[Finding] = (),
    cancelled=None,
) -> None:
    """Write the calculation workbook of ``calculation`` (and the engagement's ``findings``) to ``path``
    (``cancelled()``: see :class:`Book`)."""
    measured = calculation.recalculator.measured
    weighted = [with_measured(s, measured.get(s.id, ())) for s in calculation.inventory.sources]  # the factors recalculated
    calculation = replace(calculation, inventory=replace(calculation.inventory, sources=weighted))
    ctx = Context(calculation, client, generated, findings=list(findings), wording=wording_of(calculation.inventory.engagement))
    _assign_keys(ctx)
    with Book(path, demo=calculation.inventory.engagement.is_demo, cancelled=cancelled) as book:
        for writer in SHEETS:
            writer(book, ctx)


def _assign_keys(ctx: Context) -> None:
    for n, source in enumerate(ctx.calculation.inventory.sources, start=1):
        ctx.keys[source.id] = f"S{n:02d}"
        for m, stream in enumerate(source.streams, start=1):
            ctx.keys[stream.id] = f"S{n:02d}.{m}"


def _defined_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", text)


# --- Cover ---------------------------------------------------------------------------------
def _cover(book: Book, ctx: Context) -> None:
    e = ctx.calculation.inventory.engagement
    sheet = book.sheet(
        "Cover", ctx.wording.workbook,
        T("蓝色单元格为输入值，黑色为公式；排放量单位 tCO₂e。", "Blue cells are inputs, black cells formulas; emissions in tCO₂e."),
        [Column(T("项目", "Item"), 34), Column(T("内容", "Value"), 70)],
    )
    period = f"{e.period_start or '—'} – {e.period_end or '—'}"
    rows = [
        (T("项目编号", "Engagement"), e.code), (T("项目名称", "Title"), e.title),
        (T("客户", "Client"), " / ".join(n for n in (ctx.client.name_zh, ctx.client.name_en) if n)),
        (T("统一社会信用代码", "Credit code"), ctx.client.credit_code),
        (T("核查类型", "Programme"), e.programme.label),
        (T("核查准则", "Criteria"), "; ".join(e.criterion_titles("zh"))),
        (T("核查期", "Reporting period"), period),
        (T("温室气体", "Greenhouse gases"), ", ".join(e.ghgs)),
        (T("GWP 取值", "GWP values"), e.gwp_report.label),
        (T("保证等级", "Level of assurance"), e.assurance.label),
    ]
    for label, value in rows:
        sheet.labelled(label, value)
    row = sheet.labelled(T("实质性阈值（%）", "Materiality threshold (%)"), e.materiality_pct, "percent")
    book.define_name("Materiality_pct", "Cover", row, 1)
    sheet.labelled(T("阈值依据", "Threshold rationale"), e.materiality_reason)
    sheet.labelled(T("数据版本", "Data revision"), e.revision, "integer")
    sheet.labelled(T("生成时间", "Generated"), ctx.generated.strftime("%Y-%m-%d %H:%M"))
    sheet.labelled(T("生成软件", "Generated by"), f"Verifield {__version__}")
    if e.is_demo:
        sheet.labelled(T("演示项目", "Demo engagement"), T("是：虚构的数据，不是真实核查", "yes: invented data, not a real engagement"))


# --- Factors -------------------------------------------------------------------------------
_FACTOR_COLUMNS = [
    Column(T("名称", "Name"), 14), Column(T("排放源", "Source key"), 8), Column(T("使用者", "Used by"), 36),
    Column(T("因子", "Factor"), 22), Column(T("数值", "Value"), 14, "factor", entry=True), Column(T("单位", "Unit"), 12),
    Column(T("来源", "Provenance"), 40), Column(T("核对状态", "Status"), 30), Column(T("优先级", "Priority"), 16),
    Column(T("因子库条目", "Library entry"), 26),
]
_SLOT_PREFIX = {"factor": "EF", "ncv": "NCV", "carbon_per_heat": "CC", "oxidation": "OF"}


def _factors(book: Book, ctx: Context) -> None:
    calc = ctx.calculation
    sheet = book.sheet(
        "Factors", T("因子", "Factors"),
        T("每个因子是一个命名单元格，计算表按名称引用。", "Each factor is a named cell; the Calculation sheet refers to it by name."),
        _FACTOR_COLUMNS,
    )
    for source in calc.inventory.sources:
        key = ctx.keys[source.id]
        for slot, kind in source.method.factor_slots:
            use = getattr(source, slot)
            if use is not None:
                name = f"{_SLOT_PREFIX[slot]}_{_defined_name(key)}"
                _factor_row(book, sheet, name, key, source.name, kind.label, use, ctx.weightings.get((source.id, slot)))
                ctx.factor_names[source.id, slot] = name
        for stream in source.streams:
            if stream.carbon is not None:
                name = f"CARBON_{_defined_name(ctx.keys[stream.id])}"
                _factor_row(book, sheet, name, ctx.keys[stream.id], f"{source.name} / {stream.name}", T("含碳量", "carbon content"),
                            stream.carbon, ctx.weightings.get((stream.id, "carbon")))
                ctx.factor_names[stream.id, "carbon"] = name
    report = calc.inventory.engagement.gwp_report
    for source in calc.inventory.sources:
        result = calc.results.sources[source.id]
        formula = _gwp_formula(source, ctx)
        if formula and formula not in ctx.gwp_names and result.problem is None:
            name = f"GWP_{_defined_name(formula)}"
            status = _CO2_BY_DEFINITION if formula == "CO2" else ""
            use = FactorUse(result.gwp, "tCO2e/t", f"IPCC {report.value}, 100-year GWP", status)
            _factor_row(book, sheet, name, "", formula, T(f"全球增温潜势 {formula}", f"GWP of {formula}"), use)
            ctx.gwp_names[formula] = name


# The GWP of CO2 is 1 by definition (the reference gas): there is nothing to check it against.
_CO2_BY_DEFINITION = "CO₂ 的 GWP 按定义为 1 / the GWP of CO₂ is 1 by definition"


def _factor_row(book: Book, sheet, name: str, key: str, used_by: str, kind: Text, use: FactorUse,
                formula: Formula | None = None) -> None:
    mark = "✓" if use.checked else "⚠ 未核对 unchecked"
    status = f"{mark}: {use.status}" if use.status else mark
    library = f"{use.library_id} v{use.version}" if use.library_id else ""
    row = sheet.row([name, key, used_by, kind, formula or use.value, use.unit, use.source, status, use.priority.label, library])
    book.define_name(name, sheet.name, row, 4)


def _gwp_formula(source: EmissionSource, ctx: Context) -> str | None:
    """The species whose GWP converts this source, or None when its figure is CO2 or CO2e already."""
    if source.method in (Method.FUEL, Method.MASS_BALANCE):
        return None
    if source.factor is not None and source.method is not Method.MEASURED:
        try:
            if units.ratio(source.factor.unit).substance in ("CO2e", "C"):
                return None
        except DomainError:  # an unreadable unit is the result's problem, reported on the Calculation sheet
            return None
    if source.gas.value in ("HFCs", "PFCs"):
        return ctx.calculation.recalculator.gwps.formula_of(source.species)
    return source.gas.value


# --- Activity ------------------------------------------------------------------------------
_ACTIVITY_COLUMNS = [
    Column(T("排放源", "Source key"), 8), Column(T("物料", "Stream key"), 8), Column(T("排放源名称", "Source"), 30),
    Column(T("物料名称", "Stream"), 14), Column(T("开始", "Start"), 11, "date"), Column(T("结束", "End"), 11, "date"),
    Column(T("数量", "Quantity"), 14, "number", entry=True), Column(T("单位", "Unit"), 9),
    Column(T("期初库存", "Opening stock"), 12, "number", entry=True), Column(T("期末库存", "Closing stock"), 12, "number", entry=True),
    Column(T("消耗量 = 数量 + 期初 − 期末", "Consumption = qty + opening − closing"), 16, "number"),
    Column(T("换算为", "In unit"), 9), Column(T("换算系数", "Unit factor"), 11, "factor"),
    Column(T("换算后消耗量", "Consumption in unit"), 16, "number"),
    Column(T("数据来源", "Origin"), 14), Column(T("证据", "Evidence"), 24), Column(T("备注", "Note"), 24),
]
A_SOURCE, A_STREAM, A_CONVERTED = 0, 1, 13


def _activity(book: Book, ctx: Context) -> None:
    calc = ctx.calculation
    sheet = book.sheet(
        "Activity", T("活动数据", "Activity data"),
        T("每行一条记录；换算后消耗量按排放源汇总到计算表。", "One row per record; the converted consumption is summed per source on the Calculation sheet."),
        _ACTIVITY_COLUMNS,
    )
    streams = {s.id: s.name for source in calc.inventory.sources for s in source.streams}
    for source in calc.inventory.sources:
        key = ctx.keys[source.id]
        for record in calc.recalculator.records.get(source.id, ()):
            row = sheet.next_row
            r = row + 1
            consumption = Formula(f"=G{r}+I{r}-J{r}", record.consumption)
            target = _target_unit(source, record.stream_id, record.unit)
            if target is None:
                to_unit = unit_factor = converted = None
            else:
                to_unit, unit_factor = target
                converted = Formula(f"=K{r}*M{r}", record.consumption * unit_factor)
            sheet.row([
                key, ctx.keys.get(record.stream_id, ""), source.name, streams.get(record.stream_id, ""),
                record.period_start, record.period_end, record.quantity, record.unit, record.opening_stock,
                record.closing_stock, consumption, to_unit, unit_factor, converted, record.origin.label,
                record.evidence, record.note,
            ])
    ctx.activity_rows = (FIRST_DATA_ROW, sheet.next_row - 1)
    sheet.autofilter()


def _target_unit(source: EmissionSource, stream_id: str, unit: str) -> tuple[str, float] | None:
    """The unit a record is converted to and the factor, or None while the source's factor is missing or unreadable."""
    try:
        target = source.activity_unit(stream_id)
        return (target, units.factor(unit, target)) if target else None
    except DomainError:  # the source's problem is shown on the Calculation sheet
        return None


# --- Calculation ---------------------------------------------------------------------------
_CALC_COLUMNS = [
    Column(T("编号", "Key"), 8), Column(T("所属排放源", "Parent"), 8), Column(T("排放源 / 物料", "Source / stream"), 34),
    Column(T("类别代码", "Category code"), 11), Column(T("类别", "Category"), 24), Column(T("方法", "Method"), 16),
    Column(T("气体 / 方向", "Gas / direction"), 10), Column(T("活动数据", "Activity"), 16, "number"),
    Column(T("单位", "Unit"), 8), Column(T("因子 1（EF / NCV / C）", "Factor 1 (EF / NCV / C)"), 13, "factor"),
    Column(T("因子 2（CC）", "Factor 2 (CC)"), 12, "factor"), Column(T("因子 3（OF）", "Factor 3 (OF)"), 12, "factor"),
    Column(T("单位换算 k", "Unit conversion k"), 12, "factor"), Column(T("气体或碳（t）", "Gas or carbon (t)"), 16, "number"),
    Column(T("GWP", "GWP"), 8, "factor"), Column(T("核查值 tCO₂e", "Verified tCO₂e"), 16, "tonnes"),
    Column(T("报告值 tCO₂e", "Reported tCO₂e"), 16, "tonnes", entry=True), Column(T("差异（报告 − 核查）", "Difference (reported − verified)"), 16, "tonnes"),
    Column(T("差异占报告值 %", "Difference % of reported"), 12, "percent"), Column(T("关键排放源", "Key source"), 8),
    Column(T("无法计算的原因", "Why no result"), 40),
]
C_KEY, C_PARENT, C_CATEGORY, C_DIRECTION, C_GAS_T, C_VERIFIED, C_REPORTED, C_DIFF, C_PROBLEM = 0, 1, 3, 6, 13, 15, 16, 17, 20
_FORMULAS_NOTE = T(
    "排放因子法 = 活动数据 × EF × k × GWP；燃料燃烧 = FC × NCV × CC × k × OF × 44/12；物料平衡 = (Σ输入碳 − Σ输出碳) × 44/12；实测 = 质量 × GWP。",
    "Factor: AD × EF × k × GWP; fuel: FC × NCV × CC × k × OF × 44/12; mass balance: (Σ carbon in − Σ carbon out) × 44/12; measured: mass × GWP.",
)


def _calculation(book: Book, ctx: Context) -> None:
    calc = ctx.calculation
    sheet = book.sheet("Calculation", ctx.wording.calculation, _FORMULAS_NOTE, _CALC_COLUMNS)
    first = FIRST_DATA_ROW
    last = first + sum(1 + len(s.streams) for s in calc.inventory.sources) - 1
    a_first, a_last = ctx.activity_rows
    converted = column_range("Activity", A_CONVERTED, a_first, a_last)
    by_source = column_range("Activity", A_SOURCE, a_first, a_last)
    by_stream = column_range("Activity", A_STREAM, a_first, a_last)
    verified_col = f"$P${first + 1}:$P${last + 1}"
    ctx.calculation_columns = {n: column_range("Calculation", c, first, last) for n, c in (
        ("category", C_CATEGORY), ("verified", C_VERIFIED), ("reported", C_REPORTED), ("diff", C_DIFF), ("problem", C_PROBLEM))}
    for source in calc.inventory.sources:
        result = calc.results.sources[source.id]
        row = sheet.next_row
        r = row + 1
        key = ctx.keys[source.id]
        ctx.source_rows[source.id] = row
        cells: list = [key, "", source.name, source.category.value, source.category.label, source.method.short,
                       source.species or source.gas.value] + [None] * 14
        factors = [ctx.factor_names.get((source.id, slot)) for slot, _ in source.method.factor_slots]
        for i, (name, (slot, _)) in enumerate(zip(factors, source.method.factor_slots)):
            if name:
                cells[9 + i] = Formula(f"={name}", getattr(source, slot).value)
        if source.reported is not None:
            cells[C_REPORTED] = source.reported
        if result.problem is not None:
            cells[C_PROBLEM] = result.problem.both()
        else:
            _result_cells(cells, source, result, r, ctx, converted, by_source, (first, last))
            cells[C_DIFF] = Formula(f'=IF(ISNUMBER(Q{r}),Q{r}-P{r},"")', result.difference)  # empty while nothing is reported
            cells[18] = Formula(f'=IF(N(Q{r})=0,"",100*R{r}/Q{r})', result.difference_pct)
            cells[19] = _key_source_formula(r, first, verified_col, source.id in calc.results.key_sources)
        sheet.row(cells)
        for stream, part in zip(source.streams, result.streams or [None] * len(source.streams)):
            _stream_row(sheet, ctx, source, stream, part, converted, by_stream)


def _result_cells(cells: list, source: EmissionSource, result: SourceResult, r: int, ctx: Context, converted, by_source, rows) -> None:
    """Activity, k, gas, GWP and verified formulas of one source that has a result."""
    cells[8] = result.activity_unit
    if source.method is Method.MASS_BALANCE:
        first, last = rows
        carbon = f"$N${first + 1}:$N${last + 1}"
        parent, direction = f"$B${first + 1}:$B${last + 1}", f"$G${first + 1}:$G${last + 1}"
        cells[7] = Formula(
            f'=SUMIFS({carbon},{parent},A{r},{direction},"{Direction.IN.value}")-SUMIFS({carbon},{parent},A{r},{direction},"{Direction.OUT.value}")',
            result.activity,
        )
        cells[C_GAS_T] = Formula(f"=H{r}*{CO2_PER_C_TEXT}", result.gas_t)
    else:
        cells[7] = Formula(f"=SUMIFS({converted},{by_source},A{r})", result.activity)
        if result.conversion:
            cells[12] = _k_cell(result)
        if source.method is Method.FUEL:
            cells[C_GAS_T] = Formula(f"=H{r}*J{r}*K{r}*M{r}*L{r}*{CO2_PER_C_TEXT}", result.gas_t)
        elif source.method is Method.MEASURED:
            cells[C_GAS_T] = Formula(f"=H{r}", result.gas_t)
        else:
            cells[C_GAS_T] = Formula(f"=H{r}*J{r}*M{r}", result.gas_t)
    gwp_name = ctx.gwp_names.get(_gwp_formula(source, ctx) or "")
    cells[14] = Formula(f"={gwp_name}", result.gwp) if gwp_name else result.gwp
    cells[C_VERIFIED] = Formula(f"=N{r}*O{r}", result.verified)


def _k_cell(result: SourceResult):
    """k as a constant, or as the product of its parts (``=0.001*(44/12)``) when there are several."""
    parts = [CO2_PER_C_TEXT if p == CO2_PER_C else number_literal(p) for p in result.conversion]
    return result.conversion[0] if len(parts) == 1 else Formula("=" + "*".join(parts), result.k)


def _key_source_formula(r: int, first: int, verified_col: str, is_key: bool) -> Formula:
    """★ when the larger sources before this one make up less than 95 % of the total (ties: earlier rows count first)."""
    larger = f"SUMPRODUCT(({verified_col}>P{r})*{verified_col})"
    if r - 1 >= first + 1:
        earlier = f"$P${first + 1}:P{r - 1}"
        larger += f"+SUMPRODUCT(({earlier}=P{r})*{earlier})"
    total = f'SUMIF({verified_col},">0")'
    return Formula(f'=IF(N(P{r})>0,IF({larger}<{KEY_SOURCE_SHARE}*{total},"★",""),"")', "★" if is_key else "")


def _stream_row(sheet, ctx: Context, source: EmissionSource, stream, part, converted, by_stream) -> None:
    row = sheet.next_row
    r = row + 1
    cells: list = [ctx.keys[stream.id], ctx.keys[source.id], f"  ↳ {stream.name}", "", "", "", stream.direction.value] + [None] * 14
    name = ctx.factor_names.get((stream.id, "carbon"))
    if name:
        cells[9] = Formula(f"={name}", stream.carbon.value)
    if part is not None:
        cells[7] = Formula(f"=SUMIFS({converted},{by_stream},A{r})", part.activity)
        cells[8] = part.activity_unit
        cells[12] = part.conversion
        cells[C_GAS_T] = Formula(f"=H{r}*J{r}*M{r}", part.carbon_t)
    sheet.row(cells)


# --- Neutrality ----------------------------------------------------------------------------
_NEUTRALITY_COLUMNS = [
    Column(T("类型", "Kind"), 18), Column(T("登记系统", "Registry"), 16), Column(T("起始序列号", "First serial"), 26),
    Column(T("结束序列号", "Last serial"), 26), Column(T("年份", "Vintage"), 8, "integer"),
    Column(T("数量 tCO₂e", "Quantity tCO₂e"), 14, "tonnes", entry=True), Column(T("已签发", "Issued"), 8),
    Column(T("注销日期", "Retired on"), 11, "date"), Column(T("注销证明", "Retirement evidence"), 24),
    Column(T("可计入", "Eligible"), 8), Column(T("不可计入的原因", "Why not"), 50), Column(T("计入量", "Counted"), 14, "tonnes"),
]
ELIGIBLE, NOT_ELIGIBLE = "✓", "✗"


def _neutrality(book: Book, ctx: Context) -> None:
    calc = ctx.calculation
    balance = calc.balance
    sheet = book.sheet(
        "Neutrality", ctx.wording.neutrality,
        T("仅已签发、核算期结束后 12 个月内注销、有注销证明且序列号未被使用过的减排量可计入。",
          "Only issued credits, retired within 12 months of the period's end, with evidence, and never used before, count."),
        _NEUTRALITY_COLUMNS,
    )
    for offset in calc.inventory.offsets:
        problems = balance.problems.get(offset.id, [])
        r = sheet.next_row + 1
        sheet.row([
            offset.kind.label, offset.registry, offset.serial_first, offset.serial_last, offset.vintage, offset.quantity,
            T("是", "yes") if offset.issued else T("否", "no"), offset.retired_on, offset.retirement_evidence,
            NOT_ELIGIBLE if problems else ELIGIBLE, " ".join(p.both() for p in problems),
            Formula(f'=IF(J{r}="{ELIGIBLE}",F{r},0)', 0.0 if problems else offset.quantity),
        ])
    last = max(sheet.next_row - 1, FIRST_DATA_ROW)
    eligible_col, quantity_col = f"$J${FIRST_DATA_ROW + 1}:$J${last + 1}", f"$F${FIRST_DATA_ROW + 1}:$F${last + 1}"
    problems = ctx.calculation_columns["problem"]
    sheet.next_row += 1
    rows = {}
    for name, label, formula, value, style in (
        ("emissions", T("核证排放总量（含保守估算）", "Verified emissions (estimates included)"), "=Total_verified", balance.emissions, "tonnes"),
        ("eligible", T("可计入抵消量", "Eligible offsets"), f'=SUMIF({eligible_col},"{ELIGIBLE}",{quantity_col})', balance.eligible, "tonnes"),
        ("ineligible", T("不可计入抵消量", "Ineligible offsets"), f'=SUMIF({eligible_col},"{NOT_ELIGIBLE}",{quantity_col})', balance.ineligible, "tonnes"),
    ):
        rows[name] = sheet.figure(label, 5, Formula(formula, value), style)
    sheet.figure(T("缺口", "Shortfall"), 5, Formula(f"=MAX(0,{rows['emissions']}-{rows['eligible']})", balance.shortfall))
    neutral, not_neutral = T("已实现碳中和", "carbon neutral"), T("未实现碳中和", "not carbon neutral")
    sheet.figure(T("结论", "Result"), 5, Formula(
        f"=IF(AND(COUNTA({problems})=0,{rows['emissions']}<={rows['eligible']}),{quoted(neutral.both())},{quoted(not_neutral.both())})",
        (neutral if balance.neutral else not_neutral).both(),
    ), "text")


SHEETS: list[Callable[[Book, Context], None]] = [_cover, measured_sheet, _factors, _activity, _calculation, summary_sheet, _neutrality, findings_sheet]
