"""Repositories: translate between ORM rows and domain objects at the storage boundary."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from sqlalchemy import String, cast, delete, select, text, update
from sqlalchemy.orm import Session

from app.domain.engagement.contract_review import CHANGE_KIND, REVIEW_KIND
from app.domain.engagement.engagement import Engagement, Site, gives_assurance, no_assurance
from app.domain.engagement.mandays import ManDayPlan
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import Person
from app.domain.engagement.stages import Stage
from app.domain.engagement.summary import EngagementSummary
from app.domain.engagement.team import TeamMember
from app.domain.kernel.choices import Assurance, BoundaryApproach, GwpReport, Programme, Role
from app.domain.kernel.history import GENESIS, Change, HistoryEntry, entry_hash
from app.domain.kernel.text import NotFound
from app.storage.files import SUMMARY_SQL, summary_from
from app.storage.tables import EngagementRow, HistoryRow, MetaRow, OrganisationRow, PersonRow, RecordRow, SiteRow, TeamMemberRow

_ORG_FIELDS = ("name_zh", "name_en", "credit_code", "address", "contact_name", "contact_phone", "contact_email")
_ENGAGEMENT_SCALARS = (
    "code", "organisation_id", "title", "objectives", "scope_text", "period_start", "period_end",
    "base_year", "materiality_pct", "materiality_reason", "termination_reason", "submitted_on", "decision_date", "issue_date",
    "site_visit_start", "site_visit_end", "statement_date", "difference_threshold_pct", "is_demo", "revision",
)
_ENGAGEMENT_PEOPLE = ("reviewer_id", "decision_maker_id")  # NULL in the table, "" in the domain
_ENGAGEMENT_CHOICES = (
    ("programme", Programme), ("boundary_approach", BoundaryApproach), ("gwp_report", GwpReport),
    ("assurance", Assurance), ("status", Stage),
)
_ENGAGEMENT_LISTS = ("technical_areas", "criteria", "ghgs")
_PERSON_SCALARS = ("name_zh", "name_en", "qualifications", "identity")
_MEMBER_SCALARS = ("person_id", "qualifications", "days", "impartiality_declared", "conflicts", "declared_on")


class OrganisationRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, organisation_id: str) -> Organisation:
        row = self.session.get(OrganisationRow, organisation_id)
        if row is None:
            raise NotFound(f"organisation {organisation_id}")
        return Organisation(id=row.id, **{f: getattr(row, f) for f in _ORG_FIELDS})

    def add(self, organisation: Organisation) -> None:
        row = OrganisationRow(id=organisation.id)
        self._fill(row, organisation)
        self.session.add(row)

    def save(self, organisation: Organisation) -> None:
        self._fill(self.session.get(OrganisationRow, organisation.id), organisation)

    @staticmethod
    def _fill(row: OrganisationRow, organisation: Organisation) -> None:
        for f in _ORG_FIELDS:
            setattr(row, f, getattr(organisation, f))

    def all(self) -> list[Organisation]:
        rows = self.session.scalars(select(OrganisationRow).order_by(OrganisationRow.name_zh, OrganisationRow.name_en))
        return [Organisation(id=r.id, **{f: getattr(r, f) for f in _ORG_FIELDS}) for r in rows]

    def remove(self, organisation_id: str) -> None:
        self.session.execute(delete(OrganisationRow).where(OrganisationRow.id == organisation_id))


class EngagementRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, engagement_id: str) -> Engagement:
        row = self.session.get(EngagementRow, engagement_id)
        if row is None:
            raise NotFound(f"engagement {engagement_id}")
        values = {f: getattr(row, f) for f in _ENGAGEMENT_SCALARS}
        values.update({f: kind(getattr(row, f)) for f, kind in _ENGAGEMENT_CHOICES})
        values.update({f: tuple(getattr(row, f)) for f in _ENGAGEMENT_LISTS})
        values.update({f: getattr(row, f) or "" for f in _ENGAGEMENT_PEOPLE})
        values["man_days"] = ManDayPlan(**row.man_days) if row.man_days else None
        if not gives_assurance(values["programme"]):  # stored before agreed-upon procedures lost their level of assurance
            values.update(no_assurance())
        sites = self.session.scalars(select(SiteRow).where(SiteRow.engagement_id == row.id).order_by(SiteRow.position))
        members = self.session.execute(
            select(TeamMemberRow, PersonRow).join(PersonRow, PersonRow.id == TeamMemberRow.person_id)
            .where(TeamMemberRow.engagement_id == row.id).order_by(TeamMemberRow.position)
        )
        return Engagement(
            id=row.id,
            sites=[Site(name=s.name, address=s.address, id=s.id) for s in sites],
            team=[
                TeamMember(
                    id=m.id, name=_person(p).name, role=Role(m.role), technical_areas=tuple(m.technical_areas),
                    **{f: getattr(m, f) for f in _MEMBER_SCALARS},
                )
                for m, p in members
            ],
            **values,
        )

    def add(self, engagement: Engagement) -> None:
        row = EngagementRow(id=engagement.id)
        self._fill(row, engagement)
        self.session.add(row)
        self._sync_children(engagement)

    def save(self, engagement: Engagement) -> None:
        self._fill(self.session.get(EngagementRow, engagement.id), engagement)
        self._sync_children(engagement)

    @staticmethod
    def _fill(row: EngagementRow, engagement: Engagement) -> None:
        for f in _ENGAGEMENT_SCALARS:
            setattr(row, f, getattr(engagement, f))
        for f, _ in _ENGAGEMENT_CHOICES:
            setattr(row, f, getattr(engagement, f).value)
        for f in _ENGAGEMENT_LISTS:
            setattr(row, f, list(getattr(engagement, f)))
        for f in _ENGAGEMENT_PEOPLE:
            setattr(row, f, getattr(engagement, f) or None)
        row.man_days = asdict(engagement.man_days) if engagement.man_days else None

    def _sync_children(self, engagement: Engagement) -> None:
        self._sync(SiteRow, engagement.id, engagement.sites, lambda s: {"name": s.name, "address": s.address})
        self._sync(
            TeamMemberRow,
            engagement.id,
            engagement.team,
            lambda m: {
                "role": m.role.value,
                "technical_areas": list(m.technical_areas),
                **{f: getattr(m, f) for f in _MEMBER_SCALARS},
            },
        )

    def _sync(self, row_type, engagement_id: str, items: list, values_of) -> None:
        """Make the child rows of one engagement match ``items``, in order."""
        existing = {r.id: r for r in self.session.scalars(select(row_type).where(row_type.engagement_id == engagement_id))}
        for position, item in enumerate(items):
            row = existing.pop(item.id, None)
            if row is None:
                row = row_type(id=item.id, engagement_id=engagement_id)
                self.session.add(row)
            row.position = position
            for name, value in values_of(item).items():
                setattr(row, name, value)
        for row in existing.values():
            self.session.delete(row)

    def remove(self, engagement_id: str) -> None:
        """Delete the engagement; the database cascades to everything recorded under it."""
        self.session.flush()
        self.session.execute(delete(EngagementRow).where(EngagementRow.id == engagement_id))
        self.session.expire_all()

    def codes_with_prefix(self, prefix: str) -> list[str]:
        return list(self.session.scalars(select(EngagementRow.code).where(EngagementRow.code.startswith(prefix))))

    def summaries(self) -> list[EngagementSummary]:
        return [summary_from(row) for row in self.session.execute(text(SUMMARY_SQL))]

    def bump_revision(self, engagement_id: str) -> None:
        self.session.execute(
            update(EngagementRow).where(EngagementRow.id == engagement_id).values(revision=EngagementRow.revision + 1)
        )


def _person(row: PersonRow) -> Person:
    return Person(id=row.id, roles=tuple(row.roles), competences=tuple(row.competences),
                  **{f: getattr(row, f) for f in _PERSON_SCALARS})


class PeopleRepository:
    """The person register."""

    def __init__(self, session: Session):
        self.session = session

    def all(self) -> list[Person]:
        rows = self.session.scalars(select(PersonRow).order_by(PersonRow.name_zh, PersonRow.name_en))
        return [_person(r) for r in rows]

    def get(self, person_id: str) -> Person:
        row = self.session.get(PersonRow, person_id)
        if row is None:
            raise NotFound(f"person {person_id}")
        return _person(row)

    def put(self, person: Person) -> None:
        row = self.session.get(PersonRow, person.id) or PersonRow(id=person.id)
        for f in _PERSON_SCALARS:
            setattr(row, f, getattr(person, f))
        row.roles, row.competences = list(person.roles), list(person.competences)
        self.session.add(row)

    def remove(self, person_id: str) -> None:
        self.session.delete(self.session.get(PersonRow, person_id))

    def engagements_of(self, person_id: str) -> list[str]:
        """The codes of the engagements on which the person is a team member, the reviewer, the decision-maker, or the
        technical lead who approved the contract review or a contract change."""
        on_team = select(TeamMemberRow.engagement_id).where(TeamMemberRow.person_id == person_id)
        approved = select(RecordRow.engagement_id).where(RecordRow.kind.in_((REVIEW_KIND, CHANGE_KIND)),
                                                         cast(RecordRow.data, String).contains(person_id))
        query = select(EngagementRow.code).where(
            EngagementRow.id.in_(on_team) | EngagementRow.id.in_(approved) | (EngagementRow.reviewer_id == person_id)
            | (EngagementRow.decision_maker_id == person_id)
        )
        return sorted(self.session.scalars(query))


class HistoryRepository:
    """Appends chained entries; the newest hash is kept in ``meta`` so a removed tail shows."""

    HEAD_KEY = "history_head"

    def __init__(self, session: Session):
        self.session = session

    def head(self) -> str:
        row = self.session.get(MetaRow, self.HEAD_KEY)
        return row.value if row else GENESIS

    def append(self, changes: list[Change], actor: str, at: datetime) -> None:
        prev = self.head()
        for change in changes:
            digest = entry_hash(prev, at, actor, change)
            self.session.add(
                HistoryRow(
                    at=at.isoformat(), actor=actor, engagement_id=change.engagement_id, entity=change.entity,
                    entity_id=change.entity_id, field=change.field, old=change.old, new=change.new,
                    prev_hash=prev, hash=digest,
                )
            )
            prev = digest
        if changes:
            self.session.merge(MetaRow(key=self.HEAD_KEY, value=prev))

    def for_engagement(self, engagement_id: str) -> list[HistoryEntry]:
        organisation_id = self.session.scalar(
            select(EngagementRow.organisation_id).where(EngagementRow.id == engagement_id)
        )
        query = select(HistoryRow).where(
            (HistoryRow.engagement_id == engagement_id)
            | ((HistoryRow.entity == "organisation") & (HistoryRow.entity_id == organisation_id))
        )
        return [_entry(r) for r in self.session.scalars(query.order_by(HistoryRow.seq))]

    def all(self) -> list[HistoryEntry]:
        return [_entry(r) for r in self.session.scalars(select(HistoryRow).order_by(HistoryRow.seq))]


def _entry(row: HistoryRow) -> HistoryEntry:
    change = Change(row.engagement_id, row.entity, row.entity_id, row.field, row.old, row.new)
    return HistoryEntry(row.seq, datetime.fromisoformat(row.at), row.actor, change, row.prev_hash, row.hash)
