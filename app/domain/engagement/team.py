"""The verification team (seed 001 §9.1, §4.5): roles, competence and impartiality.

A team has exactly one lead verifier.  Trainees work under a verifier and do
not count toward man-days.  As a whole the team must cover the engagement's
technical areas; a gap is a warning that names the missing areas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.engagement.sectors import known_area, technical_area
from app.domain.kernel.choices import Role
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


@dataclass
class TeamMember:
    """A person on the team, with what they are qualified and competent for."""

    name: str = ""
    role: Role = Role.VERIFIER
    qualifications: str = ""
    technical_areas: tuple[str, ...] = ()
    days: float = 0.0
    impartiality_declared: bool = False
    conflicts: str = ""
    declared_on: date | None = None
    person_id: str = ""  # who they are, in the person register; ``name`` is that person's name, read from it
    id: str = field(default_factory=new_id)

    EDITABLE = ("person_id", "role", "qualifications", "technical_areas", "days", "impartiality_declared", "conflicts", "declared_on")
    HISTORY = ("name", *EDITABLE)  # the history names the person as well as their id

    @property
    def counts_toward_man_days(self) -> bool:
        return self.role is not Role.TRAINEE

    def validate(self) -> None:
        self.name = self.name.strip()
        if not self.name:
            raise DomainError(Text("请填写组员姓名。", "Enter the team member's name."), "name")
        if not self.person_id:
            raise DomainError(Text("请从人员名册中选择组员。", "Pick the team member from the people register."), "person_id")
        self.role = Role(self.role)
        if self.days < 0:
            raise DomainError(Text("人天不能为负数。", "Days cannot be negative."), "days")
        for code in self.technical_areas:
            known_area(code)
        if self.impartiality_declared and self.declared_on is None:
            raise DomainError(
                Text("请填写公正性声明的日期。", "Enter the date of the impartiality declaration."), "declared_on"
            )


def check_single_lead(team: list[TeamMember]) -> None:
    """Refuse a team with more than one lead verifier, naming them."""
    leads = [m.name for m in team if m.role is Role.LEAD]
    people = [m.person_id for m in team if m.person_id]
    if len(set(people)) < len(people):
        twice = next(m.name for i, m in enumerate(team) if m.person_id and m.person_id in [x.person_id for x in team[:i]])
        raise DomainError(Text(f"{twice} 已在核查组中。", f"{twice} is on the team already."), "person_id")
    if len(leads) > 1:
        raise DomainError(
            Text(
                f"核查组只能有一名核查组长，现有：{'、'.join(leads)}。",
                f"A team has exactly one lead verifier; this one would have {len(leads)}: {', '.join(leads)}.",
            ),
            "role",
        )


def competence_gaps(required: tuple[str, ...], team: list[TeamMember]) -> tuple[str, ...]:
    """Technical areas the engagement needs that no counted team member is competent in."""
    covered = {code for m in team if m.counts_toward_man_days for code in m.technical_areas}
    return tuple(code for code in required if code not in covered)


def competence_warning(required: tuple[str, ...], team: list[TeamMember]) -> Text | None:
    """A warning naming the uncovered technical areas, or None when the team covers them all."""
    gaps = competence_gaps(required, team)
    if not gaps:
        return None
    names = [technical_area(code).name for code in gaps]
    return Text(
        "核查组能力未覆盖技术领域：" + "；".join(f"{c} {n.zh}" for c, n in zip(gaps, names)),
        "The team has no one competent in: " + "; ".join(f"{c} {n.en}" for c, n in zip(gaps, names)),
    )


def team_blockers(team: list[TeamMember]) -> list[Text]:
    """What in the team stops the engagement being planned."""
    out: list[Text] = []
    leads = [m for m in team if m.role is Role.LEAD]
    if not leads:
        out.append(Text("核查组尚无核查组长", "the team has no lead verifier"))
    undeclared = [m.name for m in team if not m.impartiality_declared]
    if undeclared:
        out.append(
            Text(
                "以下组员尚未作出公正性声明：" + "、".join(undeclared),
                "no impartiality declaration yet from: " + ", ".join(undeclared),
            )
        )
    return out
