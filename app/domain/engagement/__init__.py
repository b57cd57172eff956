"""The engagement context: the client (:mod:`.organisation`, :mod:`.credit_code`), the engagement and its scope
(:mod:`.engagement`), its stages (:mod:`.stages`) and key dates (:mod:`.key_dates`), the person register (:mod:`.people`),
the team (:mod:`.team`), man-days (:mod:`.mandays`), sector codes (:mod:`.sectors`), criteria (:mod:`.criteria`),
certificate dates (:mod:`.surveillance`) and the list row (:mod:`.summary`).  It uses only the kernel.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.engagement.criteria import Criterion
from app.domain.engagement.engagement import Engagement, Site
from app.domain.engagement.key_dates import Dated
from app.domain.engagement.mandays import AnnexABand, ManDayPlan
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import Person, PersonRole
from app.domain.engagement.sectors import SectorScope, TechnicalArea
from app.domain.engagement.stages import Stage
from app.domain.engagement.summary import EngagementSummary
from app.domain.engagement.surveillance import CertificateSchedule, ScheduledAudit
from app.domain.engagement.team import TeamMember

__all__ = [
    "AnnexABand",
    "CertificateSchedule",
    "Criterion",
    "Dated",
    "Engagement",
    "EngagementSummary",
    "ManDayPlan",
    "Organisation",
    "Person",
    "PersonRole",
    "ScheduledAudit",
    "SectorScope",
    "Site",
    "Stage",
    "TeamMember",
    "TechnicalArea",
]
