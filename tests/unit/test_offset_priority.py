"""The offset order of seed 004 §8.4.2 by worked portfolios: allowances first, then CCER (forestry sinks and local
projects first), then government-certified energy saving (local first); a skipped step and a credit outside the list
are named; a developed sink (§8.4.3) stands beside the order."""

from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.inventory.offset_priority import OffsetClass, ProjectType, Rank, rank, review


def offset(kind, quantity):
    return Offset(kind, quantity=quantity)


def test_each_offset_takes_its_place_in_the_order():
    ccer, credit = offset(OffsetKind.CCER, 10), offset(OffsetKind.CREDIT, 10)
    assert rank(offset(OffsetKind.ALLOWANCE, 1), None) is Rank.ALLOWANCE
    assert rank(ccer, None) is Rank.CCER
    assert rank(ccer, OffsetClass(ccer.id, ProjectType.FORESTRY)) is Rank.CCER_PREFERRED
    assert rank(ccer, OffsetClass(ccer.id, ProjectType.OTHER, local=True)) is Rank.CCER_PREFERRED
    assert rank(credit, OffsetClass(credit.id, ProjectType.ENERGY_SAVING, local=True)) is Rank.SAVING_LOCAL
    assert rank(credit, OffsetClass(credit.id, ProjectType.ENERGY_SAVING)) is Rank.SAVING
    assert rank(credit, None) is Rank.OUTSIDE
    assert rank(offset(OffsetKind.SINK, 1), None) is Rank.SINK


def test_allowances_then_preferred_ccer_follow_the_order():
    allowance, ccer = offset(OffsetKind.ALLOWANCE, 800), offset(OffsetKind.CCER, 200)
    held = review([ccer, allowance], [OffsetClass(ccer.id, ProjectType.FORESTRY)])
    assert held.followed and [line.rank for line in held.lines] == [Rank.ALLOWANCE, Rank.CCER_PREFERRED]
    assert held.tonnes[Rank.ALLOWANCE] == 800 and held.tonnes[Rank.CCER_PREFERRED] == 200


def test_energy_saving_credits_without_allowances_or_ccer_name_each_skipped_step():
    saving = offset(OffsetKind.CREDIT, 500)
    held = review([saving], [OffsetClass(saving.id, ProjectType.ENERGY_SAVING, local=True)])
    assert not held.followed and len(held.departures) == 3  # allowances, preferred CCER, other CCER
    assert all("government-certified energy saving: local" in d.en for d in held.departures)
    assert "allowances bought on an exchange" in held.departures[0].en


def test_a_credit_outside_the_list_is_named_with_its_tonnes():
    allowance, vcs = offset(OffsetKind.ALLOWANCE, 100), offset(OffsetKind.CREDIT, 25)
    held = review([allowance, vcs], [])
    assert [d.en for d in held.departures] == ["25.00 tCO₂e are credits of a type §8.4.2 does not list (VCS, GS …)."]
    assert review([offset(OffsetKind.SINK, 40)], []).followed  # a developed sink is beside the order
