"""Carbon-neutrality balance (ISO 14068-1, seed 004 §8.4): offsets retired against the period's emissions.

The rules, and where they come from (shared reference README, "ISO 14068-1:2023";
seed 004 §8.3.2–§8.4.1):

- only issued, retired credits count ("ex-post"): a credit not yet issued or
  not retired is refused, and so is one whose vintage (the year the reduction
  or removal happened) is later than the year it was retired in — it would be
  retired before it existed;
- credits are retired within 12 months after the end of the period they
  offset.  The sources set no earliest retirement date, so a retirement before
  the period start is not refused.  Nor do they tie the vintage to the period;
  a vintage later than the last year the window allows can never count
  (vintage ≤ retirement ≤ period end + 12 months), and that is refused even
  before the credit is retired;
- the retirement evidence is kept;
- the credit is retired on behalf of this client (its beneficiary is the
  client's Chinese or English name; spaces, case and full-width forms are
  ignored), since a credit retired for someone else offsets their emissions;
- its serial range has not been used before — in this engagement or any other
  in the store.

The period is neutral when the verified emissions are at most the eligible offsets.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.kernel.choices import Choice
from app.domain.kernel.dates import add_months
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

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
    beneficiary: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)

    def validated(self) -> "Offset":
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, (int, float)) or not math.isfinite(self.quantity) or self.quantity <= 0:
            raise DomainError(Text("抵消量应大于 0 tCO₂e。", "The quantity must be above 0 tCO₂e."), "quantity")
        if self.vintage is not None and not 2000 <= self.vintage <= 2100:
            raise DomainError(Text(f"年份 {self.vintage} 不合理。", f"The vintage {self.vintage} is not a plausible year."), "vintage")
        checked = replace(
            self, kind=OffsetKind(self.kind), quantity=float(self.quantity), registry=self.registry.strip(),
            serial_first=self.serial_first.strip(), serial_last=self.serial_last.strip(), beneficiary=self.beneficiary.strip(),
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


def offset_problems(
    offset: Offset, period_end: date | None, used: list[UsedRange], *, client_names: Sequence[str]
) -> list[Text]:
    """Why an offset does not count (empty when eligible); ``client_names`` are the client's names in both languages."""
    problems: list[Text] = []
    window_end = add_months(period_end, RETIREMENT_WINDOW_MONTHS) if period_end is not None else None
    if not offset.issued:
        problems.append(Text("ISO 14068-1：仅计入已签发的减排量（事后减排量），该减排量尚未签发。",
                             "ISO 14068-1: only ex-post credits count: this one is not yet issued."))
    if offset.retired_on is None:
        problems.append(Text("ISO 14068-1：仅计入已注销的减排量，该减排量尚未注销。",
                             "ISO 14068-1: only retired credits count: this one is not retired."))
    elif window_end is not None and offset.retired_on > window_end:
        problems.append(
            Text(
                f"ISO 14068-1：应在核算期结束后 12 个月内注销：注销日期 {offset.retired_on} 晚于 {window_end}。",
                f"ISO 14068-1: retire within 12 months after the period's end: retired on {offset.retired_on}, "
                f"later than 12 months after the period's end ({window_end}).",
            )
        )
    problems += _vintage_problems(offset, window_end)
    if offset.retired_on is not None and not offset.retirement_evidence.strip():
        problems.append(Text("ISO 14068-1：应保留注销证明，缺少注销证明。",
                             "ISO 14068-1: keep the retirement evidence: the retirement evidence is missing."))
    problems += _beneficiary_problems(offset, client_names)
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
                        f"ISO 14068-1：同一减排量只能使用一次：序列号与 {other.engagement_code} 中已使用的区间重叠。",
                        f"ISO 14068-1: a credit counts once: the serial range overlaps one already used in {other.engagement_code}.",
                    )
                )
    return problems


def _vintage_problems(offset: Offset, window_end: date | None) -> list[Text]:
    """Ex-post: the vintage is not later than the retirement, nor than the last year a retirement may fall in."""
    if offset.vintage is None:
        return []
    if offset.retired_on is not None and offset.vintage > offset.retired_on.year:
        return [
            Text(
                f"ISO 14068-1：仅计入事后减排量：年份 {offset.vintage} 晚于注销日期（{offset.retired_on}）。",
                f"ISO 14068-1: only ex-post credits: vintage {offset.vintage} is later than the retirement ({offset.retired_on}).",
            )
        ]
    if window_end is not None and offset.vintage > window_end.year:
        return [
            Text(
                f"ISO 14068-1：仅计入事后减排量：年份 {offset.vintage} 晚于最迟注销日期（{window_end}），不能抵消本核算期。",
                f"ISO 14068-1: only ex-post credits: vintage {offset.vintage} is later than the latest retirement the "
                f"period allows ({window_end}), so it cannot offset this period.",
            )
        ]
    return []


def _beneficiary_problems(offset: Offset, client_names: Sequence[str]) -> list[Text]:
    """Retired on behalf of this client: the beneficiary is one of its names (or "中文名 / English name")."""
    names = {_name_key(n) for n in client_names if _name_key(n)}
    if not offset.beneficiary.strip():
        return [Text("ISO 14068-1：应代表受核查方注销：未填写注销受益方。",
                     "ISO 14068-1: retired on behalf of the client: the beneficiary is missing.")]
    parts = [key for key in map(_name_key, offset.beneficiary.split("/")) if key]
    if _name_key(offset.beneficiary) in names or (parts and all(p in names for p in parts)):
        return []
    shown = " / ".join(n for n in client_names if n.strip())
    return [
        Text(
            f"ISO 14068-1：应代表受核查方注销：受益方“{offset.beneficiary}”不是受核查方（{shown}）。",
            f"ISO 14068-1: retired on behalf of the client: the beneficiary “{offset.beneficiary}” is not the client ({shown}).",
        )
    ]


def _name_key(name: str) -> str:
    """A name compared without spaces, case or full-width forms."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


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
    emissions: float, offsets: list[Offset], period_end: date | None, used: list[UsedRange], complete: bool = True,
    *, client_names: Sequence[str],
) -> Balance:
    """The neutrality balance; ``used`` holds the serial ranges of every offset in the store.

    ``emissions`` is the verified total with the conservative estimates included
    (:attr:`app.domain.inventory.calculation.Results.total`), as the statement quotes it.

    ``complete`` is False while some source has no result, so the emissions are not yet known;
    ``client_names`` are the client's names, which each offset's beneficiary must be.
    """
    problems = {o.id: offset_problems(o, period_end, used, client_names=client_names) for o in offsets}
    eligible = math.fsum(o.quantity for o in offsets if not problems[o.id])
    ineligible = math.fsum(o.quantity for o in offsets if problems[o.id])
    return Balance(emissions, eligible, ineligible, problems, complete)
