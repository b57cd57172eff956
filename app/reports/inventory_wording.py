"""What the calculation workbook calls an organisation inventory and its sheets, per what the engagement verifies
(:func:`app.domain.statement.programme_parts.inventory_kind`): an organisation's GHG statement (ISO 14064-1), one
under the national ETS guide, a carbon-neutrality claim (ISO 14068-1), or the carbon-neutrality evaluation of an
industrial enterprise (T/CIECCPA 061—2023, seed 004: formulas (1)–(5) of §8.2.5, Table 3, the determination of §8.4.1).
Every heading is bilingual; the sheet names that formulas refer to (``Calculation``, ``Summary``) stay the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.kernel.text import Text
from app.domain.statement.programme_parts import (
    CARBON_NEUTRALITY, INDUSTRIAL_EVALUATION, NATIONAL_ETS, ORGANISATION_GHG, inventory_kind,
)

T = Text


@dataclass(frozen=True)
class Wording:
    """The workbook's title and the headings of its sheets and summary lines."""

    workbook: Text  # the Cover sheet's title
    measured: Text
    calculation: Text
    summary: Text
    neutrality: Text
    direct: Text  # the Summary sheet's subtotal and total lines
    indirect: Text
    total: Text


_MEASURED = T("检测结果加权", "Lab results, weighted")
_DIRECT, _INDIRECT = T("直接排放", "direct emissions"), T("间接排放", "indirect emissions")
_TOTAL = T("核证排放总量（含保守估算）", "verified total (estimates included)")

WORDING: dict[str, Wording] = {
    ORGANISATION_GHG: Wording(
        T("组织温室气体核查计算表（ISO 14064-1）", "Organisation GHG verification calculation workbook (ISO 14064-1)"),
        _MEASURED, T("排放量计算", "Emission calculation"), T("组织温室气体排放汇总", "Summary of the organisation's GHG emissions"),
        T("抵消与碳中和平衡", "Offsets and the carbon-neutrality balance"), _DIRECT, _INDIRECT, _TOTAL,
    ),
    NATIONAL_ETS: Wording(
        T("全国碳市场排放核查计算表（生态环境部指南）", "National ETS emission verification calculation workbook (MEE guide)"),
        _MEASURED, T("排放量计算", "Emission calculation"), T("排放量汇总", "Summary of the emissions"),
        T("抵消与碳中和平衡", "Offsets and the carbon-neutrality balance"), _DIRECT, _INDIRECT, _TOTAL,
    ),
    CARBON_NEUTRALITY: Wording(
        T("碳中和核证计算表（ISO 14068-1）", "Carbon-neutrality verification calculation workbook (ISO 14068-1)"),
        _MEASURED, T("标的物碳足迹：排放量计算", "The subject's carbon footprint: emission calculation"),
        T("标的物碳足迹汇总", "Summary of the subject's carbon footprint"),
        T("碳中和平衡：碳足迹与抵消（ISO 14068-1）", "Carbon-neutrality balance: the footprint against the offsets (ISO 14068-1)"),
        _DIRECT, _INDIRECT, T("核证碳足迹（含保守估算）", "verified carbon footprint (estimates included)"),
    ),
    INDUSTRIAL_EVALUATION: Wording(
        T("工业企业碳中和评价计算表（T/CIECCPA 061—2023）",
          "Industrial enterprise carbon-neutrality evaluation calculation workbook (T/CIECCPA 061—2023)"),
        T("监测参数检测结果加权（表 3）", "Monitored parameters' lab results, weighted (Table 3)"),
        T("碳排放量计算（第 8.2.5 条，式 1、式 2）", "Carbon emissions (§8.2.5, formulas (1) and (2))"),
        T("直接、间接与总碳排放量（第 8.2.5 条，式 3—5）", "Direct, indirect and total carbon emissions (§8.2.5, formulas (3)–(5))"),
        T("碳中和判定（第 8.4.1 条）", "Carbon-neutrality determination (§8.4.1)"),
        T("直接碳排放量 Ed（式 3）", "direct carbon emissions Ed (formula (3))"),
        T("间接碳排放量 Eind（式 4）", "indirect carbon emissions Eind (formula (4))"),
        T("碳排放总量 E总 = Ed + Eind（式 5，含保守估算）", "total carbon emissions E = Ed + Eind (formula (5), estimates included)"),
    ),
}


def wording_of(engagement) -> Wording:
    """The wording of ``engagement``'s calculation workbook."""
    return WORDING[inventory_kind(engagement.programme, engagement.criteria)]
