"""Units as printed: superscripts and subscripts, 万 in Chinese; every unit Verifield knows reads back to itself."""

import pytest

from app.domain.inventory import units
from app.domain.kernel.unit_text import shown_unit


@pytest.mark.parametrize(
    ("symbol", "en", "zh"),
    [
        ("10^4 Nm3", "10⁴ Nm³", "万 Nm³"), ("GJ/10^4 Nm3", "GJ/10⁴ Nm³", "GJ/万 Nm³"), ("tCO2e", "tCO₂e", "tCO₂e"),
        ("tCO2/MWh", "tCO₂/MWh", "tCO₂/MWh"), ("kgCH4/m3", "kgCH₄/m³", "kgCH₄/m³"), ("10^4 kWh", "10⁴ kWh", "万 kWh"),
        ("tN2O/t", "tN₂O/t", "tN₂O/t"), ("tC/TJ", "tC/TJ", "tC/TJ"), ("t", "t", "t"), ("%", "%", "%"), ("", "", ""),
    ],
)
def test_units_are_printed_with_superscripts_subscripts_and_wan(symbol, en, zh):
    assert shown_unit(symbol, "en") == en
    assert shown_unit(symbol, "zh") == zh


@pytest.mark.parametrize("symbol", sorted(units.UNITS))
def test_a_printed_unit_is_read_back_as_the_same_unit(symbol):
    """What the interface shows can be typed or pasted back (a client copies it from a printed sheet)."""
    for language in ("en", "zh"):
        assert units.unit(shown_unit(symbol, language)).symbol == symbol
