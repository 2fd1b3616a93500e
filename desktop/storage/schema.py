"""Is the database's schema current? Answered without loading Alembic.

Alembic (with Mako and Pygments behind it) takes a noticeable part of a cold start; an
up-to-date database, the usual case, needs none of it. The revisions are read from the
migration files' ``revision``/``down_revision`` lines.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

VERSIONS_DIR = Path(__file__).resolve().parent.parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


@cache
def head_revisions() -> frozenset[str]:
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS_DIR.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(_QUOTED.findall(down.group(1)))
    return frozenset(revisions - parents)


def is_current(conn: Connection) -> bool:
    """True when the database is stamped with exactly the newest revisions."""
    try:
        stamped = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except DBAPIError:
        return False  # no alembic_version table yet: a new database
    return stamped == head_revisions()
