"""Man-days (seed 001 Annex A, §9.3), team competence, and the certificate schedule (§9.8, §10.4)."""

from datetime import date

import pytest

from app.domain.engagement.mandays import ManDayPlan, band_for
from app.domain.engagement.surveillance import certificate_schedule
from app.domain.engagement.team import TeamMember, competence_gaps, competence_warning
from app.domain.kernel.choices import Role
from app.domain.kernel.text import DomainError


@pytest.mark.parametrize(
    "sources, doc, site_min, site_max, total_min, total_max",
    [(1, 0.5, 2, 6, 3, 7), (30, 0.5, 2, 6, 3, 7), (31, 1, 6, 10, 8, 12), (100, 1, 6, 10, 8, 12), (101, 2, None, None, None, None)],
)
def test_annex_a_bands(sources, doc, site_min, site_max, total_min, total_max):
    band = band_for(sources)
    assert (band.document_review, band.site_min, band.site_max) == (doc, site_min, site_max)
    assert (band.total_min, band.total_max) == (total_min, total_max)


def test_zero_sources_is_refused():
    with pytest.raises(DomainError):
        band_for(0)


def test_suggested_plan_follows_annex_a_and_needs_no_justification():
    plan = ManDayPlan.suggested(45)
    assert (plan.document_review, plan.site, plan.report, plan.total) == (1, 6, 1, 8)
    assert plan.problems() == []


def test_plan_within_the_site_range_needs_no_justification_outside_it_does():
    assert ManDayPlan(20, 0.5, 6, 0.5).problems() == []
    problems = ManDayPlan(20, 0.5, 7, 0.5).problems()
    assert [p.field for p in problems] == ["man_days.justification"]
    assert "site verification 7 days; Annex A gives 2–6" in problems[0].message.en
    assert ManDayPlan(20, 0.5, 7, 0.5, "three sites").problems() == []


def test_above_100_sources_always_needs_a_justification():
    assert [p.field for p in ManDayPlan.suggested(150).problems()] == ["man_days.justification"]


def test_document_review_share_limit_is_20_percent_inclusive():
    assert ManDayPlan(31, 2, 6, 2, "large").document_review_share == pytest.approx(0.2)
    assert not [p for p in ManDayPlan(31, 2, 6, 2, "large").problems() if p.field == "man_days.document_review"]
    assert [p for p in ManDayPlan(31, 2.1, 6, 2, "large").problems() if p.field == "man_days.document_review"]


def test_competence_gap_names_the_missing_area_and_ignores_trainees():
    team = [TeamMember("A", Role.LEAD, technical_areas=("SK-02.1",)), TeamMember("T", Role.TRAINEE, technical_areas=("SK-04.2",))]
    assert competence_gaps(("SK-02.1", "SK-04.2"), team) == ("SK-04.2",)
    warning = competence_warning(("SK-02.1", "SK-04.2"), team)
    assert "SK-04.2" in warning.en and "钢铁" in warning.zh
    assert competence_warning(("SK-02.1",), team) is None


def test_certificate_valid_three_years_and_first_surveillance_within_twelve_months():
    schedule = certificate_schedule(date(2026, 3, 15), date(2026, 3, 20))
    assert schedule.expires == date(2029, 3, 19)
    dues = [a.due_by for a in schedule.audits]
    # S1 ≤ decision + 12 months; S2 ≤ S1 + 15 months (before the calendar-year limit); then recertification.
    assert dues == [date(2027, 3, 15), date(2028, 6, 15), date(2029, 3, 19)]


def test_calendar_year_rule_tightens_after_an_early_surveillance():
    schedule = certificate_schedule(date(2026, 3, 15), held=(date(2026, 11, 1),))
    dues = [a.due_by for a in schedule.audits]
    assert dues == [date(2027, 3, 15), date(2027, 12, 31), date(2028, 12, 31), date(2029, 3, 14)]
    assert schedule.audits[0].held_on == date(2026, 11, 1)


def test_no_gap_exceeds_fifteen_months_and_every_calendar_year_has_an_audit():
    from app.domain.kernel.dates import add_months

    for month in range(1, 13):
        schedule = certificate_schedule(date(2025, month, 28))
        dates = [schedule.issued] + [a.due_by for a in schedule.audits]
        for earlier, later in zip(dates[1:], dates[2:]):
            assert later <= add_months(earlier, 15)
        years = {d.year for d in dates[1:]}
        assert set(range(dates[1].year, schedule.expires.year + 1)) <= years
