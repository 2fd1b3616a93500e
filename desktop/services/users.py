"""Signing in and managing staff accounts (the seats they hold: :mod:`desktop.services.seats`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.domain.errors import Detail, DomainError, NotFoundError
from desktop.domain.identity import IdentityError, parse_iin
from desktop.domain.roles import Action, Role
from desktop.domain.text import first_invisible
from desktop.models.base import utcnow
from desktop.models.user import User
from desktop.services import audit, settings
from desktop.services.actor import Actor
from desktop.services.passwords import (
    MIN_LENGTH,
    hash_password,
    needs_rehash,
    spend_verification_time,
    verify_password,
    weakness,
)
from desktop.storage.database import Database, LoginRefused
from desktop.storage.db_roles import note_failed_sign_in, set_login, uses_logins

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


class AuthenticationError(DomainError):
    """Wrong user name or password, a disabled or a locked account (see :attr:`reason`)."""

    code = "authentication"
    reason = "wrong_credentials"


class AccountError(DomainError):
    code = "account"


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    role: Role
    password: str
    iin: str | None = None


def require_strong(password: str) -> None:
    """Refuse a new password that is too short or too common (see
    :mod:`desktop.services.passwords`)."""
    problem = weakness(password)
    if problem == "short_password":
        raise AccountError(f"the password must have at least {MIN_LENGTH} characters",
                           MIN_LENGTH, reason="short_password")
    if problem == "common_password":
        raise AccountError("the password is one of the most common ones",
                           reason="common_password")


MAX_USERNAME = 64
"""The column's width: a longer name is refused here, not by PostgreSQL."""


def _validate(new: NewUser) -> None:
    if not new.username.strip():
        raise AccountError("the user name is empty", reason="no_username")
    if len(new.username.strip()) > MAX_USERNAME:
        raise AccountError(f"the user name is longer than {MAX_USERNAME} characters",
                           MAX_USERNAME, reason="long_username")
    if not new.username.strip().isprintable() or first_invisible(new.username):
        raise AccountError("the user name contains invisible characters",
                           reason="username_chars")
    if not new.full_name.strip():
        raise AccountError("the full name is empty", reason="no_full_name")
    require_strong(new.password)
    if new.iin:
        try:
            parse_iin(new.iin)
        except IdentityError as exc:
            raise AccountError(f"the user's IIN is invalid: {exc}", reason="invalid_iin",
                               details=[Detail(f"identity.{exc.rule}", exc.values)]) from exc


@dataclass(frozen=True)
class AccountView:
    """An account as the administrator sees it (never its password's hash)."""

    id: int
    username: str
    full_name: str
    role: Role
    iin: str | None
    active: bool
    locked_until: datetime | None
    """Set while repeated failed sign-ins keep the account locked."""
    failed_logins: int
    last_sign_in_at: datetime | None
    must_change_password: bool


