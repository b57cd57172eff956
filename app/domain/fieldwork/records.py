"""The kinds of field-work record (documents, time, risk, sampling, checklists, meetings, plan, evidence).

Each is stored as one JSON document; the conversion itself, shared by every context, is the kernel's
record codec (:mod:`app.domain.kernel.records`).
"""

from __future__ import annotations


def record_kinds() -> dict[str, type]:
    """The kinds of field-work record and their classes (imported here, late, to keep this module's imports light)."""
    from app.domain.fieldwork.checklists import Checklist
    from app.domain.fieldwork.documents import Document, TimeEntry
    from app.domain.fieldwork.evidence import Evidence
    from app.domain.fieldwork.meetings import Meeting, VerificationPlan
    from app.domain.fieldwork.risk import RiskAssessment
    from app.domain.fieldwork.sampling import Plan, RiskTable

    return {
        "evidence": Evidence, "document": Document, "time": TimeEntry, "risk": RiskAssessment, "sampling": Plan,
        "checklist": Checklist, "meeting": Meeting, "plan": VerificationPlan, "risk_table": RiskTable,
    }
