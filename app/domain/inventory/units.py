"""Units of measure and their conversions — the one place quantities change unit.

Every quantity in an inventory carries its unit.  A unit belongs to one
dimension (mass, gas volume at normal conditions, volume, energy, fraction);
converting within a dimension multiplies by a fixed factor, converting across
dimensions is refused with a message that names both units.  Factor units such
as ``tCO2/MWh`` or ``GJ/10^4 Nm3`` are read by :func:`ratio`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.domain.kernel.text import DomainError, Text


@dataclass(frozen=True)
class Unit:
    """A unit: its canonical symbol, dimension, and size in the dimension's base unit."""

    symbol: str
    dimension: str
    to_base: float


DIMENSIONS = {
    "mass": Text("质量", "mass"),
    "gas": Text("标准状态气体体积", "gas volume at normal conditions"),
    "volume": Text("体积", "volume"),
    "energy": Text("能量", "energy"),
    "fraction": Text("比例", "fraction"),
}

_UNITS = (
    Unit("t", "mass", 1.0),
    Unit("kg", "mass", 1e-3),
    Unit("g", "mass", 1e-6),
    Unit("kt", "mass", 1e3),
    Unit("10^4 t", "mass", 1e4),
    Unit("Nm3", "gas", 1.0),
    Unit("10^4 Nm3", "gas", 1e4),
    Unit("m3", "volume", 1.0),
    Unit("10^4 m3", "volume", 1e4),
    Unit("L", "volume", 1e-3),
    Unit("GJ", "energy", 1.0),
    Unit("MJ", "energy", 1e-3),
    Unit("TJ", "energy", 1e3),
    Unit("kWh", "energy", 0.0036),
    Unit("10^4 kWh", "energy", 36.0),
    Unit("MWh", "energy", 3.6),
    Unit("GWh", "energy", 3600.0),
    Unit("1", "fraction", 1.0),
    Unit("%", "fraction", 0.01),
    Unit("‰", "fraction", 0.001),
)
UNITS: dict[str, Unit] = {u.symbol: u for u in _UNITS}

# Other spellings people type or paste (Chinese names, superscripts, case).
_ALIASES = {
    "吨": "t", "千克": "kg", "公斤": "kg", "克": "g", "千吨": "kt", "万吨": "10^4 t", "万t": "10^4 t",
    "nm3": "Nm3", "标立方米": "Nm3", "标准立方米": "Nm3", "10^4nm3": "10^4 Nm3", "万nm3": "10^4 Nm3",
    "万标立方米": "10^4 Nm3", "万标准立方米": "10^4 Nm3",
    "m3": "m3", "立方米": "m3", "方": "m3", "10^4m3": "10^4 m3", "万m3": "10^4 m3", "万立方米": "10^4 m3",
    "l": "L", "升": "L",
    "gj": "GJ", "吉焦": "GJ", "mj": "MJ", "兆焦": "MJ", "tj": "TJ", "太焦": "TJ",
    "kwh": "kWh", "千瓦时": "kWh", "度": "kWh", "10^4kwh": "10^4 kWh", "万kwh": "10^4 kWh", "万千瓦时": "10^4 kWh",
    "mwh": "MWh", "兆瓦时": "MWh", "gwh": "GWh", "百万千瓦时": "GWh",
    "": "1", "-": "1", "1": "1", "%": "%", "‰": "‰", "permille": "‰", "千分比": "‰", "百分比": "%",
}
_SUBSTANCE = re.compile(r"^(?P<unit>.*?)(?P<substance>CO2e|CO2|CH4|N2O|SF6|NF3|HFCs|PFCs|C)?$")


def _normal(text: str) -> str:
    return (
        text.strip().replace(" ", "").replace("10⁴", "10^4").replace("³", "3").replace("₂", "2")
        .replace("×", "").replace("1e4", "10^4").lower()
    )


_LOOKUP = {_normal(symbol): symbol for symbol in UNITS} | {_normal(k): v for k, v in _ALIASES.items()}


@lru_cache(maxsize=512)
def unit(text: str) -> Unit:
    """The unit written as ``text`` (any known spelling); refused with the known units listed."""
    symbol = _LOOKUP.get(_normal(text))
    if symbol is None:
        raise DomainError(
            Text(
                f"无法识别的单位“{text}”。可用单位：{'、'.join(UNITS)}。",
                f"Unknown unit “{text}”. Known units: {', '.join(UNITS)}.",
            ),
            "unit",
        )
    return UNITS[symbol]


@lru_cache(maxsize=1024)
def factor(from_unit: str, to_unit: str) -> float:
    """What a quantity in ``from_unit`` is multiplied by to be in ``to_unit``."""
    source, target = unit(from_unit), unit(to_unit)
    if source.dimension != target.dimension:
        raise DomainError(
            Text(
                f"单位 {source.symbol}（{DIMENSIONS[source.dimension].zh}）不能换算为 {target.symbol}"
                f"（{DIMENSIONS[target.dimension].zh}）。",
                f"A quantity in {source.symbol} ({DIMENSIONS[source.dimension].en}) cannot be converted to "
                f"{target.symbol} ({DIMENSIONS[target.dimension].en}).",
            ),
            "unit",
        )
    if source.symbol == target.symbol:
        return 1.0
    return source.to_base / target.to_base


def convert(value: float, from_unit: str, to_unit: str) -> float:
    return value * factor(from_unit, to_unit)


@dataclass(frozen=True)
class Ratio:
    """A factor's unit such as ``tCO2/MWh``: ``numerator`` of ``substance`` per ``per``."""

    numerator: str
    substance: str
    per: str


@lru_cache(maxsize=256)
def ratio(text: str) -> Ratio:
    """Read a factor unit: ``tCO2/MWh``, ``kgCO2/kWh``, ``GJ/t``, ``tC/TJ``, ``GJ/10^4 Nm3``, ``%``."""
    if "/" not in text:
        return Ratio(unit(text).symbol, "", "1")
    top, _, bottom = text.replace(" ", "").replace("₂", "2").partition("/")
    match = _SUBSTANCE.match(top)
    numerator, substance = match["unit"], match["substance"] or ""
    try:
        return Ratio(unit(numerator).symbol, substance, unit(bottom).symbol)
    except DomainError:
        raise DomainError(
            Text(
                f"无法识别的因子单位“{text}”，应形如 tCO2/MWh、GJ/t、tC/TJ。",
                f"Unknown factor unit “{text}”; write it like tCO2/MWh, GJ/t or tC/TJ.",
            ),
            "unit",
        ) from None


def mass_fraction(text: str) -> tuple[str, float]:
    """Read a content such as a stream's carbon content: the unit of material it is per, and ``k`` to t per that unit.

    A client's sheet gives it as ``tC/t``, ``kgC/t``, ``t/t``, ``kg/t`` or as a
    bare fraction (``%``, ``‰``, ``1``), which is a share of the material's
    mass: 75 % is 0.75 t of carbon per tonne.
    """
    content = ratio(text)
    if content.per == "1":
        return "t", factor(content.numerator, "1")
    return content.per, factor(content.numerator, "t")