def _keep_an_administrator(s: Session, user: User) -> None:
    """Refuse to take *user* out of the active administrators when they are the last."""
    if user.role != Role.ADMIN or not user.active:
        return
    others = s.execute(select(func.count(User.id)).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)).scalar()
    if not others:
        raise AccountError(f"{user.full_name} is the last administrator", user.full_name,
                           reason="last_admin")


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_users(self) -> bool:
        with self.db.read() as s:
            return (s.execute(select(func.count(User.id))).scalar() or 0) > 0

    def create_first_admin(self, new: NewUser, *, region: str | None = None) -> Actor:
        """Create the administrator of an empty database, and with it choose the *region*
        whose commission it serves (None: leave the default); refused once any user
        exists."""
        if new.role != Role.ADMIN:
            raise AccountError("the first user must be an administrator",
                               reason="first_not_admin")
        if self.db.at_gate:  # the gate creates nobody: the owner does, with the login
            raise AccountError("the first administrator is created by the database's owner",
                               reason="first_admin_by_owner")
        _validate(new)
        with self.db.write() as s:
            if s.execute(select(func.count(User.id))).scalar():
                raise AccountError("the database already has users", reason="has_users")
            user = self._insert(s, new)
            self._set_login(s, user.username, password=new.password, role=new.role)
            actor = Actor.of(user)
            audit.record(s, actor, "user.create_first_admin", entity="user", entity_id=user.id,
                         after={"username": user.username, "role": user.role})
            if region is not None:
                before = settings.region_profile(s).code
                try:
                    settings.set_region(s, region)
                except ValueError as exc:
                    raise AccountError(str(exc), region, reason="unknown_region") from exc
                audit.record(s, actor, "settings.region", entity="setting",
                             before={"region": before}, after={"region": region})
            return actor

    def create_user(self, actor: Actor, new: NewUser, *, must_change: bool = True) -> Actor:
        """An account with the password the administrator chose: its holder must change it
        at the first sign-in (*must_change*), since the administrator knows it."""
        actor.require(Action.MANAGE_USERS)
        _validate(new)
        with self.db.write() as s:
            name = new.username.strip()  # as it is stored: ' chair' is 'chair'
            if s.execute(select(User.id).where(User.username == name)).first():
                raise AccountError(f"the user name '{name}' is taken", name,
                                   reason="name_taken")
            user = self._insert(s, new)
            self._set_login(s, user.username, password=new.password, role=new.role)
            user.must_change_password = must_change
            audit.record(s, actor, "user.create", entity="user", entity_id=user.id,
                         after={"username": user.username, "role": user.role})
            return Actor.of(user)

    def _set_login(self, s: Session, username: str, *, password: str | None = None,
                   role: Role | None = None, active: bool | None = None) -> None:
        """Keep the account's own PostgreSQL login in step (see
        :mod:`desktop.storage.db_roles`), where the database has per-person logins."""
        if not self.db.is_sqlite and uses_logins(s.connection()):
            set_login(s, username, password=password, role=role, active=active)

    @staticmethod
    def _insert(s: Session, new: NewUser) -> User:
        user = User(
            username=new.username.strip(),
            full_name=new.full_name.strip(),
            role=new.role,
            iin=(new.iin or "").strip() or None,
            password_hash=hash_password(new.password),
        )
        s.add(user)
        s.flush()
        return user

    def login(self, username: str, password: str) -> Actor:
        """Return the signed-in actor, or raise :class:`AuthenticationError`.

        The answer never says whether the name or the password was wrong, and takes as long
        either way: an unknown name is checked against a dummy hash. That an account is
        disabled is said only to whoever gives its password; that it is locked, to anyone,
        without saying whether the password was right. Every attempt is audited, without
        the name typed when no account has it (it may be a password typed into the wrong
        field); repeated failures lock the account for a while.

        Where the desktops hold only the gate login of a PostgreSQL database (see
        :mod:`desktop.storage.db_roles`), the person's own login connects first and
        PostgreSQL checks the password: a refused one is counted towards the lock by the
        gate, and written in the server's log rather than the journal, which the gate may
        not write; from then on the desktop works with the person's own rights.
        """
        if not self.db.at_gate:
            return self._check(username, password, proven=False)
        try:
            self.db.sign_in_as(username, password)
        except LoginRefused as exc:
            with self.db.write() as s:
                note_failed_sign_in(s, username)
            if exc.reason == "disabled":  # PostgreSQL says so only after the right password
                raise AuthenticationError("this account is disabled", reason="disabled") from exc
            raise AuthenticationError("wrong user name or password") from exc
        try:
            return self._check(username, password, proven=True)
        except BaseException:
            self.db.sign_out()
            raise

    def _check(self, username: str, password: str, *, proven: bool) -> Actor:
        """The sign-in's checks; *proven*: the database has checked the password."""
        now = utcnow()
        with self.db.write() as s:
            user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                spend_verification_time(password)
                audit.record(s, None, "login.failed", after={"reason": "unknown_user"})
                failure = AuthenticationError("wrong user name or password")
            elif user.locked_until and user.locked_until > now:
                # Said whatever the password, and its check's answer thrown away: while
                # locked, guessing learns nothing, not even a right guess.
                if not proven:
                    verify_password(user.password_hash, password)
                audit.record(s, None, "login.failed", entity="user", entity_id=user.id,
                             username=user.username, after={"reason": "locked"})
                failure = AuthenticationError(
                    "this account is locked after repeated failed sign-ins; try again later",
                    LOCKOUT.seconds // 60, reason="locked",
                )
            elif not proven and not verify_password(user.password_hash, password):
                reason = "wrong_password"
                if user.active:
                    user.failed_logins += 1
                    if user.failed_logins >= MAX_FAILED_LOGINS:
                        user.locked_until = now + LOCKOUT
                        user.failed_logins = 0
                        reason = "locked_out"
                audit.record(s, None, "login.failed", entity="user", entity_id=user.id,
                             username=user.username, after={"reason": reason})
                failure = AuthenticationError("wrong user name or password")
            elif not user.active:
                audit.record(s, None, "login.failed", entity="user", entity_id=user.id,
                             username=user.username, after={"reason": "disabled"})
                failure = AuthenticationError("this account is disabled", reason="disabled")
            else:
                user.failed_logins = 0
                user.locked_until = None
                # Not an edit of the account: no new version, so two desktops signing in
                # as one user at the same moment do not conflict.
                s.execute(update(User).where(User.id == user.id)
                          .values(last_sign_in_at=now).execution_options(
                              synchronize_session=False))
                if not proven and needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                actor = Actor.of(user)
                audit.record(s, actor, "login", entity="user", entity_id=user.id)
                log.info("user %s signed in", user.id)
                return actor
        # The failed attempt is committed (audit, counters) before the refusal is raised.
        raise failure

    def logout(self, actor: Actor) -> None:
        """The user leaves the desk (signs out so that somebody else can sign in): audited,
        so the journal says who was at a shared desk when."""
        with self.db.write() as s:
            audit.record(s, actor, "logout", entity="user", entity_id=actor.user_id)
        self.db.sign_out()
        log.info("user %s signed out", actor.user_id)

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        require_strong(new)
        with self.db.write() as s:
            user = s.get(User, actor.user_id)
            if user is None:
                raise NotFoundError("the account no longer exists", reason="own_account")
            right = (self.db.password_works(user.username, old) if self.db.per_person
                     else verify_password(user.password_hash, old))
            if not right:
                raise AuthenticationError("the current password is wrong",
                                          reason="wrong_password")
            user.password_hash = hash_password(new)
            user.must_change_password = False
            self._set_login(s, user.username, password=new)
            audit.record(s, actor, "user.change_password", entity="user", entity_id=user.id)
        if self.db.per_person:  # the pool's next connections sign in with the new one
            self.db.sign_in_as(user.username, new)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> None:
        actor.require(Action.MANAGE_USERS)
        if user_id == actor.user_id and not active:
            raise AccountError("an administrator cannot disable their own account",
                               reason="disable_self")
        with self.db.write() as s:
            user = self._user(s, user_id)
            if not active:
                _keep_an_administrator(s, user)
            before = {"active": user.active}
            user.active = active
            self._set_login(s, user.username, active=active)
            audit.record(s, actor, "user.set_active", entity="user", entity_id=user.id,
                         before=before, after={"active": active})

    def update(self, actor: Actor, user_id: int, *, full_name: str, role: Role) -> None:
        """Correct an account's full name and change its role; an administrator keeps
        their own role, and the last administrator stays one."""
        actor.require(Action.MANAGE_USERS)
        role = Role(role)
        if not full_name.strip():
            raise AccountError("the full name is empty", reason="no_full_name")
        with self.db.write() as s:
            user = self._user(s, user_id)
            if role != user.role:
                if user.id == actor.user_id:
                    raise AccountError("an administrator cannot change their own role",
                                       reason="own_role")
                _keep_an_administrator(s, user)
            before = {"full_name": user.full_name, "role": str(user.role)}
            user.full_name = full_name.strip()
            user.role = role
            self._set_login(s, user.username, role=role)
            audit.record(s, actor, "user.update", entity="user", entity_id=user.id,
                         before=before, after={"full_name": user.full_name, "role": str(role)})

    def unlock(self, actor: Actor, user_id: int) -> None:
        """Lift the lock of repeated failed sign-ins (and forget the failures)."""
        actor.require(Action.MANAGE_USERS)
        with self.db.write() as s:
            user = self._user(s, user_id)
            before = {"locked_until": user.locked_until.isoformat() if user.locked_until
                      else None, "failed_logins": user.failed_logins}
            user.locked_until = None
            user.failed_logins = 0
            audit.record(s, actor, "user.unlock", entity="user", entity_id=user.id,
                         before=before)

    def reset_password(self, actor: Actor, user_id: int, password: str) -> None:
        """Give the account a password that its holder must change at the next sign-in
        (an administrator changes their own with :meth:`change_password`)."""
        actor.require(Action.MANAGE_USERS)
        if user_id == actor.user_id:
            raise AccountError("an administrator changes their own password, not resets it",
                               reason="reset_self")
        require_strong(password)
        with self.db.write() as s:
            user = self._user(s, user_id)
            user.password_hash = hash_password(password)
            user.must_change_password = True
            self._set_login(s, user.username, password=password)
            user.locked_until = None
            user.failed_logins = 0
            audit.record(s, actor, "user.reset_password", entity="user", entity_id=user.id)

    def accounts(self, actor: Actor) -> list[AccountView]:
        """Every account as the administrator's list shows it."""
        actor.require(Action.MANAGE_USERS)
        now = utcnow()
        with self.db.read() as s:
            users = s.execute(select(User).order_by(User.full_name, User.id)).scalars()
            return [AccountView(
                u.id, u.username, u.full_name, Role(u.role), u.iin, u.active,
                u.locked_until if u.locked_until and u.locked_until > now else None,
                u.failed_logins, u.last_sign_in_at, u.must_change_password) for u in users]

    @staticmethod
    def _user(s: Session, user_id: int) -> User:
        user = s.get(User, user_id)
        if user is None:
            raise NotFoundError(f"no user with id {user_id}", user_id, reason="user")
        return user

    def list_users(self, actor: Actor) -> list[User]:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return list(s.execute(select(User).order_by(User.full_name)).scalars())
