"""the day and hour of each account's last sign-in, for the administrator's list

Revision ID: 0012_last_sign_in
Revises: 0008_certificates
Create Date: 2026-12-07 11:30:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012_last_sign_in'
down_revision: str | None = '0008_certificates'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_sign_in_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE (SQLite 3.35 and PostgreSQL): rebuilding the table would meet every
    # foreign key that names a user, with SQLite's foreign keys on.
    op.execute("ALTER TABLE users DROP COLUMN last_sign_in_at")
