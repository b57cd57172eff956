"""The team page: members, roles, competence, impartiality declarations and days."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.domain.choices import Role
from app.domain.lifecycle import planning_gaps
from app.domain.team import TeamMember, competence_warning
from app.ui.fields import member_specs
from app.ui.i18n import show
from app.ui.pages.base import Page
from app.ui.pages.child_editor import ChildEditor


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
            lambda: TeamMember(self.tr("New member")),
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

    def blockers(self) -> list[str]:
        return [show(gap) for gap in planning_gaps(self.engagement, self.client)["team"]]


def _with_declaration_date(member: TeamMember, field: str, value) -> dict:
    """Ticking "impartiality declared" dates the declaration today unless a date is already there."""
    if field == "impartiality_declared" and value and member.declared_on is None:
        return {field: value, "declared_on": date.today()}
    return {field: value}
