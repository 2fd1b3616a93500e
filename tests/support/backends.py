"""Which database backend a module's tests run on."""

from __future__ import annotations

import pytest

__all__ = ["sqlite_db_url"]


@pytest.fixture(name="db_url")
def sqlite_db_url(sqlite_url: str) -> str:
    """SQLite alone, for a module that imports this fixture: its ``db`` (and ``staff``, and
    what its folder builds on them) is then the same file as ``sqlite_db``. The window's
    tests use it, beside service tests that run on both backends."""
    return sqlite_url
