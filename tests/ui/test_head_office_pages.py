"""Head-office mode clicked through as a user does: the inbox opens a submitted engagement read-only, a team member is
refused as reviewer, the checks and a review point are recorded, the point is sent back for the laptop (refused until
the intake service's folder is chosen), closed once the lead has answered, the review approved, a decision by the
reviewer refused, the decision recorded, the certificate shown in the register and in the programme manager's view,
and suspended from there; countersigning is refused before the decision (tests/ui/test_issuing_ui.py signs for real);
every string in Chinese too."""

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain.certification.review import Check, Result
from app.domain.engagement.people import person_from_name
from app.services import certification as ho
from app.services import demo_stages
from app.sync import downloads
from app.services import people as people_services
from tests.ui.clicking import click, click_row, pick, shortcut, type_text

LEAD, REVIEWER, DM = (person_from_name(n).id for n in ("王磊 Wang Lei", "赵敏 Zhao Min", "孙强 Sun Qiang"))


def open_tab(qtbot, page, index: int) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def test_head_office_from_inbox_to_suspended_certificate(qtbot, window, workbench, tmp_path):
    engagement_id = demo_stages.create_demo_at(workbench.uow(), "submitted", "王磊 Wang Lei", date.today())
    # the lead also holds the reviewer role and the reviewer the decision-maker role: the pickers offer them, and
    # the independence rules refuse them
    people_services.update_person(workbench.uow(), LEAD, {"roles": ("lead", "verifier", "reviewer")}, "tester")
    people_services.update_person(workbench.uow(), REVIEWER, {"roles": ("reviewer", "decision-maker")}, "tester")
    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office
    assert window.stack.currentWidget() is page and page.inbox.rowCount() == 1
    click_row(qtbot, page.inbox_table, 0)
    assert page.engagement_id == engagement_id
    shown = page.details.toPlainText()
    assert "王磊 Wang Lei" in shown and "Final statement" in shown and page.details.isReadOnly()

    open_tab(qtbot, page, 1)
    review = page.review
    pick(qtbot, review.reviewer, LEAD)
    click(qtbot, review.start_button)
    assert "on the team" in review.refusal.text() and ho.review_of(workbench.uow(), engagement_id) is None
    pick(qtbot, review.reviewer, REVIEWER)
    click(qtbot, review.start_button)
    assert review.refusal.text() == "" and ho.review_of(workbench.uow(), engagement_id).reviewer_id == REVIEWER
    for check in Check:
        pick(qtbot, review.results[check], Result.MET.value)
    type_text(qtbot, review.notes[Check.MAN_DAYS], "Annex A: 3-7 days, 4 planned")
    click(qtbot, review.save_checks)
    held = ho.review_of(workbench.uow(), engagement_id)
    assert {c.result for c in held.checks} == {Result.MET} and held.checks[0].note.startswith("Annex A")
    type_text(qtbot, review.new_point, "What evidence closed NC-01?", leave=False)
    click(qtbot, review.raise_button)
    assert review.points.rowCount() == 1 and review.new_point.text() == ""
    # the point goes where the lead's laptop fetches it, once the intake service's folder is chosen
    click(qtbot, review.send_back.publish_button)
    assert "data folder" in review.send_back.refusal.text()
    page.received.folder.setText(str(tmp_path))
    click(qtbot, review.send_back.publish_button)
    qtbot.waitUntil(lambda: review.send_back.running is None, timeout=30000)
    assert "0 issued document(s)" in review.send_back.said.text() and review.send_back.refusal.text() == ""
    sent = json.loads(downloads.path_of(tmp_path, engagement_id).read_text(encoding="utf-8"))
    assert [p["text"] for p in sent["review"]["points"]] == ["What evidence closed NC-01?"] and sent["decisions"] == []
    click(qtbot, review.approve_button)
    assert "review point not closed" in review.refusal.text()
    point = ho.review_of(workbench.uow(), engagement_id).points[0]
    # the lead verifier's answer (it travels back with the next package: the intake work)
    ho.answer_point(workbench.uow(), engagement_id, point.id, "the service log", LEAD, "王磊 Wang Lei", date.today())
    review.reload()
    click_row(qtbot, review.points_table, 0)
    click(qtbot, review.close_button)
    click(qtbot, review.approve_button)
    assert ho.review_of(workbench.uow(), engagement_id).approved and "Approved on" in review.state.text()

    open_tab(qtbot, page, 2)
    decision = page.decision
    click(qtbot, decision.issuing.countersign_button)  # nothing to countersign before the approved decision
    assert "has not approved" in decision.issuing.refusal.text() and not decision.findChildren(QDialog)
    pick(qtbot, decision.by, REVIEWER)
    click(qtbot, decision.decide_button)
    assert "technical reviewer" in decision.refusal.text() and ho.certificates(workbench.uow()) == []
    pick(qtbot, decision.by, DM)
    click(qtbot, decision.decide_button)
    [certificate] = ho.certificates(workbench.uow())
    assert certificate.number in decision.outcome.text() and certificate.number.startswith("DEMO-CN-")
    open_tab(qtbot, page, 3)
    register = page.register
    assert register.model.rowCount() == 1 and "valid 1," in register.counts.text()
    pick(qtbot, register.show_which, "due")
    assert register.model.rowCount() == 0  # the first surveillance is a year away
    pick(qtbot, register.show_which, "all")
    click_row(qtbot, register.table, 0)
    pick(qtbot, register.reason, "3")
    pick(qtbot, register.by, DM)
    click(qtbot, register.suspend_button)
    assert ho.certificate(workbench.uow(), certificate.number).status(date.today()).value == "suspended"
    assert "suspended 1," in register.counts.text()


