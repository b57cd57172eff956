"""Surveillance and recertification engagements (seed 001 §9.8.1, §9.8.2): started from a certificate, they carry
over the client, programme, boundary, scope, criteria, sites and team of the engagement that earned it, and start
as a new draft with their own dates.  Decided, a surveillance counts as the certificate's surveillance held on its
site visit's last day; a recertification issues a new certificate and marks the old one renewed, refused once the
old one has expired (its nonconformities are verified and the decision made before expiry, §9.8.2 6.3)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.domain.engagement.engagement import Engagement
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id


class FollowUpKind(Choice):
    SURVEILLANCE = "surveillance", "监督审核", "surveillance audit"
    RECERTIFICATION = "recertification", "再认证", "recertification"


@dataclass(frozen=True)
class FollowUp:
    """The link between a certificate and the engagement that audits it again."""

    certificate: str
    engagement_id: str
    kind: FollowUpKind
    id: str = field(default_factory=new_id)


def follow_up_engagement(source: Engagement, kind: FollowUpKind, year: int) -> Engagement:
    """A new draft engagement for ``kind`` carrying over what ``source`` planned, without its dates or man-days."""
    carried = {name: getattr(source, name) for name in (
        "organisation_id", "programme", "technical_areas", "criteria", "objectives", "scope_text", "boundary_approach",
        "ghgs", "gwp_report", "base_year", "assurance", "materiality_pct", "materiality_reason", "difference_threshold_pct",
        "is_demo")}
    title = f"{year} 年度{kind.label.zh} / {year} {kind.label.en}: {source.title}"
    return Engagement(**carried, title=title,
                      sites=[replace(s, id=new_id()) for s in source.sites],
                      team=[replace(m, id=new_id(), impartiality_declared=False, declared_on=None) for m in source.team])

