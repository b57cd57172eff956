"""Every field a rule reads has an editor in the GUI (issue 14, item 1).

The fields come from the code — the editable fields each domain class
declares (``EDITABLE``), the man-day plan's dataclass fields, an offset's and
a production line's dataclass fields — and the editors from the widgets the
workspace pages and the people register actually show (a form names each
widget after its field).  A field with no widget fails, naming it.
"""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtWidgets import QWidget

from app.domain.engagement.engagement import Engagement, Site
from app.domain.engagement.mandays import ManDayPlan
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import Person
from app.domain.engagement.team import TeamMember
from app.domain.inventory.neutrality import Offset
from app.domain.inventory.sources import Production
from app.ui.pages.client_page import ClientPage
from app.ui.pages.inventory_page import InventoryPage
from app.ui.pages.mandays_page import ManDaysPage
from app.ui.pages.neutrality_page import NeutralityPage
from app.ui.pages.scope_page import ScopePage
from app.ui.pages.team_page import TeamPage
from tests.ui.test_workspace import open_demo

# Set by picking, not typed into a field: the person of a team member is chosen in the Add member dialog.
PICKED = {"person_id"}


def _data_fields(kind) -> set[str]:
    return {f.name for f in fields(kind)} - {"id"}


def _widget_names(root: QWidget) -> set[str]:
    return {w.objectName() for w in root.findChildren(QWidget)}


def _editors(window, page_kinds=None) -> set[str]:
    pages = window.workspace.pages if page_kinds is None else [window.workspace.page(k) for k in page_kinds]
    names: set[str] = set()
    for page in pages:
        window.workspace.stack.setCurrentWidget(page)  # lazy pages build their forms when shown
        names |= _widget_names(page)
    return names


@pytest.mark.parametrize("entity, read, pages", [
    ("engagement", set(Engagement.EDITABLE) - {"man_days"}, None),
    ("man-days", _data_fields(ManDayPlan), [ManDaysPage]),
    ("client", set(Organisation.EDITABLE), [ClientPage]),
    ("site", set(Site.EDITABLE), [ScopePage]),
    ("team member", set(TeamMember.EDITABLE) - PICKED, [TeamPage]),
    ("offset", _data_fields(Offset), [NeutralityPage]),
    ("production", _data_fields(Production), [InventoryPage]),
])
def test_every_field_the_rules_read_has_an_editor(qtbot, window, entity, read, pages):
    open_demo(window)
    missing = sorted(read - _editors(window, pages))
    assert missing == [], f"{entity} fields with no editor in the GUI: {missing}"


def test_every_field_of_a_person_has_an_editor_in_the_people_register(qtbot, window):
    open_demo(window)
    dialog = window.show_people()
    qtbot.addWidget(dialog)
    assert sorted(set(Person.EDITABLE) - _widget_names(dialog)) == []


def test_the_dates_are_on_the_scope_page_in_a_form_of_their_own(qtbot, window):
    """The end-to-end test finds them as ``page.dates.widgets[name]``."""
    open_demo(window)
    page = window.workspace.page(ScopePage)
    assert set(page.dates.widgets) == {"site_visit_start", "site_visit_end", "statement_date"}
