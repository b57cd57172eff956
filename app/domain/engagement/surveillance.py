"""Certificate validity and the surveillance schedule (seed 001 §9.8.1.2, §10.4).

- A certificate is valid for 3 years from its issue date.
- The first surveillance falls within 12 months of the certification decision.
- After that at least once every calendar year, and never more than 15 months
  after the previous one; the year of recertification needs none.
- The recertification audit and decision fall before the certificate expires.

Each later due date counts from the previous audit as held when it is known,
else from that audit's own due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.kernel.dates import add_months, add_years
from app.domain.kernel.text import Text

VALIDITY_YEARS = 3
FIRST_SURVEILLANCE_MONTHS = 12
MAX_GAP_MONTHS = 15


@dataclass(frozen=True)
class ScheduledAudit:
    """An audit the certificate needs and the last day it may be held."""

    label: Text
    due_by: date
    held_on: date | None = None


@dataclass(frozen=True)
class CertificateSchedule:
    issued: date
    expires: date
    audits: tuple[ScheduledAudit, ...]


def certificate_schedule(decided: date, issued: date | None = None, held: tuple[date, ...] = ()) -> CertificateSchedule:
    """The certificate's expiry and every surveillance and recertification due date.

    ``held`` lists surveillance audits already held, in order.
    """
    issued = issued or decided
    expires = add_years(issued, VALIDITY_YEARS) - timedelta(days=1)
    audits: list[ScheduledAudit] = []
    due = add_months(decided, FIRST_SURVEILLANCE_MONTHS)
    number = 1
    while due < expires:
        held_on = held[number - 1] if number <= len(held) else None
        audits.append(ScheduledAudit(Text(f"第 {number} 次监督审核", f"Surveillance audit {number}"), due, held_on))
        previous = held_on or due
        due = min(add_months(previous, MAX_GAP_MONTHS), date(previous.year + 1, 12, 31))
        number += 1
    audits.append(ScheduledAudit(Text("再认证审核及决定", "Recertification audit and decision"), expires))
    return CertificateSchedule(issued, expires, tuple(audits))
