"""The revisions, in order of their ``down_revision`` chain (Alembic skips this file)."""