def test_head_office_in_chinese(qtbot, workbench):
    from app.ui import i18n
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    i18n.install("zh")
    try:
        window = MainWindow(workbench, Settings())
        qtbot.addWidget(window)
        window.show_head_office()
        page = window.head_office
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["收件箱", "技术评审", "认证决定", "证书登记册", "申诉和投诉", "收到的数据包"]
        assert page.review.start_button.text() == "开始技术评审" and page.register.withdraw_button.text() == "撤销"
        assert page.register.reason.itemText(0).startswith("(1) 被执法监管部门") and "有效 0" in page.register.counts.text()
        assert window.windowTitle().startswith("总部")
    finally:
        i18n.install("en")


def test_register_settings_and_a_follow_up_from_the_register(qtbot, window, workbench):
    engagement_id = demo_stages.create_demo_at(workbench.uow(), "submitted", "王磊 Wang Lei", date.today())
    ho.start_review(workbench.uow(), engagement_id, REVIEWER, "赵敏 Zhao Min", date.today())
    for check in Check:
        ho.record_check(workbench.uow(), engagement_id, check, Result.MET, "", "赵敏 Zhao Min")
    ho.approve_review(workbench.uow(), engagement_id, "赵敏 Zhao Min", date.today())
    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office
    open_tab(qtbot, page, 3)
    register = page.register
    assert "DEMO-" in register.waiting.text()  # the decision waiting
    type_text(qtbot, register.holidays, "2026-10-01, 1.10.2026", leave=False)
    click(qtbot, register.save_settings)
    assert "1.10.2026" in register.refusal.text() and ho.settings(workbench.uow()).holidays == ()
    type_text(qtbot, register.prefix, "CICC-CN", leave=False)
    type_text(qtbot, register.holidays, "2026-10-02 2026-10-01", leave=False)
    click(qtbot, register.save_settings)
    held = ho.settings(workbench.uow())
    assert held.prefix == "CICC-CN" and held.holidays == (date(2026, 10, 1), date(2026, 10, 2))
    ho.decide(workbench.uow(), engagement_id, DM, True, "", date.today(), "孙强 Sun Qiang")
    register.reload()
    click_row(qtbot, register.table, 0)
    click(qtbot, register.surveillance_button)
    assert len(workbench.summaries()) == 2 and "engagement list" in register.refusal.text()


def test_an_appeal_refuses_an_involved_handler_and_moves_step_by_step(qtbot, window, workbench):
    demo_stages.create_demo_at(workbench.uow(), "submitted", "王磊 Wang Lei", date.today())
    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office
    open_tab(qtbot, page, 4)
    cases = page.cases
    pick(qtbot, cases.kind, "appeal")
    pick(qtbot, cases.engagement, cases.engagement.itemData(1))
    type_text(qtbot, cases.from_whom, "client", leave=False)
    type_text(qtbot, cases.summary, "disputes the scope", leave=False)
    pick(qtbot, cases.handler, LEAD)
    click(qtbot, cases.open_button)
    assert "involved in the matter" in cases.refusal.text() and cases.model.rowCount() == 0
    pick(qtbot, cases.handler, DM)
    click(qtbot, cases.open_button)
    assert cases.model.rowCount() == 1 and cases.model.data(cases.model.index(0, 5)) == "acknowledged"
    click_row(qtbot, cases.table, 0)
    type_text(qtbot, cases.note, "receipt sent", leave=False)
    click(qtbot, cases.step_button)
    assert cases.model.data(cases.model.index(0, 5)) == "investigated"
    assert "none" in cases.retention.text()


def test_the_timeline_places_each_audit_and_colours_it_held_overdue_or_to_come(qtbot):
    from app.domain.certification.certificate import Certificate
    from app.ui.widgets.charts import BLUE, GREEN, RED
    from app.ui.widgets.timeline import LABEL_WIDTH, Timeline

    held = Certificate("VF-CN-2026-0001", "e", "VF-2026-0001", "c", "iso14064-1", "s", date(2026, 6, 1), date(2026, 6, 1),
                       (date(2027, 5, 20),))
    late = Certificate("VF-CN-2026-0002", "e2", "VF-2026-0002", "c", "iso14064-1", "s", date(2026, 1, 1), date(2026, 1, 1))
    chart = Timeline()
    qtbot.addWidget(chart)
    chart.resize(708, 100)
    chart.set_rows([held, late], date(2027, 6, 1))
    assert chart.span() == (date(2026, 1, 1), date(2029, 5, 31))
    assert chart.x_of(date(2026, 1, 1), 708) == LABEL_WIDTH and chart.x_of(date(2029, 5, 31), 708) == 700
    assert [m.colour for m in chart.marks(held, 708)] == [GREEN, BLUE, BLUE]
    assert [m.colour for m in chart.marks(late, 708)][:2] == [RED, BLUE]  # first due 2027-01-01, not held
    assert not chart.grab().isNull()
