"""An ISO 14064-2 GHG project as the validator or verifier reads it (programme P02).

:class:`ProjectDescription` (one per engagement): what the project is, where, its technology and methodology,
its start and crediting period.  :class:`MonitoringPeriod`: the periods the project proponent monitors and claims
reductions for, inside the crediting period and never overlapping.  :class:`Ssr`: a source, sink or reservoir of
the baseline scenario, the project scenario or leakage, controlled / related / affected by the proponent (ISO
14064-2 §5.3), each calculated by the inventory's own methods (an :class:`~app.domain.inventory.sources.EmissionSource`
with its factors from the library).  :class:`ProjectData`: the quantity an SSR's calculation needs for a stretch of
time, as estimated before (ex ante, validation) or measured after (ex post, verification).
:class:`MonitoringParameter`: a parameter of the monitoring plan, with how, how often and with what it is measured
and its QA/QC.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.inventory.sources import EmissionSource
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

# How the store files them (beside the field-work records: one JSON document each).
PROJECT_KIND, PERIOD_KIND, SSR_KIND, DATA_KIND, PARAMETER_KIND = "project", "project_period", "project_ssr", "project_data", "project_param"


class Scenario(Choice):
    BASELINE = "baseline", "基准线情景", "baseline scenario"
    PROJECT = "project", "项目情景", "project scenario"
    LEAKAGE = "leakage", "泄漏", "leakage"


class Relation(Choice):
    """ISO 14064-2 §5.3: how an SSR stands to the project proponent."""

    CONTROLLED = "controlled", "受控的", "controlled"
    RELATED = "related", "相关的", "related"
    AFFECTED = "affected", "受影响的", "affected"


class SsrType(Choice):
    SOURCE = "source", "源", "source"
    SINK = "sink", "汇", "sink"
    RESERVOIR = "reservoir", "库", "reservoir"


class Basis(Choice):
    EX_ANTE = "ex-ante", "事前估算（审定）", "ex-ante estimate (validation)"
    EX_POST = "ex-post", "事后监测（核查）", "ex-post result (verification)"


@dataclass(frozen=True)
class ProjectDescription:
    title: str = ""
    location: str = ""
    technology: str = ""
    methodology: str = ""
    proponent: str = ""
    start_date: date | None = None
    crediting_start: date | None = None
    crediting_end: date | None = None
    baseline_text: str = ""
    additionality: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("title", "location", "technology", "methodology", "proponent", "start_date", "crediting_start", "crediting_end",
                "baseline_text", "additionality")

    def validated(self) -> "ProjectDescription":
        if self.crediting_start and self.crediting_end and self.crediting_end <= self.crediting_start:
            raise DomainError(Text(f"计入期结束 {self.crediting_end} 不晚于开始 {self.crediting_start}。",
                                   f"The crediting period ends ({self.crediting_end}) no later than it starts ({self.crediting_start})."),
                              "crediting_end")
        if self.start_date and self.crediting_start and self.crediting_start < self.start_date:
            raise DomainError(Text("计入期不能早于项目开始日期。", "The crediting period cannot start before the project does."), "crediting_start")
        return replace(self, title=self.title.strip())


@dataclass(frozen=True)
class MonitoringPeriod:
    start: date
    end: date
    id: str = field(default_factory=new_id)

    EDITABLE = ("start", "end")

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def validated(self) -> "MonitoringPeriod":
        if self.end < self.start:
            raise DomainError(Text(f"监测期结束 {self.end} 早于开始 {self.start}。",
                                   f"The monitoring period ends ({self.end}) before it starts ({self.start})."), "end")
        return self


def check_periods(project: ProjectDescription | None, periods: list[MonitoringPeriod]) -> None:
    """Monitoring periods lie inside the crediting period and do not overlap."""
    ordered = sorted(periods, key=lambda p: p.start)
    for period in ordered:
        if project and project.crediting_start and project.crediting_end and not (
                project.crediting_start <= period.start and period.end <= project.crediting_end):
            raise DomainError(Text(f"监测期 {period.label} 超出计入期 {project.crediting_start} – {project.crediting_end}。",
                                   f"The monitoring period {period.label} lies outside the crediting period "
                                   f"{project.crediting_start} – {project.crediting_end}."), "start")
    for earlier, later in zip(ordered, ordered[1:]):
        if later.start <= earlier.end:
            raise DomainError(Text(f"监测期 {earlier.label} 与 {later.label} 重叠。",
                                   f"The monitoring periods {earlier.label} and {later.label} overlap."), "start")


@dataclass(frozen=True)
class Ssr:
    """A source, sink or reservoir of one scenario, calculated as the inventory calculates a source."""

    source: EmissionSource
    scenario: Scenario = Scenario.BASELINE
    relation: Relation = Relation.CONTROLLED
    kind: SsrType = SsrType.SOURCE
    included: bool = True
    justification: str = ""  # why it is included or excluded
    id: str = field(default_factory=new_id)

    OWN = ("scenario", "relation", "kind", "included", "justification")
    SOURCE = ("name", "method", "gas")  # edited on its source

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def method(self):
        return self.source.method

    @property
    def gas(self):
        return self.source.gas

    @property
    def factor_id(self) -> str:
        """The library entry of its emission factor ("" for none, or a value of the verifier's own)."""
        return self.source.factor.library_id if self.source.factor else ""

    @property
    def fuel(self) -> str:
        """The library fuel its fuel-combustion factors come from: the entries' common prefix ("cn-fuel/diesel/")."""
        use = self.source.ncv
        return use.library_id.removesuffix("ncv") if use and use.library_id.endswith("/ncv") else ""

    def validated(self) -> "Ssr":
        try:
            checked = replace(self, scenario=Scenario(self.scenario), relation=Relation(self.relation), kind=SsrType(self.kind))
        except ValueError:
            raise DomainError(Text("情景、关系或类型无效。", "Unknown scenario, relation or type."), "scenario") from None
        if not checked.included and not checked.justification.strip():
            raise DomainError(Text("排除的源、汇或库须说明理由。", "Give the reason a source, sink or reservoir is excluded."), "justification")
        return replace(checked, source=self.source.validated())

    @property
    def sign(self) -> float:
        """+1 for an emission, −1 for a removal (a sink's or reservoir's uptake lowers the scenario's emissions)."""
        return 1.0 if self.kind is SsrType.SOURCE else -1.0


@dataclass(frozen=True)
class ProjectData:
    """What an SSR's calculation needs over a stretch of time (within one calendar year: its vintage)."""

    ssr_id: str
    basis: Basis
    period_start: date
    period_end: date
    quantity: float
    unit: str
    evidence: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("ssr_id", "basis", "period_start", "period_end", "quantity", "unit", "evidence")

    @property
    def vintage(self) -> int:
        return self.period_start.year

    def validated(self) -> "ProjectData":
        if self.period_end < self.period_start:
            raise DomainError(Text("数据期间结束早于开始。", "The data's period ends before it starts."), "period_end")
        if self.period_end.year != self.period_start.year:
            raise DomainError(Text(f"数据期间 {self.period_start} – {self.period_end} 跨年：请按年份（减排量年份）分开录入。",
                                   f"The data's period {self.period_start} – {self.period_end} spans a year end: enter each "
                                   f"vintage year apart."), "period_end")
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, (int, float)) or self.quantity < 0:
            raise DomainError(Text("数量应为非负数。", "The quantity must be a non-negative number."), "quantity")
        return replace(self, basis=Basis(self.basis), quantity=float(self.quantity))


class Frequency(Choice):
    CONTINUOUS = "continuous", "连续监测", "continuous"
    DAILY = "daily", "每日", "daily"
    MONTHLY = "monthly", "每月", "monthly"
    ANNUAL = "annual", "每年", "annual"
    PER_BATCH = "per-batch", "每批次", "per batch"


@dataclass(frozen=True)
class MonitoringParameter:
    """A parameter of the monitoring plan (ISO 14064-2 §5.10)."""

    name: str
    unit: str = ""
    ssr_id: str = ""
    method: str = ""
    frequency: Frequency = Frequency.MONTHLY
    instrument: str = ""
    calibration: str = ""
    qa_qc: str = ""
    responsible: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("name", "unit", "ssr_id", "method", "frequency", "instrument", "calibration", "qa_qc", "responsible")

    def validated(self) -> "MonitoringParameter":
        if not self.name.strip():
            raise DomainError(Text("请填写监测参数名称。", "Enter the parameter's name."), "name")
        if not self.method.strip():
            raise DomainError(Text(f"请填写参数 {self.name} 的监测方法。", f"Enter how {self.name} is measured."), "method")
        return replace(self, name=self.name.strip(), frequency=Frequency(self.frequency))
