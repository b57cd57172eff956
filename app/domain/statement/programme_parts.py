"""Which parts of the workbench each programme uses, and which document it ends in: the one table the workspace
(which pages it shows) and the life cycle (what a statement stage needs) both read.

An organisation inventory (ISO 14064-1, the national ETS guide, ISO 14068-1) has the inventory, the monitoring plan,
the offsets and their balance (the neutrality part: offsets are recorded beside any inventory, and the statement
speaks of a carbon-neutrality claim only where ISO 14068-1 is the programme or a criterion,
:func:`app.domain.statement.statement.carbon_neutrality`) and the versioned verification statement.  An ISO 14064-2
project, an ISO 14067 footprint and agreed-upon procedures each have their own part and their own document (the
statement of reductions, the footprint statement, the report of factual findings, which gives no opinion and no
level of assurance).
"""

from __future__ import annotations

from typing import Iterable

from app.domain.kernel.choices import Programme
from app.domain.statement.statement import carbon_neutrality

INVENTORY, MONITORING, NEUTRALITY, STATEMENT = "inventory", "monitoring", "neutrality", "statement"
PROJECT, FOOTPRINT, AUP = "project", "footprint", "aup"

_ORGANISATION = frozenset({INVENTORY, MONITORING, NEUTRALITY, STATEMENT})
PARTS: dict[Programme, frozenset[str]] = {
    Programme.ISO_14064_1: _ORGANISATION,
    Programme.CN_ETS: _ORGANISATION,
    Programme.ISO_14068_1: _ORGANISATION,
    Programme.ISO_14064_2: frozenset({PROJECT}),
    Programme.ISO_14067: frozenset({FOOTPRINT}),
    Programme.AUP: frozenset({AUP}),
}
# The part whose document a programme issues (the versioned statement is the STATEMENT part's).
DOCUMENT: dict[Programme, str] = {
    programme: next(part for part in (PROJECT, FOOTPRINT, AUP, STATEMENT) if part in parts) for programme, parts in PARTS.items()
}


def parts(programme: Programme, criteria: Iterable[str] = ()) -> frozenset[str]:
    """The parts an engagement under ``programme`` with ``criteria`` uses."""
    return PARTS[Programme(programme)]


def uses(programme: Programme, criteria: Iterable[str], part: str) -> bool:
    return part in parts(programme, criteria)


def document(programme: Programme) -> str:
    """The part whose document ``programme`` ends in: STATEMENT, PROJECT, FOOTPRINT or AUP."""
    return DOCUMENT[Programme(programme)]


# What an organisation inventory verifies, for the wording of its documents (the calculation workbook): an
# organisation's GHG statement, one under the national ETS guide, a carbon-neutrality claim (ISO 14068-1, as the
# programme or a criterion), or seed 004's carbon-neutrality evaluation of an industrial enterprise (T/CIECCPA 061
# among the criteria, whichever organisation programme holds it).
ORGANISATION_GHG, NATIONAL_ETS, CARBON_NEUTRALITY, INDUSTRIAL_EVALUATION = (
    "organisation", "national-ets", "carbon-neutrality", "industrial-evaluation")
EVALUATION_CRITERION = "T/CIECCPA 061"


def inventory_kind(programme: Programme, criteria: Iterable[str]) -> str:
    """ORGANISATION_GHG, NATIONAL_ETS, CARBON_NEUTRALITY or INDUSTRIAL_EVALUATION (see above)."""
    criteria = tuple(criteria)
    if any(c.strip().startswith(EVALUATION_CRITERION) for c in criteria):
        return INDUSTRIAL_EVALUATION
    if carbon_neutrality(programme, criteria):
        return CARBON_NEUTRALITY
    return NATIONAL_ETS if Programme(programme) is Programme.CN_ETS else ORGANISATION_GHG
