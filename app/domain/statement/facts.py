"""The engagement facts a verification statement quotes, as one frozen value.

A draft statement is printed from the facts as they are now; making a version
final stores its :class:`Facts` (as JSON), and every later print of that
version uses the stored ones, so the names, figures, dates and criteria on a
final statement cannot drift from what was decided.  :func:`drift` names what
has changed since, which is what obliges a new version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any, Iterable

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.findings.finding import Finding, State
from app.domain.inventory.calculation import Verdict
from app.domain.kernel.text import Text

if TYPE_CHECKING:  # the use cases import this module, so only the type checker imports them
    from app.domain.inventory.snapshot import Calculation

Pair = tuple[str, str]  # (Chinese, English)


def _pair(text: Text) -> Pair:
    return (text.zh, text.en)


@dataclass(frozen=True)
class SourceFigure:
    """One source's reported and verified emissions (tCO₂e)."""

    name: str
    category: Pair
    reported: float | None
    verified: float | None


@dataclass(frozen=True)
class OffsetFigure:
    """One retired offset and whether it counts toward neutrality."""

    kind: Pair
    registry: str
    serials: str
    quantity: float
    counts: bool


@dataclass(frozen=True)
class EstimateFigure:
    """A finding settled by a conservative estimate, which the statement must disclose."""

    label: str
    tonnes: float
    basis: str


@dataclass(frozen=True)
class Facts:
    """Everything data-bound on a statement, certificate or report."""

    engagement_code: str
    title: str
    client: Pair
    client_address: str
    client_contact: str
    credit_code: str
    programme: Pair
    criteria: tuple[Pair, ...]
    objectives: str
    scope_text: str
    boundary: Pair
    sites: tuple[Pair, ...]
    period_start: str
    period_end: str
    ghgs: tuple[str, ...]
    gwp_report: Pair
    assurance: str
    assurance_label: Pair
    materiality_pct: float
    site_visit: str  # the visit's first day, or first – last day
    team: tuple[tuple[str, str, str], ...]  # name, role in Chinese, role in English
    sources: tuple[SourceFigure, ...]
    reported_total: float | None  # the sum of what the client reported; None when nothing is
    verified_total: float  # the recalculated sources plus the conservative estimates (each in ``estimates``)
    difference: float | None  # reported − verified (tCO₂e): positive when the client over-reported
    direct: float
    indirect: float
    misstatement_pct: float | None  # the net misstatement as % of the reported total
    verdict: str
    verdict_label: Pair
    eligible_offsets: float
    shortfall: float
    neutral: bool
    offsets: tuple[OffsetFigure, ...]
    findings_total: int
    findings_closed: int
    estimates: tuple[EstimateFigure, ...]

    LABELS = {
        "client": Text("受核查方", "client"), "client_address": Text("地址", "address"),
        "client_contact": Text("联系方式", "contact"), "criteria": Text("核查准则", "criteria"),
        "scope_text": Text("核查范围", "scope"), "sites": Text("场所", "sites"),
        "period_start": Text("核查期起", "period start"), "period_end": Text("核查期止", "period end"),
        "assurance": Text("保证等级", "assurance level"), "materiality_pct": Text("实质性", "materiality"),
        "team": Text("核查组", "team"), "sources": Text("排放源数据", "source figures"),
        "verified_total": Text("核证排放总量", "verified total"), "reported_total": Text("报告排放总量", "reported total"),
        "difference": Text("报告与核证的差异", "reported − verified"),
        "offsets": Text("抵消", "offsets"), "estimates": Text("保守估算", "conservative estimates"),
        "findings_total": Text("核查发现", "findings"), "findings_closed": Text("已关闭的发现", "closed findings"),
        "engagement_code": Text("项目编号", "engagement code"), "title": Text("项目名称", "title"),
        "credit_code": Text("统一社会信用代码", "credit code"), "programme": Text("核查类型", "programme"),
        "objectives": Text("核查目的", "objectives"), "boundary": Text("边界", "boundary"),
        "ghgs": Text("温室气体", "greenhouse gases"), "gwp_report": Text("GWP 值来源", "GWP report"),
        "assurance_label": Text("保证等级", "assurance level"), "site_visit": Text("现场核查日期", "site visit"),
        "direct": Text("直接排放", "direct emissions"), "indirect": Text("间接排放", "indirect emissions"),
        "misstatement_pct": Text("偏差", "misstatement"), "verdict": Text("实质性结论", "materiality verdict"),
        "verdict_label": Text("实质性结论", "materiality verdict"), "eligible_offsets": Text("有效抵消量", "eligible offsets"),
        "shortfall": Text("抵消缺口", "shortfall"), "neutral": Text("碳中和结论", "neutrality result"),
    }

    @property
    def complete(self) -> bool:
        return self.verdict != Verdict.INCOMPLETE.value

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Facts":
        data = json.loads(text)
        nested = {"sources": SourceFigure, "offsets": OffsetFigure, "estimates": EstimateFigure}
        values = {}
        for f in fields(cls):
            value = data[f.name]
            if f.name in nested:
                value = tuple(nested[f.name](**_tuples(item)) for item in value)
            values[f.name] = _tuples(value)
        return cls(**values)

    def digest(self) -> str:
        """SHA-256 of the facts, recorded in the history when a version is made final."""
        return hashlib.sha256(self.to_json().encode()).hexdigest()


