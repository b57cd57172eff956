"""The findings form for the client, as a workbook: the unresolved findings, with columns for the client's answers.

Sheets: Instructions (Chinese and English) and Findings (one row per
unresolved finding, its id hidden; what the client fills in is shaded).  The
returned workbook is read back by :func:`app.domain.findings.reply.plan_reply`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.findings.finding import Finding
from app.domain.findings.reply import COLUMNS, form_findings
from app.domain.inventory.sources import EmissionSource
from app.domain.kernel.text import Text
from app.reports.xlsx import Book, Column

FORM_SHEET = "Findings"
_STYLES = {"due": "date", "on": "date"}
INSTRUCTIONS = (
    Text("“Findings”表列出核查组提出、尚待整改的问题；蓝色底色的列由贵方填写。",
         "The Findings sheet lists what the verification team found that is still open; the shaded columns are yours to fill in."),
    Text("不符合项须填写原因分析、纠正（已做的更正）和纠正措施（防止再发生的措施）；澄清要求填写说明即可。",
         "For a nonconformity give the root cause, the correction (what was put right) and the corrective action (what stops it "
         "happening again); for a clarification request, your explanation is enough."),
    Text("“整改证据”写明随附文件的名称，并将文件一并发送。", "Under Evidence supplied, name the documents you send with the form."),
    Text("请勿修改编号、问题描述，也不要删除隐藏列；整改须在整改期限前完成。",
         "Do not change the numbers or findings, nor delete the hidden column; rectify each finding by its due date."),
    Text("填写完成后请将本工作簿原样发回（xlsx 格式）。", "Send this workbook back as it is (xlsx) when done."),
)


def write_form(path: Path | str, engagement: Engagement, client: Organisation, findings: list[Finding],
               sources: list[EmissionSource], generated: datetime) -> int:
    """Write the form; returns the number of findings it asks about."""
    names = {s.id: s.name for s in sources}
    asked = form_findings(findings)
    with Book(path, demo=engagement.is_demo) as book:
        book.instructions(f"{engagement.code}  {engagement.title}", INSTRUCTIONS, [
            f"客户 Client: {client.name_zh} {client.name_en}".strip(),
            f"生成 Generated: {generated:%Y-%m-%d %H:%M} (Verifield)",
        ])
        columns = [Column(c.label, c.width, _STYLES.get(c.key, "text"), entry=c.entry) for c in COLUMNS]
        sheet = book.sheet(FORM_SHEET, Text("核查发现及整改答复", "Findings and the client's response"),
                           f"{engagement.code}  {client.name_zh or client.name_en}", columns)
        for position, column in enumerate(COLUMNS):
            if column.hidden:
                sheet.ws.set_column(position, position, 12, None, {"hidden": True})
        for f in asked:
            r = f.response
            description = f"[{names[f.source_id]}] {f.description}" if f.source_id in names else f.description
            sheet.row([
                f.id, f.label, f.kind.label.both() + (f" ({f.severity.label.both()})" if f.severity else ""),
                f.requirement, description, f.evidence, f.evaluation, f.due,
                r.root_cause, r.correction, r.corrective_action, r.evidence, r.by, r.on,
            ])
            sheet.ws.set_row(sheet.next_row - 1, 60)
        sheet.autofilter()
        sheet.ws.activate()
    return len(asked)

