"""Units as people read them: the one function that turns a stored unit symbol into the text shown.

Units are stored as typed-friendly ASCII symbols (``10^4 Nm3``, ``tCO2e``,
``GJ/10^4 Nm3``) and stay so; the interface, the documents and the workbook
headers show them with superscripts and subscripts (``10⁴ Nm³``, ``tCO₂e``),
and in Chinese the ten-thousand prefix as 万 (``万 Nm³``).  SF6 keeps its
plain 6: the font embedded in documents has no subscript six.
"""

from __future__ import annotations

import re

_GASES = {"CO2e": "CO₂e", "CO2": "CO₂", "CH4": "CH₄", "N2O": "N₂O", "NF3": "NF₃"}
_GAS = re.compile("|".join(_GASES))
_TEN_THOUSAND = re.compile(r"(?:10\^4|10⁴|1e4)\s*")
_CUBIC = re.compile(r"(?<=m)3(?![0-9])")


def shown_unit(symbol: str, language: str = "en") -> str:
    """``symbol`` as printed in ``language`` ("zh" or "en"): ``10^4 Nm3`` → ``10⁴ Nm³`` / ``万 Nm³``, ``tCO2e`` → ``tCO₂e``."""
    text = _TEN_THOUSAND.sub("万 " if language == "zh" else "10⁴ ", symbol)
    text = _CUBIC.sub("³", text)
    return _GAS.sub(lambda match: _GASES[match.group(0)], text)
