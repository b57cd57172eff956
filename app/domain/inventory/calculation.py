"""Independent recalculation: each source's emission, totals, reported vs verified, materiality.

Formulas (seed 004 §8.2.5, ``shared/reference/README.md``), in the order the
exported workbook repeats them:

* emission factor / purchased energy: ``AD × EF × k × GWP``
* fuel combustion: ``FC × NCV × CC × k × OF × 44/12``
* mass balance: ``[Σ(AD_in × C_in) − Σ(AD_out × C_out)] × k × 44/12``
* measured: ``Σ mass × k × GWP``

where AD sums each record's consumption already converted into the unit the
factor is per, and ``k`` is the unit conversion the factors' own units need.
Totals use :func:`math.fsum`, so they do not depend on the order of sources or
records.  :class:`Recalculator` keeps per-source results so that an edited
record re-totals without recalculating every source.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Iterable

from app.domain.inventory import units
from app.domain.inventory.factors import FactorUse, GwpTable
from app.domain.inventory.measured import MeasuredValue, by_source, with_measured
from app.domain.inventory.sources import (
    ActivityRecord,
    Category,
    Direction,
    EmissionSource,
    Method,
    Production,
    difference,
)
from app.domain.kernel.choices import Choice, GwpReport
from app.domain.kernel.text import DomainError, Text

CO2_PER_C = 44 / 12
KEY_SOURCE_SHARE = 0.95


@dataclass(frozen=True)
class StreamResult:
    """One mass-balance stream: its activity in the carbon content's unit and the carbon it carries (t C)."""

    stream_id: str
    activity: float
    activity_unit: str
    conversion: float
    carbon_t: float


@dataclass(frozen=True)
class SourceResult:
    """One source recalculated: activity in the factor's unit, gas mass, tCO2e, and the client's figure.

    ``conversion`` holds the constants the factors' units need (and 44/12 for a
    factor in tC), multiplied left to right into ``k`` — the order the
    exported workbook's formulas repeat.
    """

    source_id: str
    category: Category
    activity: float | None = None
    activity_unit: str = ""
    gas_t: float | None = None
    gwp: float = 1.0
    verified: float | None = None
    reported: float | None = None
    problem: Text | None = None
    conversion: tuple[float, ...] = ()
    streams: tuple[StreamResult, ...] = ()

    @property
    def k(self) -> float:
        return math.prod(self.conversion)

    @property
    def difference(self) -> float | None:
        """Reported minus verified (tCO2e): positive when the client over-reported; None without both figures."""
        if self.verified is None or self.reported is None:
            return None
        return difference(self.reported, self.verified)

    @property
    def difference_pct(self) -> float | None:
        """The difference as a percentage of the reported figure (None when that is zero or missing)."""
        return percent_of_reported(self.difference, self.reported)

    @property
    def misstatement(self) -> float | None:
        """What this source adds to the misstatement: its difference, or −verified for a source the client left out."""
        if self.verified is None:
            return None
        return difference(self.reported or 0.0, self.verified)


def percent_of_reported(value: float | None, reported: float | None) -> float | None:
    """``value`` as a percentage of a reported figure: the one basis every percentage of a difference uses."""
    if value is None or not reported:
        return None
    return 100.0 * value / reported


@dataclass(frozen=True)
class Estimate:
    """A conservative estimate (tCO2e) of a nonconformity not rectified in time, added to the verified total."""

    label: str
    tonnes: float
    basis: str = ""
    source_id: str = ""


class Verdict(Choice):
    """What the aggregated misstatement means against the materiality threshold."""

    NOT_MATERIAL = "not-material", "未超过实质性阈值", "not material"
    MATERIAL = "material", "超过实质性阈值（实质性偏差）", "material misstatement"
    OFFSETTING = "offsetting", "净偏差未超过阈值，但相互抵消前的总偏差超过阈值，需评估", "net below the threshold, but gross misstatement (before offsetting) exceeds it: evaluate"
    NO_REPORT = "no-report", "尚无客户报告数据", "no reported figures yet"
    INCOMPLETE = "incomplete", "有排放源数据不完整，无法得出结论", "cannot conclude: some sources have no result yet"


@dataclass(frozen=True)
class Materiality:
    """Aggregated misstatement (net and gross of offsetting errors) as a share of the reported total.

    The misstatement is measured against the verified total including the
    conservative estimates: each estimate is an understatement the client did
    not report.
    """

    threshold_pct: float
    net: float
    gross: float
    net_pct: float | None
    gross_pct: float | None
    verdict: Verdict


