"""What the documents say of the application in each language: its purpose and the
applicant's occupation (points 3 and 4 of the conclusion).

The application keeps them as they were received, in the applicant's language; the
commission words them in Kazakh and in Russian for its documents, here. Until it does, the
received text counts for the language it looks like, and drafting lists what is missing.
Names (of people, organisations and places) are written once and are not worded again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.drafts import Problem, ValidationFailed
from desktop.domain.examination_rules import GapKind, Untranslated
from desktop.domain.languages import DOCUMENT_LANGS, Bilingual
from desktop.domain.regions import load_profile
from desktop.domain.roles import Action
from desktop.models.application import Application
from desktop.services import audit, lookup
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = ["WORDED_FIELDS", "DocumentWording", "WordingService", "document_wording",
           "wording_gaps"]

log = logging.getLogger(__name__)

WORDED_FIELDS = ("purpose", "occupation")
"""The application's texts that the documents print in their language."""
_LIMITS = {"purpose": 4000, "occupation": 500}


@dataclass(frozen=True)
class DocumentWording:
    purpose: Bilingual
    occupation: Bilingual

    def to_json(self) -> dict[str, dict[str, str]]:
        return {name: getattr(self, name).to_json() for name in WORDED_FIELDS}


def document_wording(app: Application) -> DocumentWording:
    """The commission's wording of *app*, or, where it has none, the text as received."""
    stored = app.document_texts or {}
    received = {"purpose": app.purpose, "occupation": app.applicant.occupation or ""}
    return DocumentWording(**{
        name: Bilingual.from_json(stored[name]) if name in stored
        else Bilingual.from_json(received[name].strip()) for name in WORDED_FIELDS})


def wording_gaps(app: Application, langs: tuple[str, ...]) -> list[Untranslated]:
    """The worded texts of *app* missing one of *langs* (position 0: the application)."""
    wording = document_wording(app)
    return [Untranslated(0, app.number, name, GapKind.LANGUAGE, lang)
            for name in WORDED_FIELDS for lang in getattr(wording, name).lacking(langs)]


def _check(wording: DocumentWording) -> None:
    problems = []
    for name in WORDED_FIELDS:
        for lang in DOCUMENT_LANGS:
            text = getattr(wording, name).get(lang)
            if len(text) > _LIMITS[name]:
                problems.append(Problem(f"{name}.{lang}", "too_long",
                                        f"is {len(text)} characters long; the limit is "
                                        f"{_LIMITS[name]}"))
            elif any(ord(ch) < 0x20 and ch not in "\n\t" for ch in text):
                problems.append(Problem(f"{name}.{lang}", "control_chars",
                                        "contains control characters; remove them"))
    if problems:
        raise ValidationFailed(problems)


class WordingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, actor: Actor, application_id: int) -> DocumentWording:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return document_wording(lookup.application(s, application_id))

    def gaps(self, actor: Actor, application_id: int) -> list[Untranslated]:
        """What the application's worded texts lack in the languages of its documents."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            app = lookup.application(s, application_id)
            return wording_gaps(app, tuple(load_profile(app.region).conclusion_languages))

    def save(self, actor: Actor, application_id: int,
             wording: DocumentWording) -> DocumentWording:
        """Keep the commission's wording of the application (audited); whatever is drafted
        from now on prints it."""
        actor.require(Action.RENDER)
        _check(wording)
        with self.db.write() as s:
            return self._save(s, actor, lookup.application(s, application_id, lock=True),
                              wording)

    @staticmethod
    def _save(s: Session, actor: Actor, app: Application,
              wording: DocumentWording) -> DocumentWording:
        before = document_wording(app).to_json()
        after = wording.to_json()
        if before != after:
            app.document_texts = after
            audit.record(s, actor, "application.wording", entity="application",
                         entity_id=app.id, application_id=app.id, before=before, after=after)
            log.info("user %s worded the documents of %s", actor.user_id, app.number)
        return document_wording(app)
