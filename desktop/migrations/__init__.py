"""Alembic migrations of the commission's schema (run by desktop.storage.migrate)."""
