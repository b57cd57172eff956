"""Head office's records

Revision ID: 0009
Revises: 0007

One table for what head office keeps (seed 001 §10–§13): technical reviews, decisions, the certificate register,
its settings, appeals and complaints, disposal decisions, each as a JSON document.  Existing stores get it empty.
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('head_office_records',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('engagement_id', sa.String(length=36), nullable=True),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('head_office_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_head_office_records_engagement_id'), ['engagement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_head_office_records_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_head_office_records_kind'), ['kind'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('head_office_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_head_office_records_kind'))
        batch_op.drop_index(batch_op.f('ix_head_office_records_key'))
        batch_op.drop_index(batch_op.f('ix_head_office_records_engagement_id'))
    op.drop_table('head_office_records')
