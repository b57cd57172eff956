"""The verification report (seed 001 §9.7.3, §10.1.4): plan, procedures, findings and their closure,
reported against verified figures by source, materiality, the neutrality balance and the opinion.

It prints the same statement version and facts as the statement, in the
same language(s), plus the engagement's findings as they stand at printing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.findings.finding import Finding
from app.domain.inventory.calculation import percent_of_reported
from app.domain.inventory.sources import difference
from app.domain.kernel.choices import Assurance
from app.domain.kernel.text import Text
from app.domain.statement.facts import Facts
from app.domain.statement.statement import Opinion, Statement, opinion_label
from app.reports.findings_pdf import findings_summary
from app.reports.pdf import ALERT, PAGE_WIDTH, SHADE, para, table, write_pdf
from app.reports.statement_pdf import L as STATEMENT
from app.reports.statement_pdf import (
    Page,
    check_opinion,
    estimate_line,
    fill,
    in_language,
    money,
    neutrality_text,
    opinion_text,
    section,
    wording,
)

L = {
    "report": Text("核查报告", "Verification report"),
    "plan": Text("1 核查计划", "1 Verification plan"),
    "team": Text("核查组", "Team"),
    "site_visit": Text("现场核查日期", "Site visit"),
    "procedures": Text("2 核查程序和证据", "2 Procedures and evidence"),
    "findings": Text("3 核查发现及其关闭", "3 Findings and their closure"),
    "number": Text("编号", "No."),
    "kind": Text("类型", "Kind"),
    "state": Text("状态", "State"),
    "description": Text("问题描述", "Finding"),
    "closed": Text("关闭", "Closed"),
    "no_findings": Text("本次核查没有发现问题。", "The verification raised no findings."),
    "figures": Text("4 报告值与核证值（按排放源）", "4 Reported against verified, by source"),
    "difference": Text("差异（报告−核证）tCO₂e", "Reported − verified tCO₂e"),
    "difference_pct": Text("占报告值 %", "% of reported"),
    "materiality": Text("5 实质性", "5 Materiality"),
    "neutrality": Text("6 碳中和平衡", "6 Carbon-neutrality balance"),
    "offset_kind": Text("类型", "Kind"),
    "registry": Text("登记系统", "Registry"),
    "serials": Text("序列号", "Serial numbers"),
    "quantity": Text("数量 tCO₂e", "Quantity tCO₂e"),
    "counts": Text("计入", "Counts"),
    "yes": Text("是", "yes"),
    "no": Text("否", "no"),
    "opinion": Text("7 核查意见", "7 Opinion"),
}


def write_verification_report(path: Path | str, statement: Statement, facts: Facts, findings: list[Finding],
                              generated: datetime) -> None:
    """The report of one statement version; ``findings`` are the engagement's findings at printing."""
    check_opinion(statement, facts)
    page = Page.of(statement)
    t, s = page.t, page.s
    first = page.languages[0]
    story = [para(t(L["report"]), s.title)]
    if not statement.final:
        story.append(para(page.words("draft"), s.alert))
    story += [page.rows([
        (STATEMENT["number"], statement.number), (STATEMENT["version"], t(statement.label)),
        (STATEMENT["name"], t(facts.client)), (STATEMENT["period"], f"{facts.period_start} – {facts.period_end}"),
    ]), Spacer(1, 3 * mm)]

    story += [page.heading(L["plan"]), page.rows([
        (STATEMENT["objectives"], facts.objectives or "—"),
        (STATEMENT["criteria"], "\n".join(t(c) for c in facts.criteria) or "—"),
        (STATEMENT["boundary"], f"{t(facts.boundary)}\n{facts.scope_text}"),
        (STATEMENT["sites"], "\n".join(f"{name}  {address}" for name, address in facts.sites) or "—"),
        (STATEMENT["assurance"], t(facts.assurance_label)), (STATEMENT["materiality"], f"{facts.materiality_pct:g}%"),
        (L["site_visit"], facts.site_visit or "—"),
        (L["team"], "\n".join(f"{name} ({t((zh, en))})" for name, zh, en in facts.team) or "—"),
    ])]

    story.append(page.heading(L["procedures"]))
    for name in ("procedures", "evidence_review", "material_issues", "iso14068", "changes", "management_plan"):
        story += section(page, statement, name)

    story.append(page.heading(L["findings"]))
    if findings:
        story += [findings_summary(findings, s, first, generated.date()), Spacer(1, 2 * mm)]
        c = page.cell
        rows = [[c(L["number"]), c(L["kind"]), c(L["state"]), c(L["description"]), c(L["closed"])]]
        rows += [[f.label, c(f.kind.label), c(f.state.label), f.description, f"{f.closed_on or ''} {f.closed_by}".strip() or "—"]
                 for f in sorted(findings, key=lambda f: f.number)]
        story.append(table(rows, [16 * mm, 24 * mm, 24 * mm, PAGE_WIDTH - 100 * mm, 36 * mm], s.cell))
    else:
        story.append(para(t(L["no_findings"]), s.body))

    story.append(page.heading(L["figures"]))
    c = page.cell
    rows = [[c(STATEMENT["source"]), c(STATEMENT["reported"]), c(STATEMENT["verified"]), c(L["difference"]), c(L["difference_pct"])]]
    alerts = []
    lines = [(f.name, f.reported, f.verified) for f in facts.sources]
    lines += [(estimate_line(page, e), None, e.tonnes) for e in facts.estimates]
    lines += [(t(STATEMENT["total"]), facts.reported_total, facts.verified_total)]
    for i, (name, reported, verified) in enumerate(lines, start=1):
        # no difference without a reported figure (an omission still counts in the materiality below)
        gap = None if verified is None or reported is None else difference(reported, verified)
        pct = percent_of_reported(gap, reported)
        rows.append([name, money(reported), money(verified), money(gap), "—" if pct is None else f"{pct:+.2f}%"])
        if pct is not None and abs(pct) >= facts.materiality_pct:
            alerts.append(("TEXTCOLOR", (4, i), (4, i), ALERT))
    story.append(table(rows, [PAGE_WIDTH - 128 * mm, 32 * mm, 32 * mm, 36 * mm, 28 * mm], s.cell,
                       extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("BACKGROUND", (0, -1), (-1, -1), SHADE)] + alerts))

    story += [page.heading(L["materiality"])] + page.say(lambda lang: fill(wording()[lang]["text"]["verdict"], facts, lang))

    story.append(page.heading(L["neutrality"]))
    if facts.offsets:
        c = page.cell
        rows = [[c(L["offset_kind"]), c(L["registry"]), c(L["serials"]), c(L["quantity"]), c(L["counts"])]]
        rows += [[c(o.kind), o.registry, o.serials, money(o.quantity), c(L["yes"] if o.counts else L["no"])] for o in facts.offsets]
        story.append(table(rows, [24 * mm, 50 * mm, PAGE_WIDTH - 126 * mm, 32 * mm, 20 * mm], s.cell,
                           extra=[("ALIGN", (3, 0), (3, -1), "RIGHT")]))
    story += page.say(lambda lang: neutrality_text(facts, lang))

    assurance = Assurance(facts.assurance)
    story += [page.heading(L["opinion"]), para(t(opinion_label(statement.opinion, assurance)), s.label)]
    story += page.say(lambda lang: opinion_text(statement, facts, lang))
    if statement.opinion is not Opinion.UNMODIFIED:
        story += section(page, statement, "basis")
    write_pdf(path, story, L["report"], page.code, facts.engagement_code, in_language(facts.client, first), generated,
              None if statement.final else page.words("draft_mark"))
