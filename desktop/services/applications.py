"""One application as a screen shows it, and the chair's assignment of a member."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.domain.applications import Channel
from desktop.domain.calendar import DeadlineState, WorkingCalendar, deadline_state
from desktop.domain.documents import PageKind
from desktop.domain.drafts import ApplicantData
from desktop.domain.errors import ConflictError, DomainError, NotFoundError
from desktop.domain.refusals import RefusalGround
from desktop.domain.roles import Action, Role
from desktop.domain.stages import current_stage
from desktop.domain.workflow import ACTIVE_STATUSES, Status, Transition
from desktop.models.application import Application
from desktop.models.document import DocumentPage
from desktop.models.user import User
from desktop.services import audit, lookup
from desktop.services.actor import Actor
from desktop.services.applicants import to_data
from desktop.services.calendar import current as calendar_in_force
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    name: str
    quantity: int


@dataclass(frozen=True)
class PageView:
    id: int
    position: int
    kind: PageKind
    width_px: int
    height_px: int
    dpi: int | None
    item_id: int | None
    source_name: str | None
    version: int


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    number: str
    version: int
    received: date
    channel: Channel
    status: Status
    preliminary_due: date | None
    preliminary_done: date | None
    result_due: date
    deadline: DeadlineState | None
    """The deadline of the stage that runs now (preliminary or result); None once decided."""
    decided: date | None
    refusal_ground: RefusalGround | None
    refusal_reasons: str | None
    purpose: str
    destination_country: str
    destination_place: str
    export_from: date | None
    export_until: date | None
    paper_documents: tuple[str, ...]
    applicant: ApplicantData
    applicant_version: int
    items: tuple[ItemView, ...]
    pages: tuple[PageView, ...]
    assigned_member_id: int | None
    assigned_member: str | None
    allowed_steps: tuple[Transition, ...]
    """The workflow steps this user may take now."""


@dataclass(frozen=True)
class Colleague:
    id: int
    full_name: str
    role: Role


class ApplicationService:
    def __init__(self, db: Database, calendar: WorkingCalendar | None = None) -> None:
        self.db = db
        self.calendar = calendar
        """None: the calendar in force in the database (with its amendments)."""

    def detail(self, actor: Actor, application_id: int, today: date | None = None
               ) -> ApplicationDetail:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            app = lookup.application(s, application_id)
            status = Status(app.status)
            pages = s.execute(
                select(DocumentPage).where(DocumentPage.application_id == app.id)
                .order_by(DocumentPage.position)
            ).scalars()
            visible = [p for p in pages if getattr(p, "deleted_at", None) is None]
            stage, due = current_stage(app.preliminary_due, app.preliminary_done,
                                       app.result_due)
            deadline = deadline_state(due, today or date.today(),
                                      self.calendar or calendar_in_force(s), stage=stage) \
                if status in ACTIVE_STATUSES else None
            return ApplicationDetail(
                id=app.id, number=app.number, version=app.version, received=app.received,
                channel=Channel(app.channel), status=status,
                preliminary_due=app.preliminary_due, preliminary_done=app.preliminary_done,
                result_due=app.result_due, deadline=deadline,
                decided=app.decided,
                refusal_ground=RefusalGround(app.refusal_ground) if app.refusal_ground else None,
                refusal_reasons=app.refusal_reasons, purpose=app.purpose,
                destination_country=app.destination_country,
                destination_place=app.destination_place, export_from=app.export_from,
                export_until=app.export_until, paper_documents=tuple(app.paper_documents),
                applicant=to_data(app.applicant), applicant_version=app.applicant.version,
                items=tuple(ItemView(i.id, i.position, i.name, i.quantity) for i in app.items),
                pages=tuple(
                    PageView(p.id, p.position, PageKind(p.kind), p.width_px, p.height_px, p.dpi,
                             p.item_id, p.source_name, p.version)
                    for p in visible
                ),
                assigned_member_id=app.assigned_member_id,
                assigned_member=app.assigned_member.full_name if app.assigned_member else None,
                allowed_steps=tuple(WorkflowService(self.db).allowed_steps(actor, status)),
            )

    def id_of(self, actor: Actor, number: str) -> int:
        """The id of the application registered under *number* (e.g. AKM-2026-00001)."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            found = s.execute(select(Application.id).where(
                Application.number == number.strip().upper())).scalar_one_or_none()
        if found is None:
            raise NotFoundError(f"no application with the number {number!r}", number,
                                reason="application")
        return found

    def examiners(self, actor: Actor) -> list[Colleague]:
        """Active members and chairs: whom an application can be assigned to."""
        actor.require(Action.VIEW)
        stmt = (select(User).where(User.active.is_(True),
                                   User.role.in_([Role.MEMBER.value, Role.CHAIR.value]))
                .order_by(User.full_name))
        with self.db.read() as s:
            return [Colleague(u.id, u.full_name, Role(u.role)) for u in s.execute(stmt).scalars()]

    def assign(self, actor: Actor, application_id: int, user_id: int | None,
               expected_version: int) -> None:
        """The chair gives an application to a member for examination (or takes it back)."""
        actor.require(Action.AGREE_RESULT)
        with self.db.write() as s:
            app = lookup.application(s, application_id)
            if app.version != expected_version:
                raise ConflictError(f"application {app.number} was changed by someone else; "
                                    "reload it", app.number, reason="application")
            if user_id is not None:
                user = s.get(User, user_id)
                if user is None or not user.active or user.role not in (Role.MEMBER,
                                                                        Role.CHAIR):
                    raise DomainError("only an active member or the chair can be assigned",
                                      reason="assign_examiner")
            before = app.assigned_member_id
            app.assigned_member_id = user_id
            audit.record(s, actor, "application.assign", entity="application",
                         entity_id=app.id, application_id=app.id,
                         before={"assigned_member_id": before},
                         after={"assigned_member_id": user_id})
