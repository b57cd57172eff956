"""Working days: the 5-working-day deadlines of suspension and withdrawal (seed 001 §11.1.1, §11.2.1).

Saturdays and Sundays are not working days, nor the days of the body's holiday list (configurable: the register's
settings hold it).  A deadline of ``n`` working days after a day is the ``n``-th working day after it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable

SUSPENSION_WORKING_DAYS = 5


def is_working_day(day: date, holidays: Iterable[date] = ()) -> bool:
    return day.weekday() < 5 and day not in set(holidays)


def add_working_days(day: date, count: int, holidays: Iterable[date] = ()) -> date:
    """The ``count``-th working day after ``day`` (``day`` itself is not counted)."""
    off = set(holidays)
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, off):
            count -= 1
    return day


def parse_holidays(text: str) -> tuple[date, ...]:
    """The holiday list as typed: ISO dates separated by commas, spaces or new lines; a bad entry is refused by name."""
    from app.domain.kernel.text import DomainError, Text

    out = []
    for entry in text.replace(",", " ").replace("，", " ").split():
        try:
            out.append(date.fromisoformat(entry))
        except ValueError:
            raise DomainError(Text(f"节假日“{entry}”不是 YYYY-MM-DD 格式的日期。", f"The holiday “{entry}” is not a date (YYYY-MM-DD)."),
                              "holidays") from None
    return tuple(sorted(set(out)))
