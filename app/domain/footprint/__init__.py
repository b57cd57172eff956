"""The footprint context (ISO 14067, programme P03): a product's functional or declared unit, system boundary,
life-cycle stages with their inputs and outputs (:mod:`.footprint`), allocation among co-products, cut-off criteria,
and the result per unit with its fossil / biogenic / land-use-change split and its sensitivity to the allocation
method (:mod:`.result`).  It may use the inventory (whose methods and factors calculate every flow) and the engagement.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.footprint.footprint import (
    AllocationMethod,
    Boundary,
    Carbon,
    CoProduct,
    Direction,
    Flow,
    LifeStage,
    ProductFootprint,
    UnitKind,
)
from app.domain.footprint.result import FlowFigure, FootprintResult

__all__ = [
    "AllocationMethod",
    "Boundary",
    "Carbon",
    "CoProduct",
    "Direction",
    "Flow",
    "FlowFigure",
    "FootprintResult",
    "LifeStage",
    "ProductFootprint",
    "UnitKind",
]
