"""The client's data-request workbook: written for the client to fill in, and read back as plain cell values.

Sheets: Instructions (Chinese and English), Data (one row per source, stream
and period; the id columns are hidden), and a hidden Lists sheet that feeds
the drop-downs for units and origins.  Which rows appear is decided by
:func:`app.domain.inventory.data_request.request_rows`; what the filled-in rows mean, by
:func:`app.domain.inventory.data_request.plan_import`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.engagement.organisation import Organisation
from app.domain.inventory.data_request import COLUMNS, request_rows
from app.domain.inventory.snapshot import Inventory
from app.domain.inventory.sources import Origin
from app.domain.inventory.units import UNITS
from app.domain.kernel.text import Text
from app.reports.xlsx import FIRST_DATA_ROW, Book, Column

DATA_SHEET = "Data"
_ROOM = 500  # shaded rows, with their drop-downs, below the last for rows the client adds
_WIDTHS = {"source": 34, "stream": 16, "period_start": 12, "period_end": 12, "quantity": 14, "unit": 10, "origin": 22,
           "evidence": 24, "note": 24}
_STYLES = {"period_start": "date", "period_end": "date", "quantity": "number", "opening_stock": "number", "closing_stock": "number"}
_INSTRUCTIONS = (
    Text("请在“Data”表中填写每个排放源、每个期间的活动数据；蓝色底色的列为填写列。",
         "Fill in the activity data for each source and period on the Data sheet; the shaded blue columns are for you."),
    Text("数量填写数字（不含单位），单位从下拉列表中选择；期初、期末库存仅适用于燃料和物料。",
         "Enter quantities as plain numbers and pick the unit from the drop-down; opening and closing stock apply to fuels and materials only."),
    Text("某期间没有数据的行请留空，不要删除隐藏列，也不要修改排放源名称和日期。",
         "Leave a row blank when there is nothing for that period; do not delete the hidden columns or change source names and dates."),
    Text("“凭证”填写发票号、表计编号或报表名称，便于核查组抽样核对。",
         "Under Evidence, give the invoice number, meter or report, so the verification team can sample it."),
    Text("填写完成后请将本工作簿原样发回（xlsx 格式）。", "Send this workbook back as it is (xlsx) when done."),
)


def write_request(path: Path | str, inventory: Inventory, client: Organisation, generated: datetime, cancelled=None) -> int:
    """Write the data request; returns the number of data rows (``cancelled()``: see :class:`Book`)."""
    e = inventory.engagement
    with Book(path, demo=e.is_demo, cancelled=cancelled) as book:
        book.instructions(f"{e.code}  {e.title}", _INSTRUCTIONS, [
            f"客户 Client: {client.name_zh} {client.name_en}".strip(),
            f"核查期 Reporting period: {e.period_start} – {e.period_end}",
            f"生成 Generated: {generated:%Y-%m-%d %H:%M} (Verifield)",
        ])
        columns = [
            Column(c.label, _WIDTHS.get(c.key, 12), _STYLES.get(c.key, "text"), entry=c.entry) for c in COLUMNS
        ]
        sheet = book.sheet(DATA_SHEET, Text("活动数据请求", "Activity data request"), f"{e.code}  {client.name_zh or client.name_en}  {e.period_start} – {e.period_end}", columns)
        for position, column in enumerate(COLUMNS):
            if column.hidden:
                sheet.ws.set_column(position, position, 12, None, {"hidden": True})
        rows = request_rows(inventory)
        for row in rows:
            r = row.record
            sheet.row([
                r.id if r else "", row.source.id, row.stream_id, row.source.name, row.stream_name, row.period_start, row.period_end,
                r.quantity if r else None, row.unit, r.origin.label.both() if r else None,
                r.opening_stock if r else None, r.closing_stock if r else None, r.evidence if r else None, r.note if r else None,
            ])
        sheet.autofilter()
        sheet.blank_rows(_ROOM)
        last = sheet.next_row - 1
        units_list, origins = book.lists("Lists", [list(UNITS), [o.label.both() for o in Origin]])
        keys = [c.key for c in COLUMNS]
        sheet.drop_down(keys.index("unit"), last, units_list, Text("单位", "Unit"), Text("请从列表中选择单位。", "Pick a unit from the list."))
        sheet.drop_down(keys.index("origin"), last, origins, Text("数据来源", "Origin"),
                        Text("请从列表中选择数据来源。", "Pick the origin from the list."))
        for key in ("quantity", "opening_stock", "closing_stock"):
            sheet.ws.data_validation(FIRST_DATA_ROW, keys.index(key), last, keys.index(key), {
                "validate": "decimal", "criteria": ">=", "value": 0,
                "error_title": "数量 Quantity", "error_message": "请输入非负数字。Enter a number of 0 or more.",
            })
        sheet.ws.activate()
    return len(rows)

