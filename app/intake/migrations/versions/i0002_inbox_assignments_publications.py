"""Intake service: what the inbox shows of a package (code, client, signer); assignments and signed updates to send down

Revision ID: i0002
Revises: i0001
"""

from alembic import op
import sqlalchemy as sa


revision = 'i0002'
down_revision = 'i0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('packages') as batch:
        batch.add_column(sa.Column('engagement_code', sa.Text(), nullable=True))
        batch.add_column(sa.Column('client', sa.Text(), nullable=True))
        batch.add_column(sa.Column('signer', sa.Text(), nullable=True))
    op.create_table('assignments',
    sa.Column('engagement_id', sa.String(length=36), nullable=False),
    sa.Column('verifier', sa.String(length=200), nullable=False),
    sa.Column('signed', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('engagement_id')
    )
    op.create_index('ix_assignments_verifier', 'assignments', ['verifier'], unique=False)
    op.create_table('publications',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('signed', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'version')
    )


def downgrade() -> None:
    op.drop_table('publications')
    op.drop_index('ix_assignments_verifier', table_name='assignments')
    op.drop_table('assignments')
    with op.batch_alter_table('packages') as batch:
        for column in ('signer', 'client', 'engagement_code'):
            batch.drop_column(column)
