"""A demo engagement widened to every method and failure a workbook must show.

Adds to the demo: a mass balance with two inputs (one carbon content in %) and an output, a CH4 source
converted by GWP, a factor in tC (×44/12), a source whose factor is missing
(no result), and an offset that does not count.
"""

from __future__ import annotations

from datetime import date

from app.domain.findings.finding import Kind, raise_finding
from app.domain.inventory.factors import FactorUse, Priority
from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.inventory.sources import ActivityRecord, Category, Direction, EmissionSource, Method, Stream
from app.domain.kernel.choices import Gas
from app.services import demo
from app.services import findings as finding_services
from app.services import inventory


def varied_engagement(uow_factory, actor: str = "tester") -> str:
    engagement_id = demo.create_demo(uow_factory(), actor, date(2026, 6, 1))
    coke = Stream("焦炭 coke", Direction.IN, FactorUse(86.0, "%", "lab report 2025-031", "lab", Priority.MEASURED))
    limestone = Stream("石灰石 limestone", Direction.IN, FactorUse(120.0, "kgC/t", "supplier certificate", "", Priority.SUPPLIER))
    steel = Stream("钢材 steel", Direction.OUT, FactorUse(0.0042, "tC/t", "product specification", ""))
    sources = [
        EmissionSource("电弧炉物料平衡 / EAF mass balance", Category.PROCESS, Method.MASS_BALANCE, streams=(coke, limestone, steel), reported=4000.0),
        EmissionSource("污水处理 CH4 / Wastewater CH4", Category.PROCESS, Method.FACTOR, Gas.CH4,
                       factor=FactorUse(0.25, "kgCH4/m3", "IPCC 2006 Vol.5 Ch.6", "checked against IPCC table 6.2"), reported=33.3),
        EmissionSource("外购蒸汽 / Purchased steam", Category.ENERGY, Method.ENERGY,
                       factor=FactorUse(0.03, "tC/GJ", "supplier declaration", "", Priority.SUPPLIER)),
        EmissionSource("应急发电机 / Emergency generator", Category.STATIONARY, Method.FUEL, reported=1.5),
    ]
    for source in sources:
        inventory.save_source(uow_factory(), engagement_id, source, actor)
    months = [(date(2025, m, 1), date(2025, m, 28)) for m in range(1, 13)]
    records = {
        sources[0].id: [ActivityRecord(sources[0].id, a, b, 1000.0 + m * 7.31, "t", stream_id=coke.id) for m, (a, b) in enumerate(months)]
        + [ActivityRecord(sources[0].id, a, b, 350.25 + m, "t", stream_id=limestone.id) for m, (a, b) in enumerate(months)]
        + [ActivityRecord(sources[0].id, a, b, 9000.0 - m * 13.7, "t", stream_id=steel.id) for m, (a, b) in enumerate(months)],
        sources[1].id: [ActivityRecord(sources[1].id, a, b, 4410.7 + m, "m3", opening_stock=None) for m, (a, b) in enumerate(months)],
        sources[2].id: [ActivityRecord(sources[2].id, date(2025, 1, 1), date(2025, 12, 31), 12_345.678, "GJ")],
        sources[3].id: [ActivityRecord(sources[3].id, date(2025, 3, 1), date(2025, 3, 31), 800.0, "L")],
    }
    for source_id, batch in records.items():
        inventory.save_records(uow_factory(), engagement_id, source_id, batch, [], actor)
    late = Offset(OffsetKind.CREDIT, "VCS", "VCS-9-1-000001", "VCS-9-1-000500", 2023, 500.0, True, date(2027, 6, 30), "certificate 77",
                  demo.demo_client().name_en)
    inventory.save_offset(uow_factory(), engagement_id, late, actor)
    refrigerant = finding_services.list_findings(uow_factory(), engagement_id)[0]  # the demo's NC-01, not reported
    finding_services.settle_by_estimate(uow_factory(), engagement_id, refrigerant.id, 120.0, "two refills at 60 t each", actor, date(2026, 10, 1))
    generator = raise_finding(Kind.CLARIFICATION, "Which fuel?", actor, date(2026, 6, 1), source_id=sources[3].id)
    finding_services.add_finding(uow_factory(), engagement_id, generator, actor)  # a finding on a source with no result
    return engagement_id
