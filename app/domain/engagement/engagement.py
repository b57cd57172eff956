"""The engagement: one verification of one client, from contract review to issued statement.

:class:`Engagement` holds what the verifier plans (programme, scope, period,
GHGs, assurance, materiality, team, man-days) and refuses values that break a
rule, each refusal naming the field and the reason in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from app.domain.engagement.criteria import criterion
from app.domain.engagement.key_dates import validate_dates
from app.domain.engagement.mandays import ManDayPlan
from app.domain.engagement.people import check_independence
from app.domain.engagement.sectors import known_area, scope_of
from app.domain.engagement.stages import Stage
from app.domain.engagement.team import TeamMember, check_single_lead
from app.domain.kernel.choices import Assurance, BoundaryApproach, Gas, GwpReport, Programme
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

CODE_PREFIX = "VF"
DEMO_CODE_PREFIX = "DEMO"  # demos are numbered apart, so a demo never takes a real engagement's number
DEMO_MARK = "演示项目 DEMO"  # on the list, the window title and every document of a demo
DEFAULT_MATERIALITY_PCT = 5.0
# Per source, the reported figure may differ from the recalculated one by this much before a finding is proposed.
DEFAULT_DIFFERENCE_THRESHOLD_PCT = 1.0
# The engagement's fields that only a programme with a level of assurance asks for.
ASSURANCE_FIELDS = ("assurance", "materiality_pct", "materiality_reason")


def gives_assurance(programme: Programme) -> bool:
    """Whether the programme's document states a level of assurance and weighs misstatements by materiality
    (agreed-upon procedures do neither: they report factual findings, seed 000 and ISRS 4400)."""
    return Programme(programme) is not Programme.AUP


def is_demo_code(code: str) -> bool:
    """Whether ``code`` is a demo's (documents that carry only the code are marked DEMO by it)."""
    return code.startswith(f"{DEMO_CODE_PREFIX}-")


def check_editable(changes: dict[str, Any], editable: tuple[str, ...]) -> None:
    """Refuse changes to fields that are not edited directly (status, ids, …)."""
    unknown = set(changes) - set(editable)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise DomainError(Text(f"不能直接修改：{names}", f"Not editable: {names}"))


@dataclass
class Site:
    """A site (生产经营场所) inside the boundary."""

    name: str = ""
    address: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("name", "address")

    def validate(self) -> None:
        self.name = self.name.strip()
        if not self.name:
            raise DomainError(Text("请填写场所名称。", "Enter the site's name."), "name")


