"""An engagement's inventory as loaded in one piece, and that inventory recalculated with its neutrality balance."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.engagement.engagement import Engagement
from app.domain.inventory.calculation import Recalculator, Results
from app.domain.inventory.neutrality import Balance, Offset
from app.domain.inventory.sources import ActivityRecord, EmissionSource, Production


@dataclass(frozen=True)
class Inventory:
    """Everything recalculation needs for one engagement."""

    engagement: Engagement
    sources: list[EmissionSource]
    records: list[ActivityRecord]
    production: list[Production]
    offsets: list[Offset]


@dataclass(frozen=True)
class Calculation:
    """An inventory as loaded, its recalculated results and its neutrality balance."""

    inventory: Inventory
    results: Results
    balance: Balance
    recalculator: Recalculator
