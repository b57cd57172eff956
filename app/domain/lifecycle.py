"""The engagement life cycle (design "spine") and what each step forward requires.

``draft → planned → document review → site verification → findings →
statement → submitted → technical review → decided → issued``, with
``terminated`` reachable from any open stage with a reason (seed 001 §9.5.3.4).
Each guard returns the list of what is missing, so the workspace can show what
blocks the next stage and a refusal can name it.  The engagement, for one, is
submitted only with a final statement and no nonconformity unresolved (seed
001 §9.7.6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from app.domain.choices import Choice
from app.domain.findings import Finding, statement_blockers
from app.domain.text import DomainError, Text

if TYPE_CHECKING:
    from app.domain.engagement import Engagement
    from app.domain.organisation import Organisation
    from app.domain.statement import Statement


class Stage(Choice):
    DRAFT = "draft", "草稿", "draft"
    PLANNED = "planned", "已策划", "planned"
    DOCUMENT_REVIEW = "document-review", "文件审定", "document review"
    SITE_VERIFICATION = "site-verification", "现场核查", "site verification"
    FINDINGS = "findings", "核查发现", "findings"
    STATEMENT = "statement", "核证声明", "statement"
    SUBMITTED = "submitted", "已提交", "submitted"
    TECHNICAL_REVIEW = "technical-review", "技术评审", "technical review"
    DECIDED = "decided", "已决定", "decided"
    ISSUED = "issued", "已签发", "issued"
    TERMINATED = "terminated", "已终止", "terminated"


SEQUENCE = tuple(s for s in Stage if s is not Stage.TERMINATED)


def next_stage(stage: Stage) -> Stage | None:
    """The stage after ``stage`` on the main line, or None at the end or when terminated."""
    if stage is Stage.TERMINATED or stage is SEQUENCE[-1]:
        return None
    return SEQUENCE[SEQUENCE.index(stage) + 1]


def previous_stage(stage: Stage) -> Stage | None:
    if stage is Stage.TERMINATED or stage is SEQUENCE[0]:
        return None
    return SEQUENCE[SEQUENCE.index(stage) - 1]


def planning_gaps(e: "Engagement", client: "Organisation | None") -> dict[str, list[Text]]:
    """What is still missing before planning is complete, by area: client, scope, team, man_days."""
    from app.domain.team import team_blockers

    scope: list[Text] = []
    if not e.title:
        scope.append(Text("未填写项目名称", "no engagement title"))
    if not (e.period_start and e.period_end):
        scope.append(Text("未设定核查数据时间期限", "no reporting period"))
    if not e.criteria:
        scope.append(Text("未选择核查准则", "no criteria chosen"))
    if e.programme.sector_family and not e.technical_areas:
        scope.append(Text("未选择行业/技术领域代码", "no sector scope or technical area codes"))
    if not e.scope_text.strip():
        scope.append(Text("未描述核查范围和边界", "no scope and boundary description"))
    if not e.objectives.strip():
        scope.append(Text("未填写核查目的", "no objectives"))
    if not e.ghgs:
        scope.append(Text("未选择温室气体种类", "no greenhouse gases chosen"))
    if not e.sites:
        scope.append(Text("未列出场所", "no sites listed"))
    team = [Text("未组建核查组", "no team")] if not e.team else []
    return {
        "client": [] if client is not None else [Text("未指定受核查方", "no client")],
        "scope": scope,
        "team": team + team_blockers(e.team),
        "man_days": [] if e.man_days is not None else [Text("未确定人天", "man-days not set")],
    }


def _planning_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements) -> list[Text]:
    return [gap for gaps in planning_gaps(e, client).values() for gap in gaps]


def _statement_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements) -> list[Text]:
    """The latest statement version must be final, and no nonconformity or clarification request unresolved (§9.7.6)."""
    latest = max(statements, key=lambda s: s.version, default=None)
    final = [] if latest is not None and latest.final else [Text("核证声明尚未定稿", "the statement is not final yet")]
    return statement_blockers(findings) + final


def _review_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements) -> list[Text]:
    """A technical reviewer from the register who was not on the team (§10.1.3; compared by person, never by name)."""
    out: list[Text] = []
    on_team = {m.person_id: m.name for m in e.team}
    if not e.reviewer_id:
        out.append(Text("未指定技术评审人", "no technical reviewer named"))
    elif e.reviewer_id in on_team:
        who = on_team[e.reviewer_id]
        out.append(
            Text(
                f"技术评审人 {who} 参与了核查组，不能评审本项目（CICC-ZY/GZ-21 第 10.1.3 条）",
                f"the technical reviewer {who} was on the team and may not review it (CICC-ZY/GZ-21 §10.1.3)",
            )
        )
    return out


def _decision_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements) -> list[Text]:
    """A decision-maker independent of the team and the review, and a decision dated on or after the final statement."""
    out: list[Text] = []
    on_team = {m.person_id for m in e.team}
    if not e.decision_maker_id:
        out.append(Text("未指定认证决定人", "no decision-maker named"))
    elif e.decision_maker_id in on_team or e.decision_maker_id == e.reviewer_id:
        out.append(Text("认证决定人不能是核查组成员或技术评审人", "the decision-maker may not be on the team or the technical reviewer"))
    if e.decision_date is None:
        out.append(Text("未填写认证决定日期", "no decision date"))
    final = [s.dated for s in statements if s.final and s.dated]
    if e.decision_date is not None and final and e.decision_date < max(final):
        out.append(Text(f"认证决定日期 {e.decision_date} 早于定稿的核证声明（{max(final)}）",
                        f"the decision date {e.decision_date} is before the final statement ({max(final)})"))
    return out


_GUARDS = {
    Stage.PLANNED: _planning_blockers,
    Stage.SUBMITTED: _statement_blockers,
    # A finding raised or reopened after submission holds the statement back again.
    Stage.TECHNICAL_REVIEW: lambda *held: _statement_blockers(*held) + _review_blockers(*held),
    Stage.DECIDED: lambda *held: _statement_blockers(*held) + _decision_blockers(*held),
    Stage.ISSUED: _statement_blockers,
}


def blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding] = (),
             statements: Iterable["Statement"] = ()) -> list[Text]:
    """What stops ``e`` moving to its next stage (empty when it may move)."""
    target = next_stage(e.status)
    if target is None:
        return []
    guard = _GUARDS.get(target)
    return guard(e, client, list(findings), list(statements)) if guard else []


def advance(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding] = (),
            statements: Iterable["Statement"] = ()) -> Stage:
    """Move ``e`` to its next stage, or raise a DomainError that lists what is missing."""
    target = next_stage(e.status)
    if target is None:
        raise DomainError(
            Text(f"项目处于“{e.status.label.zh}”，没有下一阶段。", f"The engagement is {e.status.label.en}; there is no next stage.")
        )
    missing = blockers(e, client, findings, statements)
    if missing:
        raise DomainError(
            Text(
                f"尚不能进入“{target.label.zh}”阶段：" + "；".join(m.zh for m in missing) + "。",
                f"Cannot move to {target.label.en} yet: " + "; ".join(m.en for m in missing) + ".",
            ),
            "status",
        )
    e.status = target
    return target


def terminate(e: "Engagement", reason: str) -> None:
    """End the engagement early; the reason is required (seed 001 §9.5.3.4)."""
    if e.status in (Stage.TERMINATED, Stage.ISSUED):
        raise DomainError(
            Text(f"项目已{e.status.label.zh}，不能终止。", f"The engagement is already {e.status.label.en}; it cannot be terminated.")
        )
    if not reason.strip():
        raise DomainError(Text("终止核查须说明原因。", "Give the reason for terminating the engagement."), "termination_reason")
    e.status = Stage.TERMINATED
    e.termination_reason = reason.strip()
