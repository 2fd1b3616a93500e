"""The administrator's operations on accounts: the permission, the audit, and the rules that
keep the office with an administrator and nobody locked out of their own work."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.errors import NotFoundError
from desktop.domain.roles import PermissionDenied, Role
from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.users import AccountError, NewUser, UserService
from desktop.storage.database import Database
from tests.support.staff import PASSWORD


def _actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(AuditEvent.action).where(AuditEvent.action.in_(
            ("user.update", "user.unlock", "user.reset_password", "user.set_active")))
            .order_by(AuditEvent.seq)).scalars())


def test_only_an_administrator_manages_accounts(db: Database, staff: dict[str, Actor]) -> None:
    users = UserService(db)
    clerk_id = staff["clerk"].user_id or 0
    for call in (lambda: users.accounts(staff["chair"]),
                 lambda: users.unlock(staff["chair"], clerk_id),
                 lambda: users.reset_password(staff["member"], clerk_id, "Long-enough-22"),
                 lambda: users.update(staff["official"], clerk_id, full_name="X",
                                      role=Role.ADMIN)):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(NotFoundError) as gone:
        users.unlock(staff["admin"], 999_999)
    assert (gone.value.reason, gone.value.values) == ("user", ("999999",))
    assert _actions(db) == []


def test_the_last_administrator_stays_one(db: Database, staff: dict[str, Actor]) -> None:
    users = UserService(db)
    admin = staff["admin"]
    with pytest.raises(AccountError) as own:
        users.update(admin, admin.user_id or 0, full_name="Әкімші", role=Role.CLERK)
    assert own.value.reason == "own_role"
    second = users.create_user(admin, NewUser("admin2", "Екінші Әкімші", Role.ADMIN,
                                              "Second-admin-1"))
    # The second administrator demotes the first: allowed, one administrator remains...
    users.update(second, admin.user_id or 0, full_name=admin.full_name, role=Role.CHAIR)
    # ...and that one cannot be disabled or demoted by anyone.
    with pytest.raises(AccountError) as last:
        users.set_active(Actor.system(), second.user_id or 0, False)
    assert (last.value.reason, last.value.values) == ("last_admin", ("Екінші Әкімші",))
    with pytest.raises(AccountError):
        users.update(Actor.system(), second.user_id or 0, full_name="x", role=Role.MEMBER)
    with pytest.raises(AccountError) as blank:
        users.update(second, staff["clerk"].user_id or 0, full_name="  ", role=Role.CLERK)
    assert blank.value.reason == "no_full_name"
    assert _actions(db) == ["user.update"]
    by_role = {a.username: a.role for a in users.accounts(second)}
    assert by_role["admin"] == Role.CHAIR and by_role["admin2"] == Role.ADMIN


def test_reset_and_unlock_are_audited_and_the_sign_in_remembered(
        db: Database, staff: dict[str, Actor]) -> None:
    users = UserService(db)
    admin, clerk_id = staff["admin"], staff["clerk"].user_id or 0
    with pytest.raises(AccountError) as own:
        users.reset_password(admin, admin.user_id or 0, "Long-enough-22")
    assert own.value.reason == "reset_self"
    with pytest.raises(AccountError) as short:
        users.reset_password(admin, clerk_id, "short")
    assert short.value.reason == "short_password"
    before = {a.username: a for a in users.accounts(admin)}["clerk"]
    assert before.last_sign_in_at is None and not before.must_change_password
    users.login("clerk", PASSWORD)
    users.reset_password(admin, clerk_id, "Given-by-admin-1")
    users.unlock(admin, clerk_id)
    after = {a.username: a for a in users.accounts(admin)}["clerk"]
    assert after.last_sign_in_at is not None and after.must_change_password
    actor = users.login("clerk", "Given-by-admin-1")
    assert actor.must_change_password
    users.change_password(actor, "Given-by-admin-1", "Chosen-by-clerk-1")
    assert not users.login("clerk", "Chosen-by-clerk-1").must_change_password
    assert _actions(db) == ["user.reset_password", "user.unlock"]


def test_reset_and_unlock_from_the_command_line(db: Database, staff: dict[str, Actor], capsys,
                                                sign_in_as, monkeypatch) -> None:
    from desktop.cli import main
    from desktop.cli.commands.admin import NEW_PASSWORD_ENV

    url = db.url.render_as_string(hide_password=False)
    sign_in_as("admin")
    monkeypatch.setenv(NEW_PASSWORD_ENV, "Given-by-admin-1")
    assert main(["--db", url, "users", "reset-password", "member"]) == 0
    assert main(["--db", url, "users", "reset-password", "admin"]) == 1
    assert "Your own password is changed, not reset" in capsys.readouterr().err
    assert main(["--db", url, "users", "disable", "admin"]) == 1
    assert "cannot disable their own account" in capsys.readouterr().err
    sign_in_as("member", "Given-by-admin-1")
    assert main(["--db", url, "--lang", "en", "seats", "list"]) == 2
    assert ("The password of member was set by the administrator: choose your own first with "
            "«users password» or in the window.") in capsys.readouterr().err
    monkeypatch.setenv(NEW_PASSWORD_ENV, "Chosen-by-member-1")
    assert main(["--db", url, "users", "password"]) == 0
    sign_in_as("member", "Chosen-by-member-1")
    assert main(["--db", url, "seats", "list"]) == 0
    sign_in_as("admin")
    assert main(["--db", url, "users", "unlock", "member"]) == 0
    assert main(["--db", url, "users", "unlock", "nobody"]) == 2
    capsys.readouterr()
    assert main(["--db", url, "users", "list"]) == 0
    listed = {line.split()[1]: line.split() for line in capsys.readouterr().out.splitlines()}
    assert listed["member"][3] == "active" and listed["admin"][4] != "—"  # signed in today
