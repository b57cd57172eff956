"""The carbon-neutrality evaluation report of seed 004 §8.4.6 written from the demo engagement, with a monitoring
plan, lab results and a classified offset: read back with pdftotext, every item a)–j) is there in Chinese and English,
with the figures of the recalculation, the lapsed calibration, the plan's gaps, the offsets in §8.4.2 order and the
conclusion of §8.4.1."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timezone

import pytest

from app.domain.inventory.measured import MeasuredValue, Parameter
from app.domain.inventory.monitoring import Frequency, Monitored, PlanItem
from app.domain.inventory.offset_priority import OffsetClass, ProjectType, Rank
from app.reports.evaluation_report_pdf import ITEMS, write_evaluation_report
from app.reports.statement_pdf import money
from app.services import demo
from app.services import monitoring as monitoring_services
from app.services.evaluation import evaluation

GENERATED = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from app.storage.store import open_store

    folder = tmp_path_factory.mktemp("evaluation")
    store = open_store(folder / "store.sqlite")
    engagement_id = demo.create_demo(store.uow(), "tester", date(2026, 3, 1))
    facts = evaluation(store.uow(), engagement_id)
    gas, year = facts.calculation.inventory.sources[0], facts.engagement.period_start.year
    for item in (PlanItem(gas.id, "天然气消耗量 gas consumed", Monitored.ACTIVITY, "10^4 Nm3", "flow meter", Frequency.MONTHLY,
                          "Flow meter FM-01", "DN150", "boiler inlet", date(year - 1, 7, 1), date(year, 6, 30), "Li Wei", "bill cross-check"),
                 PlanItem(gas.id, "天然气低位发热量 NCV of gas", Monitored.NCV, "GJ/10^4 Nm3", "GB/T 11062", Frequency.MONTHLY)):
        monitoring_services.save(store.uow(), engagement_id, item, "tester")
    lab = MeasuredValue(gas.id, Parameter.NCV, date(year, 1, 1), date(year, 1, 31), 32, "10^4 Nm3", gas.ncv.value, gas.ncv.unit, "GC-01")
    monitoring_services.save(store.uow(), engagement_id, lab, "tester")
    offset = facts.calculation.inventory.offsets[0]
    monitoring_services.save(store.uow(), engagement_id, OffsetClass(offset.id, ProjectType.FORESTRY, True), "tester")
    facts = evaluation(store.uow(), engagement_id)
    store.close()
    path = folder / "evaluation.pdf"
    write_evaluation_report(path, facts, GENERATED)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return facts, " ".join(text.split())


def test_every_item_a_to_j_is_in_the_report_in_both_languages(report):
    _, text = report
    positions = []
    for letter, title in ITEMS:
        heading = f"{letter}) {title.zh} / {title.en}"
        assert " ".join(heading.split()) in text, heading
        positions.append(text.index(" ".join(heading.split())))
    assert positions == sorted(positions)  # in the order of §8.4.6


def test_the_report_quotes_the_recalculation_the_plan_and_the_assets(report):
    facts, text = report
    assert money(facts.calculation.results.total) in text and facts.client.credit_code in text
    assert "Flow meter FM-01" in text and f"lapsed on {facts.engagement.period_start.year}-06-30" in text  # f)
    assert "months have no data" in text  # h): the NCV has one month of results
    assert "weighted" in text or "Σq" in text  # g)
    assert facts.priority.lines[0].rank is Rank.CCER_PREFERRED and Rank.CCER_PREFERRED.label.en in text  # i)
    assert "allowances bought on an exchange" in text  # the demo's CCER is used without allowances: a departure
    balance = facts.calculation.balance
    expected = "is achieved" if balance.neutral else "is not achieved"
    assert expected in text and money(balance.eligible) in text  # j)


def test_the_cli_prints_the_report_of_the_demo(tmp_path, capsys):
    from app.cli import main

    data, out = tmp_path / "data", tmp_path / "evaluation.pdf"
    assert main(["--data-dir", str(data), "demo"]) == 0
    code = capsys.readouterr().out.split(": ")[-1].split()[0]  # "Made a demo engagement (…): DEMO-2026-0001  …"
    assert main(["--data-dir", str(data), "evaluation-report", code, "--out", str(out)]) == 0
    assert "carbon neutrality is" in capsys.readouterr().out
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert all(f"{letter}) {title.zh}" in text for letter, title in ITEMS)
