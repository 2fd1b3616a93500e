"""the notes of a return, of a loss and of the return check in Kazakh and Russian

Revision ID: 0013_return_notes
Revises: 0008_certificates
Create Date: 2026-12-07 12:00:00

``item_returns.note`` (the note on a return, or the document of a loss) and
``item_returns.check_note`` (what differs, found by the return check) become
``{"kk": …, "ru": …}`` as the examination's texts are: the return act is drafted in each
language, and prints each note in its own. A note written so far goes to the language it
looks like (see :func:`desktop.domain.languages.guess_language`); the act is not drafted
until someone writes the other one.

The columns are renamed, added, filled and dropped with plain ``ALTER TABLE`` (SQLite 3.35
or later), as ``0010_vocabulary`` does. Downgrading writes both languages back into one
text, Kazakh first, so that nothing written is lost.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.domain.languages import DOCUMENT_LANGS, Bilingual

revision: str = '0013_return_notes'
down_revision: str | None = '0008_certificates'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTES = ("note", "check_note")


def _returns(names: Sequence[str], kind: Any) -> sa.TableClause:
    return sa.table("item_returns", sa.column("id", sa.Integer()),
                    *(sa.column(name, kind) for name in names))


def _text(value: Any) -> str:
    """Both languages as one text (downgrade): each written one on its own line."""
    note = Bilingual.from_json(value or "")
    return "\n".join(text for text in (note.get(lang).strip() for lang in DOCUMENT_LANGS)
                     if text)


def upgrade() -> None:
    bind = op.get_bind()
    for name in NOTES:
        op.execute(f"ALTER TABLE item_returns RENAME COLUMN {name} TO {name}_text")
        op.add_column("item_returns", sa.Column(name, sa.JSON(), nullable=False,
                                                server_default=sa.text("'{}'")))
    old = _returns([f"{name}_text" for name in NOTES], sa.Text())
    new = _returns(NOTES, sa.JSON())
    for row in bind.execute(sa.select(old)).mappings().all():
        bind.execute(sa.update(new).where(new.c.id == row["id"]).values({
            name: Bilingual.from_json((row[f"{name}_text"] or "").strip()).to_json()
            for name in NOTES}))
    for name in NOTES:
        op.execute(f"ALTER TABLE item_returns DROP COLUMN {name}_text")


def downgrade() -> None:
    bind = op.get_bind()
    for name in NOTES:
        op.execute(f"ALTER TABLE item_returns RENAME COLUMN {name} TO {name}_json")
        op.add_column("item_returns", sa.Column(name, sa.Text(), nullable=False,
                                                server_default=""))
    old = _returns([f"{name}_json" for name in NOTES], sa.JSON())
    new = _returns(NOTES, sa.Text())
    for row in bind.execute(sa.select(old)).mappings().all():
        bind.execute(sa.update(new).where(new.c.id == row["id"]).values(
            {name: _text(row[f"{name}_json"]) for name in NOTES}))
    for name in NOTES:
        op.execute(f"ALTER TABLE item_returns DROP COLUMN {name}_json")
