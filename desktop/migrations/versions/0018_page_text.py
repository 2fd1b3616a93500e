"""the text read from scanned pages (OCR), with a full-text index

Revision ID: 0018_page_text
Revises: 0015_database_roles
Create Date: 2026-12-07 15:00:00

``page_texts`` holds one reading per page, derived from the page's image and never in
place of it. The search index covers ``search_text`` (the text case-folded): FTS5 with the
``unicode61`` tokenizer on SQLite (kept by triggers, as ``applications_search`` is), a
generated ``tsvector`` in the ``simple`` configuration (no stemming: the commission's
papers are in two languages) with a GIN index on PostgreSQL.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_page_text"
down_revision: str | None = "0015_database_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE page_texts_search USING fts5("
    "search_text, content='page_texts', content_rowid='page_id', tokenize='unicode61')",
    "CREATE TRIGGER page_texts_search_ai AFTER INSERT ON page_texts BEGIN "
    "INSERT INTO page_texts_search(rowid, search_text) VALUES (new.page_id, new.search_text); "
    "END",
    "CREATE TRIGGER page_texts_search_ad AFTER DELETE ON page_texts BEGIN "
    "INSERT INTO page_texts_search(page_texts_search, rowid, search_text) "
    "VALUES ('delete', old.page_id, old.search_text); END",
    "CREATE TRIGGER page_texts_search_au AFTER UPDATE ON page_texts BEGIN "
    "INSERT INTO page_texts_search(page_texts_search, rowid, search_text) "
    "VALUES ('delete', old.page_id, old.search_text); "
    "INSERT INTO page_texts_search(rowid, search_text) VALUES (new.page_id, new.search_text); "
    "END",
]


def upgrade() -> None:
    op.create_table(
        "page_texts",
        sa.Column("page_id", sa.Integer(),
                  sa.ForeignKey("document_pages.id", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("blob_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("search_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE page_texts ADD COLUMN search_vector tsvector GENERATED ALWAYS "
                   "AS (to_tsvector('simple', search_text)) STORED")
        op.execute("CREATE INDEX ix_page_texts_search ON page_texts USING gin (search_vector)")
    else:
        for statement in _SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for name in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS page_texts_search_{name}")
        op.execute("DROP TABLE IF EXISTS page_texts_search")
    op.drop_table("page_texts")