@dataclass(frozen=True)
class Results:
    """A whole inventory recalculated, with the conservative estimates of findings on top.

    ``direct`` and ``indirect`` are the recalculated sources; ``total`` — the
    verified total every document quotes — adds the estimates, each shown as a
    line of its own.  ``reported_total`` is the sum of the figures the client
    reported (None when nothing is reported); ``unreported`` names the sources
    with a result but no reported figure while others have one.
    """

    sources: dict[str, SourceResult]
    by_category: dict[Category, float]
    direct: float
    indirect: float
    total: float
    reported_total: float | None
    materiality: Materiality
    key_sources: tuple[str, ...]
    intensity: tuple[tuple[Production, float], ...]
    incomplete: tuple[str, ...] = field(default=())
    estimates: tuple[Estimate, ...] = field(default=())
    unreported: tuple[str, ...] = field(default=())

    @property
    def recalculated(self) -> float:
        """The sources' verified figures alone, before the estimates."""
        return self.direct + self.indirect

    @property
    def estimated(self) -> float:
        return math.fsum(e.tonnes for e in self.estimates)

    @property
    def difference(self) -> float | None:
        """Reported total minus verified total (estimates included); None when nothing is reported."""
        return None if self.reported_total is None else difference(self.reported_total, self.total)

    @property
    def difference_pct(self) -> float | None:
        """The difference as a percentage of the reported total."""
        return percent_of_reported(self.difference, self.reported_total)


# --- one source ----------------------------------------------------------------------------
def source_result(source: EmissionSource, records: Iterable[ActivityRecord], gwps: GwpTable, report: GwpReport) -> SourceResult:
    """Recalculate one source; a missing factor or unit mismatch becomes the result's ``problem``."""
    base = SourceResult(source.id, source.category, reported=source.reported)
    try:
        gwp = 1.0 if source.method in (Method.FUEL, Method.MASS_BALANCE) else gwps.gwp(source.gas, source.species, report)
        if source.method is Method.MASS_BALANCE:
            return _mass_balance(base, source, records)
        if source.method is Method.MEASURED:
            gas_t = _activity(records, "t")
            return _done(base, gas_t, "t", gas_t, gwp, ())
        if source.method is Method.FUEL:
            return _fuel(base, source, records)
        return _factor(base, source, records, gwp)
    except DomainError as error:
        return SourceResult(source.id, source.category, reported=source.reported, problem=error.message)


def _done(
    base: SourceResult, activity: float, activity_unit: str, gas_t: float, gwp: float,
    conversion: tuple[float, ...], streams: tuple[StreamResult, ...] = (),
) -> SourceResult:
    return SourceResult(
        base.source_id, base.category, activity, activity_unit, gas_t, gwp, gas_t * gwp, base.reported,
        conversion=conversion, streams=streams,
    )


def _activity(records: Iterable[ActivityRecord], to_unit: str) -> float:
    return math.fsum([r.consumption * units.factor(r.unit, to_unit) for r in records])  # a list: sooner than a generator


def _needed(use: FactorUse | None, label: Text) -> FactorUse:
    if use is None:
        raise DomainError(Text(f"缺少{label.zh}。", f"The {label.en} is missing."))
    return use


def _factor(base: SourceResult, source: EmissionSource, records, gwp: float) -> SourceResult:
    """AD × EF; a factor in tCO2e needs no GWP, one in tC is turned into CO2 with 44/12."""
    use = _needed(source.factor, Text("排放因子", "emission factor"))
    unit = units.ratio(use.unit)
    conversion: tuple[float, ...] = (units.factor(unit.numerator, "t"),)
    if unit.substance == "CO2e":
        gwp = 1.0
    elif unit.substance == "C":
        _same_gas(source, "CO2", use.unit)
        conversion += (CO2_PER_C,)
    elif unit.substance:
        _same_gas(source, unit.substance, use.unit)
    ad = _activity(records, unit.per)
    gas_t = ad * use.value * math.prod(conversion)
    return _done(base, ad, unit.per, gas_t, gwp, conversion)


def _same_gas(source: EmissionSource, substance: str, unit: str) -> None:
    if source.gas.value != substance:
        raise DomainError(
            Text(
                f"排放因子单位 {unit} 与排放源的气体 {source.gas.value} 不一致。",
                f"The factor's unit {unit} does not match the source's gas {source.gas.value}.",
            )
        )


