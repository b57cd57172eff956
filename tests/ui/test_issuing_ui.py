"""Head office finishing an engagement without the command line (issue 19), clicked on the Decision tab: the
engagement arrives as a real signed package from a laptop's store; the decision is recorded; *Countersign the
statement and certificate…* asks for the authorised signatory's identity and passphrase (a wrong passphrase said
under its field), countersigns in the background what the newest revision's package holds, as ``verifield
countersign`` does, and lists it; both signatures of each PDF hold; *Send back on the next sync* is refused
until the intake service's folder is chosen, then writes what ``verifield publish`` writes: the returns document
naming both PDFs by SHA-256, and the PDFs beside it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from app.domain.certification.review import Check, Result
from app.domain.engagement.people import PersonRole, person_from_name
from app.reports.identity import create_identity, identities_beside
from app.reports.signing import verify_pdf
from app.services import certification as ho
from app.services import demo_stages, issued_documents
from app.services import packages as package_services
from app.services import people as people_services
from app.storage.store import open_store
from app.sync import downloads
from tests.ui.clicking import click, click_row, pick, press, shortcut, type_text

PASS = "authorised-signatory"
LEAD = "王磊 Wang Lei"


@pytest.fixture
def received(tmp_path, workbench):
    """Head office (the workbench's store) holding a laptop's submitted demo as a verified package, its review
    approved; the lead's certificate (DER)."""
    laptop = open_store(tmp_path / "laptop" / "verifield.sqlite")
    try:
        engagement_id = demo_stages.create_demo_at(laptop.uow(), "submitted", LEAD, date.today())
        lead = create_identity(tmp_path / "lead.p12", "王磊", "核查组长", "绿源核查有限公司", "", PASS)
        package = tmp_path / "r1.vfpkg"
        package_services.make_package(laptop, engagement_id, package, lead.path, PASS, [], LEAD)
    finally:
        laptop.close()
    certificate = lead.path.with_suffix(".cer").read_bytes()
    package_services.import_package(workbench.store, package, [], package_services.Trust([certificate]))
    for name, role in (("赵敏 Zhao Min", PersonRole.REVIEWER), ("孙强 Sun Qiang", PersonRole.DECISION_MAKER)):
        people_services.add_person(workbench.uow(), replace(person_from_name(name), roles=(role.value,)), "tester")
    reviewer = person_from_name("赵敏 Zhao Min").id
    ho.start_review(workbench.uow(), engagement_id, reviewer, "赵敏 Zhao Min", date.today())
    for check in Check:
        ho.record_check(workbench.uow(), engagement_id, check, Result.MET, "", "赵敏 Zhao Min")
    ho.approve_review(workbench.uow(), engagement_id, "赵敏 Zhao Min", date.today())
    return engagement_id, certificate


def test_decide_countersign_and_send_back_from_the_decision_tab(qtbot, window, workbench, received, tmp_path):
    engagement_id, lead_certificate = received
    identities = identities_beside(workbench.path)
    identities.mkdir()
    authoriser = create_identity(identities / "liu.p12", "刘洋", "授权签字人", "绿源核查有限公司", "", PASS)
    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office
    click_row(qtbot, page.inbox_table, 0)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    decision, issuing = page.decision, page.decision.issuing
    assert issuing.issued.count() == 0 and not issuing.open_button.isEnabled()
    click(qtbot, issuing.countersign_button)
    assert "has not approved" in issuing.refusal.text()

    pick(qtbot, decision.by, person_from_name("孙强 Sun Qiang").id)
    click(qtbot, decision.decide_button)
    [certificate] = ho.certificates(workbench.uow())
    assert certificate.number in decision.outcome.text()

    click(qtbot, issuing.countersign_button)
    dialog = next(w for w in issuing.findChildren(QDialog) if w.isVisible())
    assert issuing.refusal.text() == "" and dialog.form.widgets["identity"].currentData() == str(authoriser.path)
    type_text(qtbot, dialog.form.widgets["passphrase"], "not the passphrase", leave=False)
    press(qtbot, dialog)
    assert dialog.isVisible() and "passphrase is wrong" in dialog.form.findChild(QLabel, "error:passphrase").text()
    assert issuing.running is None and issued_documents.held(workbench.path.parent, engagement_id) == []
    type_text(qtbot, dialog.form.widgets["passphrase"], PASS, leave=False)
    press(qtbot, dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: issuing.running is None, timeout=60000)
    assert issuing.refusal.text() == "" and "statement.pdf, certificate.pdf" in issuing.said.text()
    assert [issuing.issued.item(r).text().split()[0] for r in range(issuing.issued.count())] == ["statement.pdf", "certificate.pdf"]
    held = issued_documents.held(workbench.path.parent, engagement_id)
    trusted = [lead_certificate, authoriser.path.with_suffix(".cer").read_bytes()]
    for one in held:
        checks = verify_pdf(one.path, trusted)
        assert [(c.field, c.signer) for c in checks] == [("Verifier", "王磊"), ("Authoriser", "刘洋")] and all(c.ok for c in checks)
    opened = []
    issuing.show_file = opened.append  # the PDF viewer is another program
    click(qtbot, issuing.open_button)
    assert opened == [str(held[0].path)]

    send_back = issuing.send_back
    click(qtbot, send_back.publish_button)
    assert "data folder" in send_back.refusal.text()
    intake = tmp_path / "intake"
    intake.mkdir()
    page.received.folder.setText(str(intake))  # chosen on Received packages
    click(qtbot, send_back.publish_button)
    qtbot.waitUntil(lambda: send_back.running is None, timeout=30000)
    assert send_back.refusal.text() == "" and "2 issued document(s)" in send_back.said.text()
    body = json.loads(downloads.path_of(intake, engagement_id).read_text(encoding="utf-8"))
    assert body["certificate"]["number"] == certificate.number and body["review"]["approved_on"] == date.today().isoformat()
    assert body["documents"] == [{"name": one.name, "sha256": one.sha256} for one in held]
    for one in held:
        served = downloads.document_path(intake, engagement_id, one.sha256)
        assert hashlib.sha256(served.read_bytes()).hexdigest() == one.sha256
