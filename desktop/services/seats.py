"""The composition of the region's commission: who holds which seat, from what day to what
day.

The signing checks read these seats (the conclusion's chairperson and members, the official
who signs the certificates); the administrator gives them and ends them here, from the window
or the command line. A seat is never deleted: it ends, so that who signed what on which day
can always be told.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, or_, select

from desktop.domain.errors import DomainError, NotFoundError
from desktop.domain.roles import Action, Role, allowed
from desktop.domain.seats import SINGLE_SEATS, SeatKind
from desktop.models.user import CommissionSeat, User
from desktop.services import audit, settings
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = ["SeatError", "SeatService", "SeatView"]

log = logging.getLogger(__name__)

DAY = "%d.%m.%Y"


class SeatError(DomainError):
    """A seat that cannot be given or ended (see :attr:`reason`)."""

    code = "seat"


@dataclass(frozen=True)
class SeatView:
    id: int
    region: str
    user_id: int
    username: str
    full_name: str
    seat: SeatKind
    since: date
    until: date | None
    active_user: bool

    def holds_on(self, day: date) -> bool:
        """Whether the seat is held on *day* (an ended seat still was, before it ended)."""
        return self.since <= day and (self.until is None or self.until >= day)


def _view(seat: CommissionSeat, user: User) -> SeatView:
    return SeatView(seat.id, seat.region, user.id, user.username, user.full_name,
                    SeatKind(seat.seat), seat.since, seat.until, user.active)


def _overlapping(region: str, since: date, until: date | None
                 ) -> Select[CommissionSeat, User]:
    """The query of the region's seats that share at least one day with since…until."""
    query = (select(CommissionSeat, User).join(User, CommissionSeat.user_id == User.id)
             .where(CommissionSeat.region == region,
                    or_(CommissionSeat.until.is_(None), CommissionSeat.until >= since)))
    if until is not None:
        query = query.where(CommissionSeat.since <= until)
    return query.order_by(CommissionSeat.since)


class SeatService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_seats(self, actor: Actor, *, region: str | None = None) -> list[SeatView]:
        """Every seat of *region* (default: the commission's), the open and the newest
        first."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            region = region or settings.region_profile(s).code
            rows = s.execute(
                select(CommissionSeat, User).join(User, CommissionSeat.user_id == User.id)
                .where(CommissionSeat.region == region)
                .order_by(CommissionSeat.until.is_not(None), CommissionSeat.since.desc(),
                          CommissionSeat.id)).all()
            return [_view(seat, user) for seat, user in rows]

    def add(self, actor: Actor, user_id: int, seat: SeatKind, since: date, *,
            until: date | None = None, region: str | None = None) -> SeatView:
        """Seat *user_id* in *seat* of *region* (default: the commission's) from *since*.

        The chair's and the official's seats have one holder at a time, and nobody holds two
        seats of a region on the same day; the seats that sign need an account whose role
        signs. Who held a seat before keeps it until their own end.
        """
        actor.require(Action.MANAGE_USERS)
        seat = SeatKind(seat)
        if until is not None and until < since:
            raise SeatError(f"the seat ends ({until}) before it begins ({since})",
                            reason="period")
        with self.db.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError(f"no user with id {user_id}", user_id, reason="user")
            if not user.active:
                raise SeatError(f"{user.full_name}'s account is disabled", user.full_name,
                                reason="disabled")
            if seat.signs and not allowed(Role(user.role), Action.SIGN):
                raise SeatError(f"{user.full_name} ({user.role}) cannot sign, so cannot hold "
                                f"the seat '{seat}'", user.full_name, reason="role")
            region = region or settings.region_profile(s).code
            for other, holder in s.execute(_overlapping(region, since, until)).all():
                if other.user_id == user.id:
                    raise SeatError(f"{user.full_name} holds a seat from {other.since} already",
                                    user.full_name, other.since.strftime(DAY), reason="held")
                if seat in SINGLE_SEATS and other.seat == seat.value:
                    raise SeatError(f"{holder.full_name} holds the seat '{seat}' from "
                                    f"{other.since}", holder.full_name,
                                    other.since.strftime(DAY), reason="taken")
            row = CommissionSeat(region=region, user_id=user.id, seat=seat.value, since=since,
                                 until=until)
            s.add(row)
            s.flush()
            audit.record(s, actor, "seat.add", entity="seat", entity_id=row.id,
                         after={"user": user.username, "seat": seat.value, "region": region,
                                "since": since.isoformat(),
                                "until": until.isoformat() if until else None})
            log.info("seat %s of %s given to user %s", seat, region, user.id)
            return _view(row, user)

    def end(self, actor: Actor, seat_id: int, until: date) -> SeatView:
        """End the seat on *until* (its last day); a seat is ended once, never reopened."""
        actor.require(Action.MANAGE_USERS)
        with self.db.write() as s:
            row = s.get(CommissionSeat, seat_id)
            if row is None:
                raise NotFoundError(f"no seat with id {seat_id}", seat_id, reason="seat")
            user = s.get(User, row.user_id)
            assert user is not None
            if row.until is not None:
                raise SeatError(f"the seat ended on {row.until} already",
                                row.until.strftime(DAY), reason="ended")
            if until < row.since:
                raise SeatError(f"the seat ends ({until}) before it begins ({row.since})",
                                reason="period")
            row.until = until
            audit.record(s, actor, "seat.end", entity="seat", entity_id=row.id,
                         before={"until": None},
                         after={"user": user.username, "seat": row.seat,
                                "until": until.isoformat()})
            return _view(row, user)
