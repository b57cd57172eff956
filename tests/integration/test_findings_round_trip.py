"""The client round trip on real files: the findings form written as xlsx and PDF, filled in as a client would,
read back with every bad cell named and nothing changed, then imported whole; and the findings report read back."""

import subprocess
from dataclasses import replace
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from pypdf import PdfReader

from app.domain.findings.finding import State
from app.domain.findings.reply import COLUMNS, plan_reply
from app.domain.kernel.text import DomainError
from app.reports.findings_form import FORM_SHEET, write_form
from app.reports.findings_pdf import write_form_pdf, write_report_pdf
from app.reports.workbook_reader import read_rows
from app.services import demo
from app.services import engagements as services
from app.services import findings, inventory

TODAY = date.today()
NOW = datetime.now().astimezone()
KEYS = [c.key for c in COLUMNS]


@pytest.fixture
def engagement_id(store):
    return demo.create_demo(store.uow(), "wang", TODAY)


def form(store, engagement_id, path):
    e, client = services.load(store.uow(), engagement_id)
    sources = inventory.load_inventory(store.uow(), engagement_id).sources
    return write_form(path, e, client, findings.list_findings(store.uow(), engagement_id), sources, NOW)


def fill(path, answers: dict[str, dict[str, object]]):
    """Type answers into the form as a client would: ``{"NC-01": {"root_cause": "…"}}``."""
    book = openpyxl.load_workbook(path)
    sheet = book[FORM_SHEET]
    for row in sheet.iter_rows(min_row=4):
        label = row[KEYS.index("label")].value
        for key, value in answers.get(label, {}).items():
            row[KEYS.index(key)].value = value
    book.save(path)


def plan(store, engagement_id, path):
    sheet, rows = read_rows(path, FORM_SHEET)
    return plan_reply(findings.list_findings(store.uow(), engagement_id), sheet, rows, TODAY)


def test_the_form_asks_about_every_unresolved_finding_and_an_untouched_form_changes_nothing(store, engagement_id, tmp_path):
    path = tmp_path / "form.xlsx"
    assert form(store, engagement_id, path) == 3
    sheet = openpyxl.load_workbook(path)[FORM_SHEET]
    assert [sheet.cell(r, KEYS.index("label") + 1).value for r in (4, 5, 6)] == ["NC-01", "CL-02", "OB-03"]
    assert sheet.column_dimensions["A"].hidden
    reply = plan(store, engagement_id, path)
    assert reply.responses == {} and reply.unchanged == ["CL-02"] and reply.unanswered == ["NC-01", "OB-03"]


def test_a_malformed_reply_names_every_bad_cell_and_changes_nothing(store, engagement_id, tmp_path):
    path = tmp_path / "form.xlsx"
    form(store, engagement_id, path)
    fill(path, {
        "NC-01": {"correction": "ledger corrected", "corrective_action": "monthly check", "on": "31/02/2026"},
        "CL-02": {"on": TODAY + timedelta(days=3)},
        "OB-03": {"label": "NC-99", "correction": "noted"},
    })
    before = findings.list_findings(store.uow(), engagement_id)
    revision = services.load(store.uow(), engagement_id)[0].revision
    with pytest.raises(DomainError) as error:
        plan(store, engagement_id, path)
    message = error.value.message
    on = "ABCDEFGHIJKLMN"[KEYS.index("on")]
    assert f"Findings!{on}4: “31/02/2026” is not a date" in message.en
    assert f"Findings!{on}5: the date {TODAY + timedelta(days=3)} is in the future" in message.en
    # The hidden id still names OB-03, so the number typed over it does not matter and its row is good.
    assert not any(line.split(":")[0].endswith("6") for line in message.en.splitlines())
    assert f"Findings!{on}4：“31/02/2026”不是日期" in message.zh
    assert findings.list_findings(store.uow(), engagement_id) == before
    assert services.load(store.uow(), engagement_id)[0].revision == revision
    fill(path, {"NC-01": {"on": None}, "CL-02": {"on": None}})
    with pytest.raises(DomainError) as error:
        plan(store, engagement_id, path)
    assert f"Findings!{'ABCDEFGHIJKLMN'[KEYS.index('root_cause')]}4: NC-01: fill in the root cause" in error.value.message.en


def test_a_form_from_another_engagement_or_with_a_changed_closed_finding_is_refused(store, engagement_id, tmp_path):
    path = tmp_path / "form.xlsx"
    form(store, engagement_id, path)
    book = openpyxl.load_workbook(path)
    book[FORM_SHEET]["A4"] = "0b7e-not-ours"
    book.save(path)
    with pytest.raises(DomainError, match="no finding “0b7e-not-ours” in this engagement"):
        plan(store, engagement_id, path)
    path2 = tmp_path / "form2.xlsx"
    form(store, engagement_id, path2)
    cl = findings.list_findings(store.uow(), engagement_id)[1]
    findings.evaluate(store.uow(), engagement_id, cl.id, True, "", "wang", TODAY)
    fill(path2, {"CL-02": {"correction": "a different explanation"}})
    with pytest.raises(DomainError, match="CL-02 is closed; its response can no longer change"):
        plan(store, engagement_id, path2)


