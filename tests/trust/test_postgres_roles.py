"""PostgreSQL enforces the permission matrix: each person connects as their own login, and
what their role may not do is refused by the database itself, not only by the program.

Each test signs in through the program (as a desktop does, from the gate login), then
tries the forbidden write directly in SQL on that person's own connection.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from desktop.cli import main
from desktop.cli.commands.database import GATE_PASSWORD_ENV
from desktop.domain.conclusions import ConclusionStatus
from desktop.domain.documents import PageKind
from desktop.domain.roles import PermissionDenied, Role
from desktop.domain.seats import SeatKind
from desktop.messages import Words
from desktop.models.base import Base
from desktop.models.user import User
from desktop.services.audit import verify_chain
from desktop.services.backups import BackupService
from desktop.services.conclusions import ConclusionService
from desktop.services.examination import ExaminationService
from desktop.services.registration import RegistrationService
from desktop.services.seats import SeatService
from desktop.services.users import (
    MAX_FAILED_LOGINS,
    AccountError,
    AuthenticationError,
    NewUser,
    UserService,
)
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database, DatabaseRefused
from desktop.storage.db_grants import TABLE_WRITES
from desktop.storage.db_roles import role_prefix
from desktop.ui.login_dialog import LoginDialog
from tests.support.commission import examined, make_commission
from tests.support.db_roles import GATE_PASSWORD, RolesDatabase, blank_roles_url, roles_db
from tests.support.examination import add_pages, complete, word_application
from tests.support.factories import application, individual
from tests.support.pki import TestPki
from tests.support.softhsm import SoftToken
from tests.support.staff import PASSWORD, STAFF, actor_for

__all__ = ["blank_roles_url", "roles_db"]

pytestmark = pytest.mark.usefixtures("pg_server_url")


def refused(db: Database, sql: str, **params: object) -> str:
    """Run *sql* on *db*'s own connection; the database's refusal (its SQLSTATE)."""
    with pytest.raises(DBAPIError) as caught, db.engine.begin() as conn:
        conn.execute(text(sql), params)
    return str(caught.value.orig.sqlstate)  # type: ignore[union-attr]


def rows(db: Database, sql: str, **params: object) -> int:
    with db.engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


def test_every_table_has_its_writers_decided() -> None:
    assert set(Base.metadata.tables) | {"alembic_version"} == set(TABLE_WRITES)


def test_each_person_connects_as_their_own_login(roles_db: RolesDatabase) -> None:
    for name in ("clerk", "member", "chair", "official", "admin"):
        db, actor = roles_db.signed_in(name)
        assert actor.username == name
        with db.engine.connect() as conn:
            who = conn.execute(text("SELECT session_user")).scalar()
            groups = set(conn.execute(text(
                "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user")).scalars())
        assert who == db.url.username != make_url(roles_db.gate_url).username
        assert groups == {f"{db.role_prefix}_{Role(actor.role).value}"}


def test_a_wrong_password_is_refused_by_the_database(roles_db: RolesDatabase) -> None:
    desk = roles_db.desk()
    users = UserService(desk)
    with pytest.raises(AuthenticationError) as wrong:
        users.login("clerk", "not-the-password-1")
    with pytest.raises(AuthenticationError) as unknown:
        users.login("nobody", "not-the-password-1")
    assert wrong.value.reason == unknown.value.reason == "wrong_credentials"
    assert desk.at_gate  # still at the gate: nobody signed in
    owner = Database(roles_db.owner_url)
    with owner.read() as s:
        assert s.execute(select(User.failed_logins).where(User.username == "clerk")).scalar() == 1
    owner.dispose()


def test_the_gate_reads_nothing_personal(roles_db: RolesDatabase) -> None:
    desk = roles_db.desk()
    assert UserService(desk).has_users()
    for table in ("users", "applicants", "applications", "audit_events", "settings"):
        assert refused(desk, f"SELECT * FROM {table}") == "42501"
    assert refused(desk, "UPDATE users SET role = 'admin'") == "42501"
    assert refused(desk, "SELECT commission_set_login('clerk', NULL, 'admin', NULL)") == "42501"


def test_a_clerk_cannot_write_what_a_clerk_may_not(roles_db: RolesDatabase) -> None:
    clerk, _ = roles_db.signed_in("clerk")
    assert refused(clerk, "INSERT INTO users (username, full_name, role, password_hash, active, "
                          "failed_logins, must_change_password, created_at, version) VALUES "
                          "('evil', 'Evil', 'chair', 'x', true, 0, false, now(), 1)") == "42501"
    assert refused(clerk, "UPDATE users SET role = 'chair' WHERE username = 'clerk'") == "42501"
    assert refused(clerk, "UPDATE commission_seats SET until = NULL") == "42501"
    assert refused(clerk, "UPDATE settings SET value = '[]' WHERE key = 'trust_roots'") == "42501"
    assert refused(clerk, "INSERT INTO examinations (item_id) VALUES (1)") == "42501"
    assert refused(clerk, "UPDATE conclusion_signers SET signed_at = now()") == "42501"
    # Numbering advances by one, only as registration needs.
    assert refused(clerk, "UPDATE counters SET value = value + 5") == "42501"
    assert refused(clerk, "DELETE FROM counters") == "42501"
    # A person's own row: only the sign-in's columns, never another person's.
    assert refused(clerk, "SELECT password_hash FROM users") == "42501"
    assert rows(clerk, "UPDATE users SET failed_logins = 0 WHERE username = 'chair'") == 0


def test_a_member_cannot_manage_accounts_seats_or_trust(roles_db: RolesDatabase) -> None:
    member, _ = roles_db.signed_in("member")
    assert refused(member, "INSERT INTO users (username, full_name, role, password_hash, "
                           "active, failed_logins, must_change_password, created_at, version) "
                           "VALUES ('evil', 'Evil', 'chair', 'x', true, 0, false, now(), 1)"
                   ) == "42501"
    assert refused(member, "INSERT INTO commission_seats (region, user_id, seat, since) "
                           "VALUES ('akmola', 1, 'chair', '2020-01-01')") == "42501"
    assert refused(member, "INSERT INTO settings (key, value) VALUES ('trust_roots', '[]')"
                   ) == "42501"
    assert refused(member, "SELECT commission_set_login('clerk', NULL, 'admin', NULL)"
                   ) == "42501"
    assert refused(member, "INSERT INTO counters (name, value) VALUES ('application:x:1', 0)"
                   ) == "42501"


def test_the_audit_journal_is_append_only_for_everyone(roles_db: RolesDatabase) -> None:
    for name in ("clerk", "member", "chair", "official", "admin"):
        db, _ = roles_db.signed_in(name)
        assert refused(db, "UPDATE audit_events SET username = 'x'") == "42501"
        assert refused(db, "DELETE FROM audit_events") == "42501"
        assert refused(db, "TRUNCATE audit_events") == "42501"
        # An event in someone else's name, or off the chain, is refused too.
        assert refused(db, "INSERT INTO audit_events (seq, at, user_id, action, prev_hash, "
                           "hash) VALUES (999999, now(), NULL, 'user.create', 'x', 'y')"
                       ) == "42501"
    owner = create_engine(roles_db.owner_url)
    with owner.begin() as conn:  # even the schema's owner: only by disabling the trigger
        for sql in ("UPDATE audit_events SET username = 'x'", "DELETE FROM audit_events",
                    "TRUNCATE audit_events"):
            with pytest.raises(ProgrammingError), conn.begin_nested():
                conn.execute(text(sql))
    owner.dispose()


def test_a_refusal_reaching_the_program_becomes_words(roles_db: RolesDatabase) -> None:
    clerk, _ = roles_db.signed_in("clerk")
    with pytest.raises(DatabaseRefused) as caught, clerk.write() as s:
        s.execute(text("UPDATE commission_seats SET until = NULL"))
    words = Words("ru").refusal(caught.value)
    assert words and "UPDATE" not in words and "commission_seats" not in words


def test_the_allowed_path_works_as_each_person(roles_db: RolesDatabase) -> None:
    (clerk_db, clerk), (member_db, member) = (roles_db.signed_in("clerk"),
                                              roles_db.signed_in("member"))
    (chair_db, chair), (admin_db, admin) = (roles_db.signed_in("chair"),
                                            roles_db.signed_in("admin"))
    seats = SeatService(admin_db)
    with admin_db.read() as s:
        ids = dict(s.execute(select(User.username, User.id)).all())
    for name, seat in (("member", SeatKind.MEMBER), ("member2", SeatKind.MEMBER),
                       ("chair", SeatKind.CHAIR)):
        seats.add(admin, ids[name], seat, date(2020, 1, 1))

    app_id = RegistrationService(clerk_db).register(
        clerk, application(individual(1), items=2)).application_id
    add_pages(clerk_db, app_id, (PageKind.FORM, PageKind.ID, PageKind.PHOTO))
    WorkflowService(clerk_db).advance(clerk, app_id, "complete_documents")
    WorkflowService(member_db).advance(member, app_id, "start_examination")
    exams = ExaminationService(chair_db)
    for row in exams.items(chair, app_id):
        exams.save(chair, row.item_id, complete(), row.agreed_version)
    word_application(chair_db, {"chair": chair}, app_id)
    WorkflowService(chair_db).advance(chair, app_id, "finish_examination")
    draft = ConclusionService(member_db).draft(member, app_id)

    # The clerk drafts and cancels, but never issues nor decides.
    assert refused(clerk_db, "UPDATE conclusions SET status = 'issued' WHERE id = :id",
                   id=draft.id) == "42501"
    assert refused(clerk_db, "UPDATE conclusions SET agreed = NOT agreed WHERE id = :id",
                   id=draft.id) == "42501"
    assert refused(member_db, "UPDATE users SET role = 'chair' WHERE id = :id",
                   id=member.user_id) == "42501"

    # Signing out returns the desktop to the gate; the journal stays one intact chain.
    UserService(clerk_db).logout(clerk)
    assert clerk_db.at_gate
    owner = Database(roles_db.owner_url)
    with owner.read() as s:
        from desktop.models.audit import AuditEvent

        report = verify_chain(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())
    owner.dispose()
    assert report.ok


def test_accounts_and_their_logins_change_together(roles_db: RolesDatabase) -> None:
    admin_db, admin = roles_db.signed_in("admin")
    users = UserService(admin_db)
    new = users.create_user(admin, NewUser("newclerk", "Жаңа Қызметкер", Role.CLERK,
                                           "Fresh-password-42"))
    db, actor = roles_db.signed_in("newclerk", "Fresh-password-42")
    assert actor.must_change_password
    UserService(db).change_password(actor, "Fresh-password-42", "Own-password-4242")
    with db.read() as s:  # the desktop keeps working with the new password
        assert s.execute(select(User.id).where(User.username == "newclerk")).scalar()
    roles_db.signed_in("newclerk", "Own-password-4242")

    users.update(admin, new.user_id, full_name="Жаңа Қызметкер", role=Role.MEMBER)  # type: ignore[arg-type]
    member_db, _ = roles_db.signed_in("newclerk", "Own-password-4242")
    with member_db.engine.connect() as conn:
        assert conn.execute(text("SELECT pg_has_role(session_user, :g, 'MEMBER')"),
                            {"g": f"{member_db.role_prefix}_member"}).scalar()
        assert not conn.execute(text("SELECT pg_has_role(session_user, :g, 'MEMBER')"),
                                {"g": f"{member_db.role_prefix}_clerk"}).scalar()

    users.set_active(admin, new.user_id, False)  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError) as disabled:
        roles_db.signed_in("newclerk", "Own-password-4242")
    assert disabled.value.reason == "disabled"
    with pytest.raises(OperationalError):  # nor directly, bypassing the program
        create_engine(roles_db.desk().person_url("newclerk", "Own-password-4242")).connect()


def test_setup_then_the_demo_then_a_desktop_signs_in(
        blank_roles_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(GATE_PASSWORD_ENV, GATE_PASSWORD)
    assert main(["--db", blank_roles_url, "database", "setup-roles"]) == 0
    gate = capsys.readouterr().out.split("the desktops connect as ")[1].split()[0]
    assert main(["--db", blank_roles_url, "--lang", "ru", "database", "setup-roles",
                 "--keep-gate-password"]) == 0  # again: harmless, and in the reader's words
    assert f"рабочие места подключаются как {gate}" in capsys.readouterr().out

    empty = Database(make_url(blank_roles_url).set(username=gate, password=GATE_PASSWORD)
                     .render_as_string(hide_password=False))
    assert not UserService(empty).has_users()  # a desktop's first start: the owner's turn
    with pytest.raises(AccountError) as first:
        UserService(empty).create_first_admin(NewUser("admin", "Әкімші", Role.ADMIN,
                                                      "Admin-password-2026"))
    assert first.value.reason == "first_admin_by_owner"
    empty.dispose()
    assert main(["--db", blank_roles_url, "demo-data", "--applications", "3",
                 "--workers", "0"]) == 0

    desk = Database(make_url(blank_roles_url).set(username=gate, password=GATE_PASSWORD)
                    .render_as_string(hide_password=False))
    clerk = UserService(desk).login("clerk", "Clerk-Demo-2026")
    assert desk.per_person
    number = RegistrationService(desk).register(clerk, application(individual(7))).number
    assert number
    monkeypatch.setenv("EXPORT_COMMISSION_USER", "member1")  # the command line, the same way
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", "Member-Demo-2026")
    gate_url = str(make_url(blank_roles_url).set(username=gate, password=GATE_PASSWORD)
                   .render_as_string(hide_password=False))
    assert main(["--db", gate_url, "users", "add", "evil", "--full-name", "Evil",
                 "--role", "chair"]) != 0
    desk.dispose()


def test_signers_sign_and_issue_with_their_own_logins(
        roles_db: RolesDatabase, pki: TestPki, soft_token: SoftToken) -> None:
    owner = Database(roles_db.owner_url)
    roles_db.opened.append(owner)
    staff = {name: actor_for(owner, name) for name in STAFF}
    commission = make_commission(owner, staff, pki, soft_token)  # the chair's login made too
    app_id = examined(owner, staff)

    member_db, member = roles_db.signed_in("member")
    member2_db, member2 = roles_db.signed_in("member2")
    chair_db, chair = roles_db.signed_in("chair-token", "Long-enough-1")
    draft = ConclusionService(member_db).draft(member, app_id)
    for db, actor, key in ((member_db, member, "member"), (member2_db, member2, "member2"),
                           (chair_db, chair, "chair")):
        ConclusionService(db).sign(actor, draft.id, commission.keys[key])
    issued = ConclusionService(member_db).summary(member, draft.id)
    assert issued.status == ConclusionStatus.ISSUED
    # Once issued, the clerk's login cannot touch it.
    clerk_db, _ = roles_db.signed_in("clerk")
    assert rows(clerk_db, "UPDATE conclusions SET status = 'cancelled' WHERE id = :id",
                id=draft.id) == 0


def test_an_administrator_backs_up_with_their_own_login(
        roles_db: RolesDatabase, tmp_path: Path) -> None:
    admin_db, admin = roles_db.signed_in("admin")
    made = BackupService(admin_db).make_file(admin, tmp_path / "commission.dump")
    assert made.audit_events > 0
    clerk_db, clerk = roles_db.signed_in("clerk")
    with pytest.raises(PermissionDenied):
        BackupService(clerk_db).make_file(clerk, tmp_path / "clerk.dump")


def test_the_sign_in_dialog_at_the_gate(qtbot: QtBot, roles_db: RolesDatabase) -> None:
    """The window's sign-in, on a desktop that holds only the gate login: a wrong password
    is said as on SQLite, five lock the account (counted by the gate), the right one
    connects as the person."""
    desk = roles_db.desk()
    dialog = LoginDialog(UserService(desk))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)

    def sign_in(username: str, password: str) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.sign_in_button.click()

    sign_in("clerk", "not-the-password-1")
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.actor is None and desk.at_gate
    sign_in("clerk", PASSWORD)
    assert dialog.actor is not None and dialog.actor.username == "clerk"
    assert desk.per_person

    other = roles_db.desk()
    users = UserService(other)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            users.login("member", "not-the-password-1")
    with pytest.raises(AuthenticationError) as locked:
        users.login("member", PASSWORD)
    assert locked.value.reason == "locked"
    assert other.at_gate  # refused after connecting: back at the gate


def test_an_upgrade_run_by_the_owner_grants_again(roles_db: RolesDatabase) -> None:
    """A migration (a new table, say) is followed by the grants: here the clerk's grant on
    ``applicants`` is lost and the last migration undone, as an older version left them;
    the owner's next start upgrades and grants again, and the clerk registers."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from desktop.storage.migrate import alembic_config

    owner = Database(roles_db.owner_url)
    roles_db.opened.append(owner)
    prefix = owner.role_prefix
    with owner.engine.begin() as conn:
        conn.execute(text(f"REVOKE ALL ON applicants FROM {prefix}_clerk"))
    config = alembic_config(owner.engine)
    # The history has two heads (0012_last_sign_in beside the main line): "-1" alone is
    # ambiguous, and Alembic will refuse it; the newest is the main line's.
    script = ScriptDirectory.from_config(config)
    newest = max(script.get_heads(),
                 key=lambda head: len(list(script.iterate_revisions(head, "base"))))
    command.downgrade(config, f"{newest}-1")
    owner.migrate()
    clerk_db, clerk = roles_db.signed_in("clerk")
    assert RegistrationService(clerk_db).register(clerk, application(individual(3))).number
    assert refused(clerk_db, "DELETE FROM audit_events") == "42501"


