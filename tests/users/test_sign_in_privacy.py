"""Signing in gives nothing away: no typed secret is kept, an unknown name takes as long as a
wrong password, "disabled" is said only to whoever knows the password and "locked" gives no
hint about it; new passwords are long and not common; an administrator's password must be
changed; the log names ids, never people."""

from __future__ import annotations

import json
import logging
import statistics
import time
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.messages import Words
from desktop.models.audit import AuditEvent
from desktop.models.base import utcnow
from desktop.models.user import User
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import RegistrationService
from desktop.services.users import AccountError, AuthenticationError, NewUser, UserService
from desktop.storage.database import Database
from tests.documents import samples
from tests.support.factories import application, individual
from tests.support.staff import PASSWORD


def _audit_text(db: Database) -> str:
    with db.read() as s:
        events = s.execute(select(AuditEvent)).scalars()
        return json.dumps([[e.action, e.username, e.entity, e.entity_id, e.before, e.after]
                           for e in events], ensure_ascii=False)


def test_a_password_typed_as_the_user_name_is_kept_nowhere(
    db: Database, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError):
        UserService(db).login(PASSWORD, "")  # the password in the name field, Enter pressed
    assert PASSWORD not in _audit_text(db)
    assert PASSWORD not in caplog.text
    with db.read() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
    assert (event.action, event.username, event.after) == (
        "login.failed", None, {"reason": "unknown_user"})


def test_an_unknown_name_is_checked_like_a_wrong_password(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same argon2 work either way, counted; and the time, measured, is alike."""
    verified: list[str] = []
    real = PasswordHasher.verify

    def counting(self: PasswordHasher, hash: str, password: str | bytes) -> bool:
        verified.append(hash)
        return real(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    users = UserService(db)
    timings: dict[str, list[float]] = {"unknown": [], "known": []}
    for _ in range(4):
        for kind, name in (("unknown", "nobody-here"), ("known", "clerk")):
            started = time.perf_counter()
            with pytest.raises(AuthenticationError) as refused:
                users.login(name, "Wrong-password-1")
            timings[kind].append(time.perf_counter() - started)
            assert refused.value.reason == "wrong_credentials"
    assert len(verified) == 8  # one verification per attempt, known name or not
    unknown, known = (statistics.median(timings[k]) for k in ("unknown", "known"))
    assert unknown > known / 3, timings  # was 6 ms against 284 ms


def test_disabled_is_said_only_after_the_right_password(
    db: Database, staff: dict[str, Actor],
) -> None:
    users = UserService(db)
    with db.write() as s:
        user = s.get(User, staff["clerk"].user_id)
        assert user is not None
        user.active = False
    with pytest.raises(AuthenticationError) as wrong:
        users.login("clerk", "Wrong-password-1")
    assert wrong.value.reason == "wrong_credentials"  # as for a name nobody has
    with pytest.raises(AuthenticationError) as right:
        users.login("clerk", PASSWORD)
    assert right.value.reason == "disabled"
    with db.read() as s:
        user = s.get(User, staff["clerk"].user_id)
        assert user is not None and user.failed_logins == 0  # no lockout counting meanwhile


def test_a_locked_account_gives_no_hint_about_the_password(
    db: Database, staff: dict[str, Actor],
) -> None:
    """While locked, a right guess is answered exactly as a wrong one."""
    users = UserService(db)
    with db.write() as s:
        user = s.get(User, staff["clerk"].user_id)
        assert user is not None
        user.locked_until = utcnow() + timedelta(minutes=10)
    answers = []
    for password in ("Wrong-password-1", PASSWORD):
        with pytest.raises(AuthenticationError) as refused:
            users.login("clerk", password)
        answers.append((refused.value.reason, refused.value.values))
    assert answers[0] == answers[1] == ("locked", ("15",))


@pytest.mark.parametrize(("password", "reason"), [
    ("Short-pw-1!", "short_password"),  # 11 characters
    ("password1234", "common_password"),
    ("QWERTY123456", "common_password"),  # case does not help
    ("Йцукенгшщзхъ", "common_password"),
])
def test_a_short_or_common_password_is_refused(
    db: Database, staff: dict[str, Actor], password: str, reason: str,
) -> None:
    with pytest.raises(AccountError) as refused:
        UserService(db).create_user(staff["admin"], NewUser("new", "Жаңа", Role.CLERK,
                                                            password))
    assert refused.value.reason == reason
    with pytest.raises(AccountError):
        UserService(db).change_password(staff["clerk"], PASSWORD, password)


def test_the_refusals_are_worded() -> None:
    common = AccountError("common", reason="common_password")
    assert Words("kk").refusal(common) == (
        "Бұл құпиясөз ең жиі қолданылатындардың бірі: басқасын таңдаңыз.")
    assert Words("ru").refusal(common) == (
        "Этот пароль — один из самых распространённых: выберите другой.")


def test_a_password_an_administrator_set_must_be_changed(
    db: Database, staff: dict[str, Actor],
) -> None:
    users = UserService(db)
    new = users.create_user(staff["admin"], NewUser("clerk2", "Жаңа Хатшы", Role.CLERK,
                                                    "Twelve-chars-ok"))

    def must_change(user_id: int) -> bool:
        with db.read() as s:
            user = s.get(User, user_id)
            assert user is not None
            return user.must_change_password

    assert must_change(new.user_id)
    signed_in = users.login("clerk2", "Twelve-chars-ok")
    users.change_password(signed_in, "Twelve-chars-ok", "Mine-alone-now-1")
    assert not must_change(new.user_id)


def test_the_log_names_ids_never_people(
    db: Database, staff: dict[str, Actor], tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    """What ``-v`` shows while a clerk signs in, registers and imports a scan."""
    caplog.set_level(logging.DEBUG, logger="desktop")
    applicant = individual(8, surname="Құлмағамбетова", given_name="Ақмарал")
    clerk = UserService(db).login("clerk", PASSWORD)
    done = RegistrationService(db).register(clerk, application(applicant))
    scan = samples.write(tmp_path, "Құлмағамбетова паспорт.jpg",
                         samples.jpeg_bytes(samples.photo()))
    bad = samples.write(tmp_path, "Құлмағамбетова.pdf", b"%PDF-1.4 not really")
    DocumentService(db).import_files(clerk, done.application_id, [scan, bad], "id")
    assert done.number in caplog.text  # the application is named by its number
    for personal in ("Құлмағамбетова", "Ақмарал", applicant.iin_bin, "clerk",
                     staff["clerk"].full_name):
        assert personal not in caplog.text, personal