def test_a_good_reply_is_imported_whole_and_a_second_import_changes_nothing(store, engagement_id, tmp_path):
    path = tmp_path / "form.xlsx"
    form(store, engagement_id, path)
    fill(path, {"NC-01": {"root_cause": "leaks not in the ledger", "correction": "added 75 kg HFC-134a",
                          "corrective_action": "refill log kept monthly", "evidence": "refill invoices 2025",
                          "by": "周敏", "on": datetime.combine(TODAY, datetime.min.time())},
                "OB-03": {"correction": "sub-meter budgeted for 2026"}})
    reply = plan(store, engagement_id, path)
    assert sorted(reply.labels[i] for i in reply.responses) == ["NC-01", "OB-03"] and reply.unchanged == ["CL-02"]
    assert reply.summary().en == "2 new responses, 1 unchanged, 0 not answered."
    findings.record_responses(store.uow(), engagement_id, reply.responses, "wang", TODAY)
    held = findings.list_findings(store.uow(), engagement_id)
    assert [f.state for f in held] == [State.RESPONDED] * 3
    assert held[0].response.by == "周敏" and held[0].response.on == TODAY
    again = plan(store, engagement_id, path)
    assert again.responses == {} and again.unchanged == ["NC-01", "CL-02", "OB-03"]


def test_the_pdfs_carry_the_findings_in_embedded_fonts(store, engagement_id, tmp_path):
    e, client = services.load(store.uow(), engagement_id)
    calculation = inventory.calculate(store.uow(), engagement_id)
    held = findings.list_findings(store.uow(), engagement_id)
    form_pdf, report_pdf = tmp_path / "form.pdf", tmp_path / "report.pdf"
    assert write_form_pdf(form_pdf, e, client, held, calculation.inventory.sources, "zh", NOW) == 3
    write_report_pdf(report_pdf, e, client, held, calculation, "en", NOW)
    form_text = subprocess.run(["pdftotext", "-layout", str(form_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "核查发现整改单" in form_text and "纠正措施" in form_text and "NC-01" in form_text and "114.75 tCO" in form_text
    report_text = subprocess.run(["pdftotext", str(report_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Findings report" in report_text and "CL-02 (clarification request): response to evaluate" in report_text
    assert "NC-01 (nonconformity): open" in report_text
    reader = PdfReader(report_pdf)
    assert reader.metadata.title == "Findings report" and reader.metadata.subject == e.code
    fonts = {f["/BaseFont"] for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert any("WenQuanYiMicroHei" in name for name in fonts)


def test_the_report_prints_a_finding_stored_without_any_event(store, engagement_id, tmp_path):
    """A finding stored as a bare value (no raised event: as a bulk load or an older store holds it) once made the
    findings report, and with it every audit package, fail on an empty history table."""
    from app.domain.findings.finding import Finding, Kind

    bare = findings.add_finding(store.uow(), engagement_id, Finding(Kind.CLARIFICATION, "Clarify the meter reading", "周敏",
                                                                    TODAY, TODAY + timedelta(days=30)), "周敏")
    assert bare.events == ()
    e, client = services.load(store.uow(), engagement_id)
    report_pdf = tmp_path / "report.pdf"
    write_report_pdf(report_pdf, e, client, findings.list_findings(store.uow(), engagement_id),
                     inventory.calculate(store.uow(), engagement_id), "en", NOW)
    text = subprocess.run(["pdftotext", str(report_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{bare.label} (clarification request): open" in text and "Clarify the meter reading" in text


def test_a_form_without_its_hidden_ids_or_with_ticks_for_text_is_refused(store, engagement_id, tmp_path):
    path = tmp_path / "form.xlsx"
    form(store, engagement_id, path)
    fill(path, {"NC-01": {"root_cause": True, "correction": "fixed", "corrective_action": "log"}})
    with pytest.raises(DomainError, match=r"Findings!I4: should be text, not TRUE/FALSE"):
        plan(store, engagement_id, path)
    book = openpyxl.load_workbook(path)
    book[FORM_SHEET].delete_cols(1)
    book.save(path)
    with pytest.raises(DomainError, match="Finding id .* missing"):
        plan(store, engagement_id, path)


def test_a_text_too_long_for_one_page_gives_a_clear_error(store, engagement_id, tmp_path):
    e, client = services.load(store.uow(), engagement_id)
    held = findings.list_findings(store.uow(), engagement_id)
    held[0] = replace(held[0], description="泄漏" * 5000)
    with pytest.raises(DomainError, match="too long to fit a table on one page"):
        write_form_pdf(tmp_path / "form.pdf", e, client, held, [], "zh", NOW)


def test_a_form_whose_hidden_ids_were_blanked_is_refused_not_matched_by_number(store, engagement_id, tmp_path):
    path = tmp_path / "form.xlsx"
    form(store, engagement_id, path)
    fill(path, {"NC-01": {"root_cause": "missed", "correction": "added", "corrective_action": "monthly check"}})
    book = openpyxl.load_workbook(path)
    for r in (4, 5, 6):
        book[FORM_SHEET].cell(r, KEYS.index("finding_id") + 1).value = None
    book.save(path)
    before = findings.list_findings(store.uow(), engagement_id)
    with pytest.raises(DomainError) as error:
        plan(store, engagement_id, path)
    lines = error.value.message.en.splitlines()
    assert lines[0] == ("Findings!A4: the hidden finding id of NC-01 was deleted, so what it answers cannot be told; "
                        "use the form as the verification team sent it") and len(lines) == 3
    assert "Findings!A4：NC-01的隐藏发现编号被删除" in error.value.message.zh
    assert findings.list_findings(store.uow(), engagement_id) == before
