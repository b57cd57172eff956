"""The offset priority of seed 004 §8.4.2 (and §8.4.3 for developed sinks).

An enterprise should first retire allowances bought on an exchange, then cover the rest with credits in this order:
a) CCER, forestry-sink and local projects first; b) government-certified energy-saving reductions, local projects
first.  A sink the enterprise develops itself (§8.4.3) stands beside that order; other credits (VCS, GS …) are not in
it.  An :class:`OffsetClass` says of one offset what the order needs beyond its kind: the project type and whether it
is local.  :func:`review` ranks the offsets and names each step of the order the portfolio skips.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable

from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import Text

# How the store files them (beside the field-work records: one JSON document each).
CLASS_KIND = "offset_class"
CLAUSE = "T/CIECCPA 061—2023 §8.4.2"


class ProjectType(Choice):
    FORESTRY = "forestry", "林业碳汇项目", "forestry carbon sink project"
    ENERGY_SAVING = "energy-saving", "政府核证节能项目", "government-certified energy-saving project"
    OTHER = "other", "其他项目", "other project"


class Rank(Choice):
    """The §8.4.2 order, best first; a developed sink and other credits stand outside it."""

    ALLOWANCE = "allowance", "1 碳配额（交易机构购买）", "1 allowances bought on an exchange"
    CCER_PREFERRED = "ccer-preferred", "2 CCER：林业碳汇或本地项目", "2 CCER: forestry sink or local project"
    CCER = "ccer", "3 CCER：其他项目", "3 CCER: other project"
    SAVING_LOCAL = "saving-local", "4 政府核证节能减排量：本地项目", "4 government-certified energy saving: local"
    SAVING = "saving", "5 政府核证节能减排量：其他地区", "5 government-certified energy saving: elsewhere"
    SINK = "sink", "自建碳汇项目（§8.4.3）", "own sink project (§8.4.3)"
    OUTSIDE = "outside", "不在 §8.4.2 所列类型内的碳信用", "credit of a type §8.4.2 does not list"


ORDER = (Rank.ALLOWANCE, Rank.CCER_PREFERRED, Rank.CCER, Rank.SAVING_LOCAL, Rank.SAVING)


@dataclass(frozen=True)
class OffsetClass:
    """What §8.4.2 needs to know of one offset beyond its kind."""

    offset_id: str
    project_type: ProjectType = ProjectType.OTHER
    local: bool = False
    id: str = field(default_factory=new_id)

    EDITABLE = ("offset_id", "project_type", "local")

    def validated(self) -> "OffsetClass":
        return OffsetClass(self.offset_id, ProjectType(self.project_type), bool(self.local), self.id)


def rank(offset: Offset, cls: OffsetClass | None) -> Rank:
    """The offset's place in the §8.4.2 order."""
    project, local = (cls.project_type, cls.local) if cls else (ProjectType.OTHER, False)
    if offset.kind is OffsetKind.ALLOWANCE:
        return Rank.ALLOWANCE
    if offset.kind is OffsetKind.SINK:
        return Rank.SINK
    if offset.kind is OffsetKind.CCER:
        return Rank.CCER_PREFERRED if project is ProjectType.FORESTRY or local else Rank.CCER
    if project is ProjectType.ENERGY_SAVING:
        return Rank.SAVING_LOCAL if local else Rank.SAVING
    return Rank.OUTSIDE


@dataclass(frozen=True)
class Ranked:
    offset: Offset
    rank: Rank


@dataclass(frozen=True)
class PriorityReview:
    """The offsets in §8.4.2 order, tonnes by rank, and each step of the order the portfolio skips."""

    lines: tuple[Ranked, ...]
    tonnes: dict[Rank, float]
    departures: tuple[Text, ...]

    @property
    def followed(self) -> bool:
        return not self.departures


def review(offsets: Iterable[Offset], classes: Iterable[OffsetClass]) -> PriorityReview:
    """Rank every offset; a departure is a rank used while a better one of the order is not, or a credit outside it."""
    by_offset = {c.offset_id: c for c in classes}
    ranks = list(Rank)
    lines = tuple(sorted((Ranked(o, rank(o, by_offset.get(o.id))) for o in offsets), key=lambda r: ranks.index(r.rank)))
    tonnes = {r: math.fsum(line.offset.quantity for line in lines if line.rank is r) for r in Rank}
    used = [r for r in ORDER if tonnes[r] > 0]
    departures = []
    if used:
        worst = ORDER.index(used[-1])
        for better in ORDER[:worst]:
            if tonnes[better] == 0:
                departures.append(Text(f"使用了“{used[-1].label.zh}”，但未使用优先的“{better.label.zh}”。",
                                       f"“{used[-1].label.en}” is used while the preferred “{better.label.en}” is not."))
    if tonnes[Rank.OUTSIDE] > 0:
        departures.append(Text(f"{tonnes[Rank.OUTSIDE]:,.2f} tCO₂e 为 §8.4.2 未列出类型的碳信用（如 VCS、GS）。",
                               f"{tonnes[Rank.OUTSIDE]:,.2f} tCO₂e are credits of a type §8.4.2 does not list (VCS, GS …)."))
    return PriorityReview(lines, tonnes, tuple(departures))
