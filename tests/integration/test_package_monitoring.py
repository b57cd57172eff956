"""The monitoring plan, the lab results and the offset classes travel in the audit package's engagement.json: packaged
on a laptop, imported at head office, every one comes back as it was, and head office's recalculation (weighting the
NCV by quantity from the package's own lab results) gives the figures the laptop states."""

from __future__ import annotations

from datetime import date

from app.cli import main
from app.domain.inventory.measured import MEASURED_KIND, MeasuredValue, Parameter
from app.domain.inventory.monitoring import PLAN_KIND, Frequency, Monitored, PlanItem
from app.domain.inventory.offset_priority import CLASS_KIND, OffsetClass, ProjectType
from app.services import inventory as inventory_services
from app.services import monitoring as monitoring_services
from app.services.head_office import open_read_only
from tests.integration.package_fixture import ACTOR, laptop


def test_the_plan_lab_results_and_offset_classes_round_trip_and_head_office_weights_the_same(tmp_path):
    machine = laptop(tmp_path)
    uow, engagement_id = machine.store.uow, machine.engagement_id
    calc = inventory_services.calculate(uow(), engagement_id)
    gas, year = calc.inventory.sources[0], calc.inventory.engagement.period_start.year
    unweighted = calc.results.total
    saved = [
        PlanItem(gas.id, "NCV of gas", Monitored.NCV, "GJ/10^4 Nm3", "GB/T 11062", Frequency.MONTHLY, "Gas chromatograph",
                 calibrated_on=date(year, 1, 5), calibration_due=date(year + 1, 1, 4), responsible="Li Wei", qa_qc="duplicate samples"),
        MeasuredValue(gas.id, Parameter.NCV, date(year, 1, 1), date(year, 1, 31), 32, "10^4 Nm3", gas.ncv.value * 1.05, gas.ncv.unit, "GC-01"),
        MeasuredValue(gas.id, Parameter.NCV, date(year, 2, 1), date(year, 2, 28), 29, "10^4 Nm3", gas.ncv.value * 0.98, gas.ncv.unit, "GC-02"),
        OffsetClass(calc.inventory.offsets[0].id, ProjectType.FORESTRY, True),
    ]
    for item in saved:
        monitoring_services.save(uow(), engagement_id, item, ACTOR)
    weighted = inventory_services.calculate(uow(), engagement_id).results.total
    assert weighted != unweighted
    out = tmp_path / "usb" / "DEMO.vfpkg"
    out.parent.mkdir()
    assert main(["--data-dir", str(machine.folder), "package", "DEMO-2026-0001", "--out", str(out), "--sign", str(machine.identity),
                 "--passphrase-file", str(machine.passphrase_file)]) == 0
    head = tmp_path / "head"
    assert main(["--data-dir", str(head), "import-package", str(out), "--trust", str(machine.certificate)]) == 0
    view = open_read_only(next((head / "packages" / engagement_id).glob("*.vfpkg")))
    assert view.differences() == []
    carried = {r["kind"] for r in view.data["tables"]["fieldwork_records"]}
    assert {PLAN_KIND, MEASURED_KIND, CLASS_KIND} <= carried
    with view.uow() as head_uow:
        back = [r for kind in (PLAN_KIND, MEASURED_KIND, CLASS_KIND) for r in head_uow.records.of(engagement_id, kind)]
    assert back == saved
    assert inventory_services.calculate(view.uow(), engagement_id).results.total == weighted
    machine.store.close()
