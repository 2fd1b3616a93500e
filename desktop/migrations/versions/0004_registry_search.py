"""Registry search and sort at 100,000 applications

A Kazakh sort key of the applicant's name, indexes for keyset paging by number and name,
and a substring index over the search text: FTS5 with the trigram tokenizer on SQLite,
pg_trgm on PostgreSQL.

Revision ID: 0004_registry_search
Revises: 0003_examination
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.domain.text import sort_key

revision: str = "0004_registry_search"
down_revision: str | None = "0003_examination"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE applications_search USING fts5("
    "search_key, content='applications', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER applications_search_ai AFTER INSERT ON applications BEGIN "
    "INSERT INTO applications_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER applications_search_ad AFTER DELETE ON applications BEGIN "
    "INSERT INTO applications_search(applications_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER applications_search_au AFTER UPDATE OF search_key ON applications BEGIN "
    "INSERT INTO applications_search(applications_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO applications_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO applications_search(applications_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    name_type = sa.String(300, collation="C") if postgres else sa.String(300)
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("sort_name", name_type, nullable=False, server_default=""))
    rows = bind.execute(sa.text(
        "SELECT a.id, COALESCE(p.company_name, "
        "TRIM(COALESCE(p.surname, '') || ' ' || COALESCE(p.given_name, '') || ' ' || "
        "COALESCE(p.patronymic, ''))) FROM applications a JOIN applicants p "
        "ON a.applicant_id = p.id"
    )).all()
    if rows:
        bind.execute(sa.text("UPDATE applications SET sort_name = :key WHERE id = :id"),
                     [{"id": r[0], "key": sort_key(r[1] or "")} for r in rows])
    op.create_index("ix_applications_year_seq", "applications", ["year", "sequence"])
    op.create_index("ix_applications_sequence", "applications", ["sequence"])
    op.create_index("ix_applications_sort_name", "applications", ["sort_name"])
    if postgres:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_applications_search_trgm ON applications "
                   "USING gin (search_key gin_trgm_ops)")
    else:
        for statement in _SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_applications_search_trgm")
    else:
        for name in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS applications_search_{name}")
        op.execute("DROP TABLE IF EXISTS applications_search")
    op.drop_index("ix_applications_sort_name", "applications")
    op.drop_index("ix_applications_sequence", "applications")
    op.drop_index("ix_applications_year_seq", "applications")
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("sort_name")
