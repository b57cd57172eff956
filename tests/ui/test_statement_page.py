"""The statement page driven as a lead verifier would: edit the draft (and undo), see what stops it from being final,
make it final once the findings are closed, start the next version; save the statement, create an identity, sign
(a wrong passphrase shown under its field) and verify, a forged statement shown failing in red; and printing through
Qt's printer."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.engagement.stages import Stage
from app.domain.findings.finding import Kind, Response, State
from app.domain.statement.statement import Opinion
from app.reports.identity import create_identity
from app.reports.signing import sign_pdf, verify_pdf
from app.services import engagements as services
from app.services import findings as finding_services
from app.ui.actions.printing import print_pages
from app.ui.dialogs.signing import BAD, GOOD
from app.ui.pages.statement_page import StatementPage
from tests.integration import forgeries
from tests.ui.test_workspace import open_demo, show_page

PASS = "correct horse battery"


@pytest.fixture
def page(window):
    open_demo(window)
    return show_page(window, StatementPage)


def choose(form, name: str, value) -> None:
    """Pick ``value`` in a choice field as the user would (the field reports the change when activated)."""
    combo = form.widgets[name]
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def close_findings(window, engagement_id: str) -> None:
    """Close what blocks the statement, date the site visit (which it must state) and reach the statement stage."""
    uow = window.workbench.uow
    services.update_engagement(uow(), engagement_id, {"site_visit_start": date(2026, 3, 2)}, "王磊")
    while services.load(uow(), engagement_id)[0].status is not Stage.STATEMENT:
        services.advance_stage(uow(), engagement_id, "王磊")
    for f in finding_services.list_findings(uow(), engagement_id):
        if f.kind is not Kind.OBSERVATION and f.state is State.OPEN:
            finding_services.respond(uow(), engagement_id, f.id, Response("a", "b", "c", "d", "周敏"), "王磊", date.today())
        if f.kind is not Kind.OBSERVATION:
            finding_services.evaluate(uow(), engagement_id, f.id, True, "", "王磊", date.today())


def test_edit_undo_make_final_and_start_the_next_version(page, window, monkeypatch):
    assert page.list.count() == 1 and page.selected().label.en == "draft 1"
    assert "NC-01" in page.status.text() and page.final_button.isEnabled() and not page.start_button.isEnabled()

    choose(page.form, "opinion", Opinion.MODIFIED.value)
    assert page.selected().opinion is Opinion.MODIFIED and "basis" in page.status.text()
    window.workbench.undo_stack.undo()
    assert page.selected().opinion is Opinion.UNMODIFIED and page.form.value("opinion") == "unmodified"

    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    assert not page.make_final()  # NC-01 is still open
    assert page.selected().final is False

    close_findings(window, page.engagement.id)
    window.workbench.changed.emit()
    assert "Ready to be made final" in page.status.text()
    assert page.make_final()
    assert page.selected().final and not page.form.isEnabled() and "frozen" in page.status.text()
    assert page.start_button.isEnabled() and not page.final_button.isEnabled()

    page.start_button.click()
    assert [page.list.item(i).text().split(" · ")[0] for i in range(page.list.count())] == ["version 1 (final)", "draft 2"]
    assert page.form.isEnabled() and page.form.value("procedures") == page.versions[0].procedures
    choose(page.form, "wording", "en")
    assert window.workbench.undo_stack.undoText() == "Statement: Language"
    stack = window.workbench.undo_stack
    stack.undo()
    stack.undo()
    assert page.list.count() == 1
    stack.redo()
    stack.redo()  # the draft comes back as it was, so the edit redone after it finds it
    assert page.list.count() == 2 and page.selected().wording.value == "en"


def test_save_sign_with_a_new_identity_and_verify(page, window, tmp_path, monkeypatch):
    pdf = tmp_path / "statement.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda _suggested, _pattern: str(pdf))
    assert page.save_document("statement") == str(pdf) and pdf.exists()

    dialog = page.new_identity()
    dialog.form.widgets["name"].setText("王磊 Wang Lei")
    dialog.form.widgets["passphrase"].setText(PASS)
    dialog.form.widgets["again"].setText(PASS + "!")
    dialog.accept()
    assert dialog.isVisible() and dialog.form.errors["again"].isVisibleTo(dialog)
    dialog.form.widgets["again"].setText(PASS)
    dialog.accept()
    assert not dialog.isVisible() and (page.bench.identities / "王磊 Wang Lei.p12").exists()

    dialog = page.save_and_sign("statement")  # saved again, then signed
    dialog.form.widgets["passphrase"].setText("wrong passphrase")
    dialog.accept()
    assert dialog.isVisible() and "passphrase" in dialog.form.errors["passphrase"].text().lower()
    dialog.form.widgets["passphrase"].setText(PASS)
    dialog.accept()
    assert not dialog.isVisible()
    [check] = verify_pdf(pdf)
    assert (check.field, check.signer, check.intact) == ("Verifier", "王磊 Wang Lei", True)

    monkeypatch.setattr(page, "ask_open_path", lambda _pattern: str(pdf))
    verified = page.verify()  # the page's own identities are trusted
    assert verified.isVisible() and verified.ok and "Verified: all 1 signatures" in verified.verdict.text()
    assert GOOD in verified.verdict.styleSheet() and "intact" in verified.signatures[0].text()
    verified.close()


def test_verify_shows_a_forged_statement_as_a_failure_in_red(page, qtbot, tmp_path, monkeypatch):
    """A statement signed with this machine's identity, then given a new unsigned signature field whose appearance
    covers the page: the verify dialog says in red that it does not verify, and why."""
    pdf = tmp_path / "statement.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda _suggested, _pattern: str(pdf))
    page.save_document("statement")
    page.bench.identities.mkdir()
    lead = create_identity(page.bench.identities / "lead.p12", "王磊 Wang Lei", "核查组长", "", "", PASS)
    sign_pdf(pdf, pdf, lead.path, PASS, field="Verifier", reason="核证")
    forged = forgeries.new_signature_field(pdf, tmp_path / "forged.pdf")
    monkeypatch.setattr(page, "ask_open_path", lambda _pattern: str(forged))

    dialog = page.verify()
    qtbot.waitExposed(dialog)
    assert not dialog.ok and "NOT VERIFIED: 1 of 1 signatures fail (Verifier)." == dialog.verdict.text()
    assert BAD in dialog.verdict.styleSheet()
    [signature] = dialog.signatures
    assert "王磊 Wang Lei" in signature.text() and f"color:{GOOD}'>trusted" in signature.text()
    assert f"color:{BAD}'>CHANGED LATER: a form field “Forged” was added, never signed" in signature.text()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_pdf_prints_page_by_page_through_qt(page, tmp_path, monkeypatch):
    pdf = tmp_path / "statement.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda _suggested, _pattern: str(pdf))
    page.save_document("statement")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pages(pdf, printer)
    assert pages == len(PdfReader(pdf).pages) == len(PdfReader(tmp_path / "printed.pdf").pages) >= 2
    monkeypatch.setattr("app.ui.actions.printing.BANDS", 1)  # the page painted whole, as it was before strips
    printer.setOutputFileName(str(tmp_path / "whole.pdf"))
    print_pages(pdf, printer)
    assert _looks_alike(tmp_path / "whole.pdf", tmp_path / "printed.pdf")  # painted in strips: no gap, none out of place
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFromTo(2, 2)  # as chosen in the print dialog
    assert print_pages(pdf, printer) == len(PdfReader(tmp_path / "printed.pdf").pages) == 1


def _looks_alike(whole, strips) -> bool:
    """The first pages of two PDFs rendered at 40 dpi, cut into 40 rows of strips, hold the same ink in each
    (mean grey within 6 of 255; rendering a page painted whole or in strips resamples its pixels differently)."""
    import pypdfium2 as pdfium

    means = []
    for path in (whole, strips):
        document = pdfium.PdfDocument(str(path))
        image = document[0].render(scale=40 / 72).to_pil().convert("L").resize((330, 480)).tobytes()
        document.close()
        means.append([sum(image[r * 12 * 330:(r + 1) * 12 * 330]) / (12 * 330) for r in range(40)])
    return max(abs(a - b) for a, b in zip(*means)) < 6


def test_once_final_the_draft_edits_before_it_are_no_longer_offered_for_undo(page, window, monkeypatch):
    """Making a version final cannot be undone, so neither can the edits of the draft before it: Undo would be refused
    (the version is frozen) and leave the undo history pointing at an edit that never happened."""
    contact = page.form.widgets["contact"]
    contact.setPlainText("wang.lei@verifield.example")
    page.form._finished("contact")
    assert window.undo_action.isEnabled()
    close_findings(window, page.engagement.id)
    window.workbench.changed.emit()
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    assert page.make_final()
    refusals = []
    window.workbench.error.connect(refusals.append)
    window.undo_action.trigger()
    assert not window.undo_action.isEnabled() and refusals == []
    assert page.selected().final and page.selected().contact == "wang.lei@verifield.example"


def test_the_certificate_and_the_iso_14068_sections_come_with_carbon_neutrality_only(page, window):
    """Issue 14 item 6: the demo verifies an ISO 14064-1 inventory; adding ISO 14068-1 to its criteria makes it a
    carbon-neutrality engagement, with the certificate and the ISO 14068 sections."""
    assert not any(action.isVisible() for action in page.certificate_actions)
    assert "iso14068" not in page.form.widgets and "management_plan" not in page.form.widgets
    services.update_engagement(window.workbench.uow(), page.engagement.id,
                               {"criteria": (*page.engagement.criteria, "ISO 14068-1:2023")}, "王磊")
    window.workbench.changed.emit()
    assert all(action.isVisible() for action in page.certificate_actions)
    assert {"iso14068", "changes", "management_plan"} <= set(page.form.widgets)


def test_the_dates_set_on_the_scope_page_reach_the_overview_and_date_the_final_statement(page, window, monkeypatch):
    """Issue 14 item 1: site visit and statement date entered through the Scope page's Dates form."""
    from PySide6.QtCore import QDate

    from app.ui.pages.overview_page import OverviewPage
    from app.ui.pages.scope_page import ScopePage

    scope = show_page(window, ScopePage)
    for name, day in (("site_visit_start", date(2026, 3, 2)), ("site_visit_end", date(2026, 3, 4)), ("statement_date", date(2026, 4, 1))):
        widget = scope.dates.widgets[name]
        widget.setDate(QDate(day))
        widget.editingFinished.emit()
    e = services.load(window.workbench.uow(), page.engagement.id)[0]
    assert (e.site_visit_start, e.site_visit_end, e.statement_date) == (date(2026, 3, 2), date(2026, 3, 4), date(2026, 4, 1))
    overview = show_page(window, OverviewPage)
    assert overview.facts["site_visit"].text() == "2026-03-02 – 2026-03-04" and overview.facts["statement_date"].text() == "2026-04-01"
    widget = scope.dates.widgets["site_visit_end"]  # a visit ending before it starts is refused under the field
    show_page(window, ScopePage)
    widget.setDate(QDate(2026, 3, 1))
    widget.editingFinished.emit()
    assert "before the first day of the site visit" in scope.dates.errors["site_visit_end"].text()
    assert services.load(window.workbench.uow(), page.engagement.id)[0].site_visit_end == date(2026, 3, 4)

    close_findings(window, page.engagement.id)
    statement = show_page(window, StatementPage)
    window.workbench.changed.emit()
    monkeypatch.setattr(statement, "confirm", lambda _title, _text: True)
    for name in ("iso14068", "changes", "management_plan"):  # not asked for: the demo is no carbon-neutrality engagement
        assert name not in statement.form.widgets
    assert statement.make_final() and statement.selected().dated == date(2026, 4, 1)
