"""Moving an application through its states, with permission checks and the audit."""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.conclusions import OPEN_STATUSES, ConclusionStatus
from desktop.domain.errors import ConflictError
from desktop.domain.refusals import Refusal
from desktop.domain.regions import load_profile
from desktop.domain.stages import PRELIMINARY_ENDS_WITH, application_deadlines
from desktop.domain.workflow import FINAL_STATUSES, TRANSITIONS, Status, Transition, WorkflowError
from desktop.domain.workflow import available_transitions as _available
from desktop.domain.workflow import transition as _transition
from desktop.models.application import Application
from desktop.models.base import utcnow
from desktop.models.conclusion import Conclusion
from desktop.services import audit, lookup
from desktop.services.actor import Actor
from desktop.services.calendar import current as calendar_in_force
from desktop.services.calendar import prepare as prepare_calendar
from desktop.services.examination import ensure_examined
from desktop.storage.database import Database

log = logging.getLogger(__name__)


class WorkflowService:
    def __init__(self, db: Database, calendar: WorkingCalendar | None = None) -> None:
        self.db = db
        self.calendar = calendar
        """None: the calendar in force in the database (with its amendments)."""
        prepare_calendar()

    def allowed_steps(self, actor: Actor, status: Status) -> list[Transition]:
        """The steps this user may take now: what the UI offers as actions.

        Drafting, signing and issuing are left out: they happen through the conclusion
        service, which takes those steps itself.
        """
        return [t for t in _available(status) if actor.can(t.action) and not t.automatic]

    def _recount(self, s: Session, app: Application) -> None:
        """The due dates again, from the dates that fix them (see desktop.domain.stages)."""
        due = application_deadlines(load_profile(app.region), app.received,
                                    self.calendar or calendar_in_force(s),
                                    preliminary_done=app.preliminary_done,
                                    repeat_started=app.repeat_started)
        app.result_due = due.result_due

    def advance(
        self,
        actor: Actor,
        application_id: int,
        step: str,
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        today: date | None = None,
    ) -> Status:
        """Take *step*; refuse when the role may not, the state forbids it, or the record
        changed since the caller read it (*expected_version*)."""
        definition = TRANSITIONS.get(step)
        if definition is not None and definition.automatic:
            raise WorkflowError(
                f"the step '{step}' is taken by drafting or signing the conclusion, "
                "not on its own", transition=step, status=Status.REGISTERED,
                reason="automatic_step")
        if step == "refuse":
            raise WorkflowError(
                "a request is refused with its refusal letter (the conclusion service), "
                "not on its own", transition=step, status=Status.REGISTERED,
                reason="refuse_alone")
        with self.db.write() as s:
            app = lookup.application(s, application_id)
            if expected_version is not None and app.version != expected_version:
                raise ConflictError(
                    f"application {app.number} was changed by someone else; reload it",
                    app.number, reason="application")
            return self.apply(s, actor, app, step, reason=reason, today=today)

    def apply(self, s: Session, actor: Actor, app: Application, step: str, *,
              reason: str | None = None, refusal: Refusal | None = None,
              today: date | None = None) -> Status:
        """Take *step* inside the caller's transaction (the conclusion service uses this;
        it refuses with *refusal*, the ground and its words)."""
        today = today or date.today()
        definition = TRANSITIONS.get(step)
        if definition is not None:
            actor.require(definition.action)
        before = Status(app.status)
        if step == "refuse":
            if refusal is None:
                raise WorkflowError("a refusal needs its ground", transition=step,
                                    status=before, reason="no_ground")
            reason = refusal.text or refusal.ground.value
        after = _transition(before, step, reason)
        if step == "finish_examination":
            ensure_examined(s, app.id)
        app.status = after
        app.status_changed_at = utcnow()
        extra: dict[str, str] = {}
        if refusal is not None and step == "refuse":
            app.refusal_ground = refusal.ground.value
            app.refusal_reasons = refusal.text
            extra["ground"] = refusal.ground.value
        recounted = False
        if step == PRELIMINARY_ENDS_WITH and app.preliminary_due is not None \
                and app.preliminary_done is None:
            app.preliminary_done = today  # the month of the examination counts from today
            recounted = True
        if step == "repeat_examination":
            app.repeat_started = today
            recounted = True
            _cancel_open_conclusions(s, actor, app)
        if recounted:
            self._recount(s, app)
            extra["result_due"] = app.result_due.isoformat()
        if after in FINAL_STATUSES and before not in FINAL_STATUSES:
            app.decided = today  # closing an export later keeps the day it was decided
        audit.record(
            s, actor, f"application.{step}", entity="application", entity_id=app.id,
            application_id=app.id, before={"status": before.value},
            after={"status": after.value, **extra, **({"reason": reason} if reason else {})},
        )
        log.info("application %s: %s -> %s", app.number, before, after)
        return after


def _cancel_open_conclusions(s: Session, actor: Actor, app: Application) -> None:
    """A repeat examination voids the draft being signed; it stays in the journal, cancelled."""
    drafts = s.execute(select(Conclusion).where(
        Conclusion.application_id == app.id,
        Conclusion.status.in_([st.value for st in OPEN_STATUSES]))).scalars()
    for conclusion in drafts:
        conclusion.status = ConclusionStatus.CANCELLED
        audit.record(s, actor, "conclusion.cancel", entity="conclusion",
                     entity_id=conclusion.id, application_id=app.id,
                     after={"number": conclusion.number, "reason": "repeat_examination"})
