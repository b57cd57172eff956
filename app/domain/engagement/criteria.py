"""Verification criteria a verifier can pick for an engagement.

The ISO standards are the GHG quantification, verification, footprint and
carbon-neutrality standards (ISO 14064-1/-2/-3, ISO 14067, ISO 14068-1).  The
Chinese national standards are GB/T 32150-2015 and the parts of GB/T 32151
listed in the MIIT guide for the industrial carbon-peaking and neutrality
standard system (2023, annex 1, seed 003): parts that guide lists as
published carry their year; parts 4, 5 and 11, listed there as under
revision by project number, carry no year and a note saying so.  T/CIECCPA 061—2023 (seed 004) is the guide an
industrial enterprise's carbon-neutrality evaluation follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.kernel.text import Text


@dataclass(frozen=True)
class Criterion:
    """A standard that an engagement can be verified against."""

    code: str
    title: Text
    note: Text | None = None


_UNDER_REVISION = Text("修订中（见 MIIT 标准体系指南 2023）", "under revision (MIIT standard-system guide, 2023)")

_PART_ZH = "温室气体排放核算与报告要求 第{n}部分：{name}"
_PART_EN = "Requirements of the greenhouse gas emission accounting and reporting — Part {n}: {name}"


def _part(code: str, n: int, zh: str, en: str, note: Text | None = None) -> Criterion:
    return Criterion(code, Text(_PART_ZH.format(n=n, name=zh), _PART_EN.format(n=n, name=en)), note)


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "ISO 14064-1:2018",
        Text(
            "温室气体 第1部分：组织层次上对温室气体排放和清除的量化和报告的规范及指南",
            "Greenhouse gases — Part 1: Specification with guidance at the organization "
            "level for quantification and reporting of greenhouse gas emissions and removals",
        ),
    ),
    Criterion(
        "ISO 14064-2:2019",
        Text(
            "温室气体 第2部分：项目层次上对温室气体减排和清除增加的量化、监测和报告的规范及指南",
            "Greenhouse gases — Part 2: Specification with guidance at the project level "
            "for quantification, monitoring and reporting of greenhouse gas emission "
            "reductions or removal enhancements",
        ),
    ),
    Criterion(
        "ISO 14064-3:2019",
        Text(
            "温室气体 第3部分：温室气体声明审定与核查的规范及指南",
            "Greenhouse gases — Part 3: Specification with guidance for the verification "
            "and validation of greenhouse gas statements",
        ),
    ),
    Criterion(
        "ISO 14067:2018",
        Text(
            "温室气体 产品碳足迹 量化要求及指南",
            "Greenhouse gases — Carbon footprint of products — Requirements and guidelines "
            "for quantification",
        ),
    ),
    Criterion(
        "ISO 14068-1:2023",
        Text(
            "气候变化管理 向净零转型 第1部分：碳中和",
            "Climate change management — Transition to net zero — Part 1: Carbon neutrality",
        ),
    ),
    Criterion(
        "GB/T 32150-2015",
        Text(
            "工业企业温室气体排放核算和报告通则",
            "General guideline of greenhouse gas emissions accounting and reporting for "
            "industrial enterprises",
        ),
        _UNDER_REVISION,
    ),
    _part("GB/T 32151.1-2015", 1, "发电企业", "Power generation enterprise"),
    _part("GB/T 32151.2-2015", 2, "电网企业", "Power grid enterprise"),
    _part("GB/T 32151.3-2015", 3, "镁冶炼企业", "Magnesium smelting enterprise"),
    _part("GB/T 32151.4", 4, "铝冶炼企业", "Aluminium smelting enterprise", _UNDER_REVISION),
    _part("GB/T 32151.5", 5, "钢铁生产企业", "Iron and steel production enterprise", _UNDER_REVISION),
    _part("GB/T 32151.6-2015", 6, "民用航空企业", "Civil aviation enterprise"),
    _part("GB/T 32151.7-2015", 7, "平板玻璃生产企业", "Flat glass production enterprise"),
    _part("GB/T 32151.8-2015", 8, "水泥生产企业", "Cement production enterprise"),
    _part("GB/T 32151.9-2015", 9, "陶瓷生产企业", "Ceramic production enterprise"),
    _part("GB/T 32151.10-2015", 10, "化工生产企业", "Chemical production enterprise"),
    _part("GB/T 32151.11", 11, "煤炭生产企业", "Coal production enterprise", _UNDER_REVISION),
    _part("GB/T 32151.12-2018", 12, "纺织服装企业", "Textile and garment enterprise"),
    Criterion(
        "T/CIECCPA 061—2023",
        Text("工业企业碳中和管理体系 实施指南", "Management system for carbon neutrality in industrial enterprises — Guidelines on implementation"),
    ),
)

_BY_CODE = {criterion.code: criterion for criterion in CRITERIA}


def criterion(code: str) -> Criterion:
    """The criterion with ``code``; ``KeyError`` if there is none."""
    return _BY_CODE[code]
