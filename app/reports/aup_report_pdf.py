"""The report of factual findings of an agreed-upon-procedures engagement, in Chinese and English, restricted to its
named users.

It lists the terms (engaging party, purpose, subject matter, the date the procedures were agreed), every procedure
as agreed with its factual finding and evidence, and the restriction on its use.  It holds no opinion and no level
of assurance: a test checks its fixed text with :func:`app.domain.fieldwork.aup.assurance_wording`, as every finding is.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.fieldwork.aup import AupTerms, Procedure, report_blockers
from app.domain.kernel.text import DomainError, Text
from app.reports.pdf import para, styles, table, write_pdf

TITLE = Text("商定程序事实发现报告", "Report of factual findings (agreed-upon procedures)")
NATURE = Text(
    "我们按照与委托方商定的程序执行了下列工作，并如实报告所发现的事实。所执行的程序由委托方确定；对其是否足以满足使用者的目的，由使用者自行判断。",
    "We performed the procedures agreed with the engaging party, listed below, and report the facts they found. The engaging "
    "party chose the procedures; whether they suffice for the users' purpose is for the users to judge.",
)
RESTRICTION = Text("本报告仅供以下使用者用于上述目的，不得分发给其他方或用于其他目的：",
                   "This report is for the following users and the purpose above only; it may not be given to anyone else or used for "
                   "anything else:")


def write_aup_report(path: Path | str, engagement: Engagement, client: Organisation, terms: AupTerms | None,
                     procedures: list[Procedure], generated: datetime) -> None:
    """Write the restricted-use report of factual findings; refused while a procedure is unperformed or the terms lack
    what the report must state."""
    missing = report_blockers(terms, procedures)
    if missing:
        raise DomainError(Text("尚不能出具事实发现报告：" + "；".join(m.zh for m in missing) + "。",
                               "The report of factual findings cannot be made yet: " + "; ".join(m.en for m in missing) + "."), "procedures")
    s = styles("both")
    story = [para(f"{TITLE.zh}\n{TITLE.en}", s.title)]
    facts = [("委托方 / Engaging party", terms.engaging_party), ("受核查方 / Client", " / ".join(n for n in (client.name_zh, client.name_en) if n)),
             ("对象 / Subject matter", terms.subject_matter), ("目的 / Purpose", terms.purpose),
             ("程序商定日期 / Procedures agreed on", str(terms.agreed_on)), ("项目编号 / Engagement", engagement.code)]
    story.append(table([[label, value] for label, value in facts], [50 * mm, 124 * mm], s.cell, header=False))
    story.append(Spacer(1, 3 * mm))
    for language in ("zh", "en"):
        story.append(para(NATURE.in_(language), styles(language).body))
    rows = [["编号 / No.", "商定的程序 / Procedure agreed", "事实发现 / Factual finding", "证据 / Evidence"]]
    for procedure in procedures:
        outcome = f"{procedure.outcome.label.zh} / {procedure.outcome.label.en}"
        rows.append([procedure.number, procedure.description, f"{outcome}\n{procedure.finding}\n({procedure.performed_on})", procedure.evidence])
    story.append(para("程序与事实发现 / Procedures and factual findings", s.heading))
    story.append(table(rows, [16 * mm, 58 * mm, 70 * mm, 30 * mm], s.cell))
    story.append(para("使用限制 / Restriction on use", s.heading))
    for language in ("zh", "en"):
        story.append(para(RESTRICTION.in_(language), styles(language).body))
    story.append(para("\n".join(f"• {user}" for user in terms.users), s.body))
    write_pdf(path, story, TITLE, "both", engagement.code, "Verifield", generated)
