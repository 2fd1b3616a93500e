"""returns of exported items and their check

Revision ID: 0007_returns
Revises: 0006_survey
Create Date: 2026-12-06 03:58:58.596116
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007_returns'
down_revision: str | None = '0006_survey'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('item_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=False),
    sa.Column('presented_by', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=500), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('check_result', sa.String(length=16), nullable=True),
    sa.Column('check_note', sa.Text(), nullable=False),
    sa.Column('checked_by_id', sa.Integer(), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_item_returns_application_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['checked_by_id'], ['users.id'], name=op.f('fk_item_returns_checked_by_id_users')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_returns_item_id_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_item_returns_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item_returns')),
    sa.UniqueConstraint('item_id', name=op.f('uq_item_returns_item_id'))
    )
    with op.batch_alter_table('item_returns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_returns_application_id'), ['application_id'], unique=False)
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index('ix_applications_status_export_until', ['status', 'export_until'], unique=False)
    with op.batch_alter_table('examinations', schema=None) as batch_op:
        batch_op.create_index('uq_examinations_return_item', ['item_id'], unique=True, sqlite_where=sa.text("kind = 'return'"), postgresql_where=sa.text("kind = 'return'"))



def downgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_status_export_until')
    with op.batch_alter_table('examinations', schema=None) as batch_op:
        batch_op.drop_index('uq_examinations_return_item', sqlite_where=sa.text("kind = 'return'"), postgresql_where=sa.text("kind = 'return'"))
    with op.batch_alter_table('item_returns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_returns_application_id'))

    op.drop_table('item_returns')
