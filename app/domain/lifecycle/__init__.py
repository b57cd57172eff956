"""The life cycle's gates (:mod:`.gates`): what each step forward requires, read across every other context.
It sits on top of the domain; the stages themselves are :mod:`app.domain.engagement.stages`.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.lifecycle.gates import advance, blockers, planning_gaps, terminate

__all__ = [
    "advance",
    "blockers",
    "planning_gaps",
    "terminate",
]
