"""Signing in and staff accounts."""

from __future__ import annotations

import logging

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from desktop.domain.roles import PermissionDenied, Role
from desktop.models.audit import AuditEvent
from desktop.models.user import User
from desktop.services.users import (
    MAX_FAILED_LOGINS,
    AccountError,
    AuthenticationError,
    NewUser,
    UserService,
)
from desktop.storage.database import Database
from tests.support.staff import PASSWORD


def _last_event(db: Database) -> AuditEvent:
    with db.read() as s:
        return s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()


def test_login_with_the_right_password(db: Database) -> None:
    actor = UserService(db).login("chair", PASSWORD)
    assert actor.role == Role.CHAIR and actor.full_name == "Байжанов Нұрлан"
    assert _last_event(db).action == "login"


def test_wrong_password_is_refused_and_audited(db: Database, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError, match="wrong user name or password"):
        UserService(db).login("clerk", "not-the-password")
    event = _last_event(db)
    assert (event.action, event.username, event.after) == (
        "login.failed", "clerk", {"reason": "wrong_password"})
    with pytest.raises(AuthenticationError, match="wrong user name or password"):
        UserService(db).login("nobody", "whatever")
    assert _last_event(db).after == {"reason": "unknown_user"}
    assert "not-the-password" not in caplog.text


def test_repeated_failures_lock_the_account(db: Database) -> None:
    users = UserService(db)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            users.login("member", "wrong-password")
    assert _last_event(db).after == {"reason": "locked_out"}
    with pytest.raises(AuthenticationError, match="locked") as caught:
        users.login("member", PASSWORD)
    assert caught.value.reason == "locked"


def test_passwords_are_stored_as_argon2id(db: Database) -> None:
    with db.read() as s:
        stored = s.execute(select(User.password_hash).where(User.username == "clerk")).scalar()
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$") and PASSWORD not in stored


def test_a_hash_with_older_parameters_is_made_again_at_sign_in(db: Database) -> None:
    """Databases made before the parameters changed keep working, and catch up."""
    older = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4).hash(PASSWORD)
    with db.write() as s:
        s.execute(update(User).where(User.username == "clerk").values(password_hash=older))
    UserService(db).login("clerk", PASSWORD)
    with db.read() as s:
        stored = s.execute(select(User.password_hash).where(User.username == "clerk")).scalar()
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    UserService(db).login("clerk", PASSWORD)


def test_first_admin_only_on_an_empty_database(db: Database) -> None:
    with pytest.raises(AccountError, match="already has users"):
        UserService(db).create_first_admin(NewUser("root", "Root", Role.ADMIN, "Long-enough-1"))


def test_only_an_admin_manages_users(db: Database, staff) -> None:
    users = UserService(db)
    new = NewUser("clerk2", "Жаңа Хатшы", Role.CLERK, "Long-enough-1", "791028302728")
    with pytest.raises(PermissionDenied, match="'clerk' may not perform 'manage_users'"):
        users.create_user(staff["clerk"], new)
    created = users.create_user(staff["admin"], new)
    assert created.role == Role.CLERK
    with pytest.raises(AccountError, match="IIN is invalid"):
        users.create_user(staff["admin"], NewUser("x", "X", Role.CLERK, "Long-enough-1",
                                                  "791028302729"))
    with pytest.raises(AccountError, match="at least 12"):
        users.create_user(staff["admin"], NewUser("y", "Y", Role.CLERK, "short"))


def test_disabled_account_cannot_sign_in(db: Database, staff) -> None:
    users = UserService(db)
    users.set_active(staff["admin"], staff["clerk"].user_id, False)
    with pytest.raises(AuthenticationError, match="disabled"):
        users.login("clerk", PASSWORD)
    with pytest.raises(AccountError, match="own account"):
        users.set_active(staff["admin"], staff["admin"].user_id, False)


def test_change_password(db: Database, staff) -> None:
    users = UserService(db)
    with pytest.raises(AuthenticationError, match="current password is wrong"):
        users.change_password(staff["clerk"], "nope", "Another-pass-2")
    users.change_password(staff["clerk"], PASSWORD, "Another-pass-2")
    assert users.login("clerk", "Another-pass-2").username == "clerk"
