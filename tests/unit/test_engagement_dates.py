"""The engagement's dates (issue 14, items 1 and 4): site visit, statement, decision and certificate issue, in order.

Each refusal names the field and both dates in both languages; findings are
due 3 months after the last day of the visit; the certificate's validity runs
from its issue date; independence is checked by person, never by name.
"""

from datetime import date

import pytest

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.people import person_from_name
from app.domain.engagement.stages import Stage
from app.domain.engagement.surveillance import certificate_schedule
from app.domain.engagement.team import TeamMember
from app.domain.findings.finding import Kind, Severity, raise_finding
from app.domain.kernel.choices import Role
from app.domain.kernel.text import DomainError
from app.domain.lifecycle import gates as lifecycle
from app.domain.statement.statement import Statement

PERIOD = {"period_start": date(2025, 1, 1), "period_end": date(2025, 12, 31)}
WANG = person_from_name("王磊 Wang Lei")


def engagement(**values) -> Engagement:
    e = Engagement(organisation_id="client", **PERIOD, **values)
    e.validate()
    return e


def refused(e: Engagement, **changes) -> DomainError:
    with pytest.raises(DomainError) as caught:
        e.with_changes(changes)
    return caught.value


def test_a_site_visit_of_several_days_is_kept_and_printed_as_a_range():
    e = engagement().with_changes({"site_visit_start": date(2026, 3, 2), "site_visit_end": date(2026, 3, 4)})
    assert e.site_visit_text() == "2026-03-02 – 2026-03-04" and e.site_visit_last == date(2026, 3, 4)
    one_day = engagement(site_visit_start=date(2026, 3, 2))
    assert one_day.site_visit_text() == "2026-03-02" and one_day.site_visit_last == date(2026, 3, 2)


@pytest.mark.parametrize("changes, field, english, chinese", [
    ({"site_visit_start": date(2026, 3, 4), "site_visit_end": date(2026, 3, 2)}, "site_visit_end",
     "The last day of the site visit (2026-03-02) is before the first day of the site visit (2026-03-04)", "早于现场核查首日"),
    ({"site_visit_end": date(2026, 3, 2)}, "site_visit_start", "Enter the first day of the site visit first", "请先填写现场核查首日"),
    ({"site_visit_start": date(2026, 3, 2), "site_visit_end": date(2026, 5, 2)}, "site_visit_end", "longer than 31 days", "超过 31 天"),
    ({"site_visit_start": date(2024, 6, 1)}, "site_visit_start", "is before the start of the reporting period (2025-01-01)", "早于核查期开始日期"),
    ({"site_visit_start": date(2030, 1, 2)}, "site_visit_start", "more than 3 years after the period ends", "3 年"),
    ({"site_visit_start": date(2206, 3, 2)}, "site_visit_start", "is not between 1990 and 2100", "1990 至 2100"),
    ({"site_visit_start": date(2026, 3, 2), "site_visit_end": date(2026, 3, 4), "statement_date": date(2026, 3, 3)},
     "statement_date", "The statement date (2026-03-03) is before the last day of the site visit (2026-03-04)", "核证声明日期"),
    ({"statement_date": date(2025, 12, 1)}, "statement_date", "before the end of the reporting period", "早于核查期结束日期"),
    ({"statement_date": date(2026, 4, 1), "decision_date": date(2026, 3, 20)}, "decision_date",
     "The decision date (2026-03-20) is before the statement date (2026-04-01)", "认证决定日期"),
    ({"site_visit_start": date(2026, 3, 2), "decision_date": date(2026, 3, 1)}, "decision_date", "before the first day of the site visit", "早于"),
    ({"decision_date": date(2025, 11, 30)}, "decision_date", "before the end of the reporting period", "早于核查期结束日期"),
    ({"statement_date": date(2026, 4, 1), "submitted_on": date(2026, 3, 31)}, "submitted_on",
     "The submission date (2026-03-31) is before the statement date (2026-04-01)", "提交日期"),
    ({"submitted_on": date(2026, 4, 10), "decision_date": date(2026, 4, 9)}, "decision_date",
     "The decision date (2026-04-09) is before the submission date (2026-04-10)", "早于提交日期"),
    ({"issue_date": date(2026, 5, 1)}, "issue_date", "enter the decision date first", "请先填写认证决定日期"),
    ({"decision_date": date(2026, 5, 2), "issue_date": date(2026, 5, 1)}, "issue_date",
     "The certificate's issue date (2026-05-01) is before the decision date (2026-05-02)", "证书签发日期"),
], ids=["end-before-start", "end-alone", "too-long", "before-period", "years-later", "year-2206", "statement-during-visit",
        "statement-before-period-end", "decision-before-statement", "decision-before-visit", "decision-before-period-end",
        "submitted-before-statement", "decision-before-submission", "issue-without-decision", "issue-before-decision"])
def test_dates_out_of_order_are_refused_naming_the_field(changes, field, english, chinese):
    e = engagement()
    error = refused(e, **changes)
    assert error.field == field
    assert english in error.message.en and chinese in error.message.zh
    assert (e.site_visit_start, e.decision_date, e.issue_date) == (None, None, None)  # the original is untouched


def test_findings_are_due_three_months_after_the_last_day_of_the_visit():
    e = engagement(site_visit_start=date(2026, 3, 2), site_visit_end=date(2026, 3, 6))
    finding = raise_finding(Kind.NONCONFORMITY, "meter uncalibrated", "wang", date(2026, 3, 4), severity=Severity.MINOR,
                            site_visit=e.site_visit_last)
    assert finding.due == date(2026, 6, 6)


def test_the_certificate_runs_three_years_from_its_issue_and_surveillance_from_the_decision():
    plan = certificate_schedule(date(2026, 6, 20), date(2026, 7, 1))
    assert plan.expires == date(2029, 6, 30) and plan.audits[0].due_by == date(2027, 6, 20)


def test_a_reviewer_named_like_a_member_but_another_person_is_independent_and_the_same_person_is_not():
    """"Wang Lei" the reviewer is a different record from "王磊 Wang Lei" on the team; only the same person is refused."""
    other = person_from_name("Wang Lei")
    e = engagement(team=[TeamMember(WANG.name, Role.LEAD, person_id=WANG.id)])
    assert e.with_changes({"reviewer_id": other.id}).reviewer_id == other.id
    error = refused(e, reviewer_id=WANG.id)
    assert error.field == "reviewer_id" and "王磊 Wang Lei is on the team" in error.message.en and "核查组成员" in error.message.zh
    assert refused(e, decision_maker_id=WANG.id).field == "decision_maker_id"
    assert "technical reviewer" in refused(e, reviewer_id=other.id, decision_maker_id=other.id).message.en


def test_the_decision_must_follow_the_final_statement_and_be_made_by_someone_independent():
    e = engagement(team=[TeamMember(WANG.name, Role.LEAD, person_id=WANG.id)], reviewer_id="zhao", decision_maker_id="sun",
                   decision_date=date(2026, 3, 1))
    e.status = Stage.TECHNICAL_REVIEW
    final = [Statement("VS-1", final=True, dated=date(2026, 3, 10))]
    assert [b.en for b in lifecycle.blockers(e, None, statements=final)] == [
        "the decision date 2026-03-01 is before the final statement (2026-03-10)"]
    e.decision_date = date(2026, 3, 10)
    assert lifecycle.blockers(e, None, statements=final) == []
    e.decision_maker_id = WANG.id  # stored before the rule, say: the guard still refuses
    assert "the decision-maker may not be on the team or the technical reviewer" in [b.en for b in lifecycle.blockers(e, None, statements=final)]
