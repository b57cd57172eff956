"""The surveillance audit report (seed 001 §9.8.1.6), in Chinese and English: the certificate and engagement, each
item of §9.8.1.5 with its result and its evidence and finding, the team's conclusion and recommendation (keep,
suspend or withdraw the certificate), and head office's decision on it once made (§9.8.1.7).  Refused before the
team has recommended."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm

from app.domain.certification.certificate import Certificate
from app.domain.certification.surveillance_report import SurveillanceReport
from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.kernel.text import DomainError, Text
from app.reports.pdf import para, styles, table, write_pdf

TITLE = Text("监督审核报告", "Surveillance audit report")


def _both(label) -> str:
    return f"{label.zh} / {label.en}"


def write_surveillance_report(path: Path | str, engagement: Engagement, client: Organisation, certificate: Certificate,
                              report: SurveillanceReport, names: dict[str, str], generated: datetime) -> None:
    """Write the report; ``names`` gives the decision-maker's name by person id."""
    if report.recommendation is None:
        raise DomainError(Text("监督审核报告尚未提出是否保持证书的建议，不能打印。",
                               "The surveillance report has no recommendation yet; it cannot be printed."), "report")
    s = styles("both")
    story = [para(f"{TITLE.zh}\n{TITLE.en}", s.title)]
    facts = [("证书编号 / Certificate", certificate.number), ("获证组织 / Certified organisation",
                                                            " / ".join(n for n in (client.name_zh, client.name_en) if n)),
             ("认证范围 / Scope", certificate.scope), ("项目编号 / Engagement", engagement.code),
             ("审核日期 / Audit dates", engagement.site_visit_text()),
             ("审核组 / Team", "; ".join(m.name for m in engagement.team))]
    story.append(table([[label, value] for label, value in facts], [50 * mm, 124 * mm], s.cell, header=False))
    story.append(para("审核内容（第 9.8.1.5 条）/ What was audited (§9.8.1.5)", s.heading))
    rows = [["审核内容 / Item", "结果 / Result", "审核证据与发现 / Evidence and finding"]]
    rows += [[_both(c.item.label), _both(c.result.label), c.note] for c in report.checks]
    story.append(table(rows, [78 * mm, 26 * mm, 70 * mm], s.cell))
    story.append(para("审核结论与建议（第 9.8.1.6 条）/ Conclusion and recommendation (§9.8.1.6)", s.heading))
    story.append(para(f"建议 / Recommendation: {_both(report.recommendation.label)}  ({report.recommended_on})", s.body))
    if report.conclusion:
        story.append(para(report.conclusion, s.body))
    story.append(para("认证决定（第 9.8.1.7 条）/ Decision (§9.8.1.7)", s.heading))
    if report.decision is None:
        story.append(para("尚未作出决定 / not decided yet", s.body))
    else:
        who = names.get(report.decided_by, report.decided_by)
        lines = [f"决定 / Decision: {_both(report.decision.label)}", f"决定人 / Decided by: {who}", f"日期 / Date: {report.decided_on}"]
        if report.reason_code:
            lines.append(f"原因 / Reason: {report.reason_code}  {report.reasons}")
        story.append(para("\n".join(lines), s.body))
    write_pdf(path, story, TITLE, "both", engagement.code, "Verifield", generated)
