"""Carbon-neutrality eligibility (ISO 14068-1, seed 004 §8.4): issued, ex-post, retired in time for this client, evidenced,
serials used once."""

from dataclasses import replace
from datetime import date

import pytest

from app.domain.inventory.neutrality import Offset, OffsetKind, UsedRange, balance, offset_problems
from app.domain.kernel.text import DomainError

PERIOD_END = date(2025, 12, 31)
CLIENT = ("常州恒运精密机械有限公司", "Changzhou Hengyun Precision Machinery Co., Ltd.")
GOOD = Offset(OffsetKind.CCER, "CCER registry", "CCER-2024-000001", "CCER-2024-001000", 2024, 1000, True, date(2026, 3, 1), "cert 17",
              CLIENT[0])


def problems(offset, used=(), client=CLIENT):
    return [p.en for p in offset_problems(offset, PERIOD_END, list(used), client_names=client)]


def test_an_issued_retired_evidenced_credit_counts():
    assert problems(GOOD) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"issued": False}, "ISO 14068-1: only ex-post credits count: this one is not yet issued"),
        ({"retired_on": None}, "ISO 14068-1: only retired credits count: this one is not retired"),
        ({"retired_on": date(2027, 1, 1)}, "ISO 14068-1: retire within 12 months after the period's end: retired on 2027-01-01, "
                                           "later than 12 months after the period's end (2026-12-31)"),
        ({"retirement_evidence": ""}, "ISO 14068-1: keep the retirement evidence: the retirement evidence is missing"),
        ({"vintage": 2030}, "ISO 14068-1: only ex-post credits: vintage 2030 is later than the retirement (2026-03-01)"),
        ({"vintage": 2027, "retired_on": None},
         "ISO 14068-1: only ex-post credits: vintage 2027 is later than the latest retirement the period allows (2026-12-31)"),
        ({"beneficiary": " "}, "ISO 14068-1: retired on behalf of the client: the beneficiary is missing"),
        ({"beneficiary": "Hengyun Trading Co."}, "ISO 14068-1: retired on behalf of the client: the beneficiary “Hengyun Trading Co.” "
                                                 "is not the client (常州恒运精密机械有限公司 / Changzhou Hengyun Precision Machinery Co., Ltd.)"),
        ({"quantity": 999}, "serial range holds 1000 units but the quantity is 999"),
    ],
)
def test_each_rule_names_why_a_credit_does_not_count(change, expected):
    assert any(expected in p for p in problems(replace(GOOD, **change)))


def test_retirement_on_the_last_day_of_the_window_still_counts():
    assert problems(replace(GOOD, retired_on=date(2026, 12, 31))) == []


@pytest.mark.parametrize(("vintage", "retired_on"), [(2026, date(2026, 3, 1)), (2025, date(2026, 12, 31)), (2019, date(2026, 1, 5))])
def test_a_vintage_up_to_the_retirement_year_is_ex_post(vintage, retired_on):
    assert problems(replace(GOOD, vintage=vintage, retired_on=retired_on)) == []


def test_the_sources_set_no_earliest_retirement_so_one_before_the_period_counts():
    assert problems(replace(GOOD, vintage=2023, retired_on=date(2024, 11, 30))) == []


@pytest.mark.parametrize(
    "beneficiary",
    ["常州恒运精密机械有限公司", "常州 恒运精密机械有限公司 ", "changzhou hengyun precision machinery co.,ltd.",
     "CHANGZHOU  HENGYUN PRECISION MACHINERY CO., LTD.", "常州恒运精密机械有限公司 / Changzhou Hengyun Precision Machinery Co., Ltd.",
     "Ｃｈａｎｇｚｈｏｕ Hengyun Precision Machinery Co., Ltd."],
)
def test_a_credit_retired_for_the_client_counts_whatever_its_spacing_or_case(beneficiary):
    assert problems(replace(GOOD, beneficiary=beneficiary)) == []


@pytest.mark.parametrize("beneficiary", ["常州恒运", "常州恒运精密机械有限公司 / Another Co.", "/"])
def test_a_part_of_the_name_or_another_company_is_not_the_client(beneficiary):
    assert any("retired on behalf of the client" in p for p in problems(replace(GOOD, beneficiary=beneficiary)))


def test_a_client_known_by_one_name_only_is_compared_with_that_name():
    assert problems(GOOD, client=(CLIENT[0], "")) == []
    assert any("is not the client (常州恒运精密机械有限公司)" in p for p in problems(replace(GOOD, beneficiary="x"), client=(CLIENT[0], "")))


def test_each_refusal_is_bilingual():
    offset = replace(GOOD, vintage=2030, beneficiary="x", issued=False)
    found = offset_problems(offset, PERIOD_END, [], client_names=CLIENT)
    assert len(found) == 3 and all(p.zh.startswith("ISO 14068-1：") and p.en.startswith("ISO 14068-1:") for p in found)
    assert "年份 2030 晚于注销日期（2026-03-01）" in found[1].zh


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
    assert not balance(10.0, [GOOD], PERIOD_END, [], complete=False, client_names=CLIENT).neutral
    assert balance(10.0, [GOOD], PERIOD_END, [], client_names=CLIENT).neutral


def test_serial_ends_must_form_one_range():
    with pytest.raises(DomainError) as caught:
        replace(GOOD, serial_last="VCS-2024-001000").validated()
    assert caught.value.field == "serial_last"


def test_neutral_when_emissions_are_covered_by_eligible_offsets_only():
    late = replace(GOOD, serial_first="CCER-2024-005001", serial_last="CCER-2024-006000", retired_on=date(2027, 2, 1), id="late")
    sink = Offset(OffsetKind.SINK, quantity=200, issued=True, retired_on=date(2026, 1, 10), retirement_evidence="forestry report",
                  beneficiary=CLIENT[1])
    result = balance(1150.0, [GOOD, late, sink], PERIOD_END, [], client_names=CLIENT)
    assert (result.eligible, result.ineligible) == (1200, 1000)
    assert result.neutral and result.shortfall == 0
    short = balance(1250.5, [GOOD, late, sink], PERIOD_END, [], client_names=CLIENT)
    assert not short.neutral and short.shortfall == pytest.approx(50.5)
