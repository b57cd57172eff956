"""Findings Verifield proposes from the recalculation: a source whose reported figure is off by more than a threshold.

The verifier sets the threshold (per cent of the source's reported figure,
the basis every percentage of a difference uses) on the engagement.  A proposal carries the numbers and a draft in both
languages; the verifier reviews it before anything is stored.  A source the
client left out of an otherwise reported inventory counts as reported 0 (an
omission).  Sources without a result, or already under an unresolved or
estimated nonconformity, are not proposed again (a clarification or an
observation on the source does not stop a proposal); nothing is proposed
before the client's figures are in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from app.domain.findings.finding import Finding, Kind, Severity, State, raise_finding
from app.domain.inventory.calculation import Results, percent_of_reported
from app.domain.inventory.sources import EmissionSource
from app.domain.kernel.text import Text


@dataclass(frozen=True)
class Proposal:
    """A source whose reported and recalculated figures differ by more than the threshold."""

    source: EmissionSource
    reported: float | None
    verified: float
    difference: float
    difference_pct: float
    threshold_pct: float
    severity: Severity

    @property
    def description(self) -> Text:
        if self.reported is None:
            return Text(
                f"排放源“{self.source.name}”未列入受核查方的报告，核查组复核计算其排放量为 {self.verified:,.2f} tCO₂e。",
                f"Source “{self.source.name}” is missing from the client's report; the team recalculated it as "
                f"{self.verified:,.2f} tCO₂e.",
            )
        pct = "∞" if math.isinf(self.difference_pct) else f"{self.difference_pct:+.2f}"
        return Text(
            f"排放源“{self.source.name}”：报告排放量 {self.reported:,.2f} tCO₂e，核查组复核计算为 {self.verified:,.2f} tCO₂e，"
            f"差异 {self.difference:+,.2f} tCO₂e（占报告值 {pct}%），超过 {self.threshold_pct:g}% 的阈值。",
            f"Source “{self.source.name}”: reported {self.reported:,.2f} tCO₂e, recalculated by the team as "
            f"{self.verified:,.2f} tCO₂e; the difference of {self.difference:+,.2f} tCO₂e ({pct} % of reported) exceeds the "
            f"{self.threshold_pct:g} % threshold.",
        )

    @property
    def evidence(self) -> Text:
        return Text("核查组复核计算表（计算工作簿）", "The team's recalculation (calculation workbook)")

    def finding(self, language: str, by: str, today: date, criterion: str = "", site_visit: date | None = None) -> Finding:
        """The proposal as a nonconformity draft in ``language`` ("zh" or "en")."""
        return raise_finding(
            Kind.NONCONFORMITY, self.description.in_(language), by, today, severity=self.severity, criterion=criterion,
            evidence=self.evidence.in_(language), source_id=self.source.id, site_visit=site_visit,
        )


def propose(
    sources: Iterable[EmissionSource], results: Results, findings: Iterable[Finding], threshold_pct: float, materiality_pct: float
) -> list[Proposal]:
    """Proposals for the sources over the threshold, in source order.

    A difference that alone reaches the materiality threshold of the reported
    total is proposed as a major nonconformity, a smaller one as minor.  The
    percentage quoted is of the source's reported figure.
    """
    sources = list(sources)
    if all(s.reported is None for s in sources):
        return []
    covered = {
        f.source_id for f in findings
        if f.source_id and f.kind is Kind.NONCONFORMITY and (f.state.unresolved or f.state is State.ESTIMATED)
    }
    out = []
    for source in sources:
        result = results.sources.get(source.id)
        if source.id in covered or result is None or result.verified is None:
            continue
        diff = result.misstatement
        if diff == 0:
            continue
        pct = result.difference_pct if result.difference_pct is not None else math.copysign(math.inf, diff)
        if abs(pct) <= threshold_pct:
            continue
        share = percent_of_reported(abs(diff), results.reported_total)
        share = math.inf if share is None else share
        severity = Severity.MAJOR if share >= materiality_pct else Severity.MINOR
        out.append(Proposal(source, source.reported, result.verified, diff, pct, threshold_pct, severity))
    return out
