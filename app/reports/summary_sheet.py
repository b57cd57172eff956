"""The Summary sheet of the calculation workbook: totals, the conservative estimates, and the materiality verdict.

Rows by category, direct and indirect (the recalculated sources), then one
row per finding settled by a conservative estimate (``NC-01 conservative
estimate``, read live from the Findings sheet), then the verified total —
the figure the statement, the balance and the certificate quote.  Nothing
reported is an empty cell, never 0: its difference and percentage stay empty
too, and every percentage of a difference is of the reported figure.  The
materiality block repeats :func:`app.domain.inventory.calculation._materiality` as
formulas: an omitted source and each estimate count as an understatement in
full.
"""

from __future__ import annotations

import math

from app.domain.inventory.calculation import percent_of_reported
from app.domain.inventory.sources import Category, difference
from app.domain.kernel.text import Text
from app.domain.kernel.unit_text import shown_unit
from app.reports.findings_sheet import C_ESTIMATE, ordered
from app.reports.xlsx import FIRST_DATA_ROW, Column, Formula, cell

T = Text
COLUMNS = [
    Column(T("代码", "Code"), 11), Column(T("类别", "Category"), 40), Column(T("ISO 14064-1 类别", "ISO 14064-1 category"), 12, "integer"),
    Column(T("核查值 tCO₂e", "Verified tCO₂e"), 16, "tonnes"), Column(T("报告值 tCO₂e", "Reported tCO₂e"), 16, "tonnes"),
    Column(T("差异（报告 − 核查）", "Difference (reported − verified)"), 16, "tonnes"),
    Column(T("差异占报告值 %", "Difference % of reported"), 12, "percent"),
]


def summary_sheet(book, ctx) -> None:
    """Write the sheet from ``ctx`` (the calculation workbook's context: results, Calculation ranges, findings)."""
    calc = ctx.calculation
    results, inventory, col = calc.results, calc.inventory, ctx.calculation_columns
    sheet = book.sheet(
        "Summary", ctx.wording.summary,
        T("按类别汇总、直接与间接排放、保守估算、核证总量与实质性结论；未报告为空白。",
          "Totals by category, direct and indirect, conservative estimates, the verified total and the materiality verdict; "
          "nothing reported is left empty."),
        COLUMNS,
    )
    reported_by: dict[Category, float | None] = {}
    for c in Category:
        figures = [s.reported for s in inventory.sources if s.category is c and s.reported is not None]
        reported_by[c] = math.fsum(figures) if figures else None
    rows: dict[Category, int] = {}
    for category in sorted(Category, key=lambda c: not c.direct):
        r = sheet.next_row + 1
        reported = (f"=IF(SUMPRODUCT(({col['category']}=A{r})*ISNUMBER({col['reported']}))=0,\"\","
                    f"SUMIFS({col['reported']},{col['category']},A{r}))")
        rows[category] = sheet.row(_compare_row(
            category.value, category.label, category.iso_category, r,
            Formula(f"=SUMIFS({col['verified']},{col['category']},A{r})", results.by_category[category]),
            Formula(reported, reported_by[category]),
        ))

    def subtotal(direct: bool) -> int:
        cells = [c for c in Category if c.direct == direct]
        verified = math.fsum(results.by_category[c] for c in cells)
        figures = [reported_by[c] for c in cells if reported_by[c] is not None]
        e_cells = ",".join(f"E{rows[c] + 1}" for c in cells)
        r = sheet.next_row + 1
        code, label = ("direct", ctx.wording.direct) if direct else ("indirect", ctx.wording.indirect)
        return sheet.row(_compare_row(
            code, label, None, r, Formula("=" + "+".join(f"D{rows[c] + 1}" for c in cells), verified),
            Formula(f'=IF(COUNT({e_cells})=0,"",SUM({e_cells}))', math.fsum(figures) if figures else None),
        ))

    direct, indirect = subtotal(True), subtotal(False)
    finding_rows = {f.label: FIRST_DATA_ROW + i for i, f in enumerate(ordered(ctx.findings))}
    estimate_cells = []
    for estimate in results.estimates:
        row = finding_rows.get(estimate.label)
        value = estimate.tonnes if row is None else Formula(f"=Findings!{cell(row, C_ESTIMATE)}", estimate.tonnes)
        line = sheet.row([estimate.label, T(f"{estimate.label} 保守估算（计入核证总量）", f"{estimate.label} conservative estimate (in the verified total)"),
                          None, value])
        estimate_cells.append(f"D{line + 1}")
    r = sheet.next_row + 1
    total = sheet.row(_compare_row(
        "total", ctx.wording.total, None, r,
        Formula("=" + "+".join([f"D{direct + 1}", f"D{indirect + 1}"] + estimate_cells), results.total),
        Formula(f'=IF(COUNT({col["reported"]})=0,"",SUM({col["reported"]}))', results.reported_total),
    ))
    book.define_name("Total_verified", "Summary", total, 3)
    sheet.next_row += 1
    _materiality_block(sheet, ctx, total + 1, "+".join(estimate_cells) or "0")
    if results.intensity:
        sheet.next_row += 1
        for product, value in results.intensity:
            row = sheet.next_row
            zh, en = shown_unit(product.unit, "zh"), shown_unit(product.unit, "en")
            sheet.labelled(T(f"排放强度 tCO₂e/{zh}：{product.product}", f"Intensity tCO₂e/{en}: {product.product}"), product.quantity, "number")
            sheet.write(row, 3, Formula(f"=D{total + 1}/B{row + 1}", value), "number")