def _fuel(base: SourceResult, source: EmissionSource, records) -> SourceResult:
    ncv = _needed(source.ncv, Text("低位发热量", "net calorific value"))
    cc = _needed(source.carbon_per_heat, Text("单位热值含碳量", "carbon content per unit heat"))
    of = _needed(source.oxidation, Text("碳氧化率", "oxidation rate"))
    ncv_unit, cc_unit, of_unit = units.ratio(ncv.unit), units.ratio(cc.unit), units.ratio(of.unit)
    if of_unit.per != "1" or of_unit.numerator not in ("1", "%"):
        raise DomainError(Text("碳氧化率应为比例或百分数。", "The oxidation rate must be a fraction or a percentage."))
    fraction = units.factor(of_unit.numerator, "1")
    if of.value * fraction > 1:
        raise DomainError(Text("碳氧化率不能超过 100%。", f"The oxidation rate cannot exceed 100 % ({of.value:g} {of.unit} was entered)."))
    conversion = (units.factor(ncv_unit.numerator, cc_unit.per), units.factor(cc_unit.numerator, "t"), fraction)
    fc = _activity(records, ncv_unit.per)
    co2 = fc * ncv.value * cc.value * math.prod(conversion) * of.value * CO2_PER_C
    return _done(base, fc, ncv_unit.per, co2, 1.0, conversion)


def _mass_balance(base: SourceResult, source: EmissionSource, records) -> SourceResult:
    by_stream: dict[str, list[ActivityRecord]] = defaultdict(list)
    for record in records:
        by_stream[record.stream_id].append(record)
    parts = []
    for stream in source.streams:
        carbon = _needed(stream.carbon, Text(f"物料“{stream.name}”的含碳量", f"carbon content of stream “{stream.name}”"))
        per, k = units.mass_fraction(carbon.unit)
        ad = _activity(by_stream.get(stream.id, ()), per)
        parts.append(StreamResult(stream.id, ad, per, k, ad * carbon.value * k))
    inputs = {s.id for s in source.streams if s.direction is Direction.IN}
    if not inputs:
        raise DomainError(Text("物料平衡法至少需要一股输入物料。", "A mass balance needs at least one input stream."))
    carbon_t = difference(
        math.fsum(p.carbon_t for p in parts if p.stream_id in inputs), math.fsum(p.carbon_t for p in parts if p.stream_id not in inputs)
    )
    if carbon_t < 0:
        raise DomainError(
            Text("输出物料含碳量超过输入，物料平衡为负，请核对。", "The outputs hold more carbon than the inputs: the balance is negative; check the data.")
        )
    co2 = carbon_t * CO2_PER_C
    return _done(base, carbon_t, "tC", co2, 1.0, (), tuple(parts))


# --- the whole inventory -------------------------------------------------------------------
def summarise(
    results: Iterable[SourceResult], materiality_pct: float, production: Iterable[Production] = (),
    estimates: Iterable[Estimate] = (),
) -> Results:
    """Totals by category, direct / indirect / total (seed 004 formulas (3)–(5)), materiality, key sources, intensity.

    The one place the verified total is made: the recalculated sources plus
    the conservative ``estimates`` (see :func:`estimate_lines`).
    """
    results, estimates = list(results), tuple(estimates)
    by_category: dict[Category, list[float]] = {c: [] for c in Category}
    reported, incomplete, left_out = [], [], []
    for result in results:  # one pass: a group's 20,000 sources are re-totalled after every edit, on the GUI thread
        if result.verified is not None:
            by_category[result.category].append(result.verified)
            if result.reported is None:
                left_out.append(result.source_id)
        if result.reported is not None:
            reported.append(result.reported)
        if result.problem is not None:
            incomplete.append(result.source_id)
    category_totals = {c: math.fsum(v) for c, v in by_category.items()}
    direct = math.fsum(v for c, v in category_totals.items() if c.direct)
    indirect = math.fsum(v for c, v in category_totals.items() if not c.direct)
    total = direct + indirect + math.fsum(e.tonnes for e in estimates)
    reported_total = math.fsum(reported) if reported else None
    return Results(
        sources={r.source_id: r for r in results},
        by_category=category_totals,
        direct=direct,
        indirect=indirect,
        total=total,
        reported_total=reported_total,
        materiality=_materiality(results, estimates, reported_total, materiality_pct, bool(incomplete)),
        key_sources=key_sources(results),
        intensity=tuple((p, total / p.quantity) for p in production),
        incomplete=tuple(incomplete),
        estimates=estimates,
        unreported=tuple(left_out) if reported else (),
    )


