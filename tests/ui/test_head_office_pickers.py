"""Head office's pickers offer only the people eligible for the step (issue 19): the reviewer picker only people
with the reviewer role, the decision-maker pickers (decision, suspension/withdrawal) only decision-makers, while the
case handler picker offers everyone; a role given in the register shows in the picker when the page is shown again."""

from datetime import date

from app.domain.engagement.people import Person, PersonRole, person_from_name
from app.services import demo_stages
from app.services import people as people_services
from tests.ui.clicking import shortcut

REVIEWER, DM = (person_from_name(n).id for n in ("赵敏 Zhao Min", "孙强 Sun Qiang"))


def offered(combo) -> set[str]:
    return {combo.itemData(i) for i in range(combo.count())}


def test_the_pickers_offer_only_eligible_people(qtbot, window, workbench):
    demo_stages.create_demo_at(workbench.uow(), "submitted", "王磊 Wang Lei", date.today())
    liu = Person(name_zh="刘洋", name_en="Liu Yang", roles=(PersonRole.VERIFIER.value,))
    people_services.add_person(workbench.uow(), liu, "tester")
    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office
    everyone = {p.id for p in workbench.people()}
    assert offered(page.review.reviewer) == {REVIEWER}
    assert offered(page.decision.by) == offered(page.register.by) == {DM}
    assert offered(page.cases.handler) == everyone and liu.id in everyone
    people_services.update_person(workbench.uow(), liu.id, {"roles": ("verifier", "reviewer")}, "tester")
    page.reload()
    assert offered(page.review.reviewer) == {REVIEWER, liu.id} and liu.id not in offered(page.decision.by)
