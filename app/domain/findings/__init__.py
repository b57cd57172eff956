"""The findings context: nonconformities and observations with their life (:mod:`.finding`), findings proposed from
the recalculation (:mod:`.proposals`) and the client's returned form (:mod:`.reply`).  It may use the inventory.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.findings.finding import Action, Event, Finding, Kind, Response, Severity, State
from app.domain.findings.proposals import Proposal
from app.domain.findings.reply import ReplyPlan

__all__ = [
    "Action",
    "Event",
    "Finding",
    "Kind",
    "Proposal",
    "ReplyPlan",
    "Response",
    "Severity",
    "State",
]
