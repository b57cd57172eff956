"""The field-work pages driven as a verifier on site would: a checklist made from a shipped template is answered, a
photo is attached to an item and a finding is raised from it (all undoable); the document register, the finding
for an insufficient document, and the time log's 20 % warning."""

from __future__ import annotations

import stat
import time

from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from app.domain.engagement.people import person_from_name
from app.domain.engagement.team import TeamMember
from app.domain.fieldwork.checklists import Answer
from app.domain.kernel.choices import Role
from app.services import findings as finding_services
from app.services.fieldwork import evidence_of
from app.storage import viewer_copies
from app.ui.pages.checklists_page import ChecklistsPage
from app.ui.pages.documents_page import DocumentsPage
from app.ui.pages.findings_page import FindingsPage
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
    own = window.workbench.path.parent / "templates"
    own.mkdir(exist_ok=True)
    (own / "broken.json").write_text("{", encoding="utf-8")  # a damaged imported template
    refusals = []
    window.workbench.error.connect(refusals.append)
    page = show_page(window, ChecklistsPage)
    assert [r.message.en for r in refusals] == ["broken.json is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"]
    assert page.templates.count() == 4  # the shipped ones still offered
    assert page.list.count() == 1 and page.list.item(0).text().endswith("2/8")  # the demo's, under way
    page.templates.setCurrentIndex(page.templates.findText("Site verification (CICC-ZY/GZ-21 §9.5.3.1)"))
    assert page.new_checklist()
    assert page.list.count() == 2 and page.list.item(1).text().endswith("0/8") and page.list.currentRow() == 1

    page.table.selectRow(3)
    item = page.item()
    choose(page.form, "answer", Answer.NONCONFORMITY.value)
    assert page.item().answer is Answer.PENDING  # refused: a nonconformity says what was found
    assert "Describe what was found" in page.form.errors["notes"].text()
    page.form.widgets["notes"].setPlainText("电表 M-4 检定证书过期 / meter M-4 calibration expired")
    page.form._finished("notes")
    choose(page.form, "answer", Answer.NONCONFORMITY.value)
    assert page.item().answer is Answer.NONCONFORMITY and page.item().at is not None
    checked_at = page.item().at
    assert page.form.value("at") == checked_at  # shown, and editable by hand
    page.form.widgets["at"].setDateTime(page.form.widgets["at"].dateTime().addSecs(-3600))
    page.form._finished("at")
    assert page.item().at == checked_at - timedelta(hours=1)
    assert page.list.item(1).text().endswith("1/8") and page.raise_button.isEnabled()
    navigator = window.workspace.navigator.item(window.workspace.pages.index(page)).text()
    assert navigator == "Checklists  3/16"  # the progress of every checklist, in the page navigator

    monkeypatch.setattr(page, "ask_open_paths", lambda _pattern: [str(photo)])
    assert page.attach()
    [evidence] = evidence_of(window.workbench.uow(), engagement_id, "checklist_item", item.id)
    assert evidence.name == "meter M-4.jpg" and evidence.taken_at.isoformat() == "2026-03-02T10:31:00"
    assert window.workbench.evidence_files.verify(evidence.sha256) and page.evidence.count() == 1

    page.raise_button.click()
    raised = finding_services.list_findings(window.workbench.uow(), engagement_id)[-1]
    assert raised.label == "NC-04" and "meter M-4 calibration expired" in raised.description
    assert page.item().finding_id == raised.id and not page.raise_button.isEnabled()

    stack = window.workbench.undo_stack
    findings_page = window.workspace.page(FindingsPage)
    findings_page.refresh(page.engagement, page.client)
    findings_page.reload()
    findings_page.bench.step(engagement_id, raised, lambda f: f.edited({"clause": "9.5.3.1 4) b"}), "Edit NC-04")
    stack.undo()
    stack.undo()  # the edit, then the finding
    assert [f.label for f in finding_services.list_findings(window.workbench.uow(), engagement_id)] == ["NC-01", "CL-02", "OB-03"]
    assert page.item().finding_id == "" and page.raise_button.isEnabled()
    stack.redo()
    stack.redo()  # the same finding comes back, so the edit redone after it finds it
    again = finding_services.list_findings(window.workbench.uow(), engagement_id)[-1]
    assert (again.id, again.label, again.clause) == (raised.id, "NC-04", "9.5.3.1 4) b") and page.item().finding_id == raised.id
    stack.undo()
    stack.undo()
    window.workbench.undo_stack.undo()  # the photo
    assert evidence_of(window.workbench.uow(), engagement_id, "checklist_item", item.id) == [] and page.evidence.count() == 0


