"""The shared kernel every context uses: bilingual text and errors (:mod:`.text`), identifiers (:mod:`.ids`),
calendar arithmetic (:mod:`.dates`), the hash-chained change history (:mod:`.history`), the record codec every
context's store uses (:mod:`.records`), long work's :class:`~.cancelling.Cancelled`, the closed lists an
engagement is set up from (:mod:`.choices`) and how units are written (:mod:`.unit_text`).

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.kernel.choices import Assurance, BoundaryApproach, Choice, Gas, GwpReport, Programme, Role
from app.domain.kernel.history import Change, HistoryEntry
from app.domain.kernel.text import DomainError, NotFound, Text

__all__ = [
    "Assurance",
    "BoundaryApproach",
    "Change",
    "Choice",
    "DomainError",
    "Gas",
    "GwpReport",
    "HistoryEntry",
    "NotFound",
    "Programme",
    "Role",
    "Text",
]
