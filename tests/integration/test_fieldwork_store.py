"""Field-work use cases on a real SQLite store: the document register and its refusals, the time log and the 20 %
rule, checklists from the shipped templates (answered, a finding raised from an item in one step), evidence
linked to objects, and every kind of record read back as it was stored, with its history."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.fieldwork.checklists import Answer
from app.domain.fieldwork.documents import Document, DocumentType, ReviewResult, TimeEntry, WorkStage
from app.domain.fieldwork.meetings import Activity, Attendee, Meeting, MeetingKind, VerificationPlan
from app.domain.fieldwork.risk import Level, RiskAssessment
from app.domain.fieldwork.sampling import Item, Method, Plan, Population, select
from app.domain.findings.finding import Kind
from app.domain.kernel.text import DomainError
from app.services import demo
from app.services import engagements as services
from app.services import fieldwork
from app.services import findings as finding_services
from app.storage.checklist_templates import read_template, shipped_templates, write_template

TODAY = date(2026, 3, 2)


@pytest.fixture
def engagement_id(store):
    return demo.create_demo(store.uow(), "wang", TODAY)


def test_documents_are_registered_and_an_insufficient_one_needs_its_comment(store, engagement_id):
    uow = store.uow()
    report = Document(DocumentType.GHG_REPORT, "2025 温室气体排放报告", "v1", date(2026, 2, 20))
    fieldwork.save_record(uow, engagement_id, "document", report, "wang", today=TODAY)
    with pytest.raises(DomainError) as refused:
        fieldwork.save_record(uow, engagement_id, "document", replace(report, result=ReviewResult.INSUFFICIENT), "wang", today=TODAY)
    assert refused.value.field == "comments"
    with pytest.raises(DomainError) as future:
        fieldwork.save_record(uow, engagement_id, "document", replace(report, received=date(2026, 3, 9)), "wang", today=TODAY)
    assert future.value.field == "received"
    fieldwork.save_record(uow, engagement_id, "document", replace(report, result=ReviewResult.INSUFFICIENT,
                                                                  comments="no meter list"), "wang", today=TODAY)
    held = next(d for d in fieldwork.records(uow, engagement_id, "document") if d.id == report.id)
    assert held.result is ReviewResult.INSUFFICIENT and held.received == date(2026, 2, 20)
    changes = [h.change for h in services.engagement_history(uow, engagement_id) if h.change.entity_id == report.id]
    assert [(c.field, c.old, c.new) for c in changes if c.field == "result"] == [("result", "", "pending"), ("result", "pending", "insufficient")]


def test_document_review_time_is_held_to_20_percent_of_the_man_days(store, engagement_id):
    """The demo has 0.5 d of document review logged; up to 20 % of the planned man-days is allowed, not more."""
    uow = store.uow()
    planned = services.load(uow, engagement_id)[0].man_days.total
    logged = fieldwork.review_time(uow, engagement_id).by_stage[WorkStage.DOCUMENT_REVIEW]
    room = 0.2 * planned - logged
    fieldwork.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.DOCUMENT_REVIEW, "王磊", TODAY, room), "wang")
    fieldwork.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.SITE, "李娜", TODAY, 1.0), "wang")
    check = fieldwork.review_time(uow, engagement_id)
    assert check.review_share == pytest.approx(0.2) and check.problem is None
    extra = TimeEntry(WorkStage.DOCUMENT_REVIEW, "李娜", TODAY, 0.25)
    fieldwork.save_record(uow, engagement_id, "time", extra, "wang")
    check = fieldwork.review_time(uow, engagement_id)
    assert check.review_share == pytest.approx(0.2 + 0.25 / planned) and check.review_share > 0.2
    assert "above the 20 % limit" in check.problem.en
    fieldwork.remove_record(uow, engagement_id, "time", extra.id, "wang")
    assert fieldwork.review_time(uow, engagement_id).problem is None
    with pytest.raises(DomainError):
        fieldwork.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.SITE, "李娜", TODAY, 2.0), "wang")


def test_a_checklist_item_answered_nonconformity_raises_its_finding_in_one_step(store, engagement_id):
    uow = store.uow()
    names = [t.name.en for t in shipped_templates()]
    assert "Site verification (CICC-ZY/GZ-21 §9.5.3.1)" in names and "Carbon-neutrality evaluation report (T/CIECCPA 061—2023 §8.4.6)" in names
    site = next(t for t in shipped_templates() if t.name.en.startswith("Site verification"))
    assert [i.number for i in site.items] == [str(n) for n in range(1, 9)]
    checklist = fieldwork.add_checklist(uow, engagement_id, site, "wang")
    item = checklist.items[3]
    with pytest.raises(DomainError) as unexplained:
        fieldwork.answer_item(uow, engagement_id, checklist.id, item.id, {"answer": Answer.NONCONFORMITY}, "wang")
    assert unexplained.value.field == "notes"
    fieldwork.answer_item(uow, engagement_id, checklist.id, item.id, {
        "answer": Answer.NONCONFORMITY, "notes": "电表 M-4 检定过期", "location": "配电房", "interviewee": "周敏",
        "at": datetime(2026, 3, 2, 10, 30)}, "wang")
    fieldwork.answer_item(uow, engagement_id, checklist.id, checklist.items[0].id, {"answer": Answer.CONFORMS}, "wang")
    finding = fieldwork.raise_from_item(uow, engagement_id, checklist.id, item.id, "wang", TODAY)
    assert finding.kind is Kind.NONCONFORMITY and finding.label == "NC-04" and "电表 M-4 检定过期" in finding.description
    assert finding.clause == "9.5.3.1 4)" and finding in finding_services.list_findings(uow, engagement_id)
    [held] = fieldwork.records(uow, engagement_id, "checklist")
    assert held.item(item.id).finding_id == finding.id and held.progress == (2, 8)
    with pytest.raises(DomainError):
        fieldwork.raise_from_item(uow, engagement_id, checklist.id, item.id, "wang", TODAY)  # once only
    with pytest.raises(DomainError):
        fieldwork.raise_from_item(uow, engagement_id, checklist.id, checklist.items[0].id, "wang", TODAY)  # it conforms


def test_templates_round_trip_and_a_bad_file_names_the_problem(tmp_path):
    template = shipped_templates()[0]
    write_template(tmp_path / "t.json", template)
    assert read_template(tmp_path / "t.json") == template
    (tmp_path / "bad.json").write_text('{"name": {"zh": "x"}, "items": [{"zh": "a", "method": "摸"}]}', encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        read_template(tmp_path / "bad.json")
    assert "bad.json: item 1: method “摸”" in refused.value.message.en
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(DomainError, match="not valid JSON"):
        read_template(tmp_path / "broken.json")


def test_every_kind_of_record_reads_back_and_evidence_links_to_objects(store, engagement_id):
    uow = store.uow()
    items = [Item(f"2025-{m:02d}", f"{m} 月", 100.0) for m in range(1, 13)]
    plan = select(Plan(Population.RECORDS, "gas", Method.RANDOM, seed="VF-2026-0001/gas", created_on=TODAY), items, 1200.0)
    records = {
        "sampling": plan,
        "risk": RiskAssessment("gas", Level.HIGH, Level.LOW, Level.MEDIUM, "large source", "", "few invoices"),
        "meeting": Meeting(MeetingKind.OPENING, TODAY, (Attendee("周敏", "恒运", "安环部经理"), Attendee("王磊", "Verifield", "核查组长"))),
        "plan": VerificationPlan((Activity(TODAY, "09:00", "首次会议", "管理层", "王磊"),)),
    }
    for kind, record in records.items():
        fieldwork.save_record(uow, engagement_id, kind, record, "wang")
        assert fieldwork.records(uow, engagement_id, kind)[-1] == record
    photo = fieldwork.Attached("ab" * 32, "meter.jpg", 3_000_000, datetime(2026, 3, 2, 10, 31))
    [evidence] = fieldwork.attach(uow, engagement_id, fieldwork.evidence_for([photo], "wang", TODAY, (("sample", plan.samples[0].key),)), "wang")
    assert fieldwork.evidence_of(uow, engagement_id, "sample", plan.samples[0].key) == [evidence]
    assert fieldwork.evidence_of(uow, engagement_id, "finding", "x") == []
    other = replace(evidence, id="other", sha256="ef" * 32)
    with pytest.raises(DomainError):
        fieldwork.attach(uow, engagement_id, [other, replace(evidence, id="bad", sha256="not a digest")], "wang")
    with uow:
        assert uow.records.keys("evidence") == {"ab" * 32}  # the refused batch stored nothing
    with pytest.raises(DomainError):
        fieldwork.evidence_for([fieldwork.Attached("not a digest", "x.jpg", 1)], "wang", TODAY)
    fieldwork.detach(uow, engagement_id, [evidence.id], "wang")
    assert fieldwork.records(uow, engagement_id, "evidence") == []


def test_a_sample_of_a_sources_records_is_reproducible_checked_escalated_and_projected(store, engagement_id):
    """Two plans with the same seed choose the same months; a traced value below the recorded one is an error,
    which is projected to the source's records beside materiality and grows the sample from 30 % to 50 %."""
    from app.domain.fieldwork.sampling import Result, random_selection
    from app.services import inventory as inventory_services

    uow = store.uow()
    gas = inventory_services.sources_of(uow, engagement_id)[0]
    plan = fieldwork.plan_sample(uow, engagement_id, Plan(Population.RECORDS, gas.id, Method.RANDOM, seed="VF/gas", percent=30), "wang")
    months = fieldwork.population(uow, engagement_id, gas.id)
    assert len(months) == 12 and [s.key for s in plan.samples] == sorted(random_selection([m.key for m in months], 4, "VF/gas"))
    again = fieldwork.plan_sample(uow, engagement_id, Plan(Population.RECORDS, gas.id, Method.RANDOM, seed="VF/gas", percent=30), "li")
    assert [s.key for s in again.samples] == [s.key for s in plan.samples]

    first, second = plan.samples[0], plan.samples[1]
    with pytest.raises(DomainError) as untraced:
        fieldwork.record_result(uow, engagement_id, plan.id, first.key, {"result": Result.ERROR}, "wang")
    assert untraced.value.field == "traced"
    fieldwork.record_result(uow, engagement_id, plan.id, first.key, {"traced": first.recorded * 0.9, "result": Result.ERROR,
                                                                     "evidence": "invoice 2025-03"}, "wang")
    fieldwork.record_result(uow, engagement_id, plan.id, second.key, {"traced": second.recorded, "result": Result.AGREES}, "wang")
    held = next(p for p in fieldwork.records(uow, engagement_id, "sampling") if p.id == plan.id)
    projection = fieldwork.sample_projection(uow, engagement_id, held)
    error = first.recorded * 0.1
    assert projection.sample_error == pytest.approx(error)
    assert projection.projected_error == pytest.approx(error / (first.recorded + second.recorded) * projection.population_value)
    assert projection.materiality == pytest.approx(0.05 * projection.population_value)
    fieldwork.escalate_sample(uow, engagement_id, plan.id, "wang")
    grown = next(p for p in fieldwork.records(uow, engagement_id, "sampling") if p.id == plan.id)
    assert grown.percent == 50 and len(grown.samples) == 6 and grown.escalations == 1
    assert {s.key for s in plan.samples} <= {s.key for s in grown.samples}
    fieldwork.put_back_plan(uow, engagement_id, held, "wang")  # undo
    assert next(p for p in fieldwork.records(uow, engagement_id, "sampling") if p.id == plan.id) == held


