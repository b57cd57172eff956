"""The data sampling plan: how many items to check, which ones, and what the errors found mean.

Selection methods (seed 001 §9.4.5, ISO 14064-3 §6.1.4):

- **random, with a recorded seed** — each item's key is hashed with the seed,
  ``SHA-256("<seed>|<key>")`` as hexadecimal text, and the items with the
  smallest hashes are chosen.  Anyone with the seed and the list of keys can
  reproduce the selection with any SHA-256 tool; it does not depend on a
  programming language's random-number generator or on the order of the list.
- **systematic** — every k-th item (k = N / n) in key order, starting at an
  offset taken from the seed's hash;
- **targeted** (judgmental) — items the verifier names, with the reason;
- **100 %** — every item.

Sizes: a risk-based share of the population (a table the verifier may edit),
raised when errors are found (30 % → 50 % → 80 % → 100 %, the Beijing
programme's rule); multi-site sampling after IAF MD 1 — √x sites initially,
0.6√x at surveillance, 0.8√x at recertification, rounded up, with at least
25 % of the sample chosen at random.  Among meters and invoices, an item
carrying 5 % or more of the total is always checked (the Beijing rule samples
only below that); a source's monthly records are sampled by share alone.

Errors found are projected to the population by ratio (errors ÷ recorded
value of the sample × recorded value of the population) and set beside
materiality.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable, Sequence

from app.domain.fieldwork.risk import Level
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

ESCALATION = (30, 50, 80, 100)  # percent of the population, raised one step each time errors are found
KEY_ITEM_SHARE = 5.0  # an item carrying this share (%) of the total or more is always checked
MIN_RANDOM_SHARE = 0.25  # of a multi-site sample


class Method(Choice):
    RANDOM = "random", "随机抽样（记录种子）", "random (recorded seed)"
    SYSTEMATIC = "systematic", "系统抽样", "systematic"
    TARGETED = "targeted", "针对性（判断）抽样", "targeted (judgmental)"
    FULL = "full", "全数核查（100%）", "100 %"


class Population(Choice):
    RECORDS = "records", "排放源的活动数据记录", "a source's period records"
    INVOICES = "invoices", "发票/结算单", "invoices"
    METERS = "meters", "计量器具", "meters"
    SITES = "sites", "场所", "sites"


class AuditKind(Choice):
    """Which audit a multi-site sample is for (IAF MD 1)."""

    INITIAL = "initial", "初次核查", "initial"
    SURVEILLANCE = "surveillance", "监督核查", "surveillance"
    RECERTIFICATION = "recertification", "再认证", "recertification"


_SITE_FACTOR = {AuditKind.INITIAL: 1.0, AuditKind.SURVEILLANCE: 0.6, AuditKind.RECERTIFICATION: 0.8}

# Share of the population (%) checked for each overall risk; the verifier may change it per engagement.
DEFAULT_RISK_TABLE: dict[Level, int] = {Level.LOW: 30, Level.MEDIUM: 50, Level.HIGH: 80}


@dataclass(frozen=True)
class RiskTable:
    """An engagement's own risk table: the share of records to check for each overall risk."""

    low: int = DEFAULT_RISK_TABLE[Level.LOW]
    medium: int = DEFAULT_RISK_TABLE[Level.MEDIUM]
    high: int = DEFAULT_RISK_TABLE[Level.HIGH]
    id: str = field(default_factory=new_id)

    def percent(self, level: Level) -> int:
        return getattr(self, Level(level).value)

    def validated(self) -> "RiskTable":
        shares = (self.low, self.medium, self.high)
        if any(isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 100 for v in shares):
            raise DomainError(Text("抽样比例应为 1 至 100 的整数。", "A share is a whole number from 1 to 100 %."), "low")
        if not self.low <= self.medium <= self.high:
            raise DomainError(Text("风险越高，抽样比例应越大（低 ≤ 中 ≤ 高）。", "A higher risk needs a share at least as large (low ≤ medium ≤ high)."), "medium")
        return self


def site_sample_size(sites: int, kind: AuditKind) -> int:
    """IAF MD 1: √x, 0.6√x or 0.8√x sites, rounded up, at least 1 and never more than there are."""
    if sites <= 0:
        return 0
    return min(sites, max(1, math.ceil(_SITE_FACTOR[kind] * math.sqrt(sites) - 1e-9)))


def random_part(sample: int) -> int:
    """How many of a multi-site sample must be chosen at random: at least 25 %, rounded up."""
    return math.ceil(MIN_RANDOM_SHARE * sample - 1e-9)


def share_size(population: int, percent: float) -> int:
    """``percent`` of ``population`` items, rounded up."""
    return min(population, math.ceil(population * percent / 100 - 1e-9))


def escalated(percent: float) -> int:
    """The next step of the escalation after errors were found at ``percent``."""
    return next((step for step in ESCALATION if step > percent), 100)


