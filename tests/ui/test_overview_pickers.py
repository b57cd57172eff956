"""The laptop's Overview picks the technical reviewer and the decision-maker as head office would accept them (issue
19, seed 001 §10.1.3, §10.2): only people holding the role and not on the team are offered, the reviewer is not
offered as decision-maker; a person without the role is refused with the reason under the field when named another
way; and a person named before who no longer qualifies stays shown, with head office's reason among the warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.domain.engagement.people import Person, person_from_name
from app.services import engagements as services
from app.ui.pages.overview_page import OverviewPage
from tests.ui.clicking import pick

WANG, LI, ZHAO, SUN = (person_from_name(n) for n in ("王磊 Wang Lei", "李娜 Li Na", "赵敏 Zhao Min", "孙强 Sun Qiang"))


def _offered(combo) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


def _person(workbench, person: Person) -> Person:
    return next(p for p in workbench.people() if p.id == person.id)


def test_the_overview_offers_and_accepts_only_people_head_office_accepts(qtbot, window):
    workbench = window.workbench
    engagement_id = workbench.create_demo()  # team 王磊, 李娜, 张伟, 陈晨; 赵敏 reviewer, 孙强 decision-maker
    window.open_engagement(engagement_id)
    # the lead holds the reviewer role and the reviewer the decision-maker role: the rules still keep them out
    workbench.edit_person(_person(workbench, WANG), {"roles": ("lead", "verifier", "reviewer")}, "roles")
    workbench.edit_person(_person(workbench, ZHAO), {"roles": ("reviewer", "technical-lead", "decision-maker")}, "roles")
    wu = Person(name_zh="吴刚", name_en="Wu Gang", roles=("verifier",))
    workbench.add_person(wu, "add")
    overview = window.workspace.page(OverviewPage)
    window.workspace.navigator.setCurrentRow(window.workspace.pages.index(overview))
    reviewer = overview.decision.widgets["reviewer_id"]
    assert _offered(reviewer) == ["", ZHAO.id]  # not the lead (on the team), not Wu Gang (no reviewer role)
    assert _offered(overview.decision.widgets["decision_maker_id"]) == ["", SUN.id, ZHAO.id]

    pick(qtbot, reviewer, ZHAO.id)
    assert services.load(workbench.uow(), engagement_id)[0].reviewer_id == ZHAO.id
    maker = overview.decision.widgets["decision_maker_id"]
    assert _offered(maker) == ["", SUN.id]  # the reviewer is not offered as decision-maker any more
    pick(qtbot, maker, SUN.id)
    assert services.load(workbench.uow(), engagement_id)[0].decision_maker_id == SUN.id

    # named another way (say, an older program's undo), a person without the role is refused, the reason under the field
    assert not workbench.edit_engagement(engagement_id, "decision_maker_id", wu.id, "edit")
    error = overview.decision.findChild(QLabel, "error:decision_maker_id")
    assert error.isVisible() and "Wu Gang does not have the decision-maker role" in error.text()
    assert services.load(workbench.uow(), engagement_id)[0].decision_maker_id == SUN.id

    # the reviewer named loses the role in the register: still shown, and why head office would refuse them is said
    workbench.edit_person(_person(workbench, ZHAO), {"roles": ("technical-lead",)}, "roles")
    reviewer = overview.decision.widgets["reviewer_id"]
    assert reviewer.currentData() == ZHAO.id and _offered(reviewer) == ["", ZHAO.id]
    assert overview.warnings.isVisible() and "Zhao Min does not have the technical reviewer role" in overview.warnings.text()
    assert "没有“技术评审人”角色" in show_zh(overview)


def show_zh(overview) -> str:
    """The warnings as the Chinese interface shows them."""
    from app.ui import i18n

    i18n.install("zh")
    try:
        overview.refresh(overview.engagement, overview.client)
        return overview.warnings.text()
    finally:
        i18n.install("en")
