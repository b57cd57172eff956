"""The project's emission reductions: **ER = BE − PE − LE** per monitoring period and vintage year, ex ante and ex post.

Each included SSR is calculated exactly as the inventory recalculates a source
(:func:`app.domain.inventory.calculation.source_result`: AD × EF, fuel combustion, mass balance, measured), from the
project data of one basis (ex-ante estimate or ex-post result), one monitoring period and one vintage year; a sink's
or reservoir's figure is a removal and counts negatively in its scenario.  BE, PE and LE are the sums of the baseline,
project and leakage SSRs; the reductions are BE − PE − LE.  Data outside every monitoring period, or an SSR whose
calculation fails (a missing factor, a unit that does not convert), is a problem named in the result, never a zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from app.domain.inventory.calculation import source_result
from app.domain.inventory.factors import GwpTable
from app.domain.inventory.sources import ActivityRecord
from app.domain.kernel.choices import GwpReport
from app.domain.kernel.text import Text
from app.domain.project.project import Basis, MonitoringPeriod, ProjectData, Scenario, Ssr


@dataclass(frozen=True)
class SsrFigure:
    """One SSR over one period and vintage: its activity and tCO₂e (negative for a removal)."""

    ssr_id: str
    basis: Basis
    period_id: str
    vintage: int
    activity: float
    activity_unit: str
    tco2e: float


@dataclass(frozen=True)
class Line:
    """BE, PE and LE of one basis, monitoring period and vintage year, and their ER."""

    basis: Basis
    period: MonitoringPeriod
    vintage: int
    baseline: float
    project: float
    leakage: float

    @property
    def reductions(self) -> float:
        return self.baseline - self.project - self.leakage

    def as_dict(self) -> dict:
        return {"basis": self.basis.value, "period": self.period.label, "vintage": self.vintage, "baseline": self.baseline,
                "project": self.project, "leakage": self.leakage, "reductions": self.reductions}


@dataclass(frozen=True)
class Reductions:
    lines: tuple[Line, ...]
    figures: tuple[SsrFigure, ...]
    problems: tuple[Text, ...]

    def of(self, basis: Basis) -> list[Line]:
        return [line for line in self.lines if line.basis is basis]

    def total(self, basis: Basis) -> dict[str, float]:
        lines = self.of(basis)
        sums = {name: math.fsum(getattr(line, name) for line in lines) for name in ("baseline", "project", "leakage")}
        return {**sums, "reductions": sums["baseline"] - sums["project"] - sums["leakage"]}

    def by_vintage(self, basis: Basis) -> dict[int, float]:
        out: dict[int, float] = {}
        for line in self.of(basis):
            out[line.vintage] = out.get(line.vintage, 0.0) + line.reductions
        return out

    def ex_post_against_ex_ante(self) -> list[tuple[MonitoringPeriod, float, float]]:
        """Per monitoring period: the ex-ante estimate and the ex-post result of the reductions."""
        periods = {line.period.id: line.period for line in self.lines}
        out = []
        for period in sorted(periods.values(), key=lambda p: p.start):
            ante = math.fsum(line.reductions for line in self.of(Basis.EX_ANTE) if line.period.id == period.id)
            post = math.fsum(line.reductions for line in self.of(Basis.EX_POST) if line.period.id == period.id)
            out.append((period, ante, post))
        return out


def period_of(data: ProjectData, periods: Iterable[MonitoringPeriod]) -> MonitoringPeriod | None:
    """The monitoring period holding the data's stretch of time, if one does."""
    return next((p for p in periods if p.start <= data.period_start and data.period_end <= p.end), None)


def calculate(ssrs: Iterable[Ssr], data: Iterable[ProjectData], periods: Iterable[MonitoringPeriod], gwps: GwpTable,
              report: GwpReport) -> Reductions:
    """BE, PE, LE and ER for every basis, monitoring period and vintage year the data cover."""
    periods = sorted(periods, key=lambda p: p.start)
    included = {s.id: s for s in ssrs if s.included}
    problems: list[Text] = []
    groups: dict[tuple[Basis, str, int, str], list[ProjectData]] = {}
    for item in data:
        if item.ssr_id not in included:
            continue
        period = period_of(item, periods)
        if period is None:
            ssr = included[item.ssr_id]
            problems.append(Text(f"{ssr.name} 的数据 {item.period_start} – {item.period_end} 不在任何监测期内",
                                 f"the data of {ssr.name} for {item.period_start} – {item.period_end} lie in no monitoring period"))
            continue
        groups.setdefault((item.basis, period.id, item.vintage, item.ssr_id), []).append(item)
    figures: list[SsrFigure] = []
    for (basis, period_id, vintage, ssr_id), items in groups.items():
        ssr = included[ssr_id]
        records = [ActivityRecord(ssr.source.id, d.period_start, d.period_end, d.quantity, d.unit, id=d.id) for d in items]
        result = source_result(ssr.source, records, gwps, report)
        if result.problem is not None or result.verified is None:
            why = result.problem or Text("无法计算", "cannot be calculated")
            problems.append(Text(f"{ssr.name}（{basis.label.zh}，{vintage} 年）：{why.zh}", f"{ssr.name} ({basis.label.en}, {vintage}): {why.en}"))
            continue
        figures.append(SsrFigure(ssr_id, basis, period_id, vintage, result.activity or 0.0, result.activity_unit, ssr.sign * result.verified))
    lines = []
    by_id = {p.id: p for p in periods}
    for basis in Basis:
        keys = sorted({(f.period_id, f.vintage) for f in figures if f.basis is basis}, key=lambda k: (by_id[k[0]].start, k[1]))
        for period_id, vintage in keys:
            sums = {scenario: math.fsum(f.tco2e for f in figures if (f.basis, f.period_id, f.vintage) == (basis, period_id, vintage)
                                        and included[f.ssr_id].scenario is scenario) for scenario in Scenario}
            lines.append(Line(basis, by_id[period_id], vintage, sums[Scenario.BASELINE], sums[Scenario.PROJECT], sums[Scenario.LEAKAGE]))
    return Reductions(tuple(lines), tuple(figures), tuple(problems))
