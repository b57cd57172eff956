"""Findings as PDFs: the form the client fills in by hand, and the findings report.

The form lists the unresolved findings with empty boxes for the client's
root cause, correction, corrective action, evidence and signature (seed 001
§9.5.3.2: the team tells the client in writing).  The report lists every
finding with its response, evaluation and history, what still blocks the
final statement (§9.7.6), the overdue ones, and the conservative estimates
the statement must disclose.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.findings.finding import Finding, Kind, State, estimates, statement_blockers
from app.domain.findings.reply import form_findings
from app.domain.inventory.snapshot import Calculation
from app.domain.lifecycle.gates import DOCUMENT_NAMES
from app.domain.inventory.sources import EmissionSource
from app.domain.kernel.text import Text
from app.domain.statement.programme_parts import document
from app.reports.pdf import ALERT, ENTRY, PAGE_WIDTH, SHADE, Styles, para, styles, table, write_pdf

L = {
    "form": Text("核查发现整改单", "Findings: response form"),
    "report": Text("核查发现报告", "Findings report"),
    "engagement": Text("项目编号", "Engagement"),
    "client": Text("受核查方", "Client"),
    "period": Text("核查期", "Reporting period"),
    "criteria": Text("核查准则", "Criteria"),
    "number": Text("编号", "No."),
    "kind": Text("类型", "Kind"),
    "state": Text("状态", "State"),
    "source": Text("排放源", "Source"),
    "requirement": Text("依据条款", "Requirement"),
    "raised": Text("提出", "Raised"),
    "due": Text("整改期限", "Due"),
    "finding": Text("问题描述", "Finding"),
    "objective_evidence": Text("客观证据", "Objective evidence"),
    "comment": Text("核查组意见", "Verifier's comment"),
    "root_cause": Text("原因分析", "Root cause"),
    "correction": Text("纠正", "Correction"),
    "corrective_action": Text("纠正措施", "Corrective action"),
    "evidence": Text("整改证据", "Evidence supplied"),
    "answered": Text("答复人 / 日期 / 签字", "Answered by / date / signature"),
    "response": Text("受核查方答复", "Client's response"),
    "evaluation": Text("验证意见", "Evaluation"),
    "closed": Text("关闭", "Closed"),
    "estimate": Text("保守估算", "Conservative estimate"),
    "history": Text("经过", "History"),
    "basis": Text("估算依据", "Basis"),
    "summary": Text("概况", "Summary"),
    "estimates": Text("按保守原则估算的问题（须在核证声明中披露）", "Settled by conservative estimate (to be disclosed in the statement)"),
    "overdue": Text("逾期", "overdue"),
    "none": Text("没有待整改的问题。", "There are no open findings."),
    "form_intro": Text(
        "以下问题须在整改期限前完成整改。请在空白处填写原因分析、纠正和纠正措施，附上整改证据并签字后交回核查组；"
        "也可填写同时发送的 Excel 表格。",
        "Each finding below must be rectified by its due date. Write the root cause, correction and corrective action in "
        "the boxes, attach the evidence, sign, and return this form to the team — or fill in the Excel form sent with it.",
    ),
}


def _header(s: Styles, language: str, title: Text, engagement: Engagement, client: Organisation) -> list:
    t = lambda key: L[key].in_(language)  # noqa: E731
    name = client.display_name(language)
    facts = [
        [t("engagement"), f"{engagement.code}  {engagement.title}"],
        [t("client"), name],
        [t("period"), f"{engagement.period_start or '…'} – {engagement.period_end or '…'}"],
        [t("criteria"), "; ".join(engagement.criterion_titles(language)) or "—"],
    ]
    return [para(title.in_(language), s.title), table(facts, [32 * mm, PAGE_WIDTH - 32 * mm], s.cell, header=False), Spacer(1, 4 * mm)]


def _kind(f: Finding, language: str) -> str:
    return f.kind.label.in_(language) + (f" · {f.severity.label.in_(language)}" if f.severity else "")


def _block(f: Finding, language: str, names: dict[str, str], today: date, wide: list[tuple[str, str]],
           blank_heights: list[float] | None = None):
    """A finding as one table: number, kind, due / requirement, source, raised on two rows, then ``wide`` label–text rows."""
    s = styles(language)
    t = lambda key: L[key].in_(language)  # noqa: E731
    due = f"{f.due}" + (f"  ({t('overdue')})" if f.overdue(today) else "")
    rows = [
        [t("number"), f.label, t("kind"), _kind(f, language), t("due"), due],
        [t("requirement"), f.requirement or "—", t("source"), names.get(f.source_id, "—"), t("raised"), f"{f.raised_on} {f.raised_by}"],
    ] + [[label, text, "", "", "", ""] for label, text in wide]
    extra = [("SPAN", (1, i), (5, i)) for i in range(2, len(rows))]
    extra += [("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, 1), SHADE), ("BACKGROUND", (4, 0), (4, 1), SHADE)]
    if f.overdue(today):
        extra.append(("TEXTCOLOR", (5, 0), (5, 0), ALERT))
    heights = None
    if blank_heights:
        heights = [None] * (len(rows) - len(blank_heights)) + blank_heights
        extra.append(("BACKGROUND", (1, len(rows) - len(blank_heights)), (5, -1), ENTRY))
    widths = [24 * mm, 36 * mm, 18 * mm, 46 * mm, 18 * mm, PAGE_WIDTH - 142 * mm]
    return table(rows, widths, s.cell, header=False, extra=extra, heights=heights)


def _stated(f: Finding, language: str) -> list[tuple[str, str]]:
    """The verifier's description, objective evidence and last comment."""
    t = lambda key: L[key].in_(language)  # noqa: E731
    wide = [(t("finding"), f.description), (t("objective_evidence"), f.evidence or "—")]
    return wide + ([(t("comment"), f.evaluation)] if f.evaluation else [])


