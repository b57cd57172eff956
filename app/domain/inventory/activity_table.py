"""Reading activity records from rows of cells, as pasted from a spreadsheet (tab-separated).

The first row may be a header in Chinese or English (期间 / period, 数量 /
quantity, 单位 / unit, …); without one, the cells are taken in the order of
:data:`DEFAULT_ORDER`.  Every bad cell is reported with its row and column, and
nothing is returned unless every row is good.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from app.domain.inventory import units
from app.domain.inventory.sources import ActivityRecord, EmissionSource, Method, Origin
from app.domain.kernel.text import DomainError, Text

COLUMNS: dict[str, tuple[str, ...]] = {
    "period": ("period", "month", "期间", "月份", "月度", "年月"),
    "period_start": ("start", "period start", "from", "开始", "开始日期", "起始日期"),
    "period_end": ("end", "period end", "to", "结束", "结束日期", "截止日期"),
    "stream": ("stream", "material", "物料", "物料名称"),
    "quantity": ("quantity", "amount", "qty", "数量", "用量", "消耗量", "活动数据"),
    "unit": ("unit", "单位"),
    "origin": ("origin", "data origin", "source of data", "来源", "数据来源"),
    "opening_stock": ("opening", "opening stock", "期初库存", "期初"),
    "closing_stock": ("closing", "closing stock", "期末库存", "期末"),
    "evidence": ("evidence", "document", "证据", "凭证", "凭证号"),
    "note": ("note", "remark", "comment", "备注", "说明"),
}
LABELS = {
    "period": Text("期间", "period"), "period_start": Text("开始日期", "start"), "period_end": Text("结束日期", "end"),
    "stream": Text("物料", "stream"), "quantity": Text("数量", "quantity"), "unit": Text("单位", "unit"),
    "origin": Text("数据来源", "origin"), "opening_stock": Text("期初库存", "opening stock"),
    "closing_stock": Text("期末库存", "closing stock"), "evidence": Text("证据", "evidence"), "note": Text("备注", "note"),
}
DEFAULT_ORDER = ("period", "quantity", "unit", "origin", "opening_stock", "closing_stock", "evidence", "note")
_HEADER = {name.casefold(): column for column, names in COLUMNS.items() for name in names}
MAX_REPORTED = 20


def split_pasted(text: str) -> list[list[str]]:
    """Clipboard text from a spreadsheet as rows of cells (blank lines dropped)."""
    return [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def records_from_rows(
    rows: list[list[str]], source: EmissionSource, period: tuple[date | None, date | None]
) -> list[ActivityRecord]:
    """Records for ``source`` from ``rows``; a DomainError lists every bad cell as "row N, column: reason"."""
    if not rows:
        raise DomainError(Text("没有可粘贴的数据。", "There is nothing to paste."))
    header = [_HEADER.get(cell.strip().casefold()) for cell in rows[0]]
    if any(header):
        columns, body, first = header, rows[1:], 2
    else:
        columns, body, first = list(DEFAULT_ORDER), rows, 1
    if "quantity" not in columns:
        raise DomainError(Text("缺少“数量”列。", "The quantity column is missing."))
    problems: list[Text] = []
    records = []
    for number, cells in enumerate(body, start=first):
        values = {c: cells[i].strip() for i, c in enumerate(columns) if c and i < len(cells)}
        try:
            records.append(_record(values, source, period, number, problems))
        except _RowFailed:
            continue
    if problems:
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        tail = (Text(f"……另有 {more} 处错误。", f"… and {more} more."),) if more else ()
        raise DomainError(
            Text("\n".join(p.zh for p in (*shown, *tail)), "\n".join(p.en for p in (*shown, *tail))), "records"
        )
    return records


class _RowFailed(Exception):
    pass


def _record(values: dict[str, str], source: EmissionSource, period, row: int, problems: list[Text]) -> ActivityRecord:
    start_count = len(problems)

    def bad(column: str, zh: str, en: str) -> None:
        label = LABELS[column]
        problems.append(Text(f"第 {row} 行“{label.zh}”列：{zh}", f"Row {row}, {label.en}: {en}"))

    start = end = None
    if values.get("period"):
        try:
            start, end = parse_period(values["period"])
        except ValueError:
            bad("period", f"无法识别的期间“{values['period']}”（应如 2025-01）", f"“{values['period']}” is not a period (e.g. 2025-01)")
    for column in ("period_start", "period_end"):
        if values.get(column):
            try:
                day = parse_date(values[column])
                start, end = (day, end) if column == "period_start" else (start, day)
            except ValueError:
                bad(column, f"“{values[column]}”不是日期", f"“{values[column]}” is not a date")
    if (start is None or end is None) and len(problems) == start_count:
        bad("period", "缺少期间（或开始、结束日期）", "the period (or its start and end) is missing")
    numbers = {}
    for column in ("quantity", "opening_stock", "closing_stock"):
        text = values.get(column, "")
        if not text:
            if column == "quantity":
                bad(column, "缺少数量", "the quantity is missing")
            continue
        try:
            numbers[column] = parse_number(text)
        except ValueError:
            bad(column, f"“{text}”不是数字", f"“{text}” is not a number")
    unit = values.get("unit") or _default_unit(source)
    if not unit:
        bad("unit", "缺少单位", "the unit is missing")
    else:
        try:
            unit = units.unit(unit).symbol
        except DomainError as error:
            bad("unit", error.message.zh, error.message.en)
    origin = Origin.INVOICE
    if values.get("origin"):
        origin = origin_from_text(values["origin"])
        if origin is None:
            bad("origin", f"未知的数据来源“{values['origin']}”", f"unknown origin “{values['origin']}”")
    stream_id = ""
    if source.method is Method.MASS_BALANCE:
        name = values.get("stream", "")
        stream = next((s for s in source.streams if s.name == name), None)
        if stream is None:
            bad("stream", f"未知的物料“{name}”", f"unknown stream “{name}”")
        else:
            stream_id = stream.id
    if len(problems) > start_count:
        raise _RowFailed
    record = ActivityRecord(
        source.id, start, end, numbers["quantity"], unit, origin, numbers.get("opening_stock"),
        numbers.get("closing_stock"), stream_id, values.get("evidence", ""), values.get("note", ""),
    )
    try:
        return record.validated(source, period)
    except DomainError as error:
        column = error.field if error.field in LABELS else "stream" if error.field == "stream_id" else "quantity"
        if column.startswith("period") and values.get("period"):
            column = "period"
        bad(column, error.message.zh, error.message.en)
        raise _RowFailed from None


def _default_unit(source: EmissionSource) -> str | None:
    try:
        return source.activity_unit()
    except DomainError:
        return None


def origin_from_text(text: str) -> Origin | None:
    """An origin given by its stored value or its Chinese or English label."""
    wanted = text.strip().casefold()
    return next((o for o in Origin if wanted in (o.value, o.label.zh.casefold(), o.label.en.casefold())), None)


class NumberError(ValueError):
    """Text that is not a number; ``hint`` says what to change, when there is more to say than that."""

    def __init__(self, text: str, hint: Text | None = None):
        super().__init__(text)
        self.hint = hint


_PLAIN = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?P<sep>[, \u00a0，])\d{3}(?:(?P=sep)\d{3})*(?:\.\d*)?")
_DECIMAL_COMMA = Text("小数点请用“.”；“,”只用作每三位的千位分隔符，如 1,234.5",
                      "use a point for the decimal mark; a comma only separates thousands, as in 1,234.5")


def parse_number(text: str) -> float:
    """A number with a point for the decimal mark and, between groups of three digits, commas or spaces (one
    kind): ``1,234.5``, ``1 234.5``.

    Anything else is refused, never guessed: ``1,5`` or ``1.234,5`` (a decimal comma) would read as 15 or
    1.2345 with the commas dropped, and ``1_5`` as 15.
    """
    cleaned = text.strip()
    if _PLAIN.fullmatch(cleaned):
        value = float(cleaned)
    elif _GROUPED.fullmatch(cleaned):
        value = float(re.sub(r"[, \u00a0，]", "", cleaned))
    else:
        raise NumberError(text, _DECIMAL_COMMA if "," in cleaned or "，" in cleaned else None)
    if value != value or value in (float("inf"), float("-inf")):
        raise NumberError(text)
    return value


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:-\d+)?)?)?")


def parse_date(text: str) -> date:
    """A date as ``2025-01-31`` (``/`` or ``.`` between the parts too, a time of day after it allowed) or
    ``2025年1月31日``; anything more (``2025-01-01 (or 2024-12-01?)``) is refused."""
    text = text.strip().replace("/", "-").replace(".", "-")
    match = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text) or _DATE.fullmatch(text)
    if match is None:
        raise ValueError(text)
    return date(int(match[1]), int(match[2]), int(match[3]))


def parse_period(text: str) -> tuple[date, date]:
    """A month (``2025-01``, ``2025/1``, ``2025年1月``) or a day, as first and last day."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    match = re.fullmatch(r"(\d{4})(?:-|年)(\d{1,2})月?", cleaned)
    if match:
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise ValueError(text)
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = parse_date(cleaned)
    return day, day
