"""The database tables, as SQLAlchemy declarative rows.

Rows never leave ``app.storage``: the repositories translate them to and from
domain objects.  Any change here needs a new Alembic revision.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class OrganisationRow(Base):
    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name_zh: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str] = mapped_column(Text, default="")
    contact_email: Mapped[str] = mapped_column(Text, default="")


class EngagementRow(Base):
    __tablename__ = "engagements"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    programme: Mapped[str] = mapped_column(String(32))
    technical_areas: Mapped[list] = mapped_column(JSON, default=list)
    criteria: Mapped[list] = mapped_column(JSON, default=list)
    objectives: Mapped[str] = mapped_column(Text, default="")
    scope_text: Mapped[str] = mapped_column(Text, default="")
    boundary_approach: Mapped[str] = mapped_column(String(32))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    ghgs: Mapped[list] = mapped_column(JSON, default=list)
    gwp_report: Mapped[str] = mapped_column(String(8))
    base_year: Mapped[int | None] = mapped_column(Integer)
    assurance: Mapped[str] = mapped_column(String(16))
    materiality_pct: Mapped[float] = mapped_column(Float)
    materiality_reason: Mapped[str] = mapped_column(Text, default="")
    man_days: Mapped[dict | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(32), index=True)
    termination_reason: Mapped[str] = mapped_column(Text, default="")
    reviewer_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    decision_maker_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    decision_date: Mapped[date | None] = mapped_column(Date)
    issue_date: Mapped[date | None] = mapped_column(Date)
    site_visit_start: Mapped[date | None] = mapped_column(Date)
    site_visit_end: Mapped[date | None] = mapped_column(Date)
    statement_date: Mapped[date | None] = mapped_column(Date)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    difference_threshold_pct: Mapped[float] = mapped_column(Float, default=1.0, server_default="1.0")
    revision: Mapped[int] = mapped_column(Integer, default=1)


class PersonRow(Base):
    """One person of the register: team members, reviewers and decision-makers refer to it by id."""

    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name_zh: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[list] = mapped_column(JSON, default=list)
    competences: Mapped[list] = mapped_column(JSON, default=list)
    qualifications: Mapped[str] = mapped_column(Text, default="")
    identity: Mapped[str] = mapped_column(Text, default="")


class SiteRow(Base):
    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")


class TeamMemberRow(Base):
    __tablename__ = "team_members"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    qualifications: Mapped[str] = mapped_column(Text, default="")
    technical_areas: Mapped[list] = mapped_column(JSON, default=list)
    days: Mapped[float] = mapped_column(Float, default=0.0)
    impartiality_declared: Mapped[bool] = mapped_column(Boolean, default=False)
    conflicts: Mapped[str] = mapped_column(Text, default="")
    declared_on: Mapped[date | None] = mapped_column(Date)


class HistoryRow(Base):
    """One entry of the append-only, hash-chained change history."""

    __tablename__ = "history"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(Text)
    engagement_id: Mapped[str | None] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    old: Mapped[str] = mapped_column(Text)
    new: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ImportedPackageRow(Base):
    """One revision of an engagement imported at head office: the verified package kept beside the store (``file``,
    relative to the data folder) and what it states, its newest history entry included (a newer revision's chain
    must pass through it)."""

    __tablename__ = "imported_packages"
    __table_args__ = (UniqueConstraint("engagement_id", "revision"),)

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(String(36), index=True)
    engagement_code: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)
    created: Mapped[str] = mapped_column(String(40))
    author: Mapped[str] = mapped_column(Text)
    signer: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    history_seq: Mapped[int] = mapped_column(Integer)
    history_head: Mapped[str] = mapped_column(String(64))
    file: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[str] = mapped_column(String(40))


class MetaRow(Base):
    """Store-wide values, such as the newest history hash."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EmissionSourceRow(Base):
    """An emission source; its frozen factors and mass-balance streams are JSON."""

    __tablename__ = "emission_sources"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(16))
    method: Mapped[str] = mapped_column(String(16))
    gas: Mapped[str] = mapped_column(String(8))
    species: Mapped[str] = mapped_column(Text, default="")
    site_id: Mapped[str] = mapped_column(String(36), default="")
    emission_unit: Mapped[str] = mapped_column(Text, default="")
    equipment: Mapped[str] = mapped_column(Text, default="")
    factors: Mapped[dict] = mapped_column(JSON, default=dict)
    streams: Mapped[list] = mapped_column(JSON, default=list)
    reported: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class ActivityRecordRow(Base):
    __tablename__ = "activity_records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("emission_sources.id", ondelete="CASCADE"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(24))
    opening_stock: Mapped[float | None] = mapped_column(Float)
    closing_stock: Mapped[float | None] = mapped_column(Float)
    stream_id: Mapped[str] = mapped_column(String(36), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ProductionRow(Base):
    __tablename__ = "production"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product: Mapped[str] = mapped_column(Text)
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(Text)


class OffsetRow(Base):
    __tablename__ = "offsets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    registry_name: Mapped[str] = mapped_column("registry", Text, default="")
    serial_first: Mapped[str] = mapped_column(Text, default="")
    serial_last: Mapped[str] = mapped_column(Text, default="")
    vintage: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[float] = mapped_column(Float)
    issued: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_on: Mapped[date | None] = mapped_column(Date)
    retirement_evidence: Mapped[str] = mapped_column(Text, default="")
    beneficiary: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="")


class FactorRow(Base):
    """A factor a verifier added to the library (shipped ones are read from resources)."""

    __tablename__ = "factors"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name_zh: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(16))
    year: Mapped[str] = mapped_column(String(32), default="")
    group_name: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class FindingRow(Base):
    """A finding; the client's response and the finding's events are JSON."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("engagement_id", "number"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(8), default="")
    criterion: Mapped[str] = mapped_column(Text, default="")
    clause: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[str] = mapped_column(String(36), default="")
    raised_by: Mapped[str] = mapped_column(Text, default="")
    raised_on: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), index=True)
    evaluation: Mapped[str] = mapped_column(Text, default="")
    closed_by: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    estimate_t: Mapped[float | None] = mapped_column(Float)
    estimate_basis: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[dict] = mapped_column(JSON, default=dict)
    events: Mapped[list] = mapped_column(JSON, default=list)


class StatementRow(Base):
    """One version of an engagement's verification statement; the sections and frozen facts are JSON."""

    __tablename__ = "statements"
    __table_args__ = (UniqueConstraint("engagement_id", "version"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    opinion: Mapped[str] = mapped_column(String(16))
    wording: Mapped[str] = mapped_column(String(8))
    sections: Mapped[dict] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(Text, default="")
    created_on: Mapped[date | None] = mapped_column(Date)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    facts: Mapped[str | None] = mapped_column(Text)
    dated: Mapped[date | None] = mapped_column(Date)
    finalised_by: Mapped[str] = mapped_column(Text, default="")


class RecordRow(Base):
    """A field-work record (document, time entry, risk, sampling plan, checklist, meeting, plan, evidence) as JSON.

    ``key`` is what a record is looked up by besides its id (an evidence file's SHA-256).
    """

    __tablename__ = "fieldwork_records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(64), default="", index=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)


class HeadOfficeRow(Base):
    """A head-office record (review, decision, certificate, register settings, case, disposal) as JSON.

    ``engagement_id`` is the engagement it belongs to (none for the register's settings or a case about the body);
    ``key`` is what it is looked up by besides its id (a certificate's number).
    """

    __tablename__ = "head_office_records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    engagement_id: Mapped[str | None] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64), default="", index=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
