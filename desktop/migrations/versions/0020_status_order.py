"""an index on the workflow's order of the status, for the registry's sort by status

Revision ID: 0020_status_order
Revises: 0019_million_scale
Create Date: 2026-12-07 20:40:00

The registry sorts by status in the workflow's order (``Application.status_order``, a
``CASE`` over the status), not by the alphabet of the codes. Nothing indexed it: the first
page read every application and sorted them, 0.37 s on SQLite and 0.25 s on PostgreSQL at
a million. The index holds that very expression, with the id (the registry's keys end with
it), the order written out as it stood on the day (``WORKFLOW_ORDER`` in
``desktop.domain.workflow``), so that this migration builds the same index whenever it
runs; SQLite uses an expression index only for the identical expression. Were the
workflow's order ever to change, a new migration must build this index again: the sort
stays right without it, but sorts every row, and the registry's plan tests say so on a
fresh database. Like ``ix_applications_stage_due`` (0009) it is made here in SQL and left
out of the models' comparison.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020_status_order'
down_revision: str | None = '0019_million_scale'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("registered", "documents_complete", "under_examination", "examined",
            "conclusion_drafted", "being_signed", "issued_agreed", "issued_not_agreed",
            "refused", "closed")
"""The statuses in the workflow's order, 0 to 9."""
STATUS_ORDER = ("(CASE status "
                + " ".join(f"WHEN '{status}' THEN {rank}" for rank, status in enumerate(STATUSES))
                + " END)")


def upgrade() -> None:
    op.create_index('ix_applications_status_order', 'applications',
                    [sa.text(STATUS_ORDER), 'id'])


def downgrade() -> None:
    op.drop_index('ix_applications_status_order', table_name='applications')
