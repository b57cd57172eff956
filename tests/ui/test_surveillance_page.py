"""The surveillance page clicked through (seed 001 §9.8.1.5–§9.8.1.7): shown only for a surveillance engagement;
the checklist a–i answered with results and notes, a recommendation refused while an item is open, then made; the
report written as a PDF from the page and read back; a team member refused as decision-maker (the banner says why),
and the decision to suspend, with its §11.1.1 reason, suspends the certificate; the decision-maker picker offers
only people with the decision-maker role."""

import subprocess
from datetime import date, timedelta

from app.domain.certification.certificate import CertificateStatus
from app.domain.certification.review import Check, Result
from app.domain.certification.surveillance_report import Item
from app.domain.engagement.people import person_from_name
from app.services import certification as ho
from app.services import demo_stages
from app.services import people as people_services
from app.services import surveillance
from app.ui.pages.surveillance_page import SurveillancePage
from tests.ui.clicking import click, click_row, pick, type_text

TODAY = date.today()
ISSUED = TODAY - timedelta(days=300)
LEAD, REVIEWER, DM, LI_NA = (person_from_name(n).id for n in ("王磊 Wang Lei", "赵敏 Zhao Min", "孙强 Sun Qiang", "李娜 Li Na"))


def certified(uow) -> tuple[str, str]:
    """The demo certified on ISSUED: its id and its certificate's number."""
    engagement_id = demo_stages.create_demo_at(uow(), "submitted", "王磊 Wang Lei", ISSUED)
    ho.start_review(uow(), engagement_id, REVIEWER, "tester", ISSUED)
    for check in Check:
        ho.record_check(uow(), engagement_id, check, Result.MET, "", "tester")
    ho.approve_review(uow(), engagement_id, "tester", ISSUED)
    return engagement_id, ho.decide(uow(), engagement_id, DM, True, "", ISSUED, "tester")[1].number


def test_the_surveillance_page_from_checklist_to_suspension(qtbot, window, tmp_path, monkeypatch):
    uow = window.workbench.uow
    first, number = certified(uow)
    follow = ho.start_follow_up(uow(), number, "surveillance", "tester", TODAY)
    window.workbench.changed.emit()
    workspace = window.workspace
    window.open_engagement(first)
    page = workspace.page(SurveillancePage)
    row = workspace.pages.index(page)
    assert workspace.navigator.item(row).isHidden()  # the certified engagement itself is no surveillance
    window.open_engagement(follow)
    assert not workspace.navigator.item(row).isHidden()
    click_row(qtbot, workspace.navigator, row)
    assert workspace.current_page() is page and number in page.heading.text()

    for item in Item:
        pick(qtbot, page.results[item], Result.MET.value)
    pick(qtbot, page.results[Item.MARKS], Result.NOT_MET.value)
    type_text(qtbot, page.notes[Item.MARKS], "mark used on products outside the scope")
    pick(qtbot, page.results[Item.COMPLAINTS], Result.PENDING.value)
    click(qtbot, page.record_button)
    held = surveillance.report_of(uow(), follow)
    assert {c.item: c.result for c in held.checks}[Item.MARKS] is Result.NOT_MET and held.checks[5].note.startswith("mark used")
    pick(qtbot, page.recommendation, "suspend")
    type_text(qtbot, page.conclusion, "misuse of the mark")
    click(qtbot, page.recommend_button)
    assert "'h. complaints are received" in workspace.banner.text()
    assert surveillance.report_of(uow(), follow).recommendation is None
    pick(qtbot, page.results[Item.COMPLAINTS], Result.MET.value)
    click(qtbot, page.record_button)
    click(qtbot, page.recommend_button)
    assert surveillance.report_of(uow(), follow).recommendation.value == "suspend" and "Recommended" in page.state.text()

    pdf = tmp_path / "surveillance.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(pdf))
    click(qtbot, page.pdf_button)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Surveillance audit report" in text and "监督审核报告" in text and "suspend the certificate" in text and number in text

    pick(qtbot, page.outcome, "suspend")
    pick(qtbot, page.reason, "3")
    type_text(qtbot, page.reasons, "at the client's request after the finding")
    assert page.by.findData(LEAD) < 0  # only decision-makers are offered
    people_services.update_person(uow(), LI_NA, {"roles": ("verifier", "decision-maker")}, "tester")  # one on the team
    window.workbench.changed.emit()
    pick(qtbot, page.by, LI_NA)
    click(qtbot, page.decide_button)
    assert "on the team" in workspace.banner.text()
    assert ho.certificate(uow(), number).status(TODAY) is CertificateStatus.VALID
    pick(qtbot, page.by, DM)
    click(qtbot, page.decide_button)
    certificate = ho.certificate(uow(), number)
    assert certificate.status(TODAY) is CertificateStatus.SUSPENDED and certificate.surveillances == (TODAY,)
    assert "Decided on" in page.state.text() and not page.decide_button.isEnabled()
