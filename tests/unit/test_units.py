"""Unit conversions: known factors, refusals naming both units, round trips (hypothesis)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.inventory import units
from app.domain.kernel.text import DomainError


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (1, "MWh", "GJ", 3.6), (1000, "kWh", "MWh", 1), (1, "10^4 Nm3", "Nm3", 10_000), (2500, "kg", "t", 2.5),
        (1, "TJ", "GJ", 1000), (1, "万千瓦时", "MWh", 10), (3, "万标立方米", "Nm3", 30_000), (1500, "升", "m3", 1.5),
        (93, "%", "1", 0.93), (1, "10⁴Nm³", "Nm3", 10_000),
    ],
)
def test_conversions(value, source, target, expected):
    assert units.convert(value, source, target) == pytest.approx(expected, rel=1e-12)


def test_incompatible_units_are_refused_naming_both():
    with pytest.raises(DomainError) as caught:
        units.convert(1, "m3", "Nm3")
    assert "m3" in caught.value.message.en and "Nm3" in caught.value.message.en
    assert "normal conditions" in caught.value.message.en and "标准状态" in caught.value.message.zh


def test_unknown_unit_lists_the_known_ones():
    with pytest.raises(DomainError) as caught:
        units.unit("barrels")
    assert "barrels" in caught.value.message.en and "MWh" in caught.value.message.en


@pytest.mark.parametrize(
    ("text", "numerator", "substance", "per"),
    [("tCO2/MWh", "t", "CO2", "MWh"), ("kgCO₂/kWh", "kg", "CO2", "kWh"), ("GJ/t", "GJ", "", "t"),
     ("tC/TJ", "t", "C", "TJ"), ("GJ/10^4 Nm3", "GJ", "", "10^4 Nm3"), ("tCO2e/t", "t", "CO2e", "t"), ("%", "%", "", "1")],
)
def test_factor_units_are_read(text, numerator, substance, per):
    assert units.ratio(text) == units.Ratio(numerator, substance, per)


_BY_DIMENSION: dict[str, list[str]] = {}
for _unit in units.UNITS.values():
    _BY_DIMENSION.setdefault(_unit.dimension, []).append(_unit.symbol)
_PAIRS = [(a, b) for symbols in _BY_DIMENSION.values() for a in symbols for b in symbols]


@given(st.sampled_from(_PAIRS), st.floats(min_value=1e-6, max_value=1e12, allow_nan=False))
def test_round_trip_returns_the_value(pair, value):
    there = units.convert(value, pair[0], pair[1])
    assert units.convert(there, pair[1], pair[0]) == pytest.approx(value, rel=1e-12)
