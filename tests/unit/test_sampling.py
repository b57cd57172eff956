"""Sampling rules against worked examples: multi-site sizes (IAF MD 1), shares and escalation, the documented
random selection (reproducible with any SHA-256 tool), systematic selection, key items, and error projection."""

import hashlib
import random
from dataclasses import replace

import pytest

from app.domain.fieldwork.risk import Level, RiskAssessment, unexplained_key_sources
from app.domain.fieldwork.sampling import (
    DEFAULT_RISK_TABLE,
    KEY_ITEM,
    AuditKind,
    Item,
    Method,
    Plan,
    Population,
    Result,
    RiskTable,
    escalate,
    escalated,
    project,
    random_part,
    random_selection,
    select,
    share_size,
    site_sample_size,
    systematic_selection,
)
from app.domain.kernel.text import DomainError

MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


@pytest.mark.parametrize("sites, kind, expected", [
    (25, AuditKind.INITIAL, 5), (25, AuditKind.SURVEILLANCE, 3), (25, AuditKind.RECERTIFICATION, 4),
    (10, AuditKind.INITIAL, 4), (10, AuditKind.SURVEILLANCE, 2), (10, AuditKind.RECERTIFICATION, 3),
    (1, AuditKind.SURVEILLANCE, 1), (0, AuditKind.INITIAL, 0),
])
def test_multi_site_sizes_follow_iaf_md1(sites, kind, expected):
    """√25 = 5; 0.6 × 5 = 3 exactly (not rounded up to 4); √10 = 3.16 → 4; 0.6√10 = 1.90 → 2; 0.8√10 = 2.53 → 3."""
    assert site_sample_size(sites, kind) == expected


def test_a_quarter_of_a_site_sample_is_random_and_shares_round_up():
    assert [random_part(n) for n in (1, 4, 5, 8, 9)] == [1, 1, 2, 2, 3]
    assert share_size(12, 30) == 4 and share_size(12, 50) == 6 and share_size(10, 30) == 3 and share_size(3, 100) == 3
    assert [escalated(p) for p in (30, 50, 80, 100)] == [50, 80, 100, 100]
    assert DEFAULT_RISK_TABLE[Level.LOW] < DEFAULT_RISK_TABLE[Level.MEDIUM] < DEFAULT_RISK_TABLE[Level.HIGH]


def test_random_selection_is_the_documented_sha256_ranking_and_reproducible():
    """The same seed and keys give the same items in any order; the ranking is SHA-256("seed|key") ascending,
    which the test recomputes with hashlib; another seed gives another selection."""
    chosen = random_selection(MONTHS, 4, "VF-2026-0001/gas")
    by_hand = sorted(MONTHS, key=lambda k: hashlib.sha256(f"VF-2026-0001/gas|{k}".encode()).hexdigest())[:4]
    assert chosen == by_hand
    shuffled = MONTHS[:]
    random.Random(3).shuffle(shuffled)
    assert random_selection(shuffled, 4, "VF-2026-0001/gas") == chosen
    assert random_selection(MONTHS, 4, "another seed") != chosen
    assert random_selection(MONTHS, 20, "s") == sorted(MONTHS, key=lambda k: hashlib.sha256(f"s|{k}".encode()).hexdigest())


def test_systematic_selection_takes_every_kth_item_from_a_seeded_start():
    picked = systematic_selection(MONTHS, 4, "seed")
    start = int(hashlib.sha256(b"seed|").hexdigest(), 16) % 3
    assert picked == [MONTHS[start + 3 * i] for i in range(4)]
    assert systematic_selection(MONTHS, 12, "seed") == MONTHS


def test_key_invoices_are_always_checked_and_targeted_needs_a_reason():
    """An invoice carrying 5 % or more of the total is always in the sample (monthly records are not: each month of a
    year is above 5 %)."""
    items = [Item(m, m, 50.0) for m in MONTHS[:11]] + [Item(MONTHS[11], "December", 900.0)]  # December is 62 %
    plan = select(Plan(Population.INVOICES, "gas", Method.RANDOM, seed="s", percent=30), items, total=1450.0)
    keys = [s.key for s in plan.samples]
    assert len(keys) == 4 and "2025-12" in keys
    assert next(s for s in plan.samples if s.key == "2025-12").why == KEY_ITEM
    with pytest.raises(DomainError) as refused:
        select(Plan(Population.INVOICES, "gas", Method.TARGETED, percent=30), items, 1450.0, chosen=["2025-03"])
    assert refused.value.field == "reason"
    with pytest.raises(DomainError) as unseeded:
        Plan(Population.RECORDS, "gas", Method.RANDOM, percent=30).validated()
    assert unseeded.value.field == "seed"
    targeted = select(Plan(Population.INVOICES, "gas", Method.TARGETED, percent=30, reason="winter peak"), items, 1450.0,
                      chosen=["2025-01", "2025-02"])
    assert [s.key for s in targeted.samples] == ["2025-01", "2025-02", "2025-12"]


