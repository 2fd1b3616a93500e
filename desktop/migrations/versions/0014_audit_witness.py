"""the seal of each audit event: a keyed hash whose key is not in the database

Revision ID: 0014_audit_witness
Revises: 0013_return_notes
Create Date: 2026-12-07 14:50:00

``audit_events.seal`` is HMAC-SHA256 of the event's hash under the installation's audit key
(a file in the desk's configuration folder, never in the database), and
``audit_events.seal_key`` names that key by its fingerprint. Events written before this
revision have neither; nothing is written into existing rows (the journal is append-only).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014_audit_witness'
down_revision: str | None = '0013_return_notes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("seal", sa.String(64), nullable=True))
    op.add_column("audit_events", sa.Column("seal_key", sa.String(16), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE audit_events DROP COLUMN seal_key")
    op.execute("ALTER TABLE audit_events DROP COLUMN seal")
