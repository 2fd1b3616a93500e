"""refusal grounds: a refusal cites one ground from a closed list

Revision ID: 0011_refusal_grounds
Revises: 0007_returns
Create Date: 2026-12-07 09:00:00

Requests refused before the list existed carry free text: they become "other", with
their text as the commission's words on it.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011_refusal_grounds'
down_revision: str | None = '0007_returns'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('applications', sa.Column('refusal_ground', sa.String(length=32),
                                            nullable=True))
    op.add_column('conclusions', sa.Column('ground', sa.String(length=32), nullable=True))
    op.execute("UPDATE applications SET refusal_ground = 'other' "
               "WHERE status = 'refused' OR refusal_reasons IS NOT NULL")
    op.execute("UPDATE conclusions SET ground = 'other' WHERE kind = 'refusal'")


def downgrade() -> None:
    with op.batch_alter_table('conclusions') as batch:
        batch.drop_column('ground')
    with op.batch_alter_table('applications') as batch:
        batch.drop_column('refusal_ground')
