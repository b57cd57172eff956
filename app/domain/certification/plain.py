"""Head office's records as plain data for the store: the same generic conversion as the field-work records
(:mod:`app.domain.kernel.records`), with this context's kinds."""

from __future__ import annotations

from typing import Any

from app.domain.kernel.records import from_plain, to_plain

__all__ = ["from_plain", "to_plain", "certification_kinds"]


def certification_kinds() -> dict[str, type]:
    """The kinds of head-office record and their classes."""
    from app.domain.certification.cases import Case
    from app.domain.certification.certificate import Certificate, RegisterSettings
    from app.domain.certification.decision import Decision
    from app.domain.certification.follow_up import FollowUp
    from app.domain.certification.retention import Disposal
    from app.domain.certification.review import Review
    from app.domain.certification.surveillance_report import SurveillanceReport

    return {"review": Review, "decision": Decision, "certificate": Certificate, "settings": RegisterSettings,
            "case": Case, "disposal": Disposal, "follow-up": FollowUp,
            "surveillance": SurveillanceReport}


def read(kind: str, data: dict[str, Any]) -> Any:
    return from_plain(certification_kinds()[kind], data)
