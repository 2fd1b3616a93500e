"""Alembic environment: uses the engine the application hands over, or the configured URL."""

from __future__ import annotations

import warnings
from typing import Literal

from alembic import context
from sqlalchemy import create_engine

import desktop.models  # noqa: F401  (registers every table)
from desktop.models.base import Base
from desktop.models.types import UtcDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | Literal[False]:
    """Write our UTC timestamp type as plain ``sa.DateTime`` so migrations import no models."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave out what the models do not describe: the search indexes (the registry's, and the
    scanned text's with its PostgreSQL ``search_vector`` column), the indexes on the due
    date of the running stage and on the workflow's order of the status, made by hand in
    SQL."""
    return not (name or "").startswith(("applications_search", "ix_applications_search",
                                        "ix_applications_stage_due",
                                        "ix_applications_status_stage_due",
                                        "ix_applications_status_order", "page_texts_search",
                                        "ix_page_texts_search", "search_vector"))


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            render_item=_render_item,
            include_name=_include_name,
        )
        with context.begin_transaction(), warnings.catch_warnings():
            # SQLite's reflection skips expression indexes with a warning; the indexes of
            # that kind are left out of the comparison above.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of "
                                    "expression-based index "
                                    "ix_applications_(stage_due|status_stage_due|status_order)")
            context.run_migrations()
        connection.commit()


run_migrations_online()
