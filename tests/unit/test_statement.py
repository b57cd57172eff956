"""The statement's rules without a store: which opinions each assurance level allows, what stops a version from being
made final, that a final version is frozen and the next one starts as its copy, and the facts' JSON and drift."""

from dataclasses import replace
from datetime import date

import pytest

from app.domain.kernel.choices import Assurance
from app.domain.kernel.text import DomainError, Text
from app.domain.statement.facts import EstimateFigure, Facts, OffsetFigure, SourceFigure, drift
from app.domain.statement.statement import (
    REQUIRED,
    Opinion,
    Statement,
    Wording,
    final_problems,
    opinion_label,
    opinions_for,
)

TODAY = date(2026, 6, 1)


def facts(**changes) -> Facts:
    base = Facts(
        engagement_code="VF-2026-0001", title="2025 GHG", client=("恒运", "Hengyun"), client_address="常州", client_contact="周敏",
        credit_code="91320412MA1X7K3P2X", programme=("ISO 14064-1", "ISO 14064-1"), criteria=(("ISO 14064-1:2018 甲", "ISO 14064-1:2018 A"),),
        objectives="核查", scope_text="主厂区", boundary=("运营控制权法", "operational control"), sites=(("主厂区", "常州"),),
        period_start="2025-01-01", period_end="2025-12-31", ghgs=("CO2",), gwp_report=("AR6", "AR6"), assurance="reasonable",
        assurance_label=("合理保证", "reasonable assurance"), materiality_pct=5.0, site_visit="2026-03-02",
        team=(("王磊", "核查组长", "lead verifier"),), sources=(SourceFigure("天然气", ("固定源燃烧", "stationary"), 100.0, 101.0),),
        reported_total=100.0, verified_total=101.0, difference=-1.0, direct=101.0, indirect=0.0, misstatement_pct=1.0, verdict="not-material",
        verdict_label=("未超过实质性阈值", "not material"), eligible_offsets=120.0, shortfall=0.0, neutral=True,
        offsets=(OffsetFigure(("CCER", "CCER"), "registry", "A-1–A-120", 120.0, True),), findings_total=1, findings_closed=1,
        estimates=(EstimateFigure("NC-01", 3.5, "conservative default"),),
    )
    return replace(base, **changes)


def written(**changes) -> Statement:
    texts = {name: f"{name} written" for name in REQUIRED}
    return Statement(number="VS-VF-2026-0001", **{**texts, **changes})


def test_limited_assurance_allows_only_a_negative_form_or_modified_conclusion():
    assert opinions_for(Assurance.REASONABLE) == tuple(Opinion)
    assert opinions_for(Assurance.LIMITED) == (Opinion.UNMODIFIED, Opinion.MODIFIED)
    assert "negative form" in opinion_label(Opinion.UNMODIFIED, Assurance.LIMITED).en
    with pytest.raises(DomainError) as refused:
        written().edited({"opinion": Opinion.ADVERSE}, Assurance.LIMITED)
    assert refused.value.field == "opinion"
    assert written().edited({"opinion": Opinion.ADVERSE}, Assurance.REASONABLE).opinion is Opinion.ADVERSE


def test_making_final_names_everything_in_the_way():
    """Unresolved findings, empty required sections, a modified opinion without its basis, an unmodified one against a
    material misstatement: each is named, and nothing is frozen."""
    blank = Statement(number="VS-1", opinion=Opinion.MODIFIED)
    problems = final_problems(blank, facts(), Assurance.REASONABLE, [Text("NC-01：待整改", "NC-01: open")])
    english = [p.en for p in problems]
    assert english[0] == "NC-01: open"
    assert sum("is empty" in p for p in english) == len(REQUIRED) == 7
    assert any("needs its basis" in p for p in english)
    assert any("no site-visit date" in p.en for p in final_problems(written(), facts(site_visit=""), Assurance.REASONABLE, []))
    material = facts(verdict="material", verdict_label=("超过", "material misstatement"))
    assert any("cannot be unmodified" in p.en for p in final_problems(written(), material, Assurance.REASONABLE, []))
    with pytest.raises(DomainError) as refused:
        written().made_final(material, Assurance.REASONABLE, [], "wang", TODAY)
    assert "material misstatement" in refused.value.message.en and refused.value.field == "final"


def test_a_final_version_is_frozen_and_the_next_one_starts_as_its_copy():
    final = written(opinion=Opinion.MODIFIED, basis="one meter uncalibrated").made_final(facts(), Assurance.REASONABLE, [], "wang", TODAY)
    assert final.final and final.facts == facts() and final.dated == TODAY and final.label.en == "version 1 (final)"
    with pytest.raises(DomainError) as refused:
        final.edited({"procedures": "changed"}, Assurance.REASONABLE)
    assert "start a new version" in refused.value.message.en
    second = final.next_version("li", date(2026, 7, 1))
    assert (second.version, second.final, second.facts, second.dated) == (2, False, None, None)
    assert (second.basis, second.opinion, second.number) == (final.basis, final.opinion, final.number) and second.id != final.id
    with pytest.raises(DomainError):
        second.next_version("li", TODAY)  # a draft is edited, not copied


def test_facts_round_trip_through_json_and_drift_names_what_changed():
    held = facts()
    assert Facts.from_json(held.to_json()) == held and Facts.from_json(held.to_json()).digest() == held.digest()
    later = facts(verified_total=105.0, client_address="无锡")
    assert [t.en for t in drift(held, later)] == ["address", "verified total"]
    assert drift(held, facts()) == []


def test_wording_lists_its_languages():
    assert Wording.BOTH.languages == ("zh", "en") and Wording.EN.languages == ("en",)
    with pytest.raises(DomainError):
        written(opinion="nonsense").validated(Assurance.REASONABLE)
    with pytest.raises(DomainError) as long:
        written(procedures="x" * 10_001).validated(Assurance.REASONABLE)
    assert long.value.field == "procedures"


def test_the_iso_14068_sections_are_asked_for_under_carbon_neutrality_only():
    """Issue 14 item 6: a plain ISO 14064-1 inventory needs no ISO 14068 assessment or neutrality management plan."""
    from app.domain.kernel.choices import Programme
    from app.domain.statement.statement import NEUTRALITY_SECTIONS, carbon_neutrality, required_sections

    assert carbon_neutrality(Programme.ISO_14068_1, ())
    assert carbon_neutrality(Programme.ISO_14064_1, ("ISO 14064-1:2018", "ISO 14068-1:2023"))
    assert not carbon_neutrality(Programme.ISO_14064_1, ("ISO 14064-1:2018", "ISO 14064-3:2019"))
    inventory_only = written(**{name: "" for name in NEUTRALITY_SECTIONS})
    required = required_sections(carbon_neutrality(Programme.ISO_14064_1, ("ISO 14064-1:2018",)))
    assert final_problems(inventory_only, facts(), Assurance.REASONABLE, [], required) == []
    english = [p.en for p in final_problems(inventory_only, facts(), Assurance.REASONABLE, [], required_sections(True))]
    assert len(english) == len(NEUTRALITY_SECTIONS) and all("is empty" in p for p in english)
