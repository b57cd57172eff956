"""A recalculation as plain data (numbers in tCO2e, labels in English): what ``verifield calc --json`` prints.

``totals.total`` is the verified total including the conservative estimates
listed under ``estimates``; ``recalculated`` is the sources alone.  A figure
the client did not report is null, and so is its difference; every
percentage of a difference is of the reported figure (``difference_pct_basis``).
"""

from __future__ import annotations

from typing import Any

from app.domain.inventory.factors import FactorUse
from app.domain.inventory.snapshot import Calculation
from app.domain.inventory.sources import EmissionSource


def _factor(use: FactorUse) -> dict[str, Any]:
    return {
        "value": use.value, "unit": use.unit, "source": use.source, "status": use.status, "checked": use.checked,
        "priority": use.priority.value, "library_id": use.library_id, "version": use.version,
    }


def _factors(source: EmissionSource) -> dict[str, Any]:
    """Each factor the source uses, with its provenance (streams by name)."""
    out = {slot: _factor(getattr(source, slot)) for slot, _kind in source.method.factor_slots if getattr(source, slot)}
    out.update({f"stream:{s.name}": _factor(s.carbon) for s in source.streams if s.carbon})
    return out


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
            "factors": _factors(source),
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
            "recalculated": results.recalculated, "reported": results.reported_total, "difference": results.difference,
            "difference_pct": results.difference_pct, "difference_pct_basis": "reported total",
            "unreported": list(results.unreported),
        },
        "estimates": [{"finding": e.label, "tonnes": e.tonnes, "basis": e.basis, "source_id": e.source_id or None} for e in results.estimates],
        "materiality": {
            "threshold_pct": m.threshold_pct, "net": m.net, "gross": m.gross, "net_pct": m.net_pct,
            "gross_pct": m.gross_pct, "pct_basis": "reported total", "verdict": m.verdict.value, "verdict_text": m.verdict.label.en,
        },
        "intensity": [{"product": p.product, "unit": f"tCO2e/{p.unit}", "value": v} for p, v in results.intensity],
        "neutrality": {
            "eligible": balance.eligible, "ineligible": balance.ineligible, "neutral": balance.neutral,
            "shortfall": balance.shortfall,
        },
        "incomplete": list(results.incomplete),
    }