def _materiality(
    results: list[SourceResult], estimates: tuple[Estimate, ...], reported_total: float | None, threshold_pct: float,
    incomplete: bool,
) -> Materiality:
    """Net and gross misstatement as % of the reported total; an omitted source and each estimate count in full;
    ``incomplete`` when a source's data are (its verdict says so).

    A misstatement against a reported total of 0 has no percentage and is material.
    """
    differences = [d for d in (r.misstatement for r in results) if d is not None] + [-e.tonnes for e in estimates]
    net = abs(math.fsum(differences))
    gross = math.fsum(abs(d) for d in differences)
    if reported_total is None:
        return Materiality(threshold_pct, net, gross, None, None, Verdict.NO_REPORT)
    net_pct, gross_pct = percent_of_reported(net, reported_total), percent_of_reported(gross, reported_total)
    if incomplete:
        verdict = Verdict.INCOMPLETE
    elif (net_pct is None and net > 0) or (net_pct is not None and net_pct > threshold_pct):
        verdict = Verdict.MATERIAL
    elif (gross_pct is None and gross > 0) or (gross_pct is not None and gross_pct > threshold_pct):
        verdict = Verdict.OFFSETTING
    else:
        verdict = Verdict.NOT_MATERIAL
    return Materiality(threshold_pct, net, gross, net_pct, gross_pct, verdict)


_VERIFIED = attrgetter("verified")


def key_sources(results: Iterable[SourceResult]) -> tuple[str, ...]:
    """The largest sources that together make up 95 % of the verified total (ties kept in input order)."""
    emitting = sorted((r for r in results if r.verified and r.verified > 0), key=_VERIFIED, reverse=True)  # stable too
    total = math.fsum(r.verified for r in emitting)
    chosen, running = [], 0.0
    for result in emitting:
        if running >= KEY_SOURCE_SHARE * total:
            break
        chosen.append(result.source_id)
        running += result.verified
    return tuple(chosen)


def recalculate(
    sources: Iterable[EmissionSource],
    records: Iterable[ActivityRecord],
    gwps: GwpTable,
    report: GwpReport,
    materiality_pct: float,
    production: Iterable[Production] = (),
    estimates: Iterable[Estimate] = (),
    measured: Iterable[MeasuredValue] = (),
) -> Results:
    """Recalculate every source and total them (with the conservative ``estimates`` on top)."""
    return Recalculator(sources, records, gwps, report, materiality_pct, production, estimates, measured).results


class Recalculator:
    """Holds per-source results; ``update_source`` recalculates one source and re-totals.  A fuel source with lab
    results (``measured``) is recalculated with their quantity-weighted means (:mod:`.measured`)."""

    def __init__(self, sources, records, gwps: GwpTable, report: GwpReport, materiality_pct: float, production=(), estimates=(),
                 measured=()):
        self.gwps, self.report, self.materiality_pct = gwps, report, materiality_pct
        self.production, self.estimates = tuple(production), tuple(estimates)
        self.sources = {s.id: s for s in sources}
        self.records: dict[str, list[ActivityRecord]] = defaultdict(list)
        for record in records:
            self.records[record.source_id].append(record)
        self.measured = by_source(measured)
        self._results = {sid: self._result(s, self.records.get(sid, ())) for sid, s in self.sources.items()}
        self.results = summarise(self._results.values(), materiality_pct, self.production, self.estimates)

    def set_materiality(self, materiality_pct: float) -> Results:
        """After the materiality threshold changed: re-total only (no source is recalculated)."""
        self.materiality_pct = materiality_pct
        self.results = summarise(self._results.values(), materiality_pct, self.production, self.estimates)
        return self.results

    def update_source(self, source: EmissionSource, records: list[ActivityRecord]) -> Results:
        """After one source or its records changed: recalculate it alone, then re-total."""
        self.sources[source.id] = source
        self.records[source.id] = list(records)
        self._results[source.id] = self._result(source, records)
        self.results = summarise(self._results.values(), self.materiality_pct, self.production, self.estimates)
        return self.results

    def _result(self, source: EmissionSource, records) -> SourceResult:
        return source_result(with_measured(source, self.measured.get(source.id, ())), records, self.gwps, self.report)
