"""The verification statement of an ISO 14067 product carbon footprint, in Chinese and English.

The opinion is the wording of ``resources/statements/wording.toml`` (``[zh.footprint]``, ``[en.footprint]``) with
every figure filled from the calculated footprint; tables repeat the footprint per unit by life-cycle stage, its
fossil / biogenic / land-use-change split, the flows cut off and the result under each allocation method.  Nothing
in it is typed by hand; while the allocation shares do not sum to 100 % there is no result, and no statement.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.footprint.footprint import Carbon, ProductFootprint
from app.domain.kernel.text import DomainError, Text
from app.reports.footprint_workbook import FootprintWorkbook
from app.reports.pdf import para, styles, table, write_pdf
from app.reports.statement_pdf import wording

LANGUAGES = ("zh", "en")


def kg(value: float | None) -> str:
    """kgCO₂e per unit as printed: three decimals with thousands separators."""
    return "—" if value is None else f"{value:,.3f}"


def opinion(held: FootprintWorkbook, language: str) -> str:
    """The statement's opinion in ``language``, its figures from the footprint."""
    e, p = held.engagement, held.product or ProductFootprint()
    period = f"{e.period_start} – {e.period_end}" if language == "en" else f"{e.period_start} 至 {e.period_end}"
    client = (held.client.name_zh or held.client.name_en) if language == "zh" else (held.client.name_en or held.client.name_zh)
    return wording()[language]["footprint"][f"verification_{e.assurance.value}"].format(
        client=client, product=p.product, unit_kind=p.unit_kind.label.in_(language), unit=p.unit_text,
        boundary=p.boundary.label.in_(language), period=period, criteria=", ".join(e.criteria), per_unit=kg(held.result.per_unit),
        allocation=p.allocation.label.in_(language), materiality=f"{e.materiality_pct:g} %", assurance=e.assurance.label.in_(language),
    )


def write_footprint_statement(path: Path | str, held: FootprintWorkbook, generated: datetime, dated: date | None = None) -> None:
    """Write the footprint verification statement (bilingual PDF) to ``path``; refused while there is no result."""
    e, p, result = held.engagement, held.product or ProductFootprint(), held.result
    if result.per_unit is None:
        why = result.problems[0] if result.problems else Text("尚无碳足迹结果", "there is no footprint yet")
        raise DomainError(Text(f"无法出具碳足迹核查声明：{why.zh}。", f"The footprint statement cannot be made: {why.en}."), "allocation")
    title = Text(wording()["zh"]["footprint"]["title"], wording()["en"]["footprint"]["title"])
    s = styles("both")
    story = [para(f"{title.zh}\n{title.en}", s.title)]
    facts = [
        ("委托方 / Client", " / ".join(n for n in (held.client.name_zh, held.client.name_en) if n)),
        ("产品 / Product", p.product), (f"{p.unit_kind.label.zh} / {p.unit_kind.label.en}", p.unit_text),
        ("系统边界 / System boundary", f"{p.boundary.label.zh} / {p.boundary.label.en}"),
        ("分配 / Allocation", f"{p.allocation.label.zh} / {p.allocation.label.en}"),
        ("数据期间 / Data period", f"{e.period_start} – {e.period_end}"), ("准则 / Criteria", "; ".join(e.criteria)),
        ("保证等级 / Level of assurance", f"{e.assurance.label.zh} / {e.assurance.label.en}"),
        ("项目编号 / Engagement", e.code), ("日期 / Date", str(dated or e.statement_date or generated.date())),
    ]
    story.append(table([[label, value] for label, value in facts], [45 * mm, 129 * mm], s.cell, header=False))
    story.append(Spacer(1, 4 * mm))
    story.append(para("生命周期阶段 / Life-cycle stages（kgCO₂e）", s.heading))
    stages = result.by_stage()
    rows = [["阶段 / Stage", "kgCO₂e"]] + [[f"{stage.label.zh} / {stage.label.en}", kg(stages[stage])] for stage in p.boundary.stages]
    rows.append(["合计 / Total", kg(result.per_unit)])
    story.append(table(rows, [120 * mm, 54 * mm], s.cell))
    carbons = result.by_carbon()
    rows = [["碳类型 / Carbon", "kgCO₂e"]] + [[f"{c.label.zh} / {c.label.en}", kg(carbons[c])] for c in Carbon]
    story.append(table(rows, [120 * mm, 54 * mm], s.cell))
    story.append(para("分配方法的敏感性 / Sensitivity to the allocation method（kgCO₂e）", s.heading))
    rows = [["方法 / Method", "kgCO₂e"]] + [[f"{m.label.zh} / {m.label.en}" + (" ✓" if m is result.method else ""), kg(v)]
                                          for m, v in result.sensitivity.items()]
    story.append(table(rows, [120 * mm, 54 * mm], s.cell))
    story.append(para(f"取舍的流占碳足迹 {result.cut_off_pct:.2f} %（准则：单项 {p.cutoff_flow_pct:g} %，合计 {p.cutoff_total_pct:g} %）/ "
                      f"flows cut off: {result.cut_off_pct:.2f} % of the footprint (criteria: {p.cutoff_flow_pct:g} % per flow, "
                      f"{p.cutoff_total_pct:g} % in total)", s.small))
    story.append(para("结论 / Conclusion", s.heading))
    for language in LANGUAGES:
        story.append(para(opinion(held, language), styles(language).body if language == "zh" else styles(language).small))
    if result.problems:
        story.append(para("未能计算 / Not calculated: " + "; ".join(pr.both() for pr in result.problems), s.alert))
    write_pdf(path, story, title, "both", e.code, "Verifield", generated)
