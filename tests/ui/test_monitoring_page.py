"""The Monitoring plan page clicked through on the demo engagement: a plan item typed in with its instrument's lapsed
calibration shows the gap, which the verifier raises as a finding from the page (undo withdraws it); a month's
activity record removed shows as a missing month; a lab result of the natural gas typed in changes the weighted NCV
and the recalculated total at once; the demo's offset classified moves up the order of §8.4.2; the evaluation report
of §8.4.6 is written from the page with its items a)–j).  A mass balance's input picked for a lab result makes it
that stream's carbon content, weighted into the recalculated mass balance."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from PySide6.QtCore import Qt

from app.domain.inventory.factors import FactorUse
from app.domain.inventory.measured import Parameter
from app.domain.inventory.monitoring import CLAUSE
from app.domain.inventory.sources import ActivityRecord, Category, Direction, EmissionSource, Method, Stream
from app.domain.inventory.offset_priority import ProjectType, Rank
from app.reports.evaluation_report_pdf import ITEMS
from app.services import demo
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.services import monitoring as monitoring_services
from app.services.demo_stages import create_demo_at
from app.services.project_demo import create_project_demo
from app.ui.i18n import show
from app.ui.pages.monitoring_page import MonitoringPage
from tests.ui.clicking import activate, click, click_row, fill

TODAY = date.today()


def type_date(qtbot, form, name: str, day: date) -> None:
    """Type a date: month and day as digits, the year stepped with the arrow keys (typing a year other than the
    current one into a Qt date field gives another year), then Enter stores it."""
    fill(qtbot, form, **{name: day.isoformat()})
    widget = form.widgets[name]
    activate(qtbot, widget)
    widget.setFocus()
    widget.setCurrentSection(widget.Section.YearSection)
    while widget.date().year() != day.year:
        qtbot.keyClick(widget, Qt.Key.Key_Up if widget.date().year() < day.year else Qt.Key.Key_Down)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert form.value(name) == day


def test_the_monitoring_page_is_clicked_through(qtbot, window, tmp_path, monkeypatch):
    uow = window.workbench.uow
    engagement_id = demo.create_demo(uow(), "tester", TODAY)
    window.workbench.changed.emit()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    page = workspace.page(MonitoringPage)
    click_row(qtbot, workspace.navigator, workspace.pages.index(page))
    assert workspace.current_page() is page
    calc = inventory_services.calculate(uow(), engagement_id)
    e, gas = calc.inventory.engagement, calc.inventory.sources[0]
    year = e.period_start.year

    click(qtbot, page.plan.add_button)
    fill(qtbot, page.plan.form, source_id=gas.id, name="天然气消耗量 natural gas consumed", monitored="activity",
         frequency="monthly", method="流量计读数 flow meter, GB/T 18603", instrument="Flow meter FM-01", model="DN150",
         location="boiler inlet", responsible="Li Wei, energy dept.", qa_qc="monthly cross-check against the gas bill",
         evidence="CAL-2024-117")
    type_date(qtbot, page.plan.form, "calibrated_on", date(year - 1, 7, 1))
    type_date(qtbot, page.plan.form, "calibration_due", date(year, 6, 30))
    item = monitoring_services.monitoring(uow(), engagement_id).items[0]
    assert (item.instrument, item.calibration_due, item.responsible, item.qa_qc) == (
        "Flow meter FM-01", date(year, 6, 30), "Li Wei, energy dept.", "monthly cross-check against the gas bill")
    assert page.gaps.rowCount() == 1 and f"{year}-06-30" in page.gaps.item(0, 1).text()

    before = len(finding_services.list_findings(uow(), engagement_id))
    click_row(qtbot, page.gaps, 0)
    click(qtbot, page.finding_button)
    findings = finding_services.list_findings(uow(), engagement_id)
    assert len(findings) == before + 1
    assert findings[-1].clause == CLAUSE and findings[-1].source_id == gas.id and "FM-01" in findings[-1].description
    window.undo_action.trigger()
    assert len(finding_services.list_findings(uow(), engagement_id)) == before

    type_date(qtbot, page.plan.form, "calibration_due", date(year + 1, 6, 30))
    assert page.gaps.rowCount() == 0 and page.note.text()
    march = next(r for r in calc.inventory.records if r.source_id == gas.id and r.period_start.month == 3)
    window.workbench.perform("remove March", lambda: inventory_services.remove_item(uow(), engagement_id, "record", march.id, "tester"),
                             lambda: None)
    assert page.gaps.rowCount() == 1 and f"{year}-03" in page.gaps.item(0, 1).text()

    plain = inventory_services.calculate(uow(), engagement_id).results.sources[gas.id].verified
    click(qtbot, page.results.add_button)
    type_date(qtbot, page.results.form, "period_start", date(year, 1, 1))
    type_date(qtbot, page.results.form, "period_end", date(year, 1, 31))
    fill(qtbot, page.results.form, quantity="32", value=f"{gas.ncv.value * 1.1:.6f}", evidence="Lab report GC-2401")
    fill(qtbot, page.results.form, note="chromatograph, GB/T 11062")
    result = monitoring_services.monitoring(uow(), engagement_id).measured[0]
    assert result.evidence == "Lab report GC-2401" and result.note == "chromatograph, GB/T 11062"
    assert result.quantity == 32 and result.unit == gas.ncv.unit
    assert f"{gas.ncv.value * 1.1:.6g}" in page.means.text()
    # one result: the whole year's gas is recalculated with its NCV, 10 % above the source's one value
    assert inventory_services.calculate(uow(), engagement_id).results.sources[gas.id].verified == pytest.approx(plain * 1.1, rel=1e-6)
    window.undo_action.trigger()
    assert monitoring_services.monitoring(uow(), engagement_id).measured[0].note == ""

    # the demo's CCER, classified as a local forestry project, moves up the order of §8.4.2
    assert Rank.CCER.label.en in page.priority.text() or Rank.CCER.label.zh in page.priority.text()
    click(qtbot, page.classes.add_button)
    fill(qtbot, page.classes.form, project_type="forestry", local=True)
    held = monitoring_services.monitoring(uow(), engagement_id)
    assert (held.classes[0].project_type, held.classes[0].local) == (ProjectType.FORESTRY, True)
    assert held.priority.lines[0].rank is Rank.CCER_PREFERRED and show(Rank.CCER_PREFERRED.label) in page.priority.text()

    pdf = tmp_path / "evaluation.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(pdf))
    click(qtbot, page.report_button)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert all(f"{letter}) {title.zh}" in text and title.en.split()[0] in text for letter, title in ITEMS)
    assert "Flow meter FM-01" in text and Rank.CCER_PREFERRED.label.en in text

    row = workspace.pages.index(page)
    assert not workspace.navigator.item(row).isHidden()
    window.workbench.changed.emit()
    window.open_engagement(create_project_demo(uow(), "tester", TODAY))
    assert window.workspace.navigator.item(row).isHidden()  # a project has no organisation's inventory to monitor


def test_a_lab_result_of_a_mass_balances_input_is_its_carbon_content(qtbot, window):
    """Picking the furnace's coke for a new lab result measures the coke's carbon content (in the stream's unit, its
    quantity in t), moving it to the gas makes it the gas's NCV and back the coke's carbon again; two months typed in
    give the weighted mean on the page and in the recalculated mass balance."""
    uow = window.workbench.uow
    engagement_id = demo.create_demo(uow(), "tester", TODAY)
    year = inventory_services.calculate(uow(), engagement_id).inventory.engagement.period_start.year
    coke = Stream("焦炭 coke", Direction.IN, FactorUse(0.85, "tC/t", "supplier certificate"))
    furnace = EmissionSource("电弧炉 / EAF", Category.PROCESS, Method.MASS_BALANCE, streams=(coke,))
    inventory_services.save_source(uow(), engagement_id, furnace, "tester")
    inventory_services.save_records(uow(), engagement_id, furnace.id, [
        ActivityRecord(furnace.id, date(year, 1, 1), date(year, 2, 28), 1000, "t", stream_id=coke.id)], [], "tester")
    window.workbench.changed.emit()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    page = workspace.page(MonitoringPage)
    click_row(qtbot, workspace.navigator, workspace.pages.index(page))

    click(qtbot, page.results.add_button)
    fill(qtbot, page.results.form, stream_id=coke.id)
    held = monitoring_services.monitoring(uow(), engagement_id).measured[0]
    assert (held.source_id, held.stream_id, held.parameter, held.unit, held.quantity_unit) == (
        furnace.id, coke.id, Parameter.CARBON, "tC/t", "t")
    assert page.results.form.value("source_id") == furnace.id
    gas = inventory_services.calculate(uow(), engagement_id).inventory.sources[0]
    fill(qtbot, page.results.form, source_id=gas.id)  # moved to the gas: its NCV, in the gas's units
    held = monitoring_services.monitoring(uow(), engagement_id).measured[0]
    assert (held.stream_id, held.parameter, held.unit, held.quantity_unit) == ("", Parameter.NCV, gas.ncv.unit, "10^4 Nm3")
    fill(qtbot, page.results.form, source_id=furnace.id)  # and back: the furnace's first stream, the coke
    assert monitoring_services.monitoring(uow(), engagement_id).measured[0].stream_id == coke.id
    type_date(qtbot, page.results.form, "period_start", date(year, 1, 1))
    type_date(qtbot, page.results.form, "period_end", date(year, 1, 31))
    fill(qtbot, page.results.form, quantity="400", value="0.84", evidence="LAB-01")
    click(qtbot, page.results.add_button)
    fill(qtbot, page.results.form, stream_id=coke.id)
    type_date(qtbot, page.results.form, "period_end", date(year, 2, 28))  # the end first: a start after it is refused
    type_date(qtbot, page.results.form, "period_start", date(year, 2, 1))
    fill(qtbot, page.results.form, quantity="600", value="0.86", evidence="LAB-02")
    # (400 × 0.84 + 600 × 0.86) / 1 000 = 0.852 tC/t; E = 1 000 t × 0.852 × 44/12
    assert "电弧炉 / EAF / 焦炭 coke" in page.means.text() and "0.852 tC/t" in page.means.text()
    verified = inventory_services.calculate(uow(), engagement_id).results.sources[furnace.id].verified
    assert verified == pytest.approx(852 * 44 / 12, rel=1e-9)


def test_the_evaluation_demos_plan_and_its_one_gap_are_on_the_page(qtbot, window):
    """``verifield demo --programme iso14068-1``: the Monitoring page lists its six plan items and twelve NCV
    analyses with their weighted mean, and its one gap (the refrigerant scale's calibration) is raised as a finding."""
    uow = window.workbench.uow
    engagement_id = create_demo_at(uow(), "planned", "tester", TODAY, programme="iso14068-1")
    window.workbench.changed.emit()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    page = workspace.page(MonitoringPage)
    click_row(qtbot, workspace.navigator, workspace.pages.index(page))
    assert page.plan.model.rowCount() == 6 and page.results.model.rowCount() == 12
    assert "(weighted over 12 results)" in page.means.text()
    assert page.gaps.rowCount() == 1 and "ES-30" in page.gaps.item(0, 1).text()
    before = len(finding_services.list_findings(uow(), engagement_id))
    click_row(qtbot, page.gaps, 0)
    click(qtbot, page.finding_button)
    findings = finding_services.list_findings(uow(), engagement_id)
    assert len(findings) == before + 1 and "ES-30" in findings[-1].description