def test_a_population_keeps_two_records_of_one_period_apart_and_adds_them_in_one_unit(store, engagement_id):
    """A second January record in Nm³ beside records in 10⁴ Nm³: its own key, and its value converted."""
    from app.domain.inventory.sources import ActivityRecord
    from app.services import inventory as inventory_services

    uow = store.uow()
    gas = inventory_services.sources_of(uow, engagement_id)[0]
    before = fieldwork.population(uow, engagement_id, gas.id)
    extra = ActivityRecord(gas.id, date(2025, 1, 1), date(2025, 1, 31), 20000.0, "Nm3")
    inventory_services.put_records(uow, engagement_id, [extra], [], "wang")
    after = fieldwork.population(uow, engagement_id, gas.id)
    keys = [i.key for i in after]
    assert len(after) == len(before) + 1 == len(set(keys)) and {"2025-01-01", "2025-01-01#2"} <= set(keys)
    assert next(i for i in after if "(Nm3)" in i.label).value == pytest.approx(2.0)  # 20,000 Nm³ = 2 × 10⁴ Nm³
    full = fieldwork.plan_sample(uow, engagement_id, Plan(Population.RECORDS, gas.id, Method.FULL), "wang")
    assert len(full.samples) == len(after)


def test_evidence_a_document_uses_cannot_be_removed(store, engagement_id):
    uow = store.uow()
    document = fieldwork.records(uow, engagement_id, "document")[0]
    [scan] = fieldwork.attach(uow, engagement_id, fieldwork.evidence_for([fieldwork.Attached("cd" * 32, "台账.pdf", 10)], "wang", TODAY),
                              "wang", into=("document", document.id, "evidence_id"))
    assert fieldwork.records(uow, engagement_id, "document")[0].evidence_id == scan.id
    with pytest.raises(DomainError) as refused:
        fieldwork.remove_record(uow, engagement_id, "evidence", scan.id, "wang")
    assert document.title in refused.value.message.en and refused.value.field == "evidence"


def test_one_person_logs_at_most_a_day_and_a_half_on_one_day(store, engagement_id):
    uow = store.uow()
    fieldwork.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.SITE, "李娜", TODAY, 1.0), "wang")
    with pytest.raises(DomainError) as refused:
        fieldwork.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.REPORT, "李娜", TODAY, 1.0), "wang")
    assert "李娜 already has 1 d" in refused.value.message.en and refused.value.field == "days"
    fieldwork.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.REPORT, "李娜", TODAY, 0.5), "wang")
    fieldwork.save_record(uow, engagement_id, "time", TimeEntry(WorkStage.REPORT, "王磊", TODAY, 1.0), "wang")


def test_confirming_the_plan_again_keeps_the_earlier_confirmation():
    from app.domain.fieldwork.meetings import Activity, VerificationPlan

    plan = VerificationPlan((Activity(TODAY, "9:00", "opening"),)).confirmed("周敏", TODAY)
    again = plan.confirmed("刘强", date(2026, 3, 5))
    assert (again.confirmed_by, again.confirmed_on) == ("刘强", date(2026, 3, 5))
    assert "周敏 2026-03-02" in again.changes[-1].what
