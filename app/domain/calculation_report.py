"""A recalculation as plain data (numbers in tCO2e, labels in English): what ``verifield calc --json`` prints."""

from __future__ import annotations

from typing import Any

from app.domain.inventory_services import Calculation


def calculation_report(calculation: Calculation) -> dict[str, Any]:
    inventory = calculation.inventory
    results, balance, engagement = calculation.results, calculation.balance, inventory.engagement
    key = set(results.key_sources)
    sources = []
    for source in inventory.sources:
        r = results.sources[source.id]
        sources.append({
            "id": source.id, "name": source.name, "category": source.category.value,
            "iso_category": source.category.iso_category, "method": source.method.value, "gas": source.gas.value,
            "activity": r.activity, "activity_unit": r.activity_unit, "verified": r.verified, "reported": r.reported,
            "difference": r.difference, "difference_pct": r.difference_pct, "key_source": source.id in key,
            "problem": r.problem.en if r.problem else None,
        })
    m = results.materiality
    return {
        "engagement": engagement.code,
        "gwp_report": engagement.gwp_report.value,
        "unit": "tCO2e",
        "sources": sources,
        "totals": {
            "by_category": {c.value: v for c, v in results.by_category.items()},
            "direct": results.direct, "indirect": results.indirect, "total": results.total,
            "reported": results.reported_total, "difference": results.difference, "difference_pct": results.difference_pct,
        },
        "materiality": {
            "threshold_pct": m.threshold_pct, "net": m.net, "gross": m.gross, "net_pct": m.net_pct,
            "gross_pct": m.gross_pct, "verdict": m.verdict.value, "verdict_text": m.verdict.label.en,
        },
        "intensity": [{"product": p.product, "unit": f"tCO2e/{p.unit}", "value": v} for p, v in results.intensity],
        "neutrality": {
            "eligible": balance.eligible, "ineligible": balance.ineligible, "neutral": balance.neutral,
            "shortfall": balance.shortfall,
        },
        "incomplete": list(results.incomplete),
    }
