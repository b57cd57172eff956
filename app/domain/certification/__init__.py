"""The certification context, head office's part (seed 001 §9.8, §10–§13): the technical review and its points
(:mod:`.review`), the decision (:mod:`.decision`), the certificate register and its surveillance schedule
(:mod:`.certificate`), suspension and withdrawal (:mod:`.status_change`) on working days (:mod:`.working_days`),
appeals and complaints (:mod:`.cases`) and record retention (:mod:`.retention`).  It sits on top of the domain
(it reads the engagement and its people) and is stored as plain data (:mod:`.plain`).

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.certification.certificate import Certificate, CertificateStatus
from app.domain.certification.decision import Decision
from app.domain.certification.review import Review, ReviewCheck, ReviewPoint

__all__ = ["Certificate", "CertificateStatus", "Decision", "Review", "ReviewCheck", "ReviewPoint"]
