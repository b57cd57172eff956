"""Sector scopes and technical areas a verification body works in.

The table is Annex 1 ("Sectoral scope / technical area", 附 1：业务领域) of the
CGC validation and verification implementation code CGC-QP-VV06-2022 (seed
000).  It has two parts:

* part 1, organisation-level GHG verification under CGC-VV-GHG P01: sector
  scopes SK-01 to SK-13 and their technical areas SK-xx.y;
* part 2, project-level validation and verification under CGC-VV-GHG P02:
  sector scopes SS 1 to SS 17 and their technical areas TA-xx.y.

``accredited`` records "Accredited by CNAS" (获CNAS认可) and ``ccer`` records
"CCER qualified" (获温室气体自愿减排机制批准), both as the source marks them;
``ccer`` only appears in the project part.  The source notes that a technical
area of an accredited sector may still be refused when no qualified assessor
is available.

The life-cycle assessment and carbon-footprint programme (CGC-VV-GHG P03) has
no sector or technical-area division, and agreed-upon-procedure verification
(CGC-VV-AUP P01) uses the organisation-level codes of part 1.

English names are the source's, with obvious slips fixed: "Plup" -> "Pulp",
"exl." -> "excl.", "paper production" -> "paper products",
"electronical" -> "electronic", "Iron&steel" -> "Iron & steel", "Oxalic
acid" -> "Adipic acid" (the Chinese says 己二酸), a trailing full stop dropped.
Chinese names are kept as printed (TA-05.2 reads 己内酰胺和脂肪酸 although the
English says adipic acid).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.kernel.text import DomainError, Text


@dataclass(frozen=True)
class SectorScope:
    """A sector scope: "SK-01" (organisation) or "SS 1" (project)."""

    code: str
    name: Text
    programme: str  # "organisation" (P01) or "project" (P02)
    accredited: bool  # "Accredited by CNAS"
    ccer: bool  # "CCER qualified" (project part only)


@dataclass(frozen=True)
class TechnicalArea:
    """A technical area ("SK-01.1" or "TA-01.1") within a sector scope."""

    code: str
    scope_code: str
    name: Text


def _org(code: str, zh: str, en: str, accredited: bool) -> SectorScope:
    return SectorScope(code, Text(zh, en), "organisation", accredited, False)


def _prj(code: str, zh: str, en: str, accredited: bool = False, ccer: bool = False) -> SectorScope:
    return SectorScope(code, Text(zh, en), "project", accredited, ccer)


SECTOR_SCOPES: tuple[SectorScope, ...] = (
    # Part 1: organisation level (CGC-VV-GHG P01)
    _org("SK-01", "发电与电力交易", "Energy and energy trading", True),
    _org(
        "SK-02",
        "一般制造（将材料或物质通过物理或化学方式转化为新产品）",
        "General manufacturing (transforming materials or substances into new "
        "products through physical or chemical processes)",
        True,
    ),
    _org(
        "SK-03",
        "石油和天然气勘探、开采、生产和炼油，以及管道输配，包括石化产品",
        "Oil and gas exploration, extraction, production, and refining, as well "
        "as pipeline transportation and distribution, including petrochemical "
        "products",
        False,
    ),
    _org("SK-04", "金属生产", "Metal production (excl. aluminum)", True),
    _org("SK-05", "铝生产", "Aluminum production", True),
    _org("SK-06", "采矿和矿物生产", "Mining and mineral production", True),
    _org("SK-07", "纸浆、纸和印刷", "Pulp, paper, and paper products", False),
    _org("SK-08", "化工生产", "Chemical industry", False),
    _org("SK-09", "碳捕获封存", "Carbon capture and storage", False),
    _org("SK-10", "运输", "Transportation", False),
    _org("SK-11", "废物处理和处置", "Waste handling and disposal", True),
    _org("SK-12", "农业、林业和其它土地利用", "Agriculture, forestry, and other land use", False),
    _org("SK-13", "通用", "General scenario", True),
    # Part 2: project level (CGC-VV-GHG P02)
    _prj(
        "SS 1",
        "能源工业（可再生/非可再生资源）",
        "Energy industries (renewable/non-renewable sources)",
        accredited=True,
        ccer=True,
    ),
    _prj("SS 2", "能源输配", "Energy distribution"),
    _prj("SS 3", "能源需求", "Energy demand"),
    _prj("SS 4", "制造业", "Manufacturing industries"),
    _prj("SS 5", "化学工业", "Chemical industry"),
    _prj("SS 6", "建筑", "Construction"),
    _prj("SS 7", "运输", "Transport"),
    _prj("SS 8", "采矿/矿物生产", "Mining/mineral production"),
    _prj("SS 9", "金属生产", "Metal production"),
    _prj(
        "SS 10",
        "燃料（固体、石油和天然气）的逸散性排放",
        "Fugitive emissions from fuels (solid, oil and gas)",
        ccer=True,
    ),
    _prj(
        "SS 11",
        "卤化碳和六氟化硫在生产和消耗过程中的逸散性排放",
        "Fugitive emissions from production and consumption of halocarbons and "
        "sulphur hexafluoride",
    ),
    _prj("SS 12", "溶剂使用", "Solvents use"),
    _prj("SS 13", "废物处理及处置", "Waste handling and disposal"),
    _prj("SS 14", "植树造林和再造林", "Afforestation and reforestation"),
    _prj("SS 15", "农业", "Agriculture"),
    _prj(
        "SS 16",
        "二氧化碳的碳捕获和地质构造中的储存",
        "Carbon capture and storage of CO2 in geological formation",
    ),
    _prj("SS 17", "包括移除的其它活动", "Other activities involving removals"),
)


def _ta(code: str, scope_code: str, zh: str, en: str) -> TechnicalArea:
    return TechnicalArea(code, scope_code, Text(zh, en))


TECHNICAL_AREAS: tuple[TechnicalArea, ...] = (
    # Part 1: organisation level
    _ta("SK-01.1", "SK-01", "发电", "Power generation"),
    _ta("SK-01.2", "SK-01", "电网", "Power transmission and distribution"),
    _ta("SK-01.3", "SK-01", "热力生产和供应", "Thermal power generation and supply"),
    _ta("SK-02.1", "SK-02", "机械及电子设备制造", "Mechanical and electronic manufacturing"),
    _ta("SK-02.2", "SK-02", "食品及药品制造", "Food and pharmacy manufacturing"),
    _ta("SK-02.3", "SK-02", "建筑业", "Construction"),
    _ta("SK-02.4", "SK-02", "通用制造", "General manufacturing"),
    _ta("SK-03.1", "SK-03", "石油和天然气生产", "Oil and gas exploration"),
    _ta("SK-03.2", "SK-03", "石油化工生产", "Petrochemical products"),
    _ta("SK-03.3", "SK-03", "石油、天然气运输和配送", "Oil and gas transfer and delivery"),
    _ta("SK-04.1", "SK-04", "焦炭生产", "Coke production"),
    _ta("SK-04.2", "SK-04", "钢铁的冶炼生产", "Iron & steel smelting"),
    _ta("SK-04.3", "SK-04", "钢铁的压延加工", "Iron & steel processing and product"),
    _ta("SK-04.4", "SK-04", "镁冶炼", "Magnesium smelting and processing"),
    _ta("SK-04.5", "SK-04", "其他黑色金属冶炼和压延加工", "Other ferrous metals smelting and processing"),
    _ta("SK-04.6", "SK-04", "其他有色金属冶炼和压延加工", "Other nonferrous metals smelting and processing"),
    _ta("SK-05.1", "SK-05", "铝冶炼", "Aluminum smelting"),
    _ta(
        "SK-06.1",
        "SK-06",
        "黑色金属矿、有色金属矿、非金属矿和其他矿物的采矿、选矿和加工",
        "Non-coal mining and mineral processing",
    ),
    _ta("SK-06.2", "SK-06", "煤炭开采和洗选", "Coal mining and processing"),
    _ta("SK-06.3", "SK-06", "水泥生产", "Cement production"),
    _ta("SK-06.4", "SK-06", "其他非金属矿物制品的生产", "Other nonmetal mining and mineral processing"),
    _ta("SK-07.1", "SK-07", "纸浆的制造", "Pulp production"),
    _ta("SK-07.2", "SK-07", "造纸和纸制品生产", "Paper and paper products"),
    _ta("SK-08.1", "SK-08", "己二酸和硝酸制造", "Adipic acid and nitric acid"),
    _ta("SK-08.2", "SK-08", "氟化工", "Fluorine industry"),
    _ta("SK-08.3", "SK-08", "纯碱、烧碱", "Soda ash and caustic soda"),
    _ta("SK-08.4", "SK-08", "甲醇、合成氨", "Methanol and ammonia"),
    _ta("SK-08.5", "SK-08", "电石", "Calcium carbide"),
    _ta("SK-08.6", "SK-08", "其它化工", "Other chemical processing"),
    _ta("SK-09.1", "SK-09", "碳捕获封存", "Carbon capture and storage"),
    _ta("SK-10.1", "SK-10", "普通运输", "General transportation"),
    _ta("SK-10.2", "SK-10", "航空运输", "Aviation"),
    _ta("SK-11.1", "SK-11", "废物处理和处置", "Waste handling and disposal"),
    _ta("SK-12.1", "SK-12", "种植业", "Planting"),
    _ta("SK-12.2", "SK-12", "养殖业", "Animal breeding"),
    _ta("SK-13.1", "SK-13", "通用", "General scenario"),
    # Part 2: project level
    _ta("TA-01.1", "SS 1", "热能生产", "Thermal energy generation"),
    _ta("TA-01.2", "SS 1", "可再生能源", "Renewables"),
    _ta("TA-02.1", "SS 2", "能源分配", "Energy distribution"),
    _ta("TA-03.1", "SS 3", "能源需求", "Energy demand"),
    _ta("TA-04.1", "SS 4", "水泥和石灰生产", "Cement and lime production"),
    _ta("TA-05.1", "SS 5", "化学工业", "Chemical industry"),
    _ta("TA-05.2", "SS 5", "己内酰胺和脂肪酸", "Caprolactam, nitric and adipic acid"),
    _ta("TA-06.1", "SS 6", "建筑", "Construction"),
    _ta("TA-07.1", "SS 7", "交通", "Transport"),
    _ta("TA-08.1", "SS 8", "采煤/采矿", "Mining/mineral production"),
    _ta("TA-09.1", "SS 9", "铝和镁的生产", "Aluminium and magnesium production"),
    _ta("TA-09.2", "SS 9", "钢铁和铁合金生产", "Iron, steel and ferro-alloy production"),
    _ta("TA-10.1", "SS 10", "油气的逸散排放", "Fugitive emissions from oil and gas"),
    _ta("TA-11.1", "SS 11", "含氟气体的排放", "Emissions of fluorinated gases"),
    _ta("TA-11.2", "SS 11", "制冷剂生产", "Refrigerant gas production"),
    _ta("TA-12.1", "SS 12", "化学工业", "Chemical industry"),
    _ta("TA-13.1", "SS 13", "固体废弃物和废水", "Solid waste and wastewater"),
    _ta("TA-13.2", "SS 13", "动物粪便", "Manure"),
    _ta("TA-14.1", "SS 14", "植树造林和再造林", "Afforestation and reforestation"),
    _ta("TA-15.1", "SS 15", "农业", "Agriculture"),
    _ta("TA-16.1", "SS 16", "碳捕集和封存", "Carbon capture and storage"),
    _ta("TA-17.1", "SS 17", "包括移除的其它活动", "Other activities involving removals"),
)

_SCOPES_BY_CODE = {scope.code: scope for scope in SECTOR_SCOPES}
_AREAS_BY_CODE = {area.code: area for area in TECHNICAL_AREAS}


def technical_area(code: str) -> TechnicalArea:
    """The technical area with ``code``; ``KeyError`` if there is none."""
    return _AREAS_BY_CODE[code]


def areas_of(scope_code: str) -> tuple[TechnicalArea, ...]:
    """The technical areas of the sector scope ``scope_code``, in source order."""
    return tuple(area for area in TECHNICAL_AREAS if area.scope_code == scope_code)


def scope_of(area_code: str) -> SectorScope:
    """The sector scope the technical area ``area_code`` belongs to (``KeyError`` if unknown)."""
    return _SCOPES_BY_CODE[technical_area(area_code).scope_code]


def known_area(code: str, field: str = "technical_areas") -> TechnicalArea:
    """The technical area with this code, or a DomainError naming the unknown code."""
    try:
        return technical_area(code)
    except KeyError:
        raise DomainError(Text(f"未知的技术领域代码：{code}。", f"Unknown technical area code: {code}."), field) from None
