"""Field-work PDFs: the verification plan for the client to confirm (seed 001 §9.4.5) and a meeting's sign-in
sheet with a blank signature column (§9.5.2).  Both go through :mod:`app.reports.pdf`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.fieldwork.meetings import Meeting, VerificationPlan
from app.domain.fieldwork.sampling import Plan
from app.domain.kernel.text import Text
from app.reports.pdf import ENTRY, PAGE_WIDTH, SHADE, para, styles, table, write_pdf

L = {
    "plan": Text("核查计划", "Verification plan"),
    "engagement": Text("项目编号", "Engagement"),
    "client": Text("受核查方", "Client"),
    "objectives": Text("核查目的", "Objectives"),
    "criteria": Text("核查准则", "Criteria"),
    "scope": Text("核查范围", "Scope"),
    "period": Text("核查期", "Period"),
    "sites": Text("场所", "Sites"),
    "team": Text("核查组", "Team"),
    "schedule": Text("核查日程", "Schedule"),
    "day": Text("日期", "Day"),
    "time": Text("时间", "Time"),
    "activity": Text("核查内容", "Activity"),
    "auditee": Text("受访部门/人员", "Auditee"),
    "verifier": Text("核查员", "Verifier"),
    "sampling": Text("数据抽样计划", "Data sampling plan"),
    "subject": Text("对象", "Subject"),
    "population": Text("总体", "Population"),
    "method": Text("方法", "Method"),
    "share": Text("比例", "Share"),
    "selected": Text("已选样本", "Selected"),
    "no_sampling": Text("尚未制定抽样计划。", "No sampling plan yet."),
    "seed_note": Text("随机抽样按 SHA-256(“种子|编号”) 从小到大排序选取，任何人可用同一种子复现。",
                      "Random samples are the items with the smallest SHA-256(\"seed|key\"); anyone can reproduce them with the seed."),
    "confirmation": Text("受核查方确认", "Confirmed by the client"),
    "confirmed": Text("已确认", "Confirmed"),
    "sign_here": Text("确认人签字 / 日期", "Signature / date"),
    "changes": Text("计划变更记录", "Changes to the plan"),
    "notified": Text("已通知", "Told"),
    "sign_in": Text("签到表", "Sign-in sheet"),
    "date": Text("日期", "Date"),
    "no": Text("序号", "No."),
    "name": Text("姓名", "Name"),
    "organisation": Text("单位", "Organisation"),
    "role": Text("职务", "Position"),
    "signature": Text("签字", "Signature"),
    "site_visit": Text("现场核查日期", "Site visit"),
}
BLANK_LINES = 20


def _facts(engagement: Engagement, client: Organisation, language: str) -> list[list[str]]:
    t = lambda key: L[key].in_(language)  # noqa: E731
    return [
        [t("engagement"), f"{engagement.code}  {engagement.title}"], [t("client"), client.display_name(language)],
        [t("period"), f"{engagement.period_start or '…'} – {engagement.period_end or '…'}"],
        [t("site_visit"), engagement.site_visit_text() or "—"],
    ]


def write_plan_pdf(path: Path | str, engagement: Engagement, client: Organisation, plan: VerificationPlan,
                   samplings: list[Plan], names: dict[str, str], language: str, generated: datetime) -> None:
    """The plan: objectives, criteria, scope, schedule, team, sampling, and the client's confirmation."""
    s = styles(language)
    t = lambda key: L[key].in_(language)  # noqa: E731
    label = [("BACKGROUND", (0, 0), (0, -1), SHADE)]
    rows = _facts(engagement, client, language) + [
        [t("objectives"), engagement.objectives or "—"], [t("criteria"), "\n".join(engagement.criterion_titles(language)) or "—"],
        [t("scope"), engagement.scope_text or "—"], [t("sites"), "\n".join(f"{x.name}  {x.address}" for x in engagement.sites) or "—"],
    ]
    story = [para(t("plan"), s.title), table(rows, [32 * mm, PAGE_WIDTH - 32 * mm], s.cell, header=False, extra=label)]
    story += [para(t("schedule"), s.heading)]
    schedule = [[t("day"), t("time"), t("activity"), t("auditee"), t("verifier")]]
    schedule += [[a.day.isoformat(), a.time, a.activity, a.auditee, a.verifier] for a in plan.schedule]
    story.append(table(schedule, [24 * mm, 22 * mm, PAGE_WIDTH - 118 * mm, 36 * mm, 36 * mm], s.cell))
    story += [para(t("team"), s.heading)]
    story.append(table([[m.name, m.role.label.in_(language), m.qualifications] for m in engagement.team],
                       [40 * mm, 34 * mm, PAGE_WIDTH - 74 * mm], s.cell, header=False))
    story += [para(t("sampling"), s.heading)]
    if samplings:
        head = [t("subject"), t("population"), t("method"), t("share"), t("selected")]
        lines = [[names.get(p.subject, p.subject), p.population.label.in_(language),
                  p.method.label.in_(language) + (f"\nseed: {p.seed}" if p.seed else "") + (f"\n{p.reason}" if p.reason else ""),
                  f"{p.percent:g}%", ", ".join(x.label or x.key for x in p.samples)] for p in samplings]
        story += [table([head] + lines, [36 * mm, 30 * mm, 40 * mm, 16 * mm, PAGE_WIDTH - 122 * mm], s.cell), para(t("seed_note"), s.small)]
    else:
        story.append(para(t("no_sampling"), s.body))
    story += [para(t("confirmation"), s.heading)]
    if plan.confirmed_on:
        story.append(para(f"{t('confirmed')}: {plan.confirmed_by} {plan.confirmed_on}", s.body))
    story.append(table([[t("sign_here"), ""]], [40 * mm, PAGE_WIDTH - 40 * mm], s.cell, header=False, heights=[16 * mm],
                       extra=[("BACKGROUND", (1, 0), (1, 0), ENTRY)]))
    if plan.changes:
        story += [para(t("changes"), s.heading)]
        story.append(table([[t("date"), t("changes"), t("notified")]] + [[c.on.isoformat(), c.what, c.notified] for c in plan.changes],
                           [24 * mm, PAGE_WIDTH - 84 * mm, 60 * mm], s.cell))
    write_pdf(path, story, L["plan"], language, engagement.code, client.display_name(language), generated)


