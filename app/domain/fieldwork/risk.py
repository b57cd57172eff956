"""Risk assessment per source or data stream (seed 001 §9.3): inherent, control and detection risk.

Each is low, medium or high with a rationale.  The overall risk is the
highest of the three — a deliberately conservative rule: one high risk is
enough to warrant the larger sample of the risk table
(:data:`app.domain.fieldwork.sampling.DEFAULT_RISK_TABLE`).  Key sources (the largest
making up 95 % of the total) that are still rated low are flagged, since a
verifier must say why a key source carries little risk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


class Level(Choice):
    LOW = "low", "低", "low"
    MEDIUM = "medium", "中", "medium"
    HIGH = "high", "高", "high"

    @property
    def rank(self) -> int:
        return list(Level).index(self)


KINDS = {
    "inherent": Text("固有风险（发生实质性偏差）", "inherent risk (a material misstatement occurs)"),
    "control": Text("控制风险（组织未能防止或发现）", "control risk (the client does not prevent or detect it)"),
    "detection": Text("检查风险（核查员未能发现）", "detection risk (the verifier does not find it)"),
}


@dataclass(frozen=True)
class RiskAssessment:
    """The three risks of one source (or data stream), each with its rationale."""

    source_id: str
    inherent: Level = Level.MEDIUM
    control: Level = Level.MEDIUM
    detection: Level = Level.MEDIUM
    inherent_why: str = ""
    control_why: str = ""
    detection_why: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("inherent", "control", "detection", "inherent_why", "control_why", "detection_why")

    @property
    def overall(self) -> Level:
        return max((self.inherent, self.control, self.detection), key=lambda level: level.rank)

    def validated(self) -> "RiskAssessment":
        try:
            checked = RiskAssessment(self.source_id, Level(self.inherent), Level(self.control), Level(self.detection),
                                     self.inherent_why, self.control_why, self.detection_why, self.id)
        except ValueError:
            raise DomainError(Text("风险等级应为低、中或高。", "A risk is low, medium or high."), "inherent") from None
        for kind in KINDS:
            if getattr(checked, kind) is not Level.LOW and not getattr(checked, f"{kind}_why").strip():
                raise DomainError(
                    Text(f"请说明{KINDS[kind].zh}评为“{getattr(checked, kind).label.zh}”的理由。",
                         f"Give the reason for rating the {KINDS[kind].en} {getattr(checked, kind).label.en}."),
                    f"{kind}_why",
                )
        return checked


def unexplained_key_sources(assessments: list[RiskAssessment], key_sources: tuple[str, ...]) -> list[str]:
    """Key sources with no assessment, or rated low overall without a single rationale."""
    by_source = {a.source_id: a for a in assessments}
    out = []
    for source_id in key_sources:
        a = by_source.get(source_id)
        if a is None or (a.overall is Level.LOW and not (a.inherent_why or a.control_why or a.detection_why).strip()):
            out.append(source_id)
    return out
