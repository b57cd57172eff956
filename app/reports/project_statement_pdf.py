"""The statement of an ISO 14064-2 project, in Chinese and English: the verification statement of the reductions
(ex post, once monitored data exist) or the validation statement of the estimate (ex ante).

The opinion is the wording of ``resources/statements/wording.toml`` (``[zh.project]``, ``[en.project]``) with every
figure filled from the calculated reductions, and a table of BE, PE, LE and ER per monitoring period and vintage
repeats them; nothing in it is typed by hand.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.kernel.text import Text
from app.domain.project.project import Basis
from app.reports.pdf import para, styles, table, write_pdf
from app.reports.project_workbook import ProjectWorkbook
from app.reports.statement_pdf import money, wording

LANGUAGES = ("zh", "en")


def basis_of(held: ProjectWorkbook) -> Basis:
    """Verification (ex post) once the project has monitored figures; validation (ex ante) before."""
    return Basis.EX_POST if held.reductions.of(Basis.EX_POST) else Basis.EX_ANTE


def opinion(held: ProjectWorkbook, language: str) -> str:
    """The statement's opinion in ``language``, its figures from the reductions."""
    e, d = held.engagement, held.description
    basis = basis_of(held)
    total = held.reductions.total(basis)
    lines = held.reductions.of(basis)
    first = min((line.period.start for line in lines), default=e.period_start)
    last = max((line.period.end for line in lines), default=e.period_end)
    period = f"{first} – {last}" if language == "en" else f"{first} 至 {last}"
    key = "validation" if basis is Basis.EX_ANTE else f"verification_{e.assurance.value}"
    client = (held.client.name_zh or held.client.name_en) if language == "zh" else (held.client.name_en or held.client.name_zh)
    return wording()[language]["project"][key].format(
        client=client, project=(d.title if d else "") or e.title, period=period, criteria=", ".join(e.criteria),
        reductions=money(total["reductions"]), baseline=money(total["baseline"]), emissions=money(total["project"]),
        leakage=money(total["leakage"]), materiality=f"{e.materiality_pct:g} %", assurance=e.assurance.label.in_(language),
    )


def write_project_statement(path: Path | str, held: ProjectWorkbook, generated: datetime, dated: date | None = None) -> None:
    """Write the project's validation or verification statement (bilingual PDF) to ``path``."""
    e, d = held.engagement, held.description
    basis = basis_of(held)
    kind = "title_validation" if basis is Basis.EX_ANTE else "title_verification"
    title = Text(wording()["zh"]["project"][kind], wording()["en"]["project"][kind])
    s = styles("both")
    story = [para(f"{title.zh}\n{title.en}", s.title)]
    facts = [
        ("委托方 / Client", " / ".join(n for n in (held.client.name_zh, held.client.name_en) if n)),
        ("项目 / Project", (d.title if d else "") or e.title), ("方法学 / Methodology", d.methodology if d else ""),
        ("计入期 / Crediting period", f"{d.crediting_start} – {d.crediting_end}" if d and d.crediting_start else "—"),
        ("准则 / Criteria", "; ".join(e.criteria)), ("保证等级 / Level of assurance", f"{e.assurance.label.zh} / {e.assurance.label.en}"),
        ("项目编号 / Engagement", e.code), ("日期 / Date", str(dated or e.statement_date or generated.date())),
    ]
    story.append(table([[label, value] for label, value in facts], [45 * mm, 129 * mm], s.cell, header=False))
    story.append(Spacer(1, 4 * mm))
    numbers = {p.id: n for n, p in enumerate(sorted(held.periods, key=lambda p: p.start), start=1)}
    rows = [["监测期 / Period", "年份 / Vintage", "BE", "PE", "LE", "ER"]]
    for line in held.reductions.of(basis):
        rows.append([f"MP{numbers[line.period.id]} {line.period.label}", str(line.vintage),
                     *(money(v) for v in (line.baseline, line.project, line.leakage, line.reductions))])
    total = held.reductions.total(basis)
    rows.append(["合计 / Total", "", *(money(total[k]) for k in ("baseline", "project", "leakage", "reductions"))])
    story.append(para(f"{basis.label.zh} / {basis.label.en}（tCO₂e）", s.heading))
    story.append(table(rows, [52 * mm, 22 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm], s.cell))
    if basis is Basis.EX_POST and held.reductions.of(Basis.EX_ANTE):
        ante = held.reductions.total(Basis.EX_ANTE)["reductions"]
        story.append(para(f"事前估算减排量 / ex-ante estimate: {money(ante)} tCO₂e", s.small))
    story.append(para("结论 / Conclusion", s.heading))
    for language in LANGUAGES:
        story.append(para(opinion(held, language), styles(language).body if language == "zh" else styles(language).small))
    if held.reductions.problems:
        story.append(para("未能计算 / Not calculated: " + "; ".join(p.both() for p in held.reductions.problems), s.alert))
    write_pdf(path, story, title, "both", e.code, "Verifield", generated)
