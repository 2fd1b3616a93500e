"""Each command that once ended in a traceback now answers in words with its exit code."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.cli import main
from desktop.models.user import User
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.registration.samples import individual_package, write
from tests.support.commission import seat_commission
from tests.support.factories import application, individual

SignIn = Callable[..., None]


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["--lang", "en", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err and "unexpected error" not in err.lower(), err
    return code, err.strip()


def test_a_user_name_with_a_space_in_front_is_the_same_name(
    db: Database, sign_in_as: SignIn, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign_in_as("admin")
    monkeypatch.setenv("EXPORT_COMMISSION_NEW_PASSWORD", "Twelve-chars-ok")
    add = ("--db", _url(db), "users", "add", "--role", "member", "--full-name", "Жаңа Мүше")
    assert _run(capsys, *add, " member3")[0] == 0
    code, err = _run(capsys, *add, " member3")
    assert (code, err) == (2, "export-commission: The user name «member3» is taken.")


def test_a_user_name_longer_than_its_column_is_refused(
    db: Database, sign_in_as: SignIn, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign_in_as("admin")
    monkeypatch.setenv("EXPORT_COMMISSION_NEW_PASSWORD", "Twelve-chars-ok")
    code, err = _run(capsys, "--db", _url(db), "users", "add", "u" * 200, "--role", "clerk",
                     "--full-name", "Ұзын Ат")
    assert (code, err) == (2, "export-commission: The user name is longer than 64 "
                              "characters.")
    with db.read() as s:
        assert not s.execute(select(User).where(func.length(User.username) > 64)).first()


def test_commands_wait_for_a_locked_database_and_say_so(
    sqlite_db: Database, sign_in_as: SignIn, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Another program holds the SQLite file's write lock for as long as the commands run."""
    sign_in_as("admin")
    path = sqlite_db.url.database
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, err = _run(capsys, "--db", _url(sqlite_db), "region", "zhambyl")
        assert code in (1, 2) and "busy" in err.lower(), err
        sign_in_as("clerk")
        package = write(tmp_path / "request.json", individual_package(5))
        code, err = _run(capsys, "--db", _url(sqlite_db), "register", str(package))
        assert code in (1, 2) and "busy" in err.lower(), err
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_writing_into_a_folder_that_does_not_exist_is_refused_in_words(
    db: Database, staff: dict[str, Actor], sign_in_as: SignIn, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seat_commission(db, staff)
    done = RegistrationService(db).register(staff["clerk"], application(individual(2)))
    ConclusionService(db).refuse(staff["chair"], done.application_id, "other",
                                 "неполный комплект")
    missing = tmp_path / "nowhere"
    sign_in_as("chair")
    code, err = _run(capsys, "--db", _url(db), "conclusion", done.number, "-o",
                     str(missing / "x.pdf"))
    assert (code, err) == (2, f"export-commission: The folder {missing} does not exist.")
    sign_in_as("admin")
    today = date.today()
    code, err = _run(capsys, "--db", _url(db), "export", "registry", "--from",
                     str(today - timedelta(days=30)), "--to", str(today), "-o",
                     str(missing / "registry.xlsx"))
    assert (code, err) == (2, f"export-commission: The folder {missing} does not exist.")
    code, err = _run(capsys, "--db", _url(db), "backup", str(missing / "backup.sqlite3"))
    assert code == 2 and str(missing) in err
    assert not missing.exists()


def test_audit_verify_names_an_event_that_is_not_json(
    sqlite_db: Database, sign_in_as: SignIn, capsys: pytest.CaptureFixture[str],
) -> None:
    """Only SQLite can hold it (PostgreSQL's json column refuses it): edited in the file."""
    with sqlite_db.write() as s:
        s.execute(text("UPDATE audit_events SET after = '{not json' WHERE seq = 2"))
    sign_in_as("admin")
    code = main(["--lang", "en", "--db", _url(sqlite_db), "audit", "verify"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err and "unexpected" not in captured.err
    assert "event 2" in captured.out + captured.err
