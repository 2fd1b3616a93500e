"""examination values as vocabulary codes and texts in Kazakh and Russian

Revision ID: 0010_vocabulary
Revises: 0011_refusal_grounds
Create Date: 2026-12-07 09:00:00

Each text field of an examination record becomes ``{"kk": …, "ru": …}`` (the text written
so far goes to the language it looks like; a member adds the other one), and the object
type, materials and techniques become codes of the controlled vocabulary: a value that is
a term's Kazakh, Russian or English text (whole, or each comma-separated part) becomes its
code; any other text is kept, marked with its language, until a member chooses a term.
The drafts kept by the examination form are converted the same way.

The columns are renamed, added, filled and dropped with plain ``ALTER TABLE`` (SQLite 3.35
or later): rebuilding the table would make SQLite, with its foreign keys on, delete the
measurements and page links that cascade from it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.domain.languages import Bilingual
from desktop.domain.vocabulary import Vocabulary, bundled_vocabulary

revision: str = '0010_vocabulary'
down_revision: str | None = '0011_refusal_grounds'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BILINGUAL = ("title", "subject", "maker", "dating", "place_of_creation", "inscriptions",
             "features", "condition_note", "hazards", "description", "remarks")
TERMS = ("object_type", "material", "technique")
_OLD_TYPES = {"subject": sa.Text(), "inscriptions": sa.Text(), "features": sa.Text(),
              "condition_note": sa.Text(), "hazards": sa.Text(), "description": sa.Text(),
              "remarks": sa.Text(), "material": sa.String(1000), "technique": sa.String(1000)}
_PARTS = re.compile(r"[,;]")


def _empty(name: str) -> str:
    """The column's server default: what a new record holds, as JSON."""
    return "'\"\"'" if name == "object_type" else "'[]'" if name in TERMS else "'{}'"


def _text(value: str | None) -> dict[str, str]:
    return Bilingual.from_json((value or "").strip()).to_json()


def _term(vocabulary: Vocabulary, kind: str, text: str) -> Any:
    term = vocabulary.find(kind, text)
    return term.code if term is not None else _text(text)


def _terms(vocabulary: Vocabulary, kind: str, value: str | None) -> list[Any]:
    """A term list from text: the whole text a term, else each part that is one; the
    other parts stay text."""
    text = (value or "").strip()
    if not text:
        return []
    whole = vocabulary.find(kind, text)
    if whole is not None:
        return [whole.code]
    values: list[Any] = []
    for part in (p.strip() for p in _PARTS.split(text)):
        if part and (value := _term(vocabulary, kind, part)) not in values:
            values.append(value)
    return values


def convert(vocabulary: Vocabulary, name: str, value: Any) -> Any:
    """One field's value as it was (text) in its new form; a new form stays as it is."""
    if not isinstance(value, str | None):
        return value
    if name in BILINGUAL:
        return _text(value)
    if name == "object_type":
        text = (value or "").strip()
        return _term(vocabulary, name, text) if text else ""
    return _terms(vocabulary, name, value)


def _revert(name: str, value: Any) -> str:
    """The new form as one text again (downgrade): Kazakh first, else Russian; terms by
    their Kazakh text."""
    if value in (None, "", [], {}):
        return ""
    vocabulary = bundled_vocabulary()
    items = value if isinstance(value, list) else [value]
    texts = []
    for item in items:
        if isinstance(item, dict):
            texts.append(item.get("kk") or item.get("ru") or "")
        else:
            texts.append(vocabulary.label(name, str(item), "kk") if name in TERMS else str(item))
    return ", ".join(t for t in texts if t)


def _examinations(names: Sequence[str], kind: Any) -> sa.TableClause:
    return sa.table("examinations", sa.column("id", sa.Integer()),
                    *(sa.column(name, kind) for name in names))


def upgrade() -> None:
    bind = op.get_bind()
    names = (*BILINGUAL, *TERMS)
    for name in names:
        op.execute(f"ALTER TABLE examinations RENAME COLUMN {name} TO {name}_text")
        op.add_column("examinations", sa.Column(name, sa.JSON(), nullable=False,
                                                server_default=sa.text(_empty(name))))
    op.add_column("examinations", sa.Column("maker_name", sa.String(length=500),
                                            nullable=False, server_default=""))
    vocabulary = bundled_vocabulary()
    old = _examinations([f"{name}_text" for name in names], sa.Text())
    new = _examinations(names, sa.JSON())
    for row in bind.execute(sa.select(old)).mappings().all():
        bind.execute(sa.update(new).where(new.c.id == row["id"]).values(
            {name: convert(vocabulary, name, row[f"{name}_text"]) for name in names}))
    for name in names:
        op.execute(f"ALTER TABLE examinations DROP COLUMN {name}_text")

    drafts = sa.table("examination_drafts", sa.column("id", sa.Integer()),
                      sa.column("form_state", sa.JSON()))
    for draft_id, state in bind.execute(sa.select(drafts.c.id, drafts.c.form_state)).all():
        fields = state.get("fields") if isinstance(state, dict) else None
        if not isinstance(fields, dict):
            continue
        converted = {name: convert(vocabulary, name, value) if name in names else value
                     for name, value in fields.items()}
        if converted != fields:
            bind.execute(sa.update(drafts).where(drafts.c.id == draft_id)
                         .values(form_state={**state, "fields": converted}))


def downgrade() -> None:
    bind = op.get_bind()
    names = (*BILINGUAL, *TERMS)
    for name in names:
        op.execute(f"ALTER TABLE examinations RENAME COLUMN {name} TO {name}_json")
        op.add_column("examinations", sa.Column(
            name, _OLD_TYPES.get(name, sa.String(500)), nullable=False, server_default=""))
    old = _examinations([f"{name}_json" for name in names], sa.JSON())
    new = _examinations(names, sa.Text())
    for row in bind.execute(sa.select(old)).mappings().all():
        maker = bind.execute(sa.text("SELECT maker_name FROM examinations WHERE id = :id"),
                             {"id": row["id"]}).scalar() or ""
        values = {name: _revert(name, row[f"{name}_json"]) for name in names}
        values["maker"] = ", ".join(t for t in (maker, values["maker"]) if t)
        bind.execute(sa.update(new).where(new.c.id == row["id"]).values(values))
    for name in names:
        op.execute(f"ALTER TABLE examinations DROP COLUMN {name}_json")
    op.execute("ALTER TABLE examinations DROP COLUMN maker_name")

    drafts = sa.table("examination_drafts", sa.column("id", sa.Integer()),
                      sa.column("form_state", sa.JSON()))
    for draft_id, state in bind.execute(sa.select(drafts.c.id, drafts.c.form_state)).all():
        fields = state.get("fields") if isinstance(state, dict) else None
        if isinstance(fields, dict):
            maker = ", ".join(t for t in (fields.pop("maker_name", "") or "",
                                          _revert("maker", fields.get("maker"))) if t)
            reverted = {name: _revert(name, value) if name in names else value
                        for name, value in fields.items()}
            bind.execute(sa.update(drafts).where(drafts.c.id == draft_id).values(
                form_state={**state, "fields": {**reverted, "maker": maker}}))