@dataclass
class Engagement:
    """A verification engagement and its plan."""

    organisation_id: str
    code: str = ""
    title: str = ""
    programme: Programme = Programme.ISO_14064_1
    technical_areas: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    objectives: str = ""
    scope_text: str = ""
    boundary_approach: BoundaryApproach = BoundaryApproach.OPERATIONAL_CONTROL
    period_start: date | None = None
    period_end: date | None = None
    ghgs: tuple[str, ...] = (Gas.CO2.value,)
    gwp_report: GwpReport = GwpReport.AR6
    base_year: int | None = None
    assurance: Assurance = Assurance.REASONABLE
    materiality_pct: float = DEFAULT_MATERIALITY_PCT
    materiality_reason: str = ""
    man_days: ManDayPlan | None = None
    status: Stage = Stage.DRAFT
    termination_reason: str = ""
    reviewer_id: str = ""  # people by id (app.domain.engagement.people)
    decision_maker_id: str = ""
    submitted_on: date | None = None  # set on submission (§9.7.3), correctable; the decision follows it
    decision_date: date | None = None
    issue_date: date | None = None  # the certificate's, on or after the decision (§10.3); validity runs from it (§10.4)
    site_visit_start: date | None = None
    site_visit_end: date | None = None
    statement_date: date | None = None
    difference_threshold_pct: float = DEFAULT_DIFFERENCE_THRESHOLD_PCT
    sites: list[Site] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    is_demo: bool = False  # the demo engagement: its own code, marked DEMO on every document, and deletable
    revision: int = 0
    id: str = field(default_factory=new_id)

    EDITABLE = (
        "title", "programme", "technical_areas", "criteria", "objectives", "scope_text",
        "boundary_approach", "period_start", "period_end", "ghgs", "gwp_report", "base_year",
        "assurance", "materiality_pct", "materiality_reason", "man_days",
        "reviewer_id", "decision_maker_id", "submitted_on", "decision_date", "issue_date", "site_visit_start", "site_visit_end",
        "statement_date", "difference_threshold_pct",
    )

    # --- editing -------------------------------------------------------------------------
    def with_changes(self, changes: dict[str, Any]) -> "Engagement":
        """A validated copy with ``changes`` applied; the original is untouched when a rule fails."""
        check_editable(changes, self.EDITABLE)
        self.ensure_open()
        candidate = replace(self, **changes)
        if not gives_assurance(candidate.programme):  # what the old programme asked for no longer applies
            candidate = replace(candidate, **{k: v for k, v in no_assurance().items() if k not in changes})
        candidate.validate()
        return candidate

    def ensure_open(self) -> None:
        """Refuse edits once the engagement is terminated or its statement issued."""
        if self.status in (Stage.TERMINATED, Stage.ISSUED):
            raise DomainError(
                Text(
                    f"项目已{self.status.label.zh}，不能再修改。",
                    f"This engagement is {self.status.label.en}; it can no longer be changed.",
                ),
                "status",
            )

    def validate(self) -> None:
        """Check every field rule; raise the first broken one."""
        self.title = self.title.strip()
        self.programme = Programme(self.programme)
        self.boundary_approach = BoundaryApproach(self.boundary_approach)
        self.gwp_report = GwpReport(self.gwp_report)
        self.assurance = Assurance(self.assurance)
        self._validate_period()
        validate_dates(self)
        self._validate_codes()
        self._validate_assurance()
        self._validate_materiality()
        if self.man_days is not None:
            problems = self.man_days.problems()
            if problems:
                raise problems[0]
        check_single_lead(self.team)
        check_independence({m.person_id: m.name for m in self.team}, self.reviewer_id, self.decision_maker_id)

    def _validate_period(self) -> None:
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise DomainError(
                Text(
                    f"核查期结束日期 {self.period_end.isoformat()} 早于开始日期 {self.period_start.isoformat()}。",
                    f"The reporting period ends ({self.period_end.isoformat()}) before it starts "
                    f"({self.period_start.isoformat()}).",
                ),
                "period_end",
            )
        if self.base_year is not None:
            last = self.period_end.year if self.period_end else 2100
            if not 1990 <= self.base_year <= last:
                raise DomainError(
                    Text(
                        f"基准年 {self.base_year} 应在 1990 年与核查期结束年份 {last} 之间。",
                        f"The base year {self.base_year} must lie between 1990 and the end of the period ({last}).",
                    ),
                    "base_year",
                )

    def _validate_codes(self) -> None:
        family = self.programme.sector_family
        for code in self.technical_areas:
            known_area(code)
            if family is None or scope_of(code).programme != family:
                raise DomainError(
                    Text(
                        f"技术领域 {code} 不适用于{self.programme.label.zh}。",
                        f"Technical area {code} does not belong to {self.programme.label.en}.",
                    ),
                    "technical_areas",
                )
        self.criteria = tuple(dict.fromkeys(c.strip() for c in self.criteria if c.strip()))
        self.ghgs = tuple(Gas(g).value for g in dict.fromkeys(self.ghgs))

    def _validate_assurance(self) -> None:
        """A programme without a level of assurance (agreed-upon procedures) keeps the assurance fields unset."""
        if gives_assurance(self.programme):
            return
        for name, unset in no_assurance().items():
            if getattr(self, name) != unset:
                raise DomainError(
                    Text(
                        f"{self.programme.label.zh}不发表意见，没有保证等级，也不设实质性阈值：不能设置此项。",
                        f"{self.programme.label.en} give no opinion, no level of assurance and no materiality threshold: "
                        "this cannot be set.",
                    ),
                    name,
                )

    def _validate_materiality(self) -> None:
        threshold = self.difference_threshold_pct
        if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 100:
            raise DomainError(
                Text("差异阈值应在 0% 到 100% 之间。", "The difference threshold must lie between 0 % and 100 %."),
                "difference_threshold_pct",
            )
        pct = self.materiality_pct
        if not isinstance(pct, (int, float)) or not 0 < pct <= 100:
            shown = f"{pct:g}" if isinstance(pct, (int, float)) else str(pct)
            raise DomainError(
                Text(
                    f"实质性阈值应大于 0% 且不超过 100%，输入的是 {shown}%。",
                    f"The materiality threshold must be above 0 % and at most 100 %; {shown} % was entered.",
                ),
                "materiality_pct",
            )
        if pct != DEFAULT_MATERIALITY_PCT and not self.materiality_reason.strip():
            raise DomainError(
                Text(
                    "实质性阈值不是默认的 5%，请说明理由（如预期用户或方案的要求）。",
                    "The materiality threshold differs from the default 5 %; give the reason "
                    "(e.g. the intended user's or the programme's requirement).",
                ),
                "materiality_reason",
            )

    # --- reading -------------------------------------------------------------------------
    def criterion_titles(self, language: str) -> list[str]:
        """Each criterion as shown: the listed standard's title, or the free entry as typed."""
        out = []
        for code in self.criteria:
            try:
                out.append(f"{code} {criterion(code).title.in_(language)}")
            except KeyError:
                out.append(code)
        return out

    @property
    def site_visit_last(self) -> date | None:
        """The last day of the site visit (its only day when no end is given): findings are due 3 months after it."""
        return self.site_visit_end or self.site_visit_start

    def site_visit_text(self) -> str:
        """The visit as documents print it: "2026-03-02" or "2026-03-02 – 2026-03-04" ("" before it is set)."""
        start, end = self.site_visit_start, self.site_visit_end
        if start is None:
            return ""
        return start.isoformat() if end in (None, start) else f"{start.isoformat()} – {end.isoformat()}"

    def counted_team_days(self) -> float:
        return sum(m.days for m in self.team if m.counts_toward_man_days)

    def snapshot(self) -> dict[str, str]:
        """Every editable field as text, for the change history."""
        out = {name: _as_text(getattr(self, name)) for name in self.EDITABLE if name != "man_days"}
        plan = self.man_days
        for f in fields(ManDayPlan):
            out[f"man_days.{f.name}"] = _as_text(getattr(plan, f.name)) if plan else ""
        out["status"] = self.status.value
        out["termination_reason"] = self.termination_reason
        return out


def no_assurance() -> dict[str, Any]:
    """The assurance fields as an engagement without a level of assurance holds them: their defaults, unused."""
    return {f.name: f.default for f in fields(Engagement) if f.name in ASSURANCE_FIELDS}


def _as_text(value: Any) -> str:
    """A field value as the history shows it."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def snapshot_of(entity: Site | TeamMember) -> dict[str, str]:
    """A site's or team member's editable fields as text, for the change history."""
    return {name: _as_text(getattr(entity, name)) for name in getattr(entity, "HISTORY", entity.EDITABLE)}
