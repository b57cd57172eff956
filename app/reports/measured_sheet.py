"""The Measured sheet of the calculation workbook: each fuel's and each mass-balance stream's lab results by delivery
or month, and their quantity-weighted mean as a live formula (``=SUMPRODUCT(weights, values)/SUM(weights)``, seed 004
Table 3).

Written before the Factors sheet, which then holds each weighted factor (``NCV_S01``, a stream's ``CARBON_S03_1``) as
``=NCVW_S01`` (``=CARBONW_S03_1``), the mean named here, so the Calculation sheet's emissions follow an edited lab result.  Without lab results there is no
sheet.
"""

from __future__ import annotations

from app.domain.inventory import units
from app.domain.inventory.measured import weightings
from app.domain.kernel.text import Text
from app.reports.xlsx import Column, Formula, column_range

T = Text
COLUMNS = [
    Column(T("排放源", "Source key"), 8), Column(T("排放源名称", "Source"), 30), Column(T("参数", "Parameter"), 18),
    Column(T("开始", "Start"), 11, "date"), Column(T("结束", "End"), 11, "date"),
    Column(T("数量", "Quantity"), 14, "number", entry=True), Column(T("单位", "Unit"), 9),
    Column(T("换算系数", "Unit factor"), 11, "factor"), Column(T("权重 = 数量 × 换算系数", "Weight = qty × factor"), 16, "number"),
    Column(T("检测值", "Value"), 14, "factor", entry=True), Column(T("检测值单位", "Value unit"), 12),
    Column(T("检测报告", "Lab report"), 24), Column(T("加权平均名称", "Weighted mean name"), 14),
]
M_WEIGHT, M_VALUE = 8, 9
_PREFIX = {"ncv": "NCV", "carbon_per_heat": "CC", "carbon": "CARBON"}


def measured_sheet(book, ctx) -> None:
    """Write the sheet from ``ctx`` and note in ``ctx.weightings`` each weighted factor's formula for Factors."""
    calc = ctx.calculation
    measured = calc.recalculator.measured
    if not any(measured.get(s.id) for s in calc.inventory.sources):
        return
    sheet = book.sheet(
        "Measured", ctx.wording.measured,
        T("每批次或每月的检测值按数量加权平均：Σ(数量×检测值)/Σ数量；因子表引用加权平均值。",
          "Each delivery's or month's lab value weighted by its quantity: Σ(qty × value) / Σ qty; the Factors sheet uses "
          "the weighted mean."),
        COLUMNS,
    )
    for source in calc.inventory.sources:
        streams = {s.id: s.name for s in source.streams}
        for weighting in weightings(measured.get(source.id, ())):
            owner = weighting.stream_id or source.id
            key = ctx.keys[owner]
            named = f"{source.name} / {streams[owner]}" if weighting.stream_id else source.name
            first = sheet.next_row
            for result in weighting.results:
                r = sheet.next_row + 1
                factor = units.factor(result.quantity_unit, result.per())
                sheet.row([key, named, weighting.parameter.label, result.period_start, result.period_end, result.quantity,
                           result.quantity_unit, factor, Formula(f"=F{r}*H{r}", result.weight()), result.value, result.unit,
                           result.evidence])
            last = sheet.next_row - 1
            weights, values = column_range("Measured", M_WEIGHT, first, last), column_range("Measured", M_VALUE, first, last)
            name = f"{_PREFIX[weighting.parameter.value]}W_{key.replace('.', '_')}"
            row = sheet.row([key, named, T("加权平均", "weighted mean"), None, None, None, None, None,
                             Formula(f"=SUM({weights})", sum(r.weight() for r in weighting.results)),
                             Formula(f"=SUMPRODUCT({weights},{values})/SUM({weights})", weighting.value), weighting.unit, "", name])
            book.define_name(name, "Measured", row, M_VALUE)
            ctx.weightings[owner, weighting.parameter.value] = Formula(f"={name}", weighting.value)
