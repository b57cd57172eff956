"""The monitoring plan of an industrial enterprise (seed 004 §8.2.4 and Table 3), and the data checked against it.

A :class:`PlanItem` is one monitored parameter of one emission source: what is monitored (its activity data or a
measured factor), the method and standard, the minimum frequency, the instrument (type, model, location) with its
calibration (last date, next due), the person responsible and the QA/QC, and the evidence that proves it.

:func:`check_plan` reads the period's data against the plan and returns each :class:`Gap`:

- a parameter monitored monthly (or continuously, per settlement) with months of the period holding no data;
- a frequency not met: a daily parameter without a result for each day, a monthly one whose results span more than
  a month, a per-batch measured factor with a delivery that has no result;
- an instrument whose calibration lapsed before the period ended, or whose calibration dates are not recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Iterable

from app.domain.inventory.measured import MeasuredValue
from app.domain.inventory.sources import ActivityRecord, EmissionSource
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

# How the store files them (beside the field-work records: one JSON document each).
PLAN_KIND = "monitoring_item"
CLAUSE = "T/CIECCPA 061—2023 §8.2.4"


class Monitored(Choice):
    """What the plan item monitors: the source's activity data, or one of its factors measured by a lab."""

    ACTIVITY = "activity", "活动数据（消耗量）", "activity data (consumption)"
    NCV = "ncv", "低位发热量", "net calorific value"
    CARBON_PER_HEAT = "carbon_per_heat", "单位热值含碳量", "carbon content per unit heat"
    CARBON = "carbon", "物料含碳量（物料平衡）", "carbon content of a mass-balance stream"
    OTHER = "other", "其他参数", "other parameter"


class Frequency(Choice):
    """Seed 004 Table 3's minimum monitoring frequencies."""

    CONTINUOUS = "continuous", "实时监测", "continuous"
    PER_BATCH = "per-batch", "每批次", "per batch"
    DAILY = "daily", "每日", "daily"
    MONTHLY = "monthly", "每月", "monthly"
    SETTLEMENT = "settlement", "按结算周期", "per settlement period"
    ANNUAL = "annual", "每年", "annual"


class GapKind(Choice):
    MISSING_MONTHS = "missing-months", "缺少月份数据", "months without data"
    FREQUENCY = "frequency", "监测频次未满足", "frequency not met"
    CALIBRATION = "calibration", "测量设备校准", "instrument calibration"


@dataclass(frozen=True)
class PlanItem:
    """One parameter of the monitoring plan, for one emission source."""

    source_id: str
    name: str
    monitored: Monitored = Monitored.ACTIVITY
    unit: str = ""
    method: str = ""
    frequency: Frequency = Frequency.MONTHLY
    instrument: str = ""
    model: str = ""
    location: str = ""
    calibrated_on: date | None = None
    calibration_due: date | None = None
    responsible: str = ""
    qa_qc: str = ""
    evidence: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("source_id", "name", "monitored", "unit", "method", "frequency", "instrument", "model", "location",
                "calibrated_on", "calibration_due", "responsible", "qa_qc", "evidence")

    def validated(self) -> "PlanItem":
        if not self.name.strip():
            raise DomainError(Text("请填写监测项目名称。", "Enter what is monitored (the parameter's name)."), "name")
        if self.calibrated_on and self.calibration_due and self.calibration_due < self.calibrated_on:
            raise DomainError(Text(f"校准有效期 {self.calibration_due} 早于校准日期 {self.calibrated_on}。",
                                   f"The calibration is due ({self.calibration_due}) before it was done ({self.calibrated_on})."),
                              "calibration_due")
        return replace(self, name=self.name.strip(), monitored=Monitored(self.monitored), frequency=Frequency(self.frequency))


@dataclass(frozen=True)
class Gap:
    """Where the data do not follow the plan: which item, what kind of gap, and what is wrong (bilingual)."""

    item_id: str
    source_id: str
    kind: GapKind
    message: Text


