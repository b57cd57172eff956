"""The engagement life cycle (design "spine") and what each step forward requires.

``draft → planned → document review → site verification → findings →
statement → submitted → technical review → decided → issued``, with
``terminated`` reachable from any open stage with a reason (seed 001 §9.5.3.4).
Each guard returns the list of what is missing, so the workspace can show what
blocks the next stage and a refusal can name it.  The engagement, for one, is
submitted only with a final statement and no nonconformity unresolved (seed
001 §9.7.6).

The statement is the programme's own document (:mod:`app.domain.statement.programme_parts`): the versioned
verification statement for an organisation's inventory; for an ISO 14064-2 project, an ISO 14067 footprint or
agreed-upon procedures, their statement of reductions, footprint statement or report of factual findings, which
must be ready (``own``: what it still lacks, read by the caller) and dated (the statement date, on the Scope page)
instead.  Agreed-upon procedures give no opinion and no level of assurance, so nothing about them is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from app.domain.engagement.contract_review import ContractChange, ContractReview, change_blockers, review_blockers
from app.domain.engagement.stages import Stage, next_stage
from app.domain.findings.finding import Finding, statement_blockers
from app.domain.kernel.text import DomainError, Text
from app.domain.statement.programme_parts import AUP, FOOTPRINT, PROJECT, STATEMENT, document

if TYPE_CHECKING:
    from app.domain.engagement.engagement import Engagement
    from app.domain.engagement.organisation import Organisation
    from app.domain.statement.statement import Statement


def planning_gaps(e: "Engagement", client: "Organisation | None") -> dict[str, list[Text]]:
    """What is still missing before planning is complete, by area: client, scope, team, man_days."""
    from app.domain.engagement.team import team_blockers

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


def _planning_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements, own) -> list[Text]:
    return [gap for gaps in planning_gaps(e, client).values() for gap in gaps]


# The documents of the programmes that have their own, by the part they belong to.
DOCUMENT_NAMES = {
    PROJECT: Text("减排量核证声明", "the statement of reductions"),
    FOOTPRINT: Text("碳足迹核查声明", "the footprint statement"),
    AUP: Text("事实发现报告", "the report of factual findings"),
}


def document_blockers(e: "Engagement", statements, own: Iterable[Text] = ()) -> list[Text]:
    """What the programme's document still needs: the latest statement version final, or (a programme with a
    document of its own) what that document lacks, ``own``, and its date."""
    part = document(e.programme)
    if part == STATEMENT:
        latest = max(statements, key=lambda s: s.version, default=None)
        return [] if latest is not None and latest.final else [Text("核证声明尚未定稿", "the statement is not final yet")]
    name = DOCUMENT_NAMES[part]
    dated = [] if e.statement_date else [
        Text(f"{name.zh}尚未注明日期（见“核查范围”页的核证声明日期）", f"{name.en} is not dated yet (the statement date, Scope page)")]
    return [Text(f"{name.zh}：{gap.zh}", f"{name.en}: {gap.en}") for gap in own] + dated


def _statement_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements, own) -> list[Text]:
    """The programme's document ready (:func:`document_blockers`), and no nonconformity or clarification request
    unresolved (§9.7.6)."""
    return statement_blockers(findings) + document_blockers(e, statements, own)


def _review_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements, own) -> list[Text]:
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


def _decision_blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding], statements, own) -> list[Text]:
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


_STATEMENT_READS = frozenset({"findings", "statements", "own"})
_READS = {Stage.PLANNED: frozenset({"review"}), **{stage: _STATEMENT_READS for stage in _GUARDS if stage is not Stage.PLANNED}}


def reads(e: "Engagement") -> frozenset[str]:
    """Which of :func:`blockers`' inputs (``findings``, ``statements``, ``review``, ``changes``, ``own``) decide what
    stops ``e``'s next stage: the others need not be read (500 findings take a while), the answer is the same."""
    target = next_stage(e.status)
    return frozenset() if target is None else _READS.get(target, frozenset()) | {"changes"}


def blockers(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding] = (),
             statements: Iterable["Statement"] = (), review: ContractReview | None = None,
             changes: Iterable[ContractChange] = (), own: Iterable[Text] = ()) -> list[Text]:
    """What stops ``e`` moving to its next stage (empty when it may move).

    The engagement leaves draft only with an accepted contract review, and passes no stage while a contract
    change waits for its review (seed 001 §8.3.3).  ``own``: what the programme's own document (a project's,
    a footprint's, agreed-upon procedures') still lacks, unused for the versioned statement.
    """
    target = next_stage(e.status)
    if target is None:
        return []
    guard = _GUARDS.get(target)
    out = review_blockers(review) if target is Stage.PLANNED else []
    out += change_blockers(list(changes))
    return out + (guard(e, client, list(findings), list(statements), list(own)) if guard else [])


def advance(e: "Engagement", client: "Organisation | None", findings: Iterable[Finding] = (),
            statements: Iterable["Statement"] = (), review: ContractReview | None = None,
            changes: Iterable[ContractChange] = (), own: Iterable[Text] = ()) -> Stage:
    """Move ``e`` to its next stage, or raise a DomainError that lists what is missing."""
    target = next_stage(e.status)
    if target is None:
        raise DomainError(
            Text(f"项目处于“{e.status.label.zh}”，没有下一阶段。", f"The engagement is {e.status.label.en}; there is no next stage.")
        )
    missing = blockers(e, client, findings, statements, review, changes, own)
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
