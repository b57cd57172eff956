"""Measured parameters that vary by period: the NCV or carbon content of each delivery or month (seed 004 Table 3,
items 7, 9–13: "对检测数据进行加权月平均、加权年平均计算").

A :class:`MeasuredValue` is one lab result for a stretch of time (a delivery, a batch, a month), with the quantity
it stands for: a fuel source's NCV or carbon content per unit heat, or the carbon content of one input or output
of a mass-balance source (its ``stream_id``; seed 004 formula (1), §8.2.5.2 note 3: "一般可通过实测手段获取碳含量数值").
The parameter for the period is the quantity-weighted mean **Σ qᵢ·vᵢ / Σ qᵢ** (the national accounting guides' rule
for coal), which :func:`with_measured` puts in place of the source's (or stream's) single value before it is
recalculated.  The quantities are converted into the unit the parameter is per (GJ/t → t; a carbon content in % or
tC/t is per t of material), so a delivery weighed in kg weighs what it should.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

from app.domain.inventory import units
from app.domain.inventory.factors import FactorUse, Priority
from app.domain.inventory.sources import EmissionSource, Method
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

# How the store files them (beside the field-work records: one JSON document each).
MEASURED_KIND = "measured_value"


class Parameter(Choice):
    """Which factor a lab result measures: a fuel source's NCV or carbon per heat, or a mass-balance stream's carbon."""

    NCV = "ncv", "低位发热量", "net calorific value"
    CARBON_PER_HEAT = "carbon_per_heat", "单位热值含碳量", "carbon content per unit heat"
    CARBON = "carbon", "含碳量", "carbon content"


_FUEL_PARAMETERS = (Parameter.NCV, Parameter.CARBON_PER_HEAT)


@dataclass(frozen=True)
class MeasuredValue:
    """One lab result of a fuel source or of a mass-balance stream (``stream_id``): the parameter's value for a
    delivery or period, and the quantity it weighs."""

    source_id: str
    parameter: Parameter
    period_start: date
    period_end: date
    quantity: float
    quantity_unit: str
    value: float
    unit: str
    evidence: str = ""
    note: str = ""
    stream_id: str = ""  # the mass-balance input or output whose carbon content this is ("" for a fuel's factor)
    id: str = field(default_factory=new_id)

    EDITABLE = ("source_id", "stream_id", "parameter", "period_start", "period_end", "quantity", "quantity_unit", "value",
                "unit", "evidence", "note")

    def validated(self, source: EmissionSource, others: Iterable["MeasuredValue"] = ()) -> "MeasuredValue":
        """This result checked against its source (and stream) and the other results of the same parameter there."""
        parameter = Parameter(self.parameter)
        _check_measurable(source, parameter, self.stream_id)
        for name, label, low in (("quantity", Text("数量", "quantity"), 0.0), ("value", Text("检测值", "value"), 0.0)):
            number = getattr(self, name)
            if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number) or number <= low:
                raise DomainError(Text(f"{label.zh}应大于 0，输入的是 {number}。", f"The {label.en} must be above 0; {number} was entered."), name)
        if self.period_end < self.period_start:
            raise DomainError(Text(f"期间结束 {self.period_end} 早于开始 {self.period_start}。",
                                   f"The period ends ({self.period_end}) before it starts ({self.period_start})."), "period_end")
        try:
            per = _per(parameter, self.unit)
        except DomainError as error:
            raise DomainError(error.message, "unit") from None
        try:
            units.factor(units.unit(self.quantity_unit).symbol, per)
        except DomainError:
            raise DomainError(Text(f"数量单位 {self.quantity_unit} 不能换算为检测值单位 {self.unit} 的分母 {per}。",
                                   f"The quantity's unit {self.quantity_unit} cannot be converted into {per}, the unit "
                                   f"{self.unit} is per."), "quantity_unit") from None
        held = next((o for o in others if o.parameter is parameter and o.stream_id == self.stream_id and o.id != self.id), None)
        if held is not None and held.unit != self.unit.strip():
            raise DomainError(Text(f"该排放源的{parameter.label.zh}检测值单位为 {held.unit}，请使用同一单位。",
                                   f"This source's {parameter.label.en} results are in {held.unit}; use the same unit."), "unit")
        return replace(self, parameter=parameter, quantity=float(self.quantity), value=float(self.value),
                       unit=self.unit.strip(), quantity_unit=units.unit(self.quantity_unit).symbol)

    def per(self) -> str:
        """The unit the value is per (t for GJ/t, the material's unit for a carbon content: t for % or tC/t)."""
        return _per(self.parameter, self.unit)

    def weight(self) -> float:
        """The quantity in the unit the value is per."""
        return self.quantity * units.factor(self.quantity_unit, self.per())


def _per(parameter: Parameter, unit: str) -> str:
    """The unit a value in ``unit`` is per: a ratio's denominator, or the material a carbon content is of."""
    return units.mass_fraction(unit)[0] if parameter is Parameter.CARBON else units.ratio(unit).per


def _check_measurable(source: EmissionSource, parameter: Parameter, stream_id: str) -> None:
    """Refuse a parameter the source (or its stream) does not have."""
    if source.method is Method.FUEL and parameter in _FUEL_PARAMETERS and not stream_id:
        return
    if source.method is Method.MASS_BALANCE and parameter is Parameter.CARBON:
        if any(s.id == stream_id for s in source.streams):
            return
        raise DomainError(Text(f"请选择排放源“{source.name}”的一股输入或输出物料：含碳量是物料的。",
                               f"Pick one of the inputs or outputs of “{source.name}”: a carbon content is a stream's."),
                          "stream_id")
    if source.method is Method.MASS_BALANCE:
        raise DomainError(Text(f"排放源“{source.name}”采用物料平衡法：只能检测其输入、输出物料的含碳量。",
                               f"The source “{source.name}” is a mass balance: only its inputs' and outputs' carbon content "
                               f"is measured."), "parameter")
    if source.method is Method.FUEL:
        raise DomainError(Text(f"燃料燃烧源“{source.name}”检测的是低位发热量或单位热值含碳量，没有物料含碳量。",
                               f"The fuel-combustion source “{source.name}” has its NCV or carbon content per unit heat "
                               f"measured, not a stream's carbon content."), "parameter")
    raise DomainError(Text(f"排放源“{source.name}”既不是燃料燃烧源也不是物料平衡源，没有可检测的低位发热量或含碳量。",
                           f"The source “{source.name}” is neither a fuel-combustion source nor a mass balance: it has no "
                           f"NCV or carbon content to measure."), "source_id")


@dataclass(frozen=True)
class Weighting:
    """A parameter's quantity-weighted mean over its results: Σ qᵢ·vᵢ / Σ qᵢ (of a stream's carbon: ``stream_id``)."""

    parameter: Parameter
    results: tuple[MeasuredValue, ...]
    value: float
    unit: str
    stream_id: str = ""


def weighted(parameter: Parameter, results: Iterable[MeasuredValue], stream_id: str = "") -> Weighting | None:
    """The weighted mean of ``results`` of ``parameter`` (of stream ``stream_id``); None when there are none."""
    chosen = tuple(r for r in results if r.parameter is parameter and r.stream_id == stream_id)
    if not chosen:
        return None
    weights = [r.weight() for r in chosen]
    value = math.fsum(w * r.value for w, r in zip(weights, chosen)) / math.fsum(weights)
    return Weighting(parameter, chosen, value, chosen[0].unit, stream_id)


def weightings(results: Iterable[MeasuredValue]) -> list[Weighting]:
    """Each measured parameter of one source with its weighted mean: the fuel's factors, then each stream's carbon
    in the order its results were entered."""
    results = tuple(results)
    keys = [(p, "") for p in _FUEL_PARAMETERS] + list(dict.fromkeys(
        (r.parameter, r.stream_id) for r in results if r.parameter is Parameter.CARBON))
    found = [weighted(p, results, stream_id) for p, stream_id in keys]
    return [w for w in found if w is not None]


def with_measured(source: EmissionSource, results: Iterable[MeasuredValue]) -> EmissionSource:
    """``source`` with each measured parameter (a stream's carbon content among them) replaced by its weighted mean
    (unchanged without results)."""
    results = tuple(results)
    if not results:  # most sources: nothing to weigh
        return source
    changes, carbon = {}, {}
    for weighting in weightings(results):
        n, parameter = len(weighting.results), weighting.parameter
        use = FactorUse(
            weighting.value, weighting.unit, f"加权平均 Σq·v/Σq，{n} 个检测结果 / quantity-weighted mean of {n} lab results",
            f"实测 measured ({n})", Priority.MEASURED, parameter.label.en)
        if weighting.stream_id:
            carbon[weighting.stream_id] = use
        else:
            changes[parameter.value] = use
    if carbon:
        changes["streams"] = tuple(replace(s, carbon=carbon[s.id]) if s.id in carbon else s for s in source.streams)
    return replace(source, **changes) if changes else source


def by_source(results: Iterable[MeasuredValue]) -> dict[str, list[MeasuredValue]]:
    out: dict[str, list[MeasuredValue]] = defaultdict(list)
    for result in results:
        out[result.source_id].append(result)
    return out
