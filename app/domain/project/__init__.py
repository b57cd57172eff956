"""The project context (ISO 14064-2, programme P02): the project, its crediting and monitoring periods, the baseline
and project scenarios with their sources, sinks and reservoirs, leakage, the monitoring plan (:mod:`.project`) and
the reductions ER = BE − PE − LE per monitoring period and vintage (:mod:`.reductions`).  It may use the inventory
(whose methods and factors calculate every SSR) and the engagement.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.project.project import (
    Basis,
    MonitoringParameter,
    MonitoringPeriod,
    ProjectData,
    ProjectDescription,
    Relation,
    Scenario,
    Ssr,
    SsrType,
)
from app.domain.project.reductions import Line, Reductions, SsrFigure

__all__ = [
    "Basis",
    "Line",
    "MonitoringParameter",
    "MonitoringPeriod",
    "ProjectData",
    "ProjectDescription",
    "Reductions",
    "Relation",
    "Scenario",
    "Ssr",
    "SsrFigure",
    "SsrType",
]