def test_register_a_document_raise_its_finding_and_watch_the_20_percent_rule(window, qtbot, monkeypatch, photo):
    engagement_id = open_demo(window)
    page = show_page(window, DocumentsPage)
    assert page.documents.model.rowCount() == 3  # the demo's
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
    assert page.documents.selected().finding_id == raised.id and not page.raise_button.isEnabled()
    assert not page.raise_for_document()  # once only
    finding_services.remove_finding(window.workbench.uow(), engagement_id, raised.id, "wang")  # removed on the Findings page
    window.workbench.changed.emit()
    window.workbench.undo_stack.undo()  # the raising: the finding is already gone, the link goes
    assert page.documents.selected().finding_id == "" and page.raise_button.isEnabled()

    monkeypatch.setattr(page, "ask_open_path", lambda _pattern: str(photo))
    assert page.attach()
    [scan] = evidence_of(window.workbench.uow(), engagement_id, "document", page.documents.selected().id)
    assert page.documents.selected().evidence_id == scan.id
    window.workbench.undo_stack.undo()  # one step: the file and the link
    assert page.documents.selected().evidence_id == ""
    assert evidence_of(window.workbench.uow(), engagement_id, "document", page.documents.selected().id) == []
    window.workbench.undo_stack.redo()  # the same evidence again, still the document's file
    assert page.documents.selected().evidence_id == scan.id
    assert evidence_of(window.workbench.uow(), engagement_id, "document", page.documents.selected().id) == [scan]
    window.workbench.undo_stack.undo()

    monkeypatch.setattr(page, "ask_text", lambda _title, _prompt, text: (text, True))
    assert page.stop_review()
    assert page.engagement.status.value == "terminated" and "计量器具台账" in page.engagement.termination_reason
    window.workbench.undo_stack.undo()
    assert page.engagement.status.value == "planned"

    logged = page.time.model.rowCount()
    limit = 0.2 * page.engagement.man_days.total - 0.5  # the demo logged 0.5 d of document review
    page.time.add()  # 0.5 d of document review by default
    page.time.form.widgets["days"].setValue(limit)  # up to exactly 20 %: allowed
    page.time.form._finished("days")
    assert page.time.selected().days == pytest.approx(limit) and "⚠" not in page.check.text() and "20%" in page.check.text()
    page.time.add()
    assert "above the 20 % limit" in page.check.text() and page.check.styleSheet() == "color: #b00020;"
    window.workbench.undo_stack.undo()
    assert "⚠" not in page.check.text() and page.check.styleSheet() == ""
    assert page.time.model.rowCount() == logged + 1
    assert page.time.model.data(page.time.model.index(logged, 2)) == date.today().isoformat()