def write_sign_in_pdf(path: Path | str, engagement: Engagement, client: Organisation, meeting: Meeting, language: str,
                      generated: datetime) -> None:
    """A sign-in sheet: the attendees listed, blank lines for more, and an empty signature column."""
    s = styles(language)
    t = lambda key: L[key].in_(language)  # noqa: E731
    title = Text(f"{meeting.kind.label.zh}{L['sign_in'].zh}", f"{meeting.kind.label.en.capitalize()}: {L['sign_in'].en.lower()}")
    facts = _facts(engagement, client, language) + [[t("date"), meeting.day.isoformat()]]
    rows = [[t("no"), t("name"), t("organisation"), t("role"), t("signature")]]
    listed = [[str(n), a.name, a.organisation, a.role, ""] for n, a in enumerate(meeting.attendees, start=1)]
    blank = [[str(n), "", "", "", ""] for n in range(len(listed) + 1, max(BLANK_LINES, len(listed) + 5) + 1)]
    story = [para(title.in_(language), s.title), table(facts, [32 * mm, PAGE_WIDTH - 32 * mm], s.cell, header=False), Spacer(1, 4 * mm)]
    story.append(table(rows + listed + blank, [12 * mm, 38 * mm, 48 * mm, 36 * mm, PAGE_WIDTH - 134 * mm], s.cell,
                       heights=[None] + [10 * mm] * (len(listed) + len(blank)), extra=[("BACKGROUND", (4, 1), (4, -1), ENTRY)]))
    write_pdf(path, story, title, language, engagement.code, client.display_name(language), generated)