def rank(seed: str, key: str) -> str:
    """An item's place in a random selection: SHA-256 of "seed|key" as lowercase hexadecimal."""
    return hashlib.sha256(f"{seed}|{key}".encode("utf-8")).hexdigest()


def random_selection(keys: Iterable[str], n: int, seed: str) -> list[str]:
    """The ``n`` keys with the smallest rank, in rank order; the same seed and keys give the same items."""
    return sorted(set(keys), key=lambda k: rank(seed, k))[:max(0, n)]


def systematic_selection(keys: Iterable[str], n: int, seed: str) -> list[str]:
    """Every (N/n)-th key in key order, from an offset within the first interval given by the seed."""
    ordered = sorted(set(keys))
    if n <= 0 or not ordered:
        return []
    if n >= len(ordered):
        return ordered
    step = len(ordered) / n
    start = int(rank(seed, ""), 16) % max(1, math.floor(step))
    return [ordered[min(len(ordered) - 1, math.floor(start + i * step))] for i in range(n)]


@dataclass(frozen=True)
class Item:
    """One member of a population: a stable key (period, invoice number, meter, site) and its recorded value."""

    key: str
    label: str = ""
    value: float = 0.0


def key_items(items: Sequence[Item], total: float) -> list[str]:
    """Items carrying ``KEY_ITEM_SHARE`` % of ``total`` or more, which are always checked."""
    if total <= 0:
        return []
    return [i.key for i in items if abs(i.value) / total * 100 >= KEY_ITEM_SHARE]


class Result(Choice):
    PENDING = "pending", "待核查", "to check"
    AGREES = "agrees", "一致", "agrees"
    ERROR = "error", "有差错", "error found"
    NOT_FOUND = "not-found", "无法提供证据", "no evidence"


@dataclass(frozen=True)
class Sample:
    """One selected item and what the verifier found: the value traced to the evidence against the value recorded."""

    key: str
    label: str = ""
    recorded: float = 0.0
    traced: float | None = None
    result: Result = Result.PENDING
    evidence: str = ""
    why: str = ""  # how it was chosen: random, systematic, key item, or the verifier's reason

    EDITABLE = ("traced", "result", "evidence")

    def checked(self, changes: dict) -> "Sample":
        """The sample with what the verifier found; an error or a traced value needs the other."""
        unknown = set(changes) - set(self.EDITABLE)
        if unknown:
            raise DomainError(Text(f"不能修改：{', '.join(sorted(unknown))}", f"Not editable: {', '.join(sorted(unknown))}"))
        done = replace(self, **changes)
        try:
            done = replace(done, result=Result(done.result))
        except ValueError:
            raise DomainError(Text("核查结果无效。", "Unknown result."), "result") from None
        if done.traced is not None and (isinstance(done.traced, bool) or not math.isfinite(done.traced)):
            raise DomainError(Text("核实值应为数字。", "The traced value must be a number."), "traced")
        if done.result in (Result.AGREES, Result.ERROR) and done.traced is None:
            raise DomainError(Text("请填写从证据核实的数值。", "Enter the value traced to the evidence."), "traced")
        return done

    @property
    def error(self) -> float:
        """Recorded minus traced; an item with no evidence counts as wholly in error."""
        if self.result is Result.NOT_FOUND:
            return self.recorded
        if self.traced is None:
            return 0.0
        return self.recorded - self.traced


@dataclass(frozen=True)
class Plan:
    """A sampling plan for one population."""

    population: Population
    subject: str  # what is sampled: a source id, or a description
    method: Method
    seed: str = ""
    percent: float = 30.0
    reason: str = ""  # for a targeted selection, or to explain a size away from the table
    samples: tuple[Sample, ...] = ()
    escalations: int = 0
    created_on: date | None = None
    finding_id: str = ""  # the nonconformity raised for the errors found
    items: tuple[Item, ...] = ()  # the population when it is listed (invoices, meters, sites), not a source's records
    id: str = field(default_factory=new_id)

    @property
    def errors(self) -> tuple[Sample, ...]:
        return tuple(s for s in self.samples if s.result in (Result.ERROR, Result.NOT_FOUND))

    def validated(self) -> "Plan":
        if not 0 < self.percent <= 100:
            raise DomainError(Text("抽样比例应在 0 至 100% 之间。", "The sample share must be between 0 and 100 %."), "percent")
        if self.method in (Method.RANDOM, Method.SYSTEMATIC) and not self.seed.strip():
            raise DomainError(Text("随机或系统抽样须记录种子，以便复现。", "A random or systematic selection needs a recorded seed so it can be reproduced."), "seed")
        if self.method is Method.TARGETED and not self.reason.strip():
            raise DomainError(Text("针对性抽样须说明理由。", "A targeted selection needs its reason."), "reason")
        return self


KEY_ITEM = "key"  # ``Sample.why`` of an item chosen for its size; else the method's value, or the targeted reason