def test_errors_escalate_the_sample_and_are_projected_to_the_population():
    items = [Item(m, m, 100.0) for m in MONTHS]
    plan = select(Plan(Population.RECORDS, "gas", Method.RANDOM, seed="s", percent=30), items, total=1200.0)
    with pytest.raises(DomainError):
        escalate(plan, items, 1200.0)  # nothing wrong yet
    first = plan.samples[0]
    checked = [replace(s, traced=100.0, result=Result.AGREES) for s in plan.samples]
    checked[0] = replace(first, traced=90.0, result=Result.ERROR)
    plan = replace(plan, samples=tuple(checked))
    projection = project(plan, items, materiality=60.0)
    assert projection.sample_error == pytest.approx(10.0) and projection.sample_value == pytest.approx(400.0)
    assert projection.projected_error == pytest.approx(10.0 / 400.0 * 1200.0) and not projection.material
    grown = escalate(plan, items, 1200.0)
    assert grown.percent == 50 and grown.escalations == 1 and len(grown.samples) == 6
    assert next(s for s in grown.samples if s.key == first.key).result is Result.ERROR  # kept what was checked
    assert project(grown, items, materiality=25.0).material  # 10 ÷ 400 × 1200 = 30 ≥ 25


def test_the_overall_risk_is_the_highest_and_a_rating_above_low_needs_its_reason():
    rated = RiskAssessment("gas", Level.LOW, Level.HIGH, Level.LOW, control_why="no meter reconciliation").validated()
    assert rated.overall is Level.HIGH
    with pytest.raises(DomainError) as refused:
        RiskAssessment("gas", Level.MEDIUM).validated()
    assert refused.value.field == "inherent_why"
    low = RiskAssessment("power", Level.LOW, Level.LOW, Level.LOW)
    assert unexplained_key_sources([rated, low], ("gas", "power", "diesel")) == ["power", "diesel"]


def test_an_engagements_risk_table_keeps_higher_risks_at_larger_shares():
    table = RiskTable(20, 40, 100).validated()
    assert [table.percent(level) for level in Level] == [20, 40, 100]
    with pytest.raises(DomainError) as inverted:
        RiskTable(50, 40, 80).validated()
    assert inverted.value.field == "medium"
    with pytest.raises(DomainError):
        RiskTable(0, 40, 80).validated()


@pytest.mark.parametrize("method", [Method.SYSTEMATIC, Method.TARGETED, Method.RANDOM])
def test_enlarging_a_sample_keeps_every_item_already_checked(method):
    """Whatever the method, the items checked (errors included) stay in the enlarged sample with their results."""
    items = [Item(m, m, 100.0) for m in MONTHS]
    plan = select(Plan(Population.RECORDS, "gas", method, seed="s", percent=30, reason="winter"), items, 1200.0,
                  chosen=MONTHS[:4] if method is Method.TARGETED else ())
    checked = [replace(s, traced=100.0, result=Result.AGREES) for s in plan.samples]
    checked[1] = replace(checked[1], traced=80.0, result=Result.ERROR)
    plan = replace(plan, samples=tuple(checked))
    grown = escalate(plan, items, 1200.0)
    kept = {s.key: s for s in grown.samples}
    assert all(kept[s.key] == s for s in checked) and len(grown.samples) == 6
    assert project(grown, items, 60.0).sample_error == pytest.approx(20.0)


def test_enlarging_keeps_items_selected_but_not_yet_checked_and_no_values_is_never_material():
    items = [Item(f"K{n:02d}", "", 0.0) for n in range(40)]
    plan = select(Plan(Population.INVOICES, "x", Method.SYSTEMATIC, seed="s", percent=30), items, 0.0)
    first = replace(plan.samples[0], traced=None, result=Result.NOT_FOUND)
    plan = replace(plan, samples=(first,) + plan.samples[1:])
    grown = escalate(plan, items, 0.0)
    assert {s.key for s in plan.samples} <= {s.key for s in grown.samples} and len(grown.samples) == 20
    assert not project(grown, items, materiality=0.0).material
