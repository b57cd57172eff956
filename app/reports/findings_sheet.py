"""The Findings sheet of the calculation workbook: every finding, with its source's figures read live from Calculation.

A finding linked to a source shows that source's reported, verified and
difference cells as formulas over the Calculation sheet (empty while nothing
is reported), so a reviewer sees the numbers the finding is about; a
conservative estimate is an input, which the Summary adds to the verified
total as a line of its own, and the sheet totals the estimates and counts
what still blocks the statement.
"""

from __future__ import annotations

from app.domain.findings.finding import statement_blockers
from app.domain.kernel.text import Text
from app.reports.xlsx import Book, Column, Formula, column_range

T = Text
COLUMNS = [
    Column(T("编号", "No."), 8), Column(T("类型", "Kind"), 18), Column(T("严重程度", "Severity"), 10), Column(T("状态", "State"), 18),
    Column(T("排放源编号", "Source key"), 8), Column(T("排放源", "Source"), 26), Column(T("依据条款", "Requirement"), 18),
    Column(T("问题描述", "Finding"), 50), Column(T("整改期限", "Due"), 12, "date"), Column(T("逾期", "Overdue"), 8),
    Column(T("报告值 tCO₂e", "Reported tCO₂e"), 14, "tonnes"), Column(T("核查值 tCO₂e", "Verified tCO₂e"), 14, "tonnes"),
    Column(T("差异 tCO₂e", "Difference tCO₂e"), 14, "tonnes"),
    Column(T("保守估算 tCO₂e", "Conservative estimate tCO₂e"), 16, "tonnes", entry=True), Column(T("估算依据", "Basis"), 30),
    Column(T("关闭日期", "Closed on"), 12, "date"),
]
C_ESTIMATE = 13


def ordered(findings) -> list:
    """The findings in the order of their rows (by number), from the sheet's first data row; the Summary refers to them."""
    return sorted(findings, key=lambda f: f.number)


def findings_sheet(book: Book, ctx) -> None:
    """Write the sheet from ``ctx`` (the calculation workbook's context: findings, source keys and Calculation rows)."""
    calc = ctx.calculation
    sources = {s.id: s for s in calc.inventory.sources}
    today = ctx.generated.date()
    sheet = book.sheet("Findings", T("核查发现", "Findings"),
                       T("报告值、核查值和差异取自 Calculation 表；保守估算为核查组对逾期未整改问题采用的估算值。",
                         "Reported, verified and difference are read from the Calculation sheet; an estimate is what the team used for "
                         "a finding not rectified in time."), COLUMNS)
    first = sheet.next_row
    for f in ordered(ctx.findings):
        source = sources.get(f.source_id)
        cells = [
            f.label, f.kind.label, f.severity.label if f.severity else "", f.state.label, ctx.keys.get(f.source_id, ""),
            source.name if source else "", f.requirement, f.description, f.due, T("是", "yes") if f.overdue(today) else "",
            None, None, None, f.estimate_t, f.estimate_basis, f.closed_on,
        ]
        row = ctx.source_rows.get(f.source_id)
        result = calc.results.sources.get(f.source_id)
        if row is not None and result is not None and result.verified is not None:
            r = row + 1
            cells[10:13] = [Formula(f'=IF(ISNUMBER(Calculation!Q{r}),Calculation!Q{r},"")', source.reported),
                            Formula(f"=Calculation!P{r}", result.verified), Formula(f"=Calculation!R{r}", result.difference)]
        sheet.row(cells)
    last = max(sheet.next_row - 1, first)
    sheet.autofilter()
    sheet.next_row += 1
    estimates = [f.estimate_t for f in ctx.findings if f.estimate_t is not None]
    sheet.figure(T("保守估算合计", "Conservative estimates in total"), C_ESTIMATE,
                 Formula(f"=SUM({column_range('Findings', C_ESTIMATE, first, last)})", sum(estimates)))
    sheet.labelled(T("阻碍出具最终核证声明", "Blocking the final statement"),
                   "; ".join(b.both() for b in statement_blockers(ctx.findings)) or T("无", "none"))
