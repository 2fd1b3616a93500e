"""indexes for a million applications: the registry's orders end with the id, the decided date

Revision ID: 0019_million_scale
Revises: 0017_scale_indexes
Create Date: 2026-12-07 17:40:00

The registry pages by key: its orders are (received, id) and (the applicant's sort name,
id). An index on the first column alone serves SQLite, whose indexes end with the row id,
but not PostgreSQL: there the newest day's rows (a third of a demo database registered
"today") or one common name's were read whole and sorted before the first page, 0.26 s at
a million applications. The start page's figures count the requests decided in the year:
without an index on ``decided`` PostgreSQL read the whole table to find them.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0019_million_scale'
down_revision: str | None = '0017_scale_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_applications_received', table_name='applications')
    op.create_index('ix_applications_received_id', 'applications', ['received', 'id'])
    op.drop_index('ix_applications_sort_name', table_name='applications')
    op.create_index('ix_applications_sort_name_id', 'applications', ['sort_name', 'id'])
    op.create_index('ix_applications_decided', 'applications', ['decided'])


def downgrade() -> None:
    op.drop_index('ix_applications_decided', table_name='applications')
    op.drop_index('ix_applications_sort_name_id', table_name='applications')
    op.create_index('ix_applications_sort_name', 'applications', ['sort_name'])
    op.drop_index('ix_applications_received_id', table_name='applications')
    op.create_index('ix_applications_received', 'applications', ['received'])
