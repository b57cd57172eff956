"""The monitoring plan's use cases on a real store: a refusal names its field and stores nothing, a gap raises its
finding once (on its source, against §8.2.4), removal returns the position undo puts it back at, and every change is
in the engagement's history."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.inventory.measured import MeasuredValue, Parameter
from app.domain.inventory.monitoring import CLAUSE, Frequency, Monitored, PlanItem
from app.domain.inventory.offset_priority import OffsetClass
from app.domain.kernel.text import DomainError
from app.services import demo
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.services import monitoring as monitoring_services
from app.storage.store import open_store


@pytest.fixture
def held(tmp_path):
    store = open_store(tmp_path / "store.sqlite")
    engagement_id = demo.create_demo(store.uow(), "tester", date(2026, 3, 1))
    yield store, engagement_id, inventory_services.calculate(store.uow(), engagement_id).inventory
    store.close()


def test_refusals_name_the_field_and_store_nothing(held):
    store, engagement_id, inventory = held
    with pytest.raises(DomainError) as raised:
        monitoring_services.save(store.uow(), engagement_id, PlanItem("not-a-source", "x"), "tester")
    assert raised.value.field == "source_id"
    electricity = next(s for s in inventory.sources if s.method.value == "energy")
    lab = MeasuredValue(electricity.id, Parameter.NCV, date(2025, 1, 1), date(2025, 1, 31), 1, "MWh", 1, "GJ/MWh")
    with pytest.raises(DomainError) as raised:
        monitoring_services.save(store.uow(), engagement_id, lab, "tester")
    assert raised.value.field == "source_id" and "fuel" in raised.value.message.en
    offset = inventory.offsets[0]
    monitoring_services.save(store.uow(), engagement_id, OffsetClass(offset.id), "tester")
    with pytest.raises(DomainError) as raised:
        monitoring_services.save(store.uow(), engagement_id, OffsetClass(offset.id), "tester")
    assert raised.value.field == "offset_id"
    held_now = monitoring_services.monitoring(store.uow(), engagement_id)
    assert held_now.items == [] and held_now.measured == [] and len(held_now.classes) == 1


def test_a_gap_raises_its_finding_once_and_removal_is_recorded(held):
    store, engagement_id, inventory = held
    gas = inventory.sources[0]
    item = PlanItem(gas.id, "gas consumed", Monitored.ACTIVITY, frequency=Frequency.ANNUAL, instrument="FM-01",
                    calibrated_on=date(2024, 7, 1), calibration_due=date(2025, 3, 31))
    monitoring_services.save(store.uow(), engagement_id, item, "tester")
    gaps = monitoring_services.monitoring(store.uow(), engagement_id).gaps
    assert len(gaps) == 1 and "2025-03-31" in gaps[0].message.en
    finding = monitoring_services.raise_from_gap(store.uow(), engagement_id, gaps[0], "tester", date(2026, 3, 2))
    assert finding.clause == CLAUSE and finding.source_id == gas.id and finding.severity.value == "minor"
    with pytest.raises(DomainError) as raised:
        monitoring_services.raise_from_gap(store.uow(), engagement_id, gaps[0], "tester", date(2026, 3, 2))
    assert raised.value.field == "finding_id"
    assert sum(f.clause == CLAUSE for f in finding_services.list_findings(store.uow(), engagement_id)) == 1
    position = monitoring_services.remove_by_id(store.uow(), engagement_id, item.id, "tester")
    assert monitoring_services.monitoring(store.uow(), engagement_id).items == []
    monitoring_services.save(store.uow(), engagement_id, item, "tester", position)
    assert monitoring_services.monitoring(store.uow(), engagement_id).items == [item]
    changes = [h.change for h in services.engagement_history(store.uow(), engagement_id) if h.change.entity == "monitoring_item"]
    assert {c.entity_id for c in changes} == {item.id}
    assert [c.new for c in changes if c.field == "instrument"] == ["FM-01", "", "FM-01"]  # added, removed, put back
