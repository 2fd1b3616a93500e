"""The vocabulary in force: the shipped terms and those the administrator added.

Added terms are kept in the database (the ``settings`` row ``vocabulary``), so every desktop
sharing it prints the same words; each addition is audited. A term is never removed or
changed: records and signed documents name it by its code.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.roles import Action
from desktop.domain.vocabulary import (
    TERM_KINDS,
    Term,
    Vocabulary,
    VocabularyError,
    bundled_vocabulary,
)
from desktop.services import audit, settings
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = ["VOCABULARY_KEY", "VocabularyService", "current_vocabulary"]

log = logging.getLogger(__name__)

VOCABULARY_KEY = "vocabulary"
"""The settings row of the added terms: ``{kind: [{"code", "kk", "ru", "en"}, …]}``."""
_WHERE = "the terms added by the administrator"


def _added(s: Session) -> dict[str, list[dict[str, str]]]:
    value = settings.get(s, VOCABULARY_KEY, {})
    return value if isinstance(value, dict) else {}


def current_vocabulary(s: Session) -> Vocabulary:
    """The shipped terms and the added ones, in the session's view of the database."""
    added = _added(s)
    if not added:
        return bundled_vocabulary()
    return bundled_vocabulary().with_terms(Vocabulary.terms_from_json(added, _WHERE))


def _as_json(term: Term) -> dict[str, str]:
    return {"code": term.code, "kk": term.kk, "ru": term.ru, "en": term.en}


class VocabularyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def vocabulary(self, actor: Actor) -> Vocabulary:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return current_vocabulary(s)

    def add(self, actor: Actor, terms: list[Term]) -> list[Term]:
        """Add *terms* (all or none): each needs a new code and Kazakh, Russian and English
        texts no other term of its kind has. Returns them as stored (spacing tidied)."""
        actor.require(Action.MANAGE_VOCABULARY)
        if not terms:
            raise VocabularyError("no term to add", reason="nothing_to_add")
        with self.db.write() as s:
            added = _added(s)
            checked = Vocabulary.terms_from_json(
                {kind: [_as_json(t) for t in terms if t.kind == kind]
                 for kind in {t.kind for t in terms}}, "the new terms")
            current_vocabulary(s).with_terms(checked)  # refuses a taken code or text
            for term in checked:
                added.setdefault(term.kind, []).append(_as_json(term))
            settings.put(s, VOCABULARY_KEY, {kind: list(added[kind]) for kind in TERM_KINDS
                                             if kind in added})
            audit.record(s, actor, "vocabulary.add", entity="vocabulary",
                         after={"terms": [{"kind": t.kind, **_as_json(t)} for t in checked]})
            log.info("user %s added %d term(s) to the vocabulary", actor.user_id, len(checked))
            return checked

    def add_file(self, actor: Actor, path: Path) -> list[Term]:
        """Add every term of a JSON file shaped as the shipped one's ``terms``:
        ``{"material": [{"code": …, "kk": …, "ru": …, "en": …}, …], …}``."""
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise VocabularyError(f"{path}: cannot be read: {exc}", str(path),
                                  reason="bad_file") from exc
        if isinstance(data, dict) and "terms" in data:
            data = data["terms"]
        return self.add(actor, Vocabulary.terms_from_json(data, str(path)))