def test_assess_a_source_plan_a_reproducible_sample_record_an_error_and_enlarge_it(window, qtbot, photo):
    from app.ui.pages.sampling_page import SamplingPage

    open_demo(window)
    page = show_page(window, SamplingPage)
    assert page.risk.model.rowCount() == 1  # the demo assessed the gas source
    page.risk.add()
    assert page.risk.selected().source_id == page.sources[1].id  # the next source not yet assessed
    page.risk.form.widgets["control_why"].setPlainText("燃气表未与结算单核对 / meter never reconciled with invoices")
    page.risk.form._finished("control_why")
    choose(page.risk.form, "control", "high")
    assert page.risk.model.data(page.risk.model.index(1, 4)) == "high"

    assert page.key_sources.text().startswith("⚠") and page.sources[2].name in page.key_sources.text()
    page.table_form.widgets["medium"].setValue(60)  # the engagement's own risk table
    page.table_form._finished("medium")
    page.table_form.widgets["low"].setValue(90)  # above medium: refused, and put back
    page.table_form._finished("low")
    assert page.table_form.value("low") == 30 and "low ≤ medium ≤ high" in page.table_form.errors["medium"].text()
    dialog = page.new_plan()
    assert dialog.form.value("percent") == 60  # proposed for the first source (medium risk) from the table
    choose(dialog.form, "subject", page.sources[1].id)
    assert dialog.form.value("percent") == 80  # the diesel source was just rated high
    assert dialog.form.value("seed") == f"{page.engagement.code}/{page.sources[1].name}"
    dialog.form.widgets["seed"].setText("diesel-2025")
    dialog.form.widgets["percent"].setValue(30)
    dialog.accept()
    assert dialog.isVisible() and "differs from the risk table (80 %)" in dialog.form.errors["reason"].text()
    dialog.form.widgets["reason"].setPlainText("整年只有 12 张发票，已逐张核对总量 / 12 invoices, totals checked")
    dialog.accept()
    plan = page.plan()
    assert plan is not None and len(plan.samples) == 4 and plan.seed == "diesel-2025" and plan.subject == page.sources[1].id

    assert page.attach([str(photo)])
    [attached] = evidence_of(window.workbench.uow(), page.engagement.id, "sample", f"{plan.id}/{plan.samples[0].key}")
    assert attached.name == photo.name
    page.sample_table.selectRow(2)
    kept = page.record_result()
    kept.form.widgets["traced"].setValue(plan.samples[2].recorded)
    choose(kept.form, "result", "agrees")
    kept.accept()
    assert page.sample().key == plan.samples[2].key and page.sample().result.value == "agrees"  # still selected
    page.sample_table.selectRow(0)
    result = page.record_result()
    result.form.widgets["traced"].setValue(plan.samples[0].recorded * 0.5)
    choose(result.form, "result", "error")
    result.accept()
    assert page.escalate_button.isEnabled() and "projected to the source" in page.projection.text()
    assert page.escalate()
    assert page.plan().percent == 50 and len(page.plan().samples) == 6
    window.workbench.undo_stack.undo()
    assert page.plan().percent == 30 and len(page.plan().samples) == 4

    assert page.raise_finding()
    raised = finding_services.list_findings(window.workbench.uow(), page.engagement.id)[-1]
    assert raised.source_id == plan.subject and "Sampling found 1 error" in raised.description
    assert page.plan().finding_id == raised.id and not page.finding_button.isEnabled()
    window.workbench.undo_stack.undo()
    assert page.plan().finding_id == "" and raised.id not in {f.id for f in finding_services.list_findings(window.workbench.uow(), page.engagement.id)}


