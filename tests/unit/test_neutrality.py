"""Carbon-neutrality eligibility (ISO 14068-1, seed 004 §8.4): issued, retired in time, evidenced, serials used once."""

from dataclasses import replace
from datetime import date

import pytest

from app.domain.neutrality import Offset, OffsetKind, UsedRange, balance, offset_problems
from app.domain.text import DomainError

PERIOD_END = date(2025, 12, 31)
GOOD = Offset(OffsetKind.CCER, "CCER registry", "CCER-2024-000001", "CCER-2024-001000", 2024, 1000, True, date(2026, 3, 1), "cert 17")


def problems(offset, used=()):
    return [p.en for p in offset_problems(offset, PERIOD_END, list(used))]


def test_an_issued_retired_evidenced_credit_counts():
    assert problems(GOOD) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"issued": False}, "not yet issued"),
        ({"retired_on": None}, "Not retired"),
        ({"retired_on": date(2027, 1, 1)}, "later than 12 months after the period's end (2026-12-31)"),
        ({"retirement_evidence": ""}, "retirement evidence is missing"),
        ({"quantity": 999}, "serial range holds 1000 units but the quantity is 999"),
    ],
)
def test_each_rule_names_why_a_credit_does_not_count(change, expected):
    assert any(expected in p for p in problems(replace(GOOD, **change)))


def test_retirement_on_the_last_day_of_the_window_still_counts():
    assert problems(replace(GOOD, retired_on=date(2026, 12, 31))) == []


@pytest.mark.parametrize("registry", ["CCER registry", "another spelling of the registry", ""])
@pytest.mark.parametrize("prefix", ["CCER-2024-", "ccer-2024-", "CCER- 2024-"])
def test_a_serial_range_used_in_another_engagement_does_not_count(registry, prefix):
    other = Offset(OffsetKind.CCER, registry, prefix + "000900", prefix + "002000", quantity=1101)
    used = [UsedRange(other.serial_range(), other.id, "VF-2025-0007")]
    assert any("overlaps one already used in VF-2025-0007" in p for p in problems(GOOD, used))


def test_ranges_of_another_prefix_or_beyond_the_numbers_do_not_clash():
    for first, last in (("VCS-2024-000900", "VCS-2024-002000"), ("CCER-2024-001001", "CCER-2024-002000")):
        other = Offset(OffsetKind.CCER, "", first, last, quantity=1)
        assert problems(GOOD, [UsedRange(other.serial_range(), other.id, "VF-2025-0007")]) == []


def test_an_incomplete_inventory_is_never_found_neutral():
    assert not balance(10.0, [GOOD], PERIOD_END, [], complete=False).neutral
    assert balance(10.0, [GOOD], PERIOD_END, []).neutral


def test_serial_ends_must_form_one_range():
    with pytest.raises(DomainError) as caught:
        replace(GOOD, serial_last="VCS-2024-001000").validated()
    assert caught.value.field == "serial_last"


def test_neutral_when_emissions_are_covered_by_eligible_offsets_only():
    late = replace(GOOD, serial_first="CCER-2024-005001", serial_last="CCER-2024-006000", retired_on=date(2027, 2, 1), id="late")
    sink = Offset(OffsetKind.SINK, quantity=200, issued=True, retired_on=date(2026, 1, 10), retirement_evidence="forestry report")
    result = balance(1150.0, [GOOD, late, sink], PERIOD_END, [])
    assert (result.eligible, result.ineligible) == (1200, 1000)
    assert result.neutral and result.shortfall == 0
    short = balance(1250.5, [GOOD, late, sink], PERIOD_END, [])
    assert not short.neutral and short.shortfall == pytest.approx(50.5)
