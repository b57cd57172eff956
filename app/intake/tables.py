"""The intake service's tables (SQLAlchemy Core): enrolment tokens, laptops, uploads and the packages received, and what
head office sends down (engagements assigned to a verifier, signed factor-library and checklist-template updates)."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

tokens = sa.Table(
    "enrolment_tokens", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),  # SHA-256 of the token: the token itself is never kept
    sa.Column("verifier", sa.String(200), nullable=False),
    sa.Column("quota_bytes", sa.BigInteger, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("used_at", sa.String(40)),
)

laptops = sa.Table(
    "laptops", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("verifier", sa.String(200), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("credential_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("certificate", sa.LargeBinary, nullable=False),  # DER of the verifier's signing certificate
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("quota_bytes", sa.BigInteger, nullable=False),
    sa.Column("enrolled_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40)),
)

uploads = sa.Table(
    "uploads", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("laptop_id", sa.String(36), sa.ForeignKey("laptops.id"), nullable=False, index=True),
    sa.Column("length", sa.BigInteger, nullable=False),
    sa.Column("offset", sa.BigInteger, nullable=False),
    sa.Column("received_bytes", sa.BigInteger, nullable=False),  # every byte acknowledged, resent ones included
    sa.Column("engagement_id", sa.String(36), nullable=False),
    sa.Column("metadata", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),  # open, received, refused
    sa.Column("sha256", sa.String(64)),
    sa.Column("receipt", sa.Text),
)

packages = sa.Table(
    "packages", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("engagement_id", sa.String(36), nullable=False, index=True),
    sa.Column("package_id", sa.String(36), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("verifier", sa.String(200), nullable=False),
    sa.Column("laptop_id", sa.String(36), sa.ForeignKey("laptops.id"), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("receipt", sa.Text, nullable=False),
    sa.Column("engagement_code", sa.Text),  # i0002: what the inbox shows (empty for packages received before)
    sa.Column("client", sa.Text),
    sa.Column("signer", sa.Text),
)

evidence = sa.Table(  # the evidence files head office holds, by engagement (what a delta package may leave out)
    "evidence", metadata,
    sa.Column("engagement_id", sa.String(36), primary_key=True),
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("package_sha256", sa.String(64), sa.ForeignKey("packages.sha256"), nullable=False),
)

assignments = sa.Table(  # an engagement head office assigned to a verifier, signed with the receipt key (i0002)
    "assignments", metadata,
    sa.Column("engagement_id", sa.String(36), primary_key=True),
    sa.Column("verifier", sa.String(200), nullable=False, index=True),
    sa.Column("signed", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

publications = sa.Table(  # a signed factor-library or checklist-template update, by kind and version (i0002)
    "publications", metadata,
    sa.Column("kind", sa.String(32), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("signed", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)
