"""The order of an engagement's dates: reporting period, site visit, statement, submission, decision, certificate issue.

Seed 001 §9.5–§10.4: the site visit verifies the period's data, so it starts
no earlier than the period and lasts days, not months; the statement is
written after the visit (§9.7.1) and the period's end; the engagement is
submitted after it (§9.7.3), and the certification decision follows the
statement and the submission (§10.2); the certificate is issued on or after
the decision (§10.3) and its 3-year validity runs from the issue date (§10.4).
Each refusal names the field and both dates.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from app.domain.kernel.text import DomainError, Text

EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)
MAX_VISIT_DAYS = 31  # a site visit of several days is normal; a longer one is a typing slip
MAX_YEARS_AFTER_PERIOD = 3

class Dated(Protocol):
    """What the date rules read of an engagement (a protocol, so this module needs no import of the engagement)."""

    period_start: date | None
    period_end: date | None
    site_visit_start: date | None
    site_visit_end: date | None
    statement_date: date | None
    submitted_on: date | None
    decision_date: date | None
    issue_date: date | None


# Field → (Chinese, English) name, for the messages.
NAMES = {
    "period_start": ("核查期开始日期", "the start of the reporting period"),
    "period_end": ("核查期结束日期", "the end of the reporting period"),
    "site_visit_start": ("现场核查首日", "the first day of the site visit"),
    "site_visit_end": ("现场核查末日", "the last day of the site visit"),
    "statement_date": ("核证声明日期", "the statement date"),
    "submitted_on": ("提交日期", "the submission date"),
    "decision_date": ("认证决定日期", "the decision date"),
    "issue_date": ("证书签发日期", "the certificate's issue date"),
}


def _refuse(field: str, zh: str, en: str) -> DomainError:
    return DomainError(Text(zh, en), field)


def _not_before(e: Dated, field: str, earlier: tuple[str, ...]) -> None:
    """Refuse ``field`` when it falls before any of the ``earlier`` fields that are set."""
    value = getattr(e, field)
    if value is None:
        return
    for other in earlier:
        bound = getattr(e, other)
        if bound is not None and value < bound:
            (zh, en), (other_zh, other_en) = NAMES[field], NAMES[other]
            raise _refuse(field, f"{zh} {value} 早于{other_zh} {bound}。", f"{en.capitalize()} ({value}) is before {other_en} ({bound}).")


def validate_dates(e: Dated) -> None:
    """Check every date rule of the engagement; raise the first broken one."""
    for field in NAMES:
        value = getattr(e, field)
        if value is not None and not EARLIEST <= value <= LATEST:
            zh, en = NAMES[field]
            raise _refuse(field, f"{zh} {value} 不在 1990 至 2100 年之间。", f"{en.capitalize()} ({value}) is not between 1990 and 2100.")
    start, end = e.site_visit_start, e.site_visit_end
    if end is not None and start is None:
        raise _refuse("site_visit_start", "请先填写现场核查首日。", "Enter the first day of the site visit first.")
    _not_before(e, "site_visit_start", ("period_start",))
    _not_before(e, "site_visit_end", ("site_visit_start",))
    if start is not None and end is not None and (end - start).days + 1 > MAX_VISIT_DAYS:
        raise _refuse("site_visit_end", f"现场核查从 {start} 到 {end}，超过 {MAX_VISIT_DAYS} 天；请检查日期。",
                      f"A site visit from {start} to {end} is longer than {MAX_VISIT_DAYS} days; check the dates.")
    if start is not None and e.period_end is not None:
        latest = e.period_end + timedelta(days=365 * MAX_YEARS_AFTER_PERIOD)
        if start > latest:
            raise _refuse("site_visit_start", f"现场核查首日 {start} 晚于核查期结束后 {MAX_YEARS_AFTER_PERIOD} 年；请检查日期。",
                          f"The site visit ({start}) is more than {MAX_YEARS_AFTER_PERIOD} years after the period ends; check the dates.")
    _not_before(e, "statement_date", ("period_end", "site_visit_start", "site_visit_end"))
    _not_before(e, "submitted_on", ("period_end", "site_visit_start", "site_visit_end", "statement_date"))
    _not_before(e, "decision_date", ("period_end", "site_visit_start", "site_visit_end", "statement_date", "submitted_on"))
    if e.issue_date is not None and e.decision_date is None:
        raise _refuse("issue_date", "证书须在认证决定之后签发；请先填写认证决定日期。",
                      "A certificate is issued after the certification decision; enter the decision date first.")
    _not_before(e, "issue_date", ("decision_date",))
