"""the commission's wording of the purpose and the occupation in both languages

Revision ID: 0010a_document_wording
Revises: 0010_vocabulary
Create Date: 2026-12-07 10:30:00

``applications.document_texts`` holds ``{"purpose": {"kk": …, "ru": …}, "occupation": …}``:
what the documents print for points 3 and 4, worded by the commission in each language.
Empty means none yet: the text as received counts for the language it is written in.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010a_document_wording'
down_revision: str | None = '0010_vocabulary'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("applications", sa.Column("document_texts", sa.JSON(), nullable=False,
                                            server_default=sa.text("'{}'")))


def downgrade() -> None:
    # Plain ALTER TABLE: rebuilding the table would make SQLite, with its foreign keys on,
    # delete every row that cascades from an application.
    op.execute("ALTER TABLE applications DROP COLUMN document_texts")
