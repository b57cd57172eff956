"""Offset beneficiary and demo flag

Revision ID: 0007
Revises: 0006

Adds columns only: ``offsets.beneficiary`` (on whose behalf a credit was
retired, ISO 14068-1) and ``engagements.is_demo`` (the demo engagement, which
can be deleted).  Existing rows get an empty beneficiary and are not demos.
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('offsets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('beneficiary', sa.Text(), server_default='', nullable=False))
    with op.batch_alter_table('engagements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_demo', sa.Boolean(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('engagements', schema=None) as batch_op:
        batch_op.drop_column('is_demo')
    with op.batch_alter_table('offsets', schema=None) as batch_op:
        batch_op.drop_column('beneficiary')
