"""The statement context: statement versions and their sections (:mod:`.statement`) and the facts frozen into each
(:mod:`.facts`).  It may use findings and the inventory.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.statement.facts import EstimateFigure, Facts, OffsetFigure, SourceFigure
from app.domain.statement.statement import Opinion, Statement, Wording

__all__ = [
    "EstimateFigure",
    "Facts",
    "OffsetFigure",
    "Opinion",
    "SourceFigure",
    "Statement",
    "Wording",
]
