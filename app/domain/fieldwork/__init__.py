"""The field-work context: document review and time (:mod:`.documents`), risk (:mod:`.risk`), the sampling plan
(:mod:`.sampling`), site checklists (:mod:`.checklists`), meetings and the verification plan (:mod:`.meetings`),
evidence (:mod:`.evidence`) and the records' plain-data form (:mod:`.records`).  It uses the engagement context and the kernel.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.fieldwork.checklists import Answer, Checklist, ChecklistItem, Template, TemplateItem
from app.domain.fieldwork.documents import Document, DocumentType, ReviewResult, TimeCheck, TimeEntry, WorkStage
from app.domain.fieldwork.evidence import Evidence
from app.domain.fieldwork.meetings import Activity, Attendee, Meeting, MeetingKind, PlanChange, VerificationPlan
from app.domain.fieldwork.risk import Level, RiskAssessment
from app.domain.fieldwork.sampling import (
    AuditKind,
    Item,
    Method,
    Plan,
    Population,
    Projection,
    Result,
    RiskTable,
    Sample,
)

__all__ = [
    "Activity",
    "Answer",
    "Attendee",
    "AuditKind",
    "Checklist",
    "ChecklistItem",
    "Document",
    "DocumentType",
    "Evidence",
    "Item",
    "Level",
    "Meeting",
    "MeetingKind",
    "Method",
    "Plan",
    "PlanChange",
    "Population",
    "Projection",
    "Result",
    "ReviewResult",
    "RiskAssessment",
    "RiskTable",
    "Sample",
    "Template",
    "TemplateItem",
    "TimeCheck",
    "TimeEntry",
    "VerificationPlan",
    "WorkStage",
]