def test_the_documented_setup_by_an_owner_who_is_not_a_superuser(
        pg_server_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/postgresql.md's steps, as written: an owner with CREATEROLE (no superuser) sets
    the roles up and creates the first administrator, who then signs in at the gate and adds
    a clerk, who signs in too."""
    server = make_url(pg_server_url)
    suffix = uuid.uuid4().hex[:10]
    name, owner_role = f"ec_docs_{suffix}", f"ec_owner_{suffix}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {owner_role} LOGIN CREATEROLE PASSWORD 'owner-pw-1'"))
        conn.execute(text(f'CREATE DATABASE "{name}" OWNER {owner_role}'))
    owner_url = server.set(database=name, username=owner_role, password="owner-pw-1")
    url = owner_url.render_as_string(hide_password=False)
    try:
        monkeypatch.setenv(GATE_PASSWORD_ENV, GATE_PASSWORD)
        assert main(["--db", url, "database", "setup-roles"]) == 0
        monkeypatch.setenv("EXPORT_COMMISSION_NEW_PASSWORD", "Admin-password-2026")
        assert main(["--db", url, "users", "add", "admin", "--full-name", "Әкімші",
                     "--role", "admin"]) == 0

        gate = owner_url.set(username=f"{role_prefix(name)}_gate", password=GATE_PASSWORD)
        desk = Database(gate.render_as_string(hide_password=False))
        users = UserService(desk)
        administrator = users.login("admin", "Admin-password-2026")
        users.create_user(administrator, NewUser("clerk", "Серікова Айгүл", Role.CLERK,
                                                 "Clerk-password-2026"), must_change=False)
        users.logout(administrator)
        clerk = users.login("clerk", "Clerk-password-2026")
        assert desk.per_person and clerk.role == Role.CLERK
        desk.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                     {"p": f"{role_prefix(name)}\\_%"}).scalars().all():
                conn.execute(text(f'DROP ROLE "{role}"'))
            conn.execute(text(f"DROP ROLE {owner_role}"))
        admin.dispose()
