"""Alembic, driven from code: the application upgrades its database when it opens it."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Engine

from desktop.storage import schema
from desktop.storage.schema import SchemaSetupError, head_revisions, stamped_revisions


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Upgrade to the newest revisions and check that the database is stamped with them
    (:class:`SchemaSetupError` names what is missing, rather than a table failing later)."""
    heads = head_revisions()  # refuses an installation without its migrations
    try:
        command.upgrade(alembic_config(engine), "heads")
    except CommandError as exc:  # a revision file unreadable or its chain broken
        raise SchemaSetupError(f"the database schema cannot be set up from "
                               f"{schema.MIGRATIONS_DIR}: {exc}", schema.MIGRATIONS_DIR, exc,
                               reason="broken") from exc
    with engine.connect() as conn:
        stamped = stamped_revisions(conn)
        conn.rollback()
    if stamped != heads:
        missing = ", ".join(sorted(heads - stamped))
        raise SchemaSetupError(f"the database {engine.url.render_as_string()} did not reach "
                               f"the schema revision(s) {missing} of {schema.MIGRATIONS_DIR}",
                               missing, reason="not_reached")
