"""The shipped factor library, read from the CSV files in ``resources/factors``.

The files are copies of ``shared/reference`` with their provenance columns
(the fuel defaults with a ``source`` column naming the standard and table);
every entry keeps its publisher and checking status so the product never shows
an unchecked transcription as official.  Shipped entries have stable ids
(``cn-fuel/<fuel>/<ncv|cc|of>``, ``cn-grid/<scope>/<year>``) so engagements can
say which entry a frozen value came from.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from app.domain.inventory.factors import Factor, FactorKind, GwpTable, Priority
from app.domain.kernel.text import Text
from app.domain.kernel.unit_text import shown_unit
from app.paths import resources_dir

# What stores written before the fuel defaults named their table froze as the source (with an internal file name).
_OLD_FUEL_SOURCE = "GB/T 32151 / 省级温室气体清单指南缺省值; fuel_defaults_cn.csv"
# Chinese names of the grid scopes in grid_emission_factors_cn.csv (the file gives them in English).
_GRID_ZH = {
    "national average (carbon market reporting)": "全国平均（碳市场报告用）",
    "national average": "全国平均",
    "national average excluding market-traded non-fossil power": "全国平均（不含市场化交易的非化石能源电量）",
    "national fossil-only": "全国化石能源电力",
    "North China grid": "华北电网", "Northeast grid": "东北电网", "East China grid": "华东电网",
    "Central China grid": "华中电网", "Northwest grid": "西北电网", "Southwest grid": "西南电网", "Southern grid": "南方电网",
}


def _rows(name: str) -> list[dict[str, str]]:
    with open(factors_dir() / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def factors_dir() -> Path:
    return resources_dir() / "factors"


@lru_cache(maxsize=1)
def shipped_factors() -> tuple[Factor, ...]:
    """Fuel defaults (NCV, carbon content per heat, oxidation rate) and China grid factors."""
    out: list[Factor] = []
    for row in _rows("fuel_defaults_cn.csv"):
        fuel = Text(row["fuel_zh"], row["fuel_en"])
        per = row["ncv_unit"].split("/", 1)[1]
        source = row["source"]
        for kind, value, unit, suffix in (
            (FactorKind.NCV, row["ncv"], row["ncv_unit"], "ncv"),
            (FactorKind.CARBON_PER_HEAT, row["carbon_content_tc_per_tj"], "tC/TJ", "cc"),
            (FactorKind.OXIDATION, row["oxidation_rate"], "1", "of"),
        ):
            out.append(
                Factor(
                    kind, Text(f"{fuel.zh}（{shown_unit(per, 'zh')}）", f"{fuel.en} ({shown_unit(per)})"), float(value), unit, source, row["status"],
                    Priority.NATIONAL, "", fuel.en, True, 1, f"cn-fuel/{fuel.en}/{suffix}",
                )
            )
    for row in _rows("grid_emission_factors_cn.csv"):
        regional = "grid" in row["scope"] and not row["scope"].startswith("national")
        out.append(
            Factor(
                FactorKind.GRID,
                Text(f"{_GRID_ZH.get(row['scope'], row['scope'])} {row['data_year']}", f"{row['scope']} {row['data_year']}"),
                float(row["value_tco2_per_mwh"]), "tCO2/MWh", row["published_by"], row["status"],
                Priority.REGIONAL if regional else Priority.NATIONAL, row["data_year"], "", True, 1,
                f"cn-grid/{row['scope']}/{row['data_year']}",
            )
        )
    return tuple(out)


def current_source(source: str) -> str:
    """A frozen factor's source as the library now names it: the standard and table, never a file of ours."""
    return _fuel_source() if source == _OLD_FUEL_SOURCE else source


@lru_cache(maxsize=1)
def _fuel_source() -> str:
    return _rows("fuel_defaults_cn.csv")[0]["source"]


@lru_cache(maxsize=1)
def gwp_table() -> GwpTable:
    values, names = {}, {}
    for row in _rows("gwp_100yr.csv"):
        values[row["formula"]] = {"AR4": float(row["ar4"]), "AR5": float(row["ar5"]), "AR6": float(row["ar6"])}
        names[row["formula"]] = row["gas"]
    return GwpTable(values, names)
