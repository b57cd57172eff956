"""Pasting activity data from a spreadsheet: Chinese or English headers, every bad cell named, all or nothing."""

from datetime import date

import pytest

from app.domain.inventory.activity_table import records_from_rows, split_pasted
from app.domain.inventory.factors import FactorUse
from app.domain.inventory.sources import Category, EmissionSource, Method, Origin
from app.domain.kernel.text import DomainError

GRID = EmissionSource("Grid", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5703, "tCO2/MWh"))
YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def test_chinese_headers_in_any_order():
    text = "单位\t月份\t数量\t数据来源\t凭证号\r\n千瓦时\t2025年3月\t1,200,000\t计量表读数\tM-03\r\nMWh\t2025-04\t1300\tmeter\tM-04\r\n"
    records = records_from_rows(split_pasted(text), GRID, YEAR)
    assert [(r.period_start, r.period_end, r.quantity, r.unit, r.origin, r.evidence) for r in records] == [
        (date(2025, 3, 1), date(2025, 3, 31), 1_200_000, "kWh", Origin.METER, "M-03"),
        (date(2025, 4, 1), date(2025, 4, 30), 1300, "MWh", Origin.METER, "M-04"),
    ]


def test_without_a_header_the_default_order_and_the_factors_unit_apply():
    records = records_from_rows(split_pasted("2025-01\t100\n2025-02\t200\t\tinvoice\n"), GRID, YEAR)
    assert [(r.quantity, r.unit) for r in records] == [(100, "MWh"), (200, "MWh")]


def test_every_bad_cell_is_named_by_row_and_column_and_nothing_is_returned():
    text = "period\tquantity\tunit\n2025-01\tabc\tMWh\n2025-13\t5\tMWh\n2025-03\t5\tbarrels\n2026-01\t5\tMWh\n2025-05\t-3\tMWh"
    with pytest.raises(DomainError) as caught:
        records_from_rows(split_pasted(text), GRID, YEAR)
    lines = caught.value.message.en.splitlines()
    assert lines[0] == "Row 2, quantity: “abc” is not a number"
    assert lines[1].startswith("Row 3, period: “2025-13” is not a period")
    assert lines[2].startswith("Row 4, unit: Unknown unit “barrels”")
    assert lines[3].startswith("Row 5, period:") and "outside the reporting period" in lines[3]
    assert lines[4].startswith("Row 6, quantity:") and "non-negative" in lines[4]
    assert caught.value.message.zh.splitlines()[0] == "第 2 行“数量”列：“abc”不是数字"


def test_a_unit_of_the_wrong_dimension_names_both_units():
    with pytest.raises(DomainError) as caught:
        records_from_rows([["2025-01", "5", "t"]], GRID, YEAR)
    assert "Row 1, unit" in caught.value.message.en and "t " in caught.value.message.en and "MWh" in caught.value.message.en