def test_schedule_confirm_change_with_notice_and_print_the_plan_and_a_sign_in_sheet(window, qtbot, tmp_path, monkeypatch):
    import subprocess

    from app.ui.pages.plan_page import PlanPage

    open_demo(window)
    page = show_page(window, PlanPage)
    dialog = page.add_line()
    dialog.form.widgets["time"].setText("09:00")
    dialog.form.widgets["activity"].setPlainText("首次会议 / opening meeting")
    dialog.accept()
    assert "首次会议 / opening meeting" in [a.activity for a in page.plan.schedule] and len(page.plan.schedule) == 5
    confirm = page.confirm()
    confirm.form.widgets["on"].setDate(confirm.form.widgets["on"].date().addDays(-2))  # confirmed two days ago
    confirm.accept()
    assert page.plan.confirmed_by == "周敏（安环部经理）" and "Confirmed by" in page.confirmation.text()
    assert not page.notice_button.isEnabled()
    page.workbench.add_child(page.engagement.id, TeamMember("", Role.VERIFIER, person_id=person_from_name("赵敏 Zhao Min").id), "Add member")
    assert "not yet told: team" in page.confirmation.text() and page.notice_button.isEnabled()
    notice = page.record_notice()
    notice.form.widgets["notified"].setText("周敏，邮件 / e-mail")
    notice.accept()
    assert "not yet told" not in page.confirmation.text() and page.plan.changes[-1].what == "team"
    dialog = page.add_line()
    dialog.form.widgets["activity"].setPlainText("仓库现场查看 / warehouse walk-through")
    dialog.accept()
    assert dialog.isVisible() and "told in writing" in dialog.message.text()  # refused: the client must be told
    dialog.form.widgets["what"].setPlainText("增加仓库查看 / warehouse added")
    dialog.form.widgets["notified"].setText("周敏，邮件 / Zhou Min by e-mail")
    dialog.accept()
    assert len(page.plan.schedule) == 6 and page.plan.changes[-1].notified == "周敏，邮件 / Zhou Min by e-mail"

    monkeypatch.setattr(page, "ask_open_path", lambda _pattern: str(tmp_path / "missing scan.pdf"))
    steps = window.workbench.undo_stack.count()
    assert not page.attach_scan() and window.workbench.undo_stack.count() == steps  # refused: no empty undo step
    page.meetings.add()
    page.meetings.form.widgets["attendee_lines"].setPlainText("周敏 | 恒运 | 安环部经理\n王磊 Wang Lei | Verifield | 核查组长")
    page.meetings.form._finished("attendee_lines")
    assert [a.name for a in page.meetings.selected().attendees] == ["周敏", "王磊 Wang Lei"]
    page.meetings.form.widgets["attendee_lines"].setPlainText("周敏 | 恒运\n | Verifield")  # a line with no name
    page.meetings.form._finished("attendee_lines")
    assert "Attendee 2 has no name" in page.meetings.form.errors["attendee_lines"].text()
    assert len(page.meetings.selected().attendees) == 2
    for name, action in (("plan.pdf", page.write_plan), ("sign-in.pdf", page.write_sign_in)):
        monkeypatch.setattr(page, "ask_save_path", lambda _s, _p, name=name: str(tmp_path / name))
        assert action()
    plan_text = subprocess.run(["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True).stdout
    assert "仓库现场查看" in plan_text and "增加仓库查看" in plan_text
    sheet = subprocess.run(["pdftotext", "-layout", str(tmp_path / "sign-in.pdf"), "-"], capture_output=True, text=True).stdout
    assert "周敏" in sheet and "安环部经理" in sheet and ("签字" in sheet or "Signature" in sheet)


def test_evidence_is_added_in_the_background_shown_as_thumbnails_and_checked(window, qtbot, photo):
    from app.ui.pages.evidence_page import EvidencePage

    open_demo(window)
    page = show_page(window, EvidencePage)
    other = photo.with_name("boiler.jpg")
    Image.new("RGB", (320, 200), (200, 80, 40)).save(other)
    job = page.add_files([str(photo), str(other)])
    assert job is not None
    qtbot.waitUntil(lambda: page.running is None and len(page.held) == 2, timeout=30000)
    assert page.model.rowCount() == 2 and "2 files" in page.status.text()
    added = [e.id for e in page.held]
    window.workbench.undo_stack.undo()  # recorded by the background job, undone as one step
    assert page.held == [] and page.model.rowCount() == 0
    window.workbench.undo_stack.redo()
    assert [e.id for e in page.held] == added
    assert page.check() is not None
    qtbot.waitUntil(lambda: page.running is None, timeout=30000)
    assert page.damaged == [] and "intact" in page.status.text()
    page.grid.setCurrentIndex(page.model.index(1, 0))
    copy = page.open_selected()
    assert Path(copy).name == "boiler.jpg" and Path(copy).read_bytes() == other.read_bytes()
    assert stat.S_IMODE(Path(copy).stat().st_mode) == 0o600 and stat.S_IMODE(Path(copy).parent.stat().st_mode) == 0o700
    viewer_copies.forget()  # as at exit: the copy handed to the viewer is gone
    assert not Path(copy).exists()
    dialog = page.link()
    choose(dialog.form, "target", dialog.form.widgets["target"].itemData(0))  # the first source
    dialog.accept()
    assert page.held[1].links[0][0] == "source" and "source" in page.detail.text()
    page.caption.setText("2 号锅炉铭牌 / boiler 2 nameplate")
    page.caption.returnPressed.emit()
    assert page.held[1].caption == "2 号锅炉铭牌 / boiler 2 nameplate" and page.selected().id == page.held[1].id
    assert page.remove() and len(page.held) == 1
    window.workbench.undo_stack.undo()
    assert len(page.held) == 2
    damaged = window.workbench.evidence_files.path(page.held[0].sha256)
    data = bytearray(damaged.read_bytes())
    data[100] ^= 0xFF
    damaged.write_bytes(bytes(data))
    page.check()
    qtbot.waitUntil(lambda: page.running is None, timeout=30000)
    assert page.damaged == [page.held[0].name] and "changed on disk" in page.status.text()
    page.grid.setCurrentIndex(page.model.index(0, 0))
    refusals = []
    window.workbench.error.connect(refusals.append)
    assert page.open_selected() == "" and "damaged" in refusals[0].message.en  # never handed out unverified


def test_edit_a_template_and_remove_a_checklist(window, qtbot):
    """The template editor saves a new template beside the store (a bad method is named), a checklist is made from it,
    and removing that checklist is undoable."""
    open_demo(window)
    page = show_page(window, ChecklistsPage)
    dialog = page.edit_template()
    dialog.form.widgets["zh"].setText("锅炉房检查")
    dialog.form.widgets["en"].setText("Boiler house")
    dialog.form.widgets["items"].setPlainText("1 | 查看燃气表读数 | Read the gas meter | 9.5.3.1 4) | 看\n2 | 询问运行记录 | Ask for the log | | 摸")
    dialog.accept()
    assert dialog.isVisible() and "method “摸”" in dialog.form.errors["items"].text()
    dialog.form.widgets["items"].setPlainText("1 | 查看燃气表读数 | Read the gas meter | 9.5.3.1 4) | 看\n2 | 询问运行记录 | Ask for the log | | 问")
    dialog.accept()
    assert not dialog.isVisible() and (window.workbench.path.parent / "templates" / "Boiler house.json").exists()
    assert page.templates.currentText() == "Boiler house"
    page.templates.setCurrentIndex(page.templates.findText("Site verification (CICC-ZY/GZ-21 §9.5.3.1)"))
    shipped_edit = page.edit_template()  # editing a shipped template keeps its name: the edited copy is chosen
    lines = shipped_edit.form.widgets["items"].toPlainText().splitlines()
    shipped_edit.form.widgets["items"].setPlainText("\n".join(["1 | 已编辑 EDITED | EDITED | | 查"] + lines[1:]))
    shipped_edit.accept()
    assert page.templates.currentText() == "Site verification (CICC-ZY/GZ-21 §9.5.3.1)" and page.templates.currentData().items[0].zh == "已编辑 EDITED"
    page.templates.setCurrentIndex(page.templates.findText("Boiler house"))
    assert page.templates.currentText() == "Boiler house"
    assert page.new_checklist()
    assert [i.method for i in page.checklist().items] == ["看", "问"] and page.list.count() == 2
    page.remove_button.click()
    assert page.list.count() == 1
    window.workbench.undo_stack.undo()
    assert page.list.count() == 2


def test_invoices_and_sites_are_sampled_from_listed_populations(window, qtbot):
    """Invoices pasted one per line (the large one always checked), and the sites drawn by the IAF MD 1 rule."""
    from app.ui.pages.sampling_page import SamplingPage

    open_demo(window)
    page = show_page(window, SamplingPage)
    dialog = page.new_plan()
    choose(dialog.form, "population", "invoices")
    invoices = "\n".join(f"INV-{n:03d} | 2025-{n % 12 + 1:02d} | {100 + n}" for n in range(1, 20)) + "\nINV-999 | 12 月 | 5000"
    dialog.form.widgets["items"].setPlainText(invoices)
    dialog.form.widgets["percent"].setValue(20)
    dialog.accept()
    plan = page.plan()
    assert plan.population.value == "invoices" and len(plan.samples) == 4  # 20 % of 20 invoices
    assert "INV-999" in {s.key for s in plan.samples}  # 5,000 of 7,090: a key item, always checked

    dialog = page.new_plan()
    choose(dialog.form, "population", "sites")
    choose(dialog.form, "audit", "surveillance")
    dialog.accept()
    plan = page.plan()
    assert plan.subject == "sites" and len(plan.items) == 2 and len(plan.samples) == 1  # ⌈0.6 × √2⌉ = 1
    assert plan.samples[0].key in {site.id for site in page.engagement.sites}  # keyed by id, labelled by name
    assert plan.samples[0].label in {site.name for site in page.engagement.sites}


def test_files_dropped_on_the_checklists_page_are_attached_to_the_item(window, qtbot, photo):
    """A real drop event (file URLs) on the page attaches the files to the selected item."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    engagement_id = open_demo(window)
    page = show_page(window, ChecklistsPage)
    page.table.selectRow(0)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    assert drop.isAccepted()
    [attached] = evidence_of(window.workbench.uow(), engagement_id, "checklist_item", page.item().id)
    assert attached.name == photo.name


def test_one_file_is_counted_in_the_singular(window, qtbot, photo):
    from app.ui.pages.evidence_page import EvidencePage

    open_demo(window)
    page = show_page(window, EvidencePage)
    page.add_files([str(photo)])
    qtbot.waitUntil(lambda: page.running is None and len(page.held) == 1, timeout=30000)
    assert page.status.text().startswith("1 file, ") and window.workbench.undo_stack.undoText() == "Add 1 file"
    page.check()
    qtbot.waitUntil(lambda: page.running is None, timeout=30000)
    assert page.status.text() == "✓ The file is intact."


def test_background_work_survives_a_full_disk_a_cancel_and_an_engagement_switch(window, qtbot, monkeypatch, photo):
    """A failing disk is said and frees the page; a cancelled check says so (not "intact"); files added while another
    engagement is opened are recorded in the one they were added for, with no undo step in the other."""
    from app.ui.pages.evidence_page import EvidencePage

    first = open_demo(window)
    page = show_page(window, EvidencePage)
    refusals = []
    window.workbench.error.connect(refusals.append)
    real_add = window.workbench.evidence_files.add_many

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.workbench.evidence_files, "add_many", full_disk)
    page.add_files([str(photo)])
    qtbot.waitUntil(lambda: page.running is None, timeout=30000)
    assert "the disk is full" in refusals[-1].message.en
    monkeypatch.setattr(window.workbench.evidence_files, "add_many", real_add)

    other = photo.with_name("boiler.jpg")
    Image.new("RGB", (64, 48), (1, 2, 3)).save(other)
    page.add_files([str(photo), str(other)])
    qtbot.waitUntil(lambda: page.running is None and len(page.held) == 2, timeout=30000)
    real_has = window.workbench.evidence_files.has

    def has_then_cancel(sha256):
        # the verifier presses Cancel during the first file (under load the worker may get here before the page
        # has kept its job: wait for it, as a verifier's click would come after the job is shown)
        deadline = time.monotonic() + 30
        while page.running is None and time.monotonic() < deadline:
            time.sleep(0.001)
        page.running.cancel = True
        return real_has(sha256)

    monkeypatch.setattr(window.workbench.evidence_files, "has", has_then_cancel)
    page.check()
    qtbot.waitUntil(lambda: page.running is None, timeout=30000)
    assert page.status.text() == "Check cancelled after 1 of 2 files; none of those was damaged."
    monkeypatch.setattr(window.workbench.evidence_files, "has", real_has)

    late = photo.with_name("late.jpg")
    Image.new("RGB", (64, 48), (9, 9, 9)).save(late)
    page.add_files([str(late)])
    second = window.workbench.create_demo()
    window.open_engagement(second)
    qtbot.waitUntil(lambda: page.running is None, timeout=30000)
    assert window.workbench.undo_stack.count() == 0  # nothing pushed onto the new engagement's stack
    from app.services.fieldwork import records
    assert "late.jpg" in [e.name for e in records(window.workbench.uow(), first, "evidence")]
    assert records(window.workbench.uow(), second, "evidence") == []
