"""What a programme's own document still lacks before the engagement may leave the statement stage: the statement of
reductions of an ISO 14064-2 project, the footprint statement of an ISO 14067 product, the report of factual findings
of agreed-upon procedures (read by :mod:`app.domain.lifecycle.gates`; the versioned statement has its own rules in
:mod:`app.domain.statement.statement`).

The caller reads the records of the kinds :func:`kinds` names and hands them in, with the GWP table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.fieldwork.aup import PROCEDURE_KIND, TERMS_KIND, report_blockers
from app.domain.footprint.footprint import COPRODUCT_KIND, FLOW_KIND, FOOTPRINT_KIND
from app.domain.footprint.result import calculate as footprint_result
from app.domain.kernel.text import Text
from app.domain.project.project import DATA_KIND, PERIOD_KIND, SSR_KIND
from app.domain.project.reductions import calculate as reductions
from app.domain.statement.programme_parts import AUP, FOOTPRINT, PROJECT, document

if TYPE_CHECKING:
    from app.domain.engagement.engagement import Engagement

_KINDS = {PROJECT: (SSR_KIND, DATA_KIND, PERIOD_KIND), FOOTPRINT: (FOOTPRINT_KIND, FLOW_KIND, COPRODUCT_KIND),
          AUP: (TERMS_KIND, PROCEDURE_KIND)}


def kinds(e: "Engagement") -> tuple[str, ...]:
    """The record kinds the programme's own document is made from (none for the versioned statement)."""
    return _KINDS.get(document(e.programme), ())


def needs_gwps(e: "Engagement") -> bool:
    return document(e.programme) in (PROJECT, FOOTPRINT)


def document_gaps(e: "Engagement", held: dict[str, list], gwps=None) -> list[Text]:
    """What the programme's own document lacks, from the records ``held`` by kind (empty for the versioned statement)."""
    part = document(e.programme)
    if part == PROJECT:
        result = reductions(held[SSR_KIND], held[DATA_KIND], held[PERIOD_KIND], gwps, e.gwp_report)
        return list(result.problems) + ([] if result.lines else [Text("尚未算出减排量", "no reductions are calculated yet")])
    if part == FOOTPRINT:
        product = held[FOOTPRINT_KIND][0] if held[FOOTPRINT_KIND] else None
        result = footprint_result(product, held[FLOW_KIND], held[COPRODUCT_KIND], gwps, e.gwp_report)
        empty = product is None or not result.counted or result.per_unit is None
        return list(result.problems) + ([Text("尚无碳足迹结果", "there is no footprint yet")] if empty else [])
    if part == AUP:
        terms = held[TERMS_KIND][0] if held[TERMS_KIND] else None
        return report_blockers(terms, held[PROCEDURE_KIND])
    return []