def check_plan(items: Iterable[PlanItem], sources: Iterable[EmissionSource], records: Iterable[ActivityRecord],
               measured: Iterable[MeasuredValue], start: date | None, end: date | None) -> list[Gap]:
    """Every gap between the period's data and the plan, item by item (none without a reporting period)."""
    if start is None or end is None:
        return []
    names = {s.id: s.name for s in sources}
    records, measured = list(records), list(measured)
    gaps: list[Gap] = []
    for item in items:
        label = f"{names.get(item.source_id, '—')} / {item.name}"
        if item.monitored is Monitored.ACTIVITY:
            spans = [(r.period_start, r.period_end) for r in records if r.source_id == item.source_id]
        elif item.monitored is Monitored.OTHER:
            spans = None
        else:
            spans = [(m.period_start, m.period_end) for m in measured
                     if m.source_id == item.source_id and m.parameter.value == item.monitored.value]
        if spans is not None:
            deliveries = [(r.period_start, r.period_end) for r in records if r.source_id == item.source_id]
            gaps += [Gap(item.id, item.source_id, kind, message) for kind, message in _frequency(item, label, spans, deliveries, start, end)]
        gaps += [Gap(item.id, item.source_id, GapKind.CALIBRATION, message) for message in _calibration(item, label, end)]
    return gaps


def months(start: date, end: date) -> list[tuple[int, int]]:
    """The calendar months (year, month) from ``start`` to ``end``."""
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _frequency(item: PlanItem, label: str, spans, deliveries, start: date, end: date) -> list[tuple[GapKind, Text]]:
    spans = [(max(a, start), min(b, end)) for a, b in spans if a <= end and b >= start]
    shown = item.frequency.label.zh
    if item.frequency is Frequency.ANNUAL:
        return [] if spans else [(GapKind.FREQUENCY, Text(f"{label}：监测计划要求每年监测，核查期内无数据。",
                                                            f"{label}: the plan requires an annual figure; the period has none."))]
    if item.frequency is Frequency.DAILY:
        days = {a for a, b in spans if a == b}
        missing = [start + timedelta(n) for n in range((end - start).days + 1) if start + timedelta(n) not in days]
        if missing:
            return [(GapKind.FREQUENCY, Text(
                f"{label}：监测计划要求{shown}监测，{len(missing)} 天没有当日结果（首日 {missing[0]}）。",
                f"{label}: the plan requires a daily result; {len(missing)} days have none (the first {missing[0]})."))]
        return []
    if item.frequency is Frequency.PER_BATCH and item.monitored is not Monitored.ACTIVITY:
        bare = [d for d in deliveries if not any(a <= d[1] and b >= d[0] for a, b in spans)]
        if bare:
            return [(GapKind.FREQUENCY, Text(
                f"{label}：监测计划要求每批次检测，{len(bare)} 批（首批 {bare[0][0]}–{bare[0][1]}）没有检测结果。",
                f"{label}: the plan requires a result per batch; {len(bare)} deliveries (the first {bare[0][0]} – "
                f"{bare[0][1]}) have none."))]
        return []
    out: list[tuple[GapKind, Text]] = []
    covered = {m for a, b in spans for m in months(a, b)}
    missing = [f"{y}-{m:02d}" for y, m in months(start, end) if (y, m) not in covered]
    if missing:
        out.append((GapKind.MISSING_MONTHS, Text(
            f"{label}：监测计划要求{shown}监测，缺少 {len(missing)} 个月的数据：{'、'.join(missing)}。",
            f"{label}: the plan requires {item.frequency.label.en} monitoring; {len(missing)} months have no data: "
            f"{', '.join(missing)}.")))
    if item.frequency is Frequency.MONTHLY:
        long = [(a, b) for a, b in spans if (a.year, a.month) != (b.year, b.month)]
        if long:
            out.append((GapKind.FREQUENCY, Text(
                f"{label}：监测计划要求每月监测，{len(long)} 条数据跨越多个月（首条 {long[0][0]}–{long[0][1]}）。",
                f"{label}: the plan requires monthly figures; {len(long)} span more than a month (the first "
                f"{long[0][0]} – {long[0][1]}).")))
    return out


def _calibration(item: PlanItem, label: str, end: date) -> list[Text]:
    if not item.instrument.strip():
        return []
    if item.calibrated_on is None or item.calibration_due is None:
        return [Text(f"{label}：测量设备 {item.instrument} 未记录校准日期或有效期。",
                     f"{label}: the instrument {item.instrument} has no calibration date or due date recorded.")]
    if item.calibration_due < end:
        return [Text(f"{label}：测量设备 {item.instrument} 的校准于 {item.calibration_due} 到期，早于核查期结束 {end}。",
                     f"{label}: the calibration of {item.instrument} lapsed on {item.calibration_due}, before the period "
                     f"ended ({end}).")]
    return []
