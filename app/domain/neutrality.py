"""Carbon-neutrality balance (ISO 14068-1, seed 004 §8.4): offsets retired against the period's emissions.

An offset counts only when it is issued and retired, retired no later than
12 months after the end of the period it offsets, and its serial range has not
been used before — in this engagement or any other in the store.  The period
is neutral when the verified emissions are at most the eligible offsets.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.choices import Choice
from app.domain.dates import add_months
from app.domain.organisation import new_id
from app.domain.text import DomainError, Text

RETIREMENT_WINDOW_MONTHS = 12


class OffsetKind(Choice):
    ALLOWANCE = "allowance", "碳排放配额", "emission allowance"
    CCER = "ccer", "国家核证自愿减排量（CCER）", "CCER"
    CREDIT = "credit", "其他碳信用（VCS、GS 等）", "other carbon credit (VCS, GS, …)"
    SINK = "sink", "碳汇", "carbon sink"


@dataclass(frozen=True)
class SerialRange:
    """Serial numbers ``prefix`` + ``first`` … ``prefix`` + ``last`` in one registry."""

    registry: str
    prefix: str
    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    def overlaps(self, other: "SerialRange") -> bool:
        """Same prefix (ignoring case and spaces) and intersecting numbers.

        The registry's name is free text, so it is not compared: a serial
        number identifies a unit on its own.
        """
        return _key(self.prefix) == _key(other.prefix) and self.first <= other.last and other.first <= self.last


def _key(prefix: str) -> str:
    return prefix.replace(" ", "").casefold()


_TAIL = re.compile(r"^(?P<prefix>.*?)(?P<number>\d+)$")


@dataclass(frozen=True)
class Offset:
    """Allowances, credits or sinks retired for the engagement, with the evidence of retirement."""

    kind: OffsetKind = OffsetKind.CCER
    registry: str = ""
    serial_first: str = ""
    serial_last: str = ""
    vintage: int | None = None
    quantity: float = 0.0
    issued: bool = False
    retired_on: date | None = None
    retirement_evidence: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)


    def validated(self) -> "Offset":
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, (int, float)) or not math.isfinite(self.quantity) or self.quantity <= 0:
            raise DomainError(Text("抵消量应大于 0 tCO₂e。", "The quantity must be above 0 tCO₂e."), "quantity")
        if self.vintage is not None and not 2000 <= self.vintage <= 2100:
            raise DomainError(Text(f"年份 {self.vintage} 不合理。", f"The vintage {self.vintage} is not a plausible year."), "vintage")
        checked = replace(
            self, kind=OffsetKind(self.kind), quantity=float(self.quantity), registry=self.registry.strip(),
            serial_first=self.serial_first.strip(), serial_last=self.serial_last.strip(),
        )
        if checked.kind is not OffsetKind.SINK:
            checked.serial_range()
        return checked

    def serial_range(self) -> SerialRange:
        """The serial range, refused when the two ends do not share a prefix or run backwards."""
        first, last = _TAIL.match(self.serial_first), _TAIL.match(self.serial_last or self.serial_first)
        if not first or not last:
            raise DomainError(
                Text("序列号应以数字结尾（如 CN-CCER-2024-000101）。", "Serial numbers must end in digits (e.g. CN-CCER-2024-000101)."),
                "serial_first",
            )
        if first["prefix"] != last["prefix"] or int(last["number"]) < int(first["number"]):
            raise DomainError(
                Text(
                    f"序列号 {self.serial_first} 至 {self.serial_last} 不是同一区间。",
                    f"{self.serial_first} to {self.serial_last} is not one serial range.",
                ),
                "serial_last",
            )
        return SerialRange(self.registry, first["prefix"], int(first["number"]), int(last["number"]))


@dataclass(frozen=True)
class UsedRange:
    """A serial range already claimed by an offset (of this engagement or another)."""

    range: SerialRange
    offset_id: str
    engagement_code: str


def offset_problems(offset: Offset, period_end: date | None, used: list[UsedRange]) -> list[Text]:
    """Why an offset does not count (empty when eligible)."""
    problems: list[Text] = []
    if not offset.issued:
        problems.append(Text("尚未签发的减排量不能计入。", "Credits not yet issued do not count (ex-post only)."))
    if offset.retired_on is None:
        problems.append(Text("尚未注销，不能计入。", "Not retired, so it does not count."))
    elif period_end is not None and offset.retired_on > add_months(period_end, RETIREMENT_WINDOW_MONTHS):
        limit = add_months(period_end, RETIREMENT_WINDOW_MONTHS)
        problems.append(
            Text(
                f"注销日期 {offset.retired_on} 晚于核算期结束后 12 个月（{limit}）。",
                f"Retired on {offset.retired_on}, later than 12 months after the period's end ({limit}).",
            )
        )
    if offset.retired_on is not None and not offset.retirement_evidence.strip():
        problems.append(Text("缺少注销证明。", "The retirement evidence is missing."))
    if offset.kind is not OffsetKind.SINK:
        serials = offset.serial_range()
        if serials.count != offset.quantity:
            problems.append(
                Text(
                    f"序列号区间包含 {serials.count} 个单位，但数量为 {offset.quantity:g}。",
                    f"The serial range holds {serials.count} units but the quantity is {offset.quantity:g}.",
                )
            )
        for other in used:
            if other.offset_id != offset.id and serials.overlaps(other.range):
                problems.append(
                    Text(
                        f"序列号与 {other.engagement_code} 中已使用的区间重叠。",
                        f"The serial range overlaps one already used in {other.engagement_code}.",
                    )
                )
    return problems


@dataclass(frozen=True)
class Balance:
    """Emissions against eligible offsets."""

    emissions: float
    eligible: float
    ineligible: float
    problems: dict[str, list[Text]]
    complete: bool = True

    @property
    def neutral(self) -> bool:
        """Only a complete inventory can be found neutral."""
        return self.complete and self.emissions <= self.eligible

    @property
    def shortfall(self) -> float:
        return max(0.0, self.emissions - self.eligible)


def balance(
    emissions: float, offsets: list[Offset], period_end: date | None, used: list[UsedRange], complete: bool = True
) -> Balance:
    """The neutrality balance; ``used`` holds the serial ranges of every offset in the store.

    ``emissions`` is the verified total with the conservative estimates included
    (:attr:`app.domain.calculation.Results.total`), as the statement quotes it.

    ``complete`` is False while some source has no result, so the emissions are not yet known.
    """
    problems = {o.id: offset_problems(o, period_end, used) for o in offsets}
    eligible = math.fsum(o.quantity for o in offsets if not problems[o.id])
    ineligible = math.fsum(o.quantity for o in offsets if problems[o.id])
    return Balance(emissions, eligible, ineligible, problems, complete)
