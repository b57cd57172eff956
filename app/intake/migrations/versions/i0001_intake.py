"""Intake service: enrolment tokens, laptops, uploads, packages, evidence held

Revision ID: i0001
Revises:
"""

from alembic import op
import sqlalchemy as sa


revision = 'i0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('enrolment_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('verifier', sa.String(length=200), nullable=False),
    sa.Column('quota_bytes', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('used_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_table('laptops',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('verifier', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('credential_hash', sa.String(length=64), nullable=False),
    sa.Column('certificate', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('quota_bytes', sa.BigInteger(), nullable=False),
    sa.Column('enrolled_at', sa.String(length=40), nullable=False),
    sa.Column('revoked_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('credential_hash')
    )
    op.create_index('ix_laptops_verifier', 'laptops', ['verifier'], unique=False)
    op.create_table('uploads',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.Column('length', sa.BigInteger(), nullable=False),
    sa.Column('offset', sa.BigInteger(), nullable=False),
    sa.Column('received_bytes', sa.BigInteger(), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('metadata', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('receipt', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['laptop_id'], ['laptops.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_uploads_laptop_id', 'uploads', ['laptop_id'], unique=False)
    op.create_table('packages',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('verifier', sa.String(length=200), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('received_at', sa.String(length=40), nullable=False),
    sa.Column('receipt', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['laptop_id'], ['laptops.id']),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_index('ix_packages_engagement_id', 'packages', ['engagement_id'], unique=False)
    op.create_table('evidence',
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['package_sha256'], ['packages.sha256']),
    sa.PrimaryKeyConstraint('engagement_id', 'sha256')
    )


def downgrade() -> None:
    for table in ('evidence', 'packages', 'uploads', 'laptops', 'enrolment_tokens'):
        op.drop_table(table)
