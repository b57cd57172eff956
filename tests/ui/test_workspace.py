"""The workspace: edits persist at once, refusals show next to the field and save nothing, undo/redo work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from app.domain.engagement.people import person_from_name
from app.domain.engagement.stages import Stage
from app.domain.kernel.choices import Role
from app.services import engagements as services
from app.ui.pages.mandays_page import ManDaysPage
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.scope_page import ScopePage
from app.ui.pages.team_page import TeamPage


def open_demo(window):
    engagement_id = window.workbench.create_demo()
    window.open_engagement(engagement_id)
    return engagement_id


def show_page(window, kind):
    page = window.workspace.page(kind)
    window.workspace.navigator.setCurrentRow(window.workspace.pages.index(page))
    return page


def commit(qtbot, form, name, text):
    widget = form.widgets[name]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def stored(window, engagement_id):
    return services.load(window.workbench.uow(), engagement_id)[0]


def test_edit_persists_and_undo_redo_reverse_it(qtbot, window):
    engagement_id = open_demo(window)
    scope = show_page(window, ScopePage)
    commit(qtbot, scope.basics, "title", "Revised title")
    assert stored(window, engagement_id).title == "Revised title"
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert stored(window, engagement_id).title.startswith(str(stored(window, engagement_id).period_end.year))
    assert scope.basics.widgets["title"].text() == stored(window, engagement_id).title
    qtbot.keySequence(window, QKeySequence("Ctrl+Y"))
    assert stored(window, engagement_id).title == "Revised title"
    fields = [e.change.field for e in services.engagement_history(window.workbench.uow(), engagement_id)[-3:]]
    assert fields == ["title", "title", "title"]


def test_materiality_above_100_is_shown_under_the_field_and_not_saved(qtbot, window):
    engagement_id = open_demo(window)
    scope = show_page(window, ScopePage)
    revision = stored(window, engagement_id).revision
    spin = scope.basics.widgets["materiality_pct"]
    commit(qtbot, scope.basics, "materiality_pct", "150")
    error = scope.basics.findChild(QLabel, "error:materiality_pct")
    assert error.isVisible() and "150 % was entered" in error.text()
    assert stored(window, engagement_id).revision == revision
    assert spin.value() == 5.0


def test_second_lead_verifier_is_refused_in_the_team_form(qtbot, window):
    engagement_id = open_demo(window)
    team = show_page(window, TeamPage)
    team.editor.table.selectRow(1)
    role = team.editor.form.widgets["role"]
    role.setCurrentIndex(role.findData(Role.LEAD.value))
    role.activated.emit(role.currentIndex())
    error = team.editor.form.findChild(QLabel, "error:role")
    assert error.isVisible() and "exactly one lead verifier" in error.text()
    assert [m.role for m in stored(window, engagement_id).team].count(Role.LEAD) == 1


def test_adding_and_undoing_a_team_member(qtbot, window, monkeypatch):
    """Add member picks a person of the register (one not on the team yet); undo takes them off again."""
    engagement_id = open_demo(window)
    team = show_page(window, TeamPage)
    offered: list = []
    monkeypatch.setattr(team, "ask_person", lambda names: offered.extend(names) or "赵敏 Zhao Min")
    qtbot.mouseClick(team.editor.add_button, Qt.MouseButton.LeftButton)
    assert "王磊 Wang Lei" not in offered and "赵敏 Zhao Min" in offered  # who is on the team is not offered again
    assert len(stored(window, engagement_id).team) == 5
    assert team.editor.selected().name == "赵敏 Zhao Min" and team.editor.selected().technical_areas == ("SK-02.1", "SK-02.4")
    window.undo_action.trigger()
    assert len(stored(window, engagement_id).team) == 4
    monkeypatch.setattr(team, "ask_person", lambda names: "")  # cancelled: nothing added
    qtbot.mouseClick(team.editor.add_button, Qt.MouseButton.LeftButton)
    assert len(stored(window, engagement_id).team) == 4


def test_a_person_added_to_the_register_and_the_team_is_refused_as_reviewer(qtbot, window, monkeypatch):
    """Issue 14 item 5: independence is checked by person, never by name; every step is undoable."""
    from app.ui.pages.overview_page import OverviewPage

    engagement_id = open_demo(window)
    people = window.show_people()
    qtbot.addWidget(people)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    people.form.widgets["name_zh"].setText("吴刚")  # QTest types Latin-1 only
    people.form.widgets["name_zh"].editingFinished.emit()
    commit(qtbot, people.form, "name_en", "Wu Gang")
    roles = people.form.widgets["roles"].list
    roles.item(1).setCheckState(Qt.CheckState.Checked)  # verifier
    roles.item(4).setCheckState(Qt.CheckState.Checked)  # technical reviewer
    person = people.selected()
    assert (person.name, person.roles) == ("吴刚 Wu Gang", ("verifier", "reviewer"))
    people.close()
    overview = show_page(window, OverviewPage)
    assert overview.decision.widgets["reviewer_id"].findData(person.id) >= 0  # a reviewer, not on the team yet

    team = show_page(window, TeamPage)
    monkeypatch.setattr(team, "ask_person", lambda names: "吴刚 Wu Gang")
    qtbot.mouseClick(team.editor.add_button, Qt.MouseButton.LeftButton)
    assert stored(window, engagement_id).team[-1].person_id == person.id

    overview = show_page(window, OverviewPage)
    reviewer = overview.decision.widgets["reviewer_id"]
    assert reviewer.findData(person.id) == -1  # on the team now: not offered (tests/ui/test_overview_pickers.py)
    independent = reviewer.findData(person_from_name("赵敏 Zhao Min").id)
    reviewer.setCurrentIndex(independent)
    reviewer.activated.emit(independent)
    assert stored(window, engagement_id).reviewer_id == person_from_name("赵敏 Zhao Min").id
    for _ in range(2):  # the reviewer, then the member, undone
        window.undo_action.trigger()
    assert stored(window, engagement_id).reviewer_id == "" and len(stored(window, engagement_id).team) == 4


def test_a_person_on_an_engagement_is_not_removed_from_the_register(qtbot, window):
    open_demo(window)
    people = window.show_people()
    qtbot.addWidget(people)
    names = [people.model.row_object(i).name for i in range(people.model.rowCount())]
    people.select(names.index("王磊 Wang Lei"))
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    assert "takes part in DEMO-" in people.message.text() and people.model.rowCount() == len(names)
    people.select(names.index("孙强 Sun Qiang"))
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    assert people.model.rowCount() == len(names) - 1
    window.undo_action.trigger()
    assert people.model.rowCount() == len(names)


def test_man_days_refuse_more_than_20_percent_document_review(qtbot, window):
    engagement_id = open_demo(window)
    page = show_page(window, ManDaysPage)
    commit(qtbot, page.form, "document_review", "2")
    error = page.form.findChild(QLabel, "error:document_review")
    assert error.isVisible() and "above the 20 % limit" in error.text()
    assert stored(window, engagement_id).man_days.document_review == 0.5


def test_advance_and_terminate_from_the_overview(qtbot, window, monkeypatch):
    engagement_id = open_demo(window)
    overview = show_page(window, OverviewPage)
    assert overview.advance_button.isEnabled()
    qtbot.mouseClick(overview.advance_button, Qt.MouseButton.LeftButton)
    assert stored(window, engagement_id).status is Stage.DOCUMENT_REVIEW
    assert window.workspace.strip.labels[Stage.DOCUMENT_REVIEW].text().startswith("●")
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Client refused site access", True))
    qtbot.mouseClick(overview.terminate_button, Qt.MouseButton.LeftButton)
    assert stored(window, engagement_id).status is Stage.TERMINATED
    assert window.workspace.strip.labels[Stage.TERMINATED].isVisible()
    window.undo_action.trigger()
    assert stored(window, engagement_id).status is Stage.DOCUMENT_REVIEW


def test_decision_date_shows_the_certificate_schedule(qtbot, window):
    from datetime import date

    engagement_id = open_demo(window)
    window.workbench.edit_engagement(engagement_id, "decision_date", date(2026, 3, 15), "decide")  # the demo has no statement date yet
    overview = show_page(window, OverviewPage)
    text = overview.schedule.text()
    assert "2029-03-14" in text and "2027-03-15" in text and "2028-06-15" in text


def test_blocked_draft_marks_pages_in_the_navigator(qtbot, window):
    engagement_id = open_demo(window)
    services.step_back(window.workbench.uow(), engagement_id, Stage.DRAFT, "t")
    member = stored(window, engagement_id).team[0]
    window.workbench.edit_child(engagement_id, member, {"impartiality_declared": False}, "edit")
    team_row = window.workspace.pages.index(window.workspace.page(TeamPage))
    item = window.workspace.navigator.item(team_row)
    assert item.text().startswith("⚠") and "no impartiality declaration yet from: 王磊 Wang Lei" in item.toolTip()
    overview = show_page(window, OverviewPage)
    assert not overview.advance_button.isEnabled()


def test_history_page_names_fields_as_the_forms_do(qtbot, window):
    from app.ui.pages.history_page import HistoryPage

    engagement_id = open_demo(window)
    window.workbench.edit_engagement_fields(engagement_id, {"materiality_pct": 2.0, "materiality_reason": "lender"}, "edit")
    page = show_page(window, HistoryPage)
    first = [page.proxy.index(0, c).data() for c in range(6)]
    second = [page.proxy.index(1, c).data() for c in range(6)]
    assert {first[3], second[3]} == {"Materiality threshold", "Reason for the threshold"}
    assert "hash chain is intact" in page.chain.text()


def test_a_date_is_typed_into_a_blank_date_field(qtbot, window):
    """A blank date shows "—"; typing the date's digits there starts a date (it was taken as "—0260315" and lost; then
    a year other than this one was typed over this year's digits and kept them: 2027-03-15 became this year's),
    and leaving a blank field without typing keeps it blank."""
    from datetime import date

    from tests.ui.clicking import type_into

    engagement_id = open_demo(window)
    overview = show_page(window, OverviewPage)
    assert stored(window, engagement_id).decision_date is None
    overview.decision.widgets["decision_date"].setFocus()
    qtbot.keyClick(overview.decision.widgets["decision_date"], Qt.Key.Key_Tab)
    assert stored(window, engagement_id).decision_date is None
    type_into(qtbot, overview.decision, "decision_date", "2027-03-15", leave=True)
    assert stored(window, engagement_id).decision_date == date(2027, 3, 15)


def test_history_names_the_reviewer_not_their_id(qtbot, window):
    from app.ui.pages.history_page import HistoryPage

    engagement_id = open_demo(window)
    zhao = person_from_name("赵敏 Zhao Min").id
    window.workbench.edit_engagement(engagement_id, "reviewer_id", zhao, "edit")
    page = show_page(window, HistoryPage)
    assert [page.proxy.index(0, c).data() for c in (3, 4, 5)] == ["Technical reviewer", "", "赵敏 Zhao Min"]


def test_undo_is_off_on_the_list_and_back_with_the_engagement(qtbot, window):
    """On the engagement list Undo offered the last step of the engagement that had been open, which is not on screen;
    it is off there, and back (with the same step) when that engagement is opened again."""
    engagement_id = open_demo(window)
    scope = show_page(window, ScopePage)
    commit(qtbot, scope.basics, "title", "Revised title")
    assert window.undo_action.isEnabled()
    window.show_list()
    assert not window.undo_action.isEnabled()
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert stored(window, engagement_id).title == "Revised title"
    window.open_engagement(engagement_id)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert stored(window, engagement_id).title != "Revised title"


def test_history_names_every_kind_of_record_the_demos_write(qtbot, window):
    """The History page showed a record's internal kind ("aup_procedure", "project_ssr", "contract_review") where
    the verifier expects its name: every kind that the engagement, project, AUP, footprint and submitted demos write is named."""
    from app.services.aup_demo import create_aup_demo
    from app.services.demo_stages import create_demo_at
    from app.services.footprint_demo import create_footprint_demo
    from app.services.project_demo import create_project_demo
    from app.ui.pages.history_page import HistoryPage

    made = [window.workbench.create_demo(), create_project_demo(window.workbench.uow(), "test"),
            create_aup_demo(window.workbench.uow(), "test"), create_footprint_demo(window.workbench.uow(), "test"),
            create_demo_at(window.workbench.uow(), "submitted", "test")]
    seen = set()
    for engagement_id in made:
        window.open_engagement(engagement_id)
        page = show_page(window, HistoryPage)
        qtbot.waitUntil(lambda: page.proxy.rowCount() > 0)
        kinds = {e.change.entity for e in services.engagement_history(window.workbench.uow(), engagement_id)}
        assert kinds <= set(page.entities), kinds - set(page.entities)
        shown = {page.proxy.index(row, 2).data() for row in range(page.proxy.rowCount())}
        assert shown == {page.entities[k] for k in kinds}
        # and a record's field by its form's label: "Application received on", not "received_on"
        named = {(page.model.row_object(row).change.entity, page.model.row_object(row).change.field, page.model.index(row, 3).data())
                 for row in range(page.model.rowCount())}
        raw = {(kind, field) for kind, field, label in named if label == field and kind in ("contract_review", "finding", "aup_procedure")}
        assert not raw, raw
        # a long value (an evidence file's links) does not push the new value out of sight
        assert page.table.columnViewportPosition(5) < page.table.viewport().width()
        seen |= kinds
        window.show_list()
    assert {"contract_review", "project_ssr", "aup_procedure", "footprint_flow", "finding", "statement"} <= seen
