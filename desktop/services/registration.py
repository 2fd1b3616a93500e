"""Registering an application: number, deadlines, applicant registry, audit, in one go."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.drafts import (
    ApplicationData,
    DuplicateRequest,
    ValidationFailed,
    normalised,
    same_request,
    validate_application,
)
from desktop.domain.roles import Action
from desktop.domain.stages import application_deadlines
from desktop.domain.text import application_search_key, sort_key
from desktop.domain.workflow import Status
from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.services import audit, settings
from desktop.services.actor import Actor
from desktop.services.applicants import snapshot, upsert
from desktop.services.calendar import current as calendar_in_force
from desktop.services.calendar import prepare as prepare_calendar
from desktop.storage.counters import next_value
from desktop.storage.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Registered:
    application_id: int
    number: str
    received: date
    preliminary_due: date | None
    result_due: date


class RegistrationService:
    def __init__(self, db: Database, calendar: WorkingCalendar | None = None) -> None:
        self.db = db
        self.calendar = calendar
        """None: the calendar in force in the database (with its amendments)."""
        prepare_calendar()

    def register(self, actor: Actor, data: ApplicationData) -> Registered:
        """Validate, number and store the application; all of it or nothing.

        Its texts are stored in composed Unicode (NFC); a request received before the
        region's rules took effect, and one registered already, are refused."""
        actor.require(Action.REGISTER)
        data = normalised(data)
        with self.db.write() as s:
            profile = settings.region_profile(s)
            problems = validate_application(data, earliest=profile.received_from)
            if problems:
                raise ValidationFailed(problems)
            _refuse_duplicate(s, data)
            year = data.received.year
            seq = next_value(s, f"application:{profile.code}:{year}")
            number = f"{profile.number_prefix}-{year}-{seq:05d}"
            applicant, before = upsert(s, data.applicant)
            due = application_deadlines(profile, data.received,
                                        self.calendar or calendar_in_force(s))
            app = Application(
                number=number,
                region=profile.code,
                year=year,
                sequence=seq,
                received=data.received,
                channel=data.channel,
                applicant=applicant,
                purpose=data.purpose.strip(),
                destination_country=data.destination_country,
                destination_place=data.destination_place.strip(),
                export_from=data.export_from,
                export_until=data.export_until,
                paper_documents=sorted(set(data.paper_documents)),
                preliminary_due=due.preliminary_due,
                result_due=due.result_due,
                created_by_id=actor.user_id,
                search_key=application_search_key(
                    number, applicant.iin_bin, applicant.display_name
                ),
                sort_name=sort_key(applicant.display_name),
                items=[
                    Item(position=i, name=item.name.strip(), quantity=item.quantity)
                    for i, item in enumerate(data.items, start=1)
                ],
            )
            s.add(app)
            s.flush()
            if before is not None:
                audit.record(s, actor, "applicant.update", entity="applicant",
                             entity_id=applicant.id, application_id=app.id, before=before,
                             after=snapshot(applicant))
            audit.record(
                s, actor, "application.register", entity="application", entity_id=app.id,
                application_id=app.id,
                after={"number": number, "items": len(app.items),
                       "result_due": app.result_due.isoformat()},
            )
            log.info("registered application %s", number)
            return Registered(app.id, number, app.received, app.preliminary_due, app.result_due)


def _refuse_duplicate(s: Session, data: ApplicationData) -> None:
    """Refuse *data* when its applicant has an application, not refused, that asks the same
    (a package registered twice, a form saved twice). The applicant's row is locked first,
    so two desktops registering the same package at once are taken one after the other."""
    applicant = s.execute(
        select(Applicant).where(Applicant.iin_bin == data.applicant.iin_bin.strip())
        .with_for_update()
    ).scalar_one_or_none()
    if applicant is None:
        return
    earlier = s.execute(
        select(Application).where(Application.applicant_id == applicant.id,
                                  Application.status != Status.REFUSED,
                                  Application.destination_country == data.destination_country)
        .order_by(Application.id)
    ).scalars()
    for app in earlier:
        if same_request(data, [(i.name, i.quantity) for i in app.items], app.purpose,
                        app.destination_country, app.destination_place, app.export_from,
                        app.export_until):
            raise DuplicateRequest(app.number, app.received)
