"""the certificate for the right to temporarily export: its conclusion, one per application

Revision ID: 0008_certificates
Revises: 0009_regulation
Create Date: 2026-12-07 08:30:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008_certificates'
down_revision: str | None = '0009_regulation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = sa.text("kind = 'certificate' AND status <> 'cancelled'")


def upgrade() -> None:
    with op.batch_alter_table('conclusions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('based_on_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_conclusions_based_on_id_conclusions'),
                                    'conclusions', ['based_on_id'], ['id'])
        batch_op.create_index('uq_conclusions_live_certificate', ['application_id'],
                              unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)


def downgrade() -> None:
    with op.batch_alter_table('conclusions', schema=None) as batch_op:
        batch_op.drop_index('uq_conclusions_live_certificate', sqlite_where=_LIVE,
                            postgresql_where=_LIVE)
        batch_op.drop_constraint(batch_op.f('fk_conclusions_based_on_id_conclusions'),
                                 type_='foreignkey')
        batch_op.drop_column('based_on_id')
