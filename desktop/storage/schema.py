"""Is the database's schema current? Answered without loading Alembic.

Alembic (with Mako and Pygments behind it) takes a noticeable part of a cold start; an
up-to-date database, the usual case, needs none of it. The revisions are read from the
migration files' ``revision``/``down_revision`` lines.

The migrations are files that Alembic reads from disk, so an installation that lost them
could only "upgrade" to nothing and fail later on a missing table; :func:`head_revisions`
refuses such an installation with :class:`SchemaSetupError`, naming the folder.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import DomainError
from desktop.resources import package_folder

__all__ = [
    "MIGRATIONS_DIR",
    "SchemaSetupError",
    "head_revisions",
    "is_current",
    "known_revisions",
    "stamped_revisions",
]

MIGRATIONS_DIR = package_folder("desktop.migrations")
"""Alembic's script folder: ``env.py``, ``script.py.mako`` and ``versions/``."""
_REVISION = re.compile(r"^revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


class SchemaSetupError(DomainError):
    """The schema cannot be created or brought up to date. ``reason``: ``missing`` (a file
    or folder of the installation), ``no_migrations`` (an empty revisions folder),
    ``broken`` (Alembic refused the migrations) or ``not_reached`` (the revisions the
    database still lacks after the upgrade); ``values`` names it."""

    code = "schema_setup"


def head_revisions() -> frozenset[str]:
    """The newest revisions in :data:`MIGRATIONS_DIR`."""
    revisions, parents = _scan(MIGRATIONS_DIR)
    return revisions - parents


def known_revisions() -> frozenset[str]:
    """Every revision this program's migrations know: a database stamped with another was
    written by a newer version of the program."""
    return _scan(MIGRATIONS_DIR)[0]


@cache
def _scan(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    for needed in (folder / "env.py", folder / "versions"):
        if not needed.exists():
            raise SchemaSetupError(f"{needed} is missing: the installation is incomplete and "
                                   "the database schema cannot be set up; install the "
                                   "program again", needed, reason="missing")
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (folder / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(_QUOTED.findall(down.group(1)))
    if not revisions:
        versions = str(folder / "versions")
        raise SchemaSetupError(f"{versions} has no migration: the installation is incomplete "
                               "and the database schema cannot be set up; install the program "
                               "again", versions, reason="no_migrations")
    return frozenset(revisions), frozenset(parents)


def stamped_revisions(conn: Connection) -> frozenset[str]:
    """The revisions the database is stamped with (none for a new database)."""
    try:
        return frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except DBAPIError:
        return frozenset()  # no alembic_version table yet: a new database


def is_current(conn: Connection) -> bool:
    """True when the database is stamped with exactly the newest revisions."""
    return stamped_revisions(conn) == head_revisions()