def write_form_pdf(path: Path | str, engagement: Engagement, client: Organisation, findings: list[Finding],
                   sources: list[EmissionSource], language: str, generated: datetime) -> int:
    """The printable form; returns the number of findings on it."""
    s = styles(language)
    t = lambda key: L[key].in_(language)  # noqa: E731
    names = {src.id: src.name for src in sources}
    asked = form_findings(findings)
    story = _header(s, language, L["form"], engagement, client) + [para(t("form_intro"), s.body), Spacer(1, 4 * mm)]
    if not asked:
        story.append(para(t("none"), s.body))
    boxes = [(t(key), "") for key in ("root_cause", "correction", "corrective_action", "evidence", "answered")]
    for f in asked:
        grid = _block(f, language, names, generated.date(), _stated(f, language) + boxes, [22 * mm] * 4 + [12 * mm])
        story += [KeepTogether([grid]), Spacer(1, 5 * mm)]
    write_pdf(path, story, L["form"], language, engagement.code, client.display_name(language), generated)
    return len(asked)


def _final_document(engagement: Engagement) -> Text:
    """What the engagement's programme ends in: the final statement, or its own document (a project's statement of
    reductions, a footprint statement, an AUP's report of factual findings)."""
    return DOCUMENT_NAMES.get(document(engagement.programme), Text("最终核证声明", "the final statement"))


def write_report_pdf(path: Path | str, engagement: Engagement, client: Organisation, findings: list[Finding],
                     calculation: Calculation, language: str, generated: datetime) -> None:
    """The findings report: summary, blockers, estimates, then every finding in full."""
    s = styles(language)
    t = lambda key: L[key].in_(language)  # noqa: E731
    today = generated.date()
    names = {src.id: src.name for src in calculation.inventory.sources}
    story = _header(s, language, L["report"], engagement, client)
    story += [para(t("summary"), s.heading), findings_summary(findings, s, language, today), Spacer(1, 2 * mm)]
    final = _final_document(engagement)
    story.append(para(Text(f"阻碍出具{final.zh}的问题", f"What still blocks {final.en}").in_(language), s.heading))
    blockers = statement_blockers(findings)
    nothing_blocks = Text(f"没有未解决的不符合项或澄清要求，可出具{final.zh}。",
                          f"No nonconformity or clarification request is unresolved; {final.en} can be made final.")
    story += [para("• " + b.in_(language), s.body) for b in blockers] or [para(nothing_blocks.in_(language), s.body)]
    settled = estimates(findings)
    if settled:
        story.append(para(t("estimates"), s.heading))
        rows = [[t("number"), t("source"), t("estimate") + " (tCO₂e)", t("basis")]]
        rows += [[f.label, names.get(f.source_id, "—"), f"{f.estimate_t:,.2f}", f.estimate_basis] for f in settled]
        story.append(table(rows, [18 * mm, 50 * mm, 30 * mm, PAGE_WIDTH - 98 * mm], s.cell))
    for f in sorted(findings, key=lambda f: f.number):
        story += _detail(f, s, language, names, today)
    write_pdf(path, story, L["report"], language, engagement.code, client.display_name(language), generated)


def findings_summary(findings: list[Finding], s: Styles, language: str, today: date):
    """A table counting findings by kind and state, with the overdue ones."""
    counts = Counter((f.kind, f.state) for f in findings)
    header = [L["kind"].in_(language)] + [state.label.in_(language) for state in State] + [L["overdue"].in_(language)]
    rows = [header]
    for kind in Kind:
        overdue = sum(1 for f in findings if f.kind is kind and f.overdue(today))
        rows.append([kind.label.in_(language)] + [str(counts[kind, state]) for state in State] + [str(overdue)])
    width = (PAGE_WIDTH - 46 * mm) / (len(State) + 1)
    return table(rows, [46 * mm] + [width] * (len(State) + 1), s.cell)


def _detail(f: Finding, s: Styles, language: str, names: dict[str, str], today: date) -> list:
    t = lambda key: L[key].in_(language)  # noqa: E731
    wide = [(t("state"), f.state.label.in_(language))] + _stated(f, language)
    r = f.response
    if not r.blank:
        wide += [(t(key), getattr(r, key)) for key in ("root_cause", "correction", "corrective_action", "evidence") if getattr(r, key)]
        wide.append((t("answered"), f"{r.by} {r.on or ''}".strip() or "—"))
    if f.closed_on:
        wide.append((t("closed"), f"{f.closed_on} {f.closed_by}"))
    if f.estimate_t is not None:
        wide.append((t("estimate"), f"{f.estimate_t:,.2f} tCO₂e — {f.estimate_basis}"))
    history = [[e.on.isoformat(), e.by, e.action.label.in_(language), e.note] for e in f.events]
    parts = [para(f"{f.label}  {_kind(f, language)}", s.heading), _block(f, language, names, today, wide), Spacer(1, 2 * mm)]
    if history:  # a finding stored without events (an older store, an import) has no history table: an empty one is refused
        parts += [para(t("history"), s.label), table(history, [22 * mm, 28 * mm, 38 * mm, PAGE_WIDTH - 88 * mm], s.small, header=False)]
    return [KeepTogether(parts)]
