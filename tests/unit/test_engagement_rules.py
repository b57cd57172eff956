"""Engagement plan rules: every refusal names the field and gives a reason in both languages."""

from datetime import date

import pytest

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.mandays import ManDayPlan
from app.domain.engagement.team import TeamMember
from app.domain.kernel.choices import Assurance, Programme, Role
from app.domain.kernel.text import DomainError


def engagement(**values) -> Engagement:
    e = Engagement(organisation_id="client", **values)
    e.validate()
    return e


def refusal(e: Engagement, **changes) -> DomainError:
    with pytest.raises(DomainError) as caught:
        e.with_changes(changes)
    return caught.value


def test_period_end_before_start_is_refused_and_the_original_kept():
    e = engagement(period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    error = refusal(e, period_end=date(2024, 12, 31))
    assert error.field == "period_end"
    assert "ends (2024-12-31) before it starts (2025-01-01)" in error.message.en
    assert "早于开始日期" in error.message.zh
    assert e.period_end == date(2025, 12, 31)


@pytest.mark.parametrize("pct", [0, -1, 100.5, 250])
def test_materiality_outside_0_to_100_is_refused(pct):
    error = refusal(engagement(), materiality_pct=pct, materiality_reason="programme")
    assert error.field == "materiality_pct"
    assert f"{pct} % was entered" in error.message.en


def test_materiality_other_than_default_needs_a_reason():
    e = engagement()
    assert refusal(e, materiality_pct=2.0).field == "materiality_reason"
    assert e.with_changes({"materiality_pct": 2.0, "materiality_reason": "EU AVR Art. 23, > 500 kt"}).materiality_pct == 2.0


def test_technical_area_must_belong_to_the_programme_family():
    e = engagement()
    assert e.with_changes({"technical_areas": ("SK-02.1",)}).technical_areas == ("SK-02.1",)
    assert "does not belong to" in refusal(e, technical_areas=("TA-01.1",)).message.en
    assert "Unknown technical area" in refusal(e, technical_areas=("SK-99.9",)).message.en
    project = engagement(programme=Programme.ISO_14064_2)
    assert project.with_changes({"technical_areas": ("TA-01.2",)}).technical_areas == ("TA-01.2",)


def test_base_year_after_the_period_is_refused():
    e = engagement(period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    assert refusal(e, base_year=2026).field == "base_year"


def test_criteria_keep_free_entries_and_drop_duplicates():
    e = engagement().with_changes({"criteria": ("ISO 14064-3:2019", " Client's GHG manual v3 ", "ISO 14064-3:2019", "")})
    assert e.criteria == ("ISO 14064-3:2019", "Client's GHG manual v3")
    assert e.criterion_titles("zh")[1] == "Client's GHG manual v3"
    assert "温室气体" in e.criterion_titles("zh")[0]


def test_two_lead_verifiers_are_refused_naming_both():
    e = engagement(team=[TeamMember("Wang", Role.LEAD)])
    e.team.append(TeamMember("Li", Role.LEAD))
    with pytest.raises(DomainError) as caught:
        e.validate()
    assert "Wang, Li" in caught.value.message.en
    assert "只能有一名核查组长" in caught.value.message.zh


def test_man_days_breaking_the_20_percent_rule_are_refused():
    error = refusal(engagement(), man_days=ManDayPlan(20, 1.0, 2.0, 0.5, "complex"))
    assert error.field == "man_days.document_review"
    assert "above the 20 % limit" in error.message.en


def test_closed_engagements_refuse_edits():
    from app.domain.engagement.stages import Stage

    assert "can no longer be changed" in refusal(engagement(status=Stage.TERMINATED), title="x").message.en


def test_unknown_fields_are_refused():
    assert "Not editable" in refusal(engagement(), status="issued").message.en


def test_agreed_upon_procedures_refuse_a_level_of_assurance_and_a_materiality():
    """Agreed-upon procedures give no opinion and no level of assurance (issue 21): an engagement under them refuses
    each assurance field set to anything but its unused default, at creation and as an edit."""
    with pytest.raises(DomainError) as caught:
        engagement(programme=Programme.AUP, assurance="limited")
    assert caught.value.field == "assurance"
    assert "no level of assurance" in caught.value.message.en and "没有保证等级" in caught.value.message.zh
    aup = engagement(programme=Programme.AUP)
    assert refusal(aup, materiality_pct=2.0, materiality_reason="bank").field == "materiality_pct"
    assert refusal(aup, materiality_reason="bank").field == "materiality_reason"
    assert aup.with_changes({"title": "AUP"}).title == "AUP"


def test_moving_to_agreed_upon_procedures_clears_the_assurance_the_old_programme_asked_for():
    organisation = engagement(assurance="limited", materiality_pct=2.0, materiality_reason="the bank's requirement")
    aup = organisation.with_changes({"programme": Programme.AUP})
    assert (aup.assurance, aup.materiality_pct, aup.materiality_reason) == (Assurance.REASONABLE, 5.0, "")
    back = aup.with_changes({"programme": Programme.ISO_14064_1, "assurance": "limited"})
    assert back.assurance is Assurance.LIMITED
    assert refusal(organisation, programme=Programme.AUP, assurance="limited").field == "assurance"
