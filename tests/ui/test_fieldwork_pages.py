"""The field-work pages driven as a verifier on site would: a checklist made from a shipped template is answered, a
photo is attached to an item and a finding is raised from it (all undoable); the document register, the finding
for an insufficient document, and the time log's 20 % warning."""

from __future__ import annotations

from datetime import date

import pytest
from PIL import Image

from app.domain import finding_services
from app.domain.checklists import Answer
from app.domain.fieldwork_services import evidence_of
from app.ui.pages.checklists_page import ChecklistsPage
from app.ui.pages.documents_page import DocumentsPage
from tests.ui.test_statement_page import choose
from tests.ui.test_workspace import open_demo, show_page


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "meter M-4.jpg"
    picture = Image.new("RGB", (640, 480), (90, 120, 160))
    exif = Image.Exif()
    exif[0x0132] = "2026:03:02 10:31:00"
    picture.save(path, exif=exif)
    return path


def test_answer_a_checklist_attach_a_photo_and_raise_a_finding(window, qtbot, monkeypatch, photo):
    engagement_id = open_demo(window)
    page = show_page(window, ChecklistsPage)
    page.templates.setCurrentIndex(page.templates.findText("Site verification (rules §9.5.3.1)"))
    assert page.new_checklist()
    assert page.list.count() == 1 and page.list.item(0).text().endswith("0/8")

    page.table.selectRow(3)
    item = page.item()
    choose(page.form, "answer", Answer.NONCONFORMITY.value)
    assert page.item().answer is Answer.PENDING  # refused: a nonconformity says what was found
    assert "Describe what was found" in page.form.errors["notes"].text()
    page.form.widgets["notes"].setPlainText("电表 M-4 检定证书过期 / meter M-4 calibration expired")
    page.form._finished("notes")
    choose(page.form, "answer", Answer.NONCONFORMITY.value)
    assert page.item().answer is Answer.NONCONFORMITY and page.item().at is not None
    assert page.list.item(0).text().endswith("1/8") and page.raise_button.isEnabled()

    monkeypatch.setattr(page, "ask_open_paths", lambda _pattern: [str(photo)])
    assert page.attach()
    [evidence] = evidence_of(window.workbench.uow(), engagement_id, "checklist_item", item.id)
    assert evidence.name == "meter M-4.jpg" and evidence.taken_at.isoformat() == "2026-03-02T10:31:00"
    assert window.workbench.evidence_files.verify(evidence.sha256) and page.evidence.count() == 1

    page.raise_button.click()
    raised = finding_services.list_findings(window.workbench.uow(), engagement_id)[-1]
    assert raised.label == "NC-04" and "meter M-4 calibration expired" in raised.description
    assert page.item().finding_id == raised.id and not page.raise_button.isEnabled()

    window.workbench.undo_stack.undo()  # the finding
    assert [f.label for f in finding_services.list_findings(window.workbench.uow(), engagement_id)] == ["NC-01", "CL-02", "OB-03"]
    assert page.item().finding_id == "" and page.raise_button.isEnabled()
    window.workbench.undo_stack.undo()  # the photo
    assert evidence_of(window.workbench.uow(), engagement_id, "checklist_item", item.id) == [] and page.evidence.count() == 0


def test_register_a_document_raise_its_finding_and_watch_the_20_percent_rule(window, qtbot):
    engagement_id = open_demo(window)
    page = show_page(window, DocumentsPage)
    page.documents.add()
    form = page.documents.form
    form.widgets["title"].setText("计量器具台账 / meter list")
    form._finished("title")
    form.widgets["comments"].setPlainText("缺 2025 年检定记录 / 2025 calibration records missing")
    form._finished("comments")
    assert not page.raise_button.isEnabled()
    choose(form, "result", "insufficient")
    assert page.documents.selected().title == "计量器具台账 / meter list" and page.raise_button.isEnabled()
    assert page.raise_for_document()
    raised = finding_services.list_findings(window.workbench.uow(), engagement_id)[-1]
    assert "计量器具台账" in raised.description and raised.clause == "9.3"

    limit = 0.2 * page.engagement.man_days.total
    page.time.add()  # 0.5 d of document review by default
    page.time.form.widgets["days"].setValue(limit)  # exactly 20 %: allowed
    page.time.form._finished("days")
    assert page.time.selected().days == pytest.approx(limit) and "⚠" not in page.check.text() and "20%" in page.check.text()
    page.time.add()
    assert "above the 20 % limit" in page.check.text() and page.check.styleSheet() == "color: #b00020;"
    window.workbench.undo_stack.undo()
    assert "⚠" not in page.check.text() and page.check.styleSheet() == ""
    assert page.time.model.data(page.time.model.index(0, 2)) == date.today().isoformat()
