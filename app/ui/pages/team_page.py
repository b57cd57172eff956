"""The team page: members, roles, competence, impartiality declarations and days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout

from app.domain.engagement.people import person_from_name
from app.domain.engagement.team import TeamMember, competence_warning
from app.domain.kernel.choices import Role
from app.domain.kernel.ids import new_id
from app.domain.lifecycle.gates import planning_gaps
from app.ui.i18n import show
from app.ui.pages.base import Page
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import member_specs


class TeamPage(Page):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Team")
        yes, no = self.tr("yes"), self.tr("no")
        self.editor = ChildEditor(
            workbench,
            [
                (self.tr("Name"), lambda m: m.name),
                (self.tr("Role"), lambda m: show(Role(m.role).label)),
                (self.tr("Competent in"), lambda m: ", ".join(m.technical_areas)),
                (self.tr("Days"), lambda m: f"{m.days:g}"),
                (self.tr("Impartiality"), lambda m: yes if m.impartiality_declared else no),
            ],
            member_specs(),
            self.new_member,
            {"add": self.tr("Add member"), "remove": self.tr("Remove member"), "edit": self.tr("Edit team member")},
            expand=_with_declaration_date,
        )
        self.forms = [self.editor.form]
        self.competence = QLabel()
        self.competence.setObjectName("competence")
        self.competence.setWordWrap(True)
        self.days = QLabel()
        self.days.setObjectName("team_days")
        layout = QVBoxLayout(self)
        layout.addWidget(self.competence)
        layout.addWidget(self.days)
        layout.addWidget(self.editor)

    def refresh(self, engagement, client) -> None:
        super().refresh(engagement, client)
        self.editor.set_items(engagement.id, engagement.team)
        warning = competence_warning(engagement.technical_areas, engagement.team)
        if warning:
            self.competence.setText("⚠ " + show(warning))
            self.competence.setStyleSheet("color: #9a5b00;")
        else:
            self.competence.setText("✓ " + self.tr("The team covers every technical area of the engagement."))
            self.competence.setStyleSheet("color: #1b6e20;")
        counted = engagement.counted_team_days()
        planned = engagement.man_days.total if engagement.man_days else None
        text = self.tr("Days of verifiers and experts: %1 (trainees do not count)").replace("%1", f"{counted:g}")
        if planned is not None:
            text += " · " + self.tr("planned man-days: %1").replace("%1", f"{planned:g}")
        self.days.setText(text)
        self.days.setStyleSheet("" if planned is None or abs(counted - planned) < 1e-9 else "color: #9a5b00;")

    def new_member(self) -> TeamMember | None:
        """A member for a person picked from the register, or one typed in (added to the register first); None when cancelled."""
        people = self.workbench.people()
        on_team = {m.person_id for m in self.engagement.team}
        choices = [p for p in people if p.id not in on_team]
        answer = self.ask_person([p.name for p in choices])
        if not answer or not answer.strip():
            return None
        person = next((p for p in choices if p.name == answer.strip()), None)
        if person is None:
            person = replace(person_from_name(answer), id=new_id())
            if not self.workbench.add_person(person, self.tr("Add person")):
                return None
        return TeamMember(person.name, qualifications=person.qualifications, technical_areas=person.competences, person_id=person.id)

    def ask_person(self, names: list[str]) -> str:
        """The name picked (or typed, for someone new to the register); "" when cancelled. Tests replace it."""
        name, ok = QInputDialog.getItem(self, self.tr("Add member"), self.tr("Person (pick from the register, or type a new name):"),
                                        names, 0, True)
        return name if ok else ""

    def blockers(self) -> list[str]:
        return [show(gap) for gap in planning_gaps(self.engagement, self.client)["team"]]


def _with_declaration_date(member: TeamMember, field: str, value) -> dict:
    """Ticking "impartiality declared" dates the declaration today unless a date is already there."""
    if field == "impartiality_declared" and value and member.declared_on is None:
        return {field: value, "declared_on": date.today()}
    return {field: value}
