"""A project's figures as plain data (``verifield calc ENGAGEMENT --json`` for an ISO 14064-2 engagement).

``baseline``, ``project``, ``leakage`` and ``reductions`` each give the ex-post total, per monitoring period and
vintage, and per vintage; ``ex_ante`` repeats the four for the validation's estimate; ``ssrs`` lists every source,
sink and reservoir with its figures; ``problems`` names what could not be calculated.
"""

from __future__ import annotations

from typing import Iterable

from app.domain.project.project import Basis, Ssr
from app.domain.project.reductions import Reductions

FIGURES = ("baseline", "project", "leakage", "reductions")


def _figures(reductions: Reductions, basis: Basis) -> dict[str, dict]:
    lines = reductions.of(basis)
    total = reductions.total(basis)
    out = {}
    for name in FIGURES:
        per_vintage: dict[str, float] = {}
        for line in lines:
            per_vintage[str(line.vintage)] = per_vintage.get(str(line.vintage), 0.0) + getattr(line, name)
        out[name] = {
            "total": total[name],
            "per_period": [{"period": line.period.label, "vintage": line.vintage, "tco2e": getattr(line, name)} for line in lines],
            "per_vintage": per_vintage,
        }
    return out


def project_report(code: str, gwp_report: str, reductions: Reductions, ssrs: Iterable[Ssr]) -> dict:
    """The project's figures, ex post first (the verification's), then the ex-ante estimate (the validation's)."""
    figures = {}
    for f in reductions.figures:
        figures.setdefault(f.ssr_id, []).append({"basis": f.basis.value, "vintage": f.vintage, "activity": f.activity,
                                                 "activity_unit": f.activity_unit, "tco2e": f.tco2e})
    return {
        "engagement": code, "programme": "iso14064-2", "gwp_report": gwp_report, "unit": "tCO2e", "basis": Basis.EX_POST.value,
        **_figures(reductions, Basis.EX_POST),
        "ex_ante": _figures(reductions, Basis.EX_ANTE),
        "ssrs": [{"id": s.id, "name": s.name, "scenario": s.scenario.value, "relation": s.relation.value, "type": s.kind.value,
                  "included": s.included, "figures": figures.get(s.id, [])} for s in ssrs],
        "problems": [p.en for p in reductions.problems],
    }
