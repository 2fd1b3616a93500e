"""Many rows into one table in one go: what the demo's bulk part writes.

SQLAlchemy's ``executemany`` prepares every row's parameters in Python, about ten
microseconds a row, and a million demo applications are some seven million rows. Here each
column's bind processor (the dialect's own: JSON as text, timestamps in UTC) is looked up
once per call, and the rows go to the driver as tuples: one ``executemany`` on SQLite,
``COPY … FROM STDIN`` on PostgreSQL (psycopg). The values stored are the ones
``session.execute(insert(table), rows)`` would store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import ColumnDefault, Table
from sqlalchemy.orm import Session

from desktop.models.base import Base

__all__ = ["insert_rows"]


def insert_rows(session: Session, model: type[Base], columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> int:
    """Insert ``rows`` (values in the order of ``columns``) into ``model``'s table in the
    session's transaction; how many. A column left out that has a Python-side default gets
    it, evaluated once for the whole call (``created_at`` is then the same moment for every
    row)."""
    table = cast(Table, model.__table__)
    conn = session.connection()
    dialect = conn.dialect
    defaults = [(c.name, c.default.arg(None) if c.default.is_callable else c.default.arg)
                for c in table.c
                if c.name not in columns and isinstance(c.default, ColumnDefault)]
    names = [*columns, *(name for name, _ in defaults)]
    extra = tuple(value for _, value in defaults)
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
    todo = [(i, p) for i, p in enumerate(processors) if p is not None]

    def prepared(row: Sequence[Any]) -> tuple[Any, ...]:
        values = [*row, *extra]
        for i, process in todo:
            values[i] = process(values[i])
        return tuple(values)

    quote = dialect.identifier_preparer.quote
    target = f"{dialect.identifier_preparer.format_table(table)} " \
             f"({', '.join(quote(name) for name in names)})"
    count = 0
    if dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        assert raw is not None  # a live connection: the session's transaction holds it
        with raw.cursor() as cursor, cursor.copy(f"COPY {target} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(prepared(row))
                count += 1
        return count
    batch = [prepared(row) for row in rows]
    if batch:
        marks = ", ".join("?" for _ in names)
        conn.exec_driver_sql(f"INSERT INTO {target} VALUES ({marks})", batch)
    return len(batch)