def _compare_row(code: str, label: Text, iso: int | None, r: int, verified: Formula, reported: Formula) -> list:
    """Verified, reported, and their difference and its % of reported — empty while nothing is reported."""
    diff = None if reported.value is None else difference(reported.value, verified.value)
    return [
        code, label, iso, verified, reported, Formula(f'=IF(ISNUMBER(E{r}),E{r}-D{r},"")', diff),
        Formula(f'=IF(N(E{r})=0,"",100*F{r}/E{r})', percent_of_reported(diff, reported.value)),
    ]


def _materiality_block(sheet, ctx, total_row: int, estimates: str) -> None:
    """Net and gross misstatement as % of the reported total against the threshold, and the verdict, as formulas."""
    results = ctx.calculation.results
    m, col = results.materiality, ctx.calculation_columns
    verified, reported, diff = col["verified"], col["reported"], col["diff"]
    no_report = f"COUNT({reported})=0"
    rows = {}

    def line(name: str, label: Text, formula: str, value, style: str = "tonnes") -> None:
        rows[name] = sheet.figure(label, 3, Formula(formula, value), style)

    line("threshold", T("实质性阈值 %", "Materiality threshold %"), "=Materiality_pct", m.threshold_pct, "percent")
    line("basis", T("基数：报告总量", "Basis: reported total"), f"=E{total_row}", results.reported_total)
    left_out = f"ISNUMBER({verified})*NOT(ISNUMBER({reported}))"  # a source left out counts as reported 0
    line("net", T("净偏差（含保守估算）", "Net misstatement (estimates included)"),
         f"=ABS(SUM({diff})-SUMPRODUCT({left_out}*{verified})-({estimates}))", m.net)
    line("gross", T("总偏差（不相互抵消，含保守估算）", "Gross misstatement (no offsetting, estimates included)"),
         f'=SUMIF({diff},">0")-SUMIF({diff},"<0")+SUMPRODUCT({left_out}*ABS({verified}))+{estimates}', m.gross)
    for name, pct in (("net", m.net_pct), ("gross", m.gross_pct)):
        label = T("净偏差占报告总量 %", "Net misstatement % of reported total") if name == "net" else T("总偏差占报告总量 %", "Gross misstatement % of reported total")
        line(f"{name}_pct", label, f'=IF(OR({no_report},N({rows["basis"]})=0),"",100*{rows[name]}/{rows["basis"]})', pct, "percent")
    names = {v.name: quoted(v.label.both()) for v in type(m.verdict)}

    def over(name: str) -> str:  # above the threshold, or any misstatement of a reported total of 0
        pct = rows[f"{name}_pct"]
        return f"OR(AND(ISNUMBER({pct}),{pct}>{rows['threshold']}),AND(N({rows['basis']})=0,{rows[name]}>0))"

    formula = (
        f"=IF({no_report},{names['NO_REPORT']},IF(COUNTA({col['problem']})>0,{names['INCOMPLETE']},"
        f"IF({over('net')},{names['MATERIAL']},IF({over('gross')},{names['OFFSETTING']},{names['NOT_MATERIAL']}))))"
    )
    line("verdict", T("实质性结论", "Materiality verdict"), formula, m.verdict.label.both(), "text")


def quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