def _tuples(value: Any) -> Any:
    """JSON gives lists where the facts hold tuples."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def statement_facts(calculation: "Calculation", client: Organisation, findings: Iterable[Finding]) -> Facts:
    """The facts as the engagement, its recalculation, neutrality balance and findings give them now."""
    e: Engagement = calculation.inventory.engagement
    results, balance = calculation.results, calculation.balance
    findings = list(findings)
    contact = " · ".join(part for part in (client.contact_name, client.contact_phone, client.contact_email) if part)
    sources = tuple(
        SourceFigure(s.name, _pair(s.category.label), results.sources[s.id].reported, results.sources[s.id].verified)
        for s in calculation.inventory.sources
    )
    offsets = tuple(
        OffsetFigure(_pair(o.kind.label), o.registry, "–".join(x for x in (o.serial_first, o.serial_last) if x),
                     o.quantity, not balance.problems.get(o.id))
        for o in calculation.inventory.offsets
    )
    return Facts(
        engagement_code=e.code, title=e.title, client=(client.name_zh, client.name_en), client_address=client.address,
        client_contact=contact, credit_code=client.credit_code, programme=_pair(e.programme.label),
        criteria=tuple((zh, en) for zh, en in zip(e.criterion_titles("zh"), e.criterion_titles("en"))),
        objectives=e.objectives, scope_text=e.scope_text, boundary=_pair(e.boundary_approach.label),
        sites=tuple((s.name, s.address) for s in e.sites), period_start=_day(e.period_start), period_end=_day(e.period_end),
        ghgs=tuple(e.ghgs), gwp_report=_pair(e.gwp_report.label), assurance=e.assurance.value,
        assurance_label=_pair(e.assurance.label), materiality_pct=e.materiality_pct, site_visit=e.site_visit_text(),
        team=tuple((m.name, m.role.label.zh, m.role.label.en) for m in e.team),
        sources=sources, reported_total=results.reported_total, verified_total=results.total, difference=results.difference,
        direct=results.direct, indirect=results.indirect, misstatement_pct=results.materiality.net_pct,
        verdict=results.materiality.verdict.value, verdict_label=_pair(results.materiality.verdict.label),
        eligible_offsets=balance.eligible, shortfall=balance.shortfall, neutral=balance.neutral, offsets=offsets,
        findings_total=len(findings), findings_closed=sum(f.state is State.CLOSED for f in findings),
        estimates=tuple(EstimateFigure(e.label, e.tonnes, e.basis) for e in results.estimates),
    )


def drift(frozen: Facts, current: Facts) -> list[Text]:
    """What differs between a final version's facts and the engagement now (empty when nothing has)."""
    changed = [f.name for f in fields(Facts) if getattr(frozen, f.name) != getattr(current, f.name)]
    return list(dict.fromkeys(Facts.LABELS[name] for name in changed))  # a label named twice is shown once
