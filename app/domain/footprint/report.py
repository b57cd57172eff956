"""A product footprint's figures as plain data (``verifield calc ENGAGEMENT --json`` for an ISO 14067 engagement).

``functional_unit`` states the unit (functional or declared), its text and the reference flow; ``stages`` the
kgCO₂e per unit of each life-cycle stage (inside the boundary); ``per_unit`` the footprint under the chosen
allocation; ``split`` fossil, biogenic and land-use change; ``sensitivity`` the result under each allocation
method; ``flows`` each flow with its figures; ``problems`` what could not be calculated.
"""

from __future__ import annotations

from typing import Iterable

from app.domain.footprint.footprint import Flow, ProductFootprint
from app.domain.footprint.result import FootprintResult


def footprint_report(code: str, gwp_report: str, product: ProductFootprint | None, result: FootprintResult,
                     flows: Iterable[Flow]) -> dict:
    product = product or ProductFootprint()
    figures = {f.flow_id: f for f in result.figures}
    inside = product.boundary.stages
    return {
        "engagement": code, "programme": "iso14067", "gwp_report": gwp_report, "unit": "kgCO2e per unit",
        "product": product.product,
        "functional_unit": {"kind": product.unit_kind.value, "text": product.unit_text, "reference_flow": product.reference_flow},
        "boundary": product.boundary.value, "allocation": result.method.value,
        "stages": {stage.value: kg for stage, kg in result.by_stage().items() if stage in inside},
        "per_unit": result.per_unit,
        "split": {carbon.value: kg for carbon, kg in result.by_carbon().items()},
        "sensitivity": {method.value: kg for method, kg in result.sensitivity.items()},
        "cut_off_pct": result.cut_off_pct,
        "flows": [{"id": f.id, "name": f.name, "stage": f.stage.value, "carbon": f.carbon.value, "included": f.included,
                   "allocated": f.allocated, "tco2e": figures[f.id].tco2e if f.id in figures else None,
                   "kg_per_unit": figures[f.id].kg_per_unit if f.id in figures else None} for f in flows],
        "problems": [p.en for p in result.problems],
    }