def select(plan: Plan, items: Sequence[Item], total: float, chosen: Sequence[str] = (), keep_selected: bool = False) -> Plan:
    """The plan with its samples chosen from ``items``: key meters and invoices always, then by the plan's method.

    ``chosen`` are the verifier's keys for a targeted selection.  Samples
    already checked stay, with their results, and count toward the size (all
    samples already selected, when ``keep_selected``); only the rest of the
    population is drawn from to make up the difference.
    """
    plan = plan.validated()
    by_key = {i.key: i for i in items}
    unknown = [k for k in chosen if k not in by_key]
    if unknown:
        raise DomainError(Text(f"所选项目不在总体中：{'、'.join(unknown)}", f"Not in the population: {', '.join(unknown)}"), "chosen")
    held = {s.key: s for s in plan.samples if (keep_selected or s.result is not Result.PENDING) and s.key in by_key}
    picked: dict[str, str] = {k: s.why for k, s in held.items()}
    keyed = key_items(items, total) if plan.population in (Population.METERS, Population.INVOICES) else []
    picked.update({k: KEY_ITEM for k in keyed if k not in picked})
    n = len(items) if plan.method is Method.FULL else share_size(len(items), plan.percent)
    rest = [i.key for i in items if i.key not in picked]
    wanted = max(0, n - len(picked))
    if plan.method is Method.RANDOM:
        drawn = random_selection(rest, wanted, plan.seed)
    elif plan.method is Method.SYSTEMATIC:
        drawn = systematic_selection(rest, wanted, plan.seed)
    elif plan.method is Method.TARGETED:
        drawn = [k for k in chosen if k not in picked]
    else:
        drawn = rest
    why = plan.reason if plan.method is Method.TARGETED else plan.method.value
    picked.update({k: why for k in drawn})
    position = {key: n for n, key in enumerate(by_key)}
    samples = tuple(
        held.get(k) or Sample(k, by_key[k].label, by_key[k].value, why=reason)
        for k, reason in sorted(picked.items(), key=lambda kv: position[kv[0]])
    )
    return replace(plan, samples=samples)


def escalate(plan: Plan, items: Sequence[Item], total: float) -> Plan:
    """Errors were found: raise the share one step (30 → 50 → 80 → 100 %) and add the items that brings in."""
    if not plan.errors:
        raise DomainError(Text("尚未发现差错，无需扩大样本。", "No error has been found; the sample need not grow."), "percent")
    if plan.percent >= 100:
        raise DomainError(Text("已全数核查。", "Every item is already checked."), "percent")
    grown = replace(plan, percent=escalated(plan.percent), escalations=plan.escalations + 1)
    if plan.method is Method.TARGETED:
        grown = replace(grown, method=Method.RANDOM, seed=plan.seed or plan.id)
    return select(grown, items, total, keep_selected=True)


@dataclass(frozen=True)
class Projection:
    """Errors found in the sample, projected to the population, beside materiality (all tCO₂e or the item unit)."""

    sample_value: float
    sample_error: float
    population_value: float
    projected_error: float
    materiality: float

    @property
    def material(self) -> bool:
        """Only a population with values has a materiality to reach (a list of invoices without amounts has none)."""
        return self.materiality > 0 and abs(self.projected_error) >= self.materiality


def project(plan: Plan, items: Sequence[Item], materiality: float) -> Projection:
    """Ratio projection: errors ÷ recorded value of the checked samples × recorded value of the population."""
    checked = [s for s in plan.samples if s.result is not Result.PENDING]
    sample_value = math.fsum(s.recorded for s in checked)
    sample_error = math.fsum(s.error for s in checked)
    population_value = math.fsum(i.value for i in items)
    projected = sample_error / sample_value * population_value if sample_value else 0.0
    if checked and len(checked) == len(items):
        projected = sample_error  # everything was checked: nothing to project
    return Projection(sample_value, sample_error, population_value, projected, materiality)


def listed_items(lines: str) -> tuple[Item, ...]:
    """A population typed or pasted one item per line: "number | description | value" (value optional, 0 when left out)."""
    items, seen = [], set()
    for n, line in enumerate(lines.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        key, label = parts[0], parts[1] if len(parts) > 1 else ""
        try:
            value = float(parts[2].replace(",", "")) if len(parts) > 2 and parts[2] else 0.0
        except ValueError:
            raise DomainError(Text(f"第 {n} 行的数值“{parts[2]}”不是数字。", f"Line {n}: the value “{parts[2]}” is not a number."), "items") from None
        if not key or key in seen:
            raise DomainError(Text(f"第 {n} 行的编号为空或重复。", f"Line {n}: the number is empty or given twice."), "items")
        seen.add(key)
        items.append(Item(key, label, value))
    return tuple(items)


def site_share(sites: int, kind: AuditKind) -> float:
    """The share (%) that gives the IAF MD 1 number of sites when rounded up by :func:`share_size`."""
    return 100.0 * site_sample_size(sites, kind) / sites if sites else 100.0
