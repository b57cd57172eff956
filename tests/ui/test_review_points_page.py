"""The laptop's review points page clicked through: head office's points as the sync brought them back (text,
reviewer, raised, status), an open point answered with the keyboard (stored, in the history, carried by the next
package's engagement.json), an empty answer refused with nothing stored, and the decision and certificate number
shown once they come back, in English and Chinese."""

from datetime import date

from PySide6.QtCore import Qt

from app.services import demo_stages
from app.services import engagements as services
from app.services import review_points
from app.sync import package_format
from app.ui import i18n
from app.ui.pages.review_points_page import ReviewPointsPage
from tests.sync.returns import NUMBER, returns
from tests.ui.clicking import click, click_row, type_text

POINTS = ("NC-01 的证据？ / NC-01's evidence?", "人天是否按附录 A？ / Man-days per Annex A?")


def _open_page(qtbot, window, engagement_id) -> ReviewPointsPage:
    window.open_engagement(engagement_id)
    page = window.workspace.page(ReviewPointsPage)
    row = window.workspace.pages.index(page)
    assert not window.workspace.navigator.item(row).isHidden()
    click_row(qtbot, window.workspace.navigator, row)
    assert window.workspace.current_page() is page
    return page


def test_the_lead_answers_a_point_by_keyboard_and_sees_the_certificate(qtbot, window, workbench):
    engagement_id = demo_stages.create_demo_at(workbench.uow(), "submitted", "王磊 Wang Lei", date.today())
    review_points.take_down(workbench.uow(), returns(engagement_id, points=POINTS), "sync")
    page = _open_page(qtbot, window, engagement_id)
    shown = [[page.model.index(r, c).data() for c in range(5)] for r in range(page.model.rowCount())]
    assert [r[0] for r in shown] == list(POINTS)
    assert {r[1] for r in shown} == {"赵敏 Zhao Min"} and {r[2] for r in shown} == {"2026-06-02"} and {r[3] for r in shown} == {"open"}
    assert page.outcome.text() == "No certification decision yet." and "2 of 2 points open" in page.note.text()

    click_row(qtbot, page.table, 1)
    assert page.answer_button.isEnabled()
    before = len(services.engagement_history(workbench.uow(), engagement_id))
    click(qtbot, page.answer_button)  # nothing written: refused under the page, nothing stored
    assert "Write the answer" in page.note.text()
    assert len(services.engagement_history(workbench.uow(), engagement_id)) == before
    type_text(qtbot, page.answer_text, "Man-days recalculated per Annex A, see the plan", leave=False)
    qtbot.keyClick(page.answer_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    held = review_points.returned(workbench.uow(), engagement_id).review
    assert held.points[1].answer == "Man-days recalculated per Annex A, see the plan" and held.points[1].answered_by == "tester"
    assert page.model.index(1, 3).data() == f"answered {date.today().isoformat()}" and "2 of 2 points open" in page.note.text()
    assert page.model.index(1, 4).data() == "Man-days recalculated per Annex A, see the plan"
    history = services.engagement_history(workbench.uow(), engagement_id)
    assert any(h.change.entity == "review" and "Annex A, see the plan" in str(h.change.new) for h in history[before:])
    with workbench.uow() as uow:
        carried = package_format.review_answers(uow.session, engagement_id)
    assert [(a["point_id"], a["answer"]) for a in carried] == [(held.points[1].id, "Man-days recalculated per Annex A, see the plan")]

    review_points.take_down(workbench.uow(), returns(engagement_id, approved=True, points=POINTS), "sync")
    workbench.changed.emit()
    assert page.outcome.text().startswith("Decision: approved on 2026-06-05 by 赵敏 Zhao Min.")
    assert f"Certificate {NUMBER}, issued 2026-06-05, valid until 2029-06-04." in page.outcome.text()
    assert {page.model.index(r, 3).data() for r in range(2)} == {"closed 2026-06-04"} and not page.answer_button.isEnabled()


def test_the_review_points_page_in_chinese(qtbot, workbench):
    engagement_id = demo_stages.create_demo_at(workbench.uow(), "submitted", "王磊 Wang Lei", date.today())
    review_points.take_down(workbench.uow(), returns(engagement_id, approved=True), "sync")
    i18n.install("zh")
    try:
        page = ReviewPointsPage(workbench)
        qtbot.addWidget(page)
        page.refresh(*workbench.load(engagement_id))
        assert page.title == "评审问题" and page.answer_button.text() == "答复"
        assert page.outcome.text() == f"认证决定：2026-06-05 由 赵敏 Zhao Min 批准。 证书 {NUMBER}，颁发日期 2026-06-05，有效期至 2029-06-04。"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "评审问题" and page.model.index(0, 3).data() == "已关闭 2026-06-04"
    finally:
        i18n.install("en")
