"""Imported packages

Revision ID: 0008
Revises: 0007

Adds the table ``imported_packages``: at head office, one row per revision of an engagement imported from an
audit package (its package id, engagement, revision, author, signer, the kept file and its SHA-256, and the
newest entry of its history chain). A new table only; existing stores hold no rows in it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'imported_packages',
        sa.Column('package_id', sa.String(length=36), nullable=False),
        sa.Column('engagement_id', sa.String(length=36), nullable=False),
        sa.Column('engagement_code', sa.Text(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('created', sa.String(length=40), nullable=False),
        sa.Column('author', sa.Text(), nullable=False),
        sa.Column('signer', sa.Text(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('history_seq', sa.Integer(), nullable=False),
        sa.Column('history_head', sa.String(length=64), nullable=False),
        sa.Column('file', sa.Text(), nullable=False),
        sa.Column('imported_at', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('package_id'),
        sa.UniqueConstraint('engagement_id', 'revision'),
    )
    with op.batch_alter_table('imported_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_packages_engagement_id'), ['engagement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('imported_packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_packages_engagement_id'))
    op.drop_table('imported_packages')
