"""Recording the applicant's answers to the quality survey (annex 6) and their shares."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.domain.survey import QUESTIONS, Satisfaction
from desktop.models.survey import SurveyAnswer
from desktop.services import audit, lookup
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = ["SurveyError", "SurveyService", "SurveyShares"]


class SurveyError(DomainError):
    code = "survey"


@dataclass(frozen=True)
class SurveyShares:
    answered: int
    counts: dict[str, dict[Satisfaction, int]]
    """Per question (:data:`QUESTIONS`), how many gave each answer."""

    def share(self, question: str, answer: Satisfaction) -> float:
        """The part (0..1) of the answers to *question* that were *answer*."""
        return self.counts[question][answer] / self.answered if self.answered else 0.0


class SurveyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def answers(self, actor: Actor, application_id: int) -> dict[str, Satisfaction] | None:
        """The recorded answers of the request, or None when it has none."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            row = s.execute(select(SurveyAnswer).where(
                SurveyAnswer.application_id == application_id)).scalar_one_or_none()
            if row is None:
                return None
            return {q: Satisfaction(getattr(row, q)) for q in QUESTIONS}

    def record(self, actor: Actor, application_id: int, quality: int,
               information: int) -> None:
        """Store (or correct) the answers the applicant gave for the request."""
        actor.require(Action.REGISTER)
        values = {}
        for name, value in (("quality", quality), ("information", information)):
            try:
                values[name] = Satisfaction(value)
            except ValueError as exc:
                raise SurveyError(f"the answer to '{name}' must be 1, 2 or 3, got {value!r}",
                                  value, reason="answer") from exc
        with self.db.write() as s:
            lookup.application(s, application_id)  # it must exist
            row = s.execute(select(SurveyAnswer).where(
                SurveyAnswer.application_id == application_id)).scalar_one_or_none()
            before = {q: getattr(row, q) for q in QUESTIONS} if row else None
            if row is None:
                row = SurveyAnswer(application_id=application_id, recorded_by_id=actor.user_id)
                s.add(row)
            row.quality, row.information = int(values["quality"]), int(values["information"])
            assert actor.user_id is not None  # a clerk's account: the system records none
            row.recorded_by_id = actor.user_id
            audit.record(s, actor, "survey.record", entity="application",
                         entity_id=application_id, application_id=application_id,
                         before=before, after={q: int(v) for q, v in values.items()})

    def shares(self, actor: Actor, start: date, end: date) -> SurveyShares:
        """The answers recorded in the period, counted per question and answer."""
        actor.require(Action.VIEW)
        since = datetime.combine(start, time.min, UTC)
        until = datetime.combine(end, time.max, UTC)
        with self.db.read() as s:
            rows = s.execute(select(SurveyAnswer.quality, SurveyAnswer.information)
                             .where(SurveyAnswer.recorded_at >= since,
                                    SurveyAnswer.recorded_at <= until)).all()
        counts = {q: Counter({a: 0 for a in Satisfaction}) for q in QUESTIONS}
        for quality, information in rows:
            counts["quality"][Satisfaction(quality)] += 1
            counts["information"][Satisfaction(information)] += 1
        return SurveyShares(len(rows), {q: dict(c) for q, c in counts.items()})
