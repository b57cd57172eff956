"""Unified social credit codes (GB 32100-2015): the check character and every refusal message."""

import pytest

from app.domain.engagement import credit_code
from app.domain.kernel.text import DomainError

# A published code of a listed company (Industrial and Commercial Bank of China).
REAL_CODE = "91100000100003962T"


def test_check_character_of_a_real_code():
    assert credit_code.check_character(REAL_CODE[:17]) == "T"
    assert credit_code.validate(REAL_CODE) == REAL_CODE


def test_lower_case_and_spaces_are_normalised():
    assert credit_code.validate(" 91100000 100003962t ") == REAL_CODE


def test_a_wrong_check_character_is_refused_with_the_expected_one():
    with pytest.raises(DomainError) as caught:
        credit_code.validate(REAL_CODE[:17] + "A")
    assert caught.value.field == "credit_code"
    assert "should be T, not A" in caught.value.message.en
    assert "最后一位应为 T" in caught.value.message.zh


@pytest.mark.parametrize(
    "code, words",
    [
        ("9110000010000396", "this one has 16"),
        ("91100000100003962I", "I, O, S, V and Z"),
        ("911A0000100003962T", "administrative division"),
    ],
)
def test_malformed_codes_say_what_is_wrong(code, words):
    with pytest.raises(DomainError) as caught:
        credit_code.validate(code)
    assert words in caught.value.message.en


def test_every_single_character_substitution_is_caught():
    """The mod-31 check catches any one wrong character."""
    for position in range(17):
        for ch in credit_code.ALPHABET:
            if ch == REAL_CODE[position]:
                continue
            altered = REAL_CODE[:position] + ch + REAL_CODE[position + 1 :]
            assert credit_code.check_character(altered[:17]) != "T"
