"""The command line: demo data, the registry listing, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application, individual


@pytest.fixture
def empty_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


def test_version_as_a_real_process() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"export-commission {__version__}"


def test_demo_data_fills_every_status_and_lists_as_json(empty_url: str, capsys,
                                                        sign_in_as) -> None:
    assert main(["--db", empty_url, "demo-data", "--applications", "30", "--workers", "0"]) == 0
    out = capsys.readouterr().out
    assert "30 applications" in out and "(region: akmola)" in out
    assert "clerk    Clerk-Demo-2026" in out
    sign_in_as("clerk", "Clerk-Demo-2026")
    assert main(["--db", empty_url, "applications", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 30
    assert {"number", "received", "applicant", "iin_bin", "status", "deadline", "items",
            "pages"} <= set(rows[0])
    statuses = {r["status"] for r in rows}
    assert "issued_agreed" in statuses and len(statuses) >= 4
    assert any(r["pages"] > 0 for r in rows)
    assert all(r["items"] >= 1 for r in rows)
    # A second run refuses to add to a database that has data; --if-empty is quiet about it.
    assert main(["--db", empty_url, "demo-data"]) == 1
    assert "already has" in capsys.readouterr().err
    assert main(["--db", empty_url, "demo-data", "--if-empty"]) == 0


def test_overdue_and_status_filters(db: Database, staff, capsys, sign_in_as) -> None:
    from datetime import date

    service = RegistrationService(db)
    service.register(staff["clerk"], application(received=date(2026, 1, 5)))
    service.register(staff["clerk"], application(individual(9)))
    url = db.url.render_as_string(hide_password=False)
    sign_in_as("member")
    assert main(["--db", url, "applications", "list", "--overdue", "--json"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    assert [r["received"] for r in overdue] == ["2026-01-05"]
    assert overdue[0]["overdue"] is True
    assert main(["--db", url, "applications", "list", "--status", "refused", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_bad_usage_exits_2_with_a_message(empty_url: str, capsys, sign_in_as) -> None:
    assert main(["--db", empty_url, "applications", "list", "--status", "lost"]) == 2
    assert "Unknown status «lost»" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2
    sign_in_as("clerk")
    assert main(["--db", "nosuchdialect://x", "applications", "list"]) == 2
    assert "Cannot open the database" in capsys.readouterr().err


# -- sign-in, the reader's language, the last guard ------------------------------------------


def test_commands_that_read_or_change_data_need_a_signed_in_user(db: Database, staff, capsys,
                                                                sign_in_as) -> None:
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "applications", "list"]) == 2
    assert "--user NAME" in capsys.readouterr().err
    assert main(["--db", url, "audit", "verify"]) == 2
    capsys.readouterr()
    sign_in_as("clerk")
    assert main(["--db", url, "audit", "verify"]) == 1  # a clerk may not read the audit
    assert "Your role (Clerk) may not do this." in capsys.readouterr().err
    sign_in_as("clerk", "not-the-password")
    assert main(["--db", url, "applications", "list"]) == 2
    assert "Cannot sign in: Wrong user name or password." in capsys.readouterr().err


def test_accounts_are_managed_by_an_administrator_only(db: Database, staff, capsys,
                                                       sign_in_as, monkeypatch) -> None:
    url = db.url.render_as_string(hide_password=False)
    monkeypatch.setenv("EXPORT_COMMISSION_NEW_PASSWORD", "Evil-chair-2026")
    add = ["--db", url, "users", "add", "evilchair", "--full-name", "Evil Chair",
           "--role", "chair"]
    assert main(add) == 2  # nobody signed in
    sign_in_as("clerk")
    assert main(add) == 1
    sign_in_as("clerk")
    assert main(["--db", url, "users", "disable", "admin"]) == 1
    capsys.readouterr()
    sign_in_as("admin")
    assert main(["--db", url, "users", "list"]) == 0
    listed = capsys.readouterr().out
    assert "evilchair" not in listed and "admin" in listed
    assert main(add) == 0


def test_the_first_administrator_needs_no_sign_in(empty_url: str, monkeypatch, capsys) -> None:
    monkeypatch.setenv("EXPORT_COMMISSION_NEW_PASSWORD", "First-admin-2026")
    assert main(["--db", empty_url, "users", "add", "root", "--full-name", "Әкімші",
                 "--role", "admin"]) == 0
    assert main(["--db", empty_url, "users", "add", "second", "--full-name", "Second",
                 "--role", "admin"]) == 2  # now one exists: sign in first
    assert "--user NAME" in capsys.readouterr().err


def test_a_region_change_is_audited(db: Database, staff, sign_in_as) -> None:
    from desktop.services.audit_log import AuditLogService

    url = db.url.render_as_string(hide_password=False)
    sign_in_as("admin")
    assert main(["--db", url, "region", "zhambyl"]) == 0
    events = AuditLogService(db).events(staff["admin"])
    changed = [e for e in events if e.action == "settings.region"]
    assert len(changed) == 1 and changed[0].username == "admin"


@pytest.mark.parametrize(("locale", "words"), [
    ("ru_RU.UTF-8", "Неизвестный статус «no-such»"),
    ("kk_KZ.UTF-8", "«no-such» мәртебесі белгісіз"),
    ("en_US.UTF-8", "Unknown status «no-such»"),
])
def test_refusals_speak_the_locale(empty_url: str, monkeypatch, capsys, locale: str,
                                   words: str) -> None:
    monkeypatch.setenv("LANG", locale)
    assert main(["--db", empty_url, "applications", "list", "--status", "no-such"]) == 2
    assert words in capsys.readouterr().err


def test_lang_option_and_variable_choose_the_language(empty_url: str, monkeypatch,
                                                      capsys) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setenv("EXPORT_COMMISSION_LANG", "kk")
    assert main(["--db", empty_url, "applications", "list"]) == 2
    assert "--user АТЫ" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", empty_url, "applications", "list"]) == 2
    assert "needs a signed-in user" in capsys.readouterr().err


def test_an_unexpected_error_is_a_short_message_and_a_log_file(
        db: Database, staff, sign_in_as, monkeypatch, capsys, tmp_path: Path) -> None:
    from desktop.services.registry import RegistryService

    def broken(*args, **kwargs):
        raise RuntimeError("a bug with a secret 791028302728")

    monkeypatch.setattr(RegistryService, "count", broken)
    sign_in_as("clerk")
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "applications", "list"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "secret" not in err
    log_file = Path(err.rsplit("the details are in ", 1)[1].strip().rstrip("."))
    assert "RuntimeError: a bug with a secret" in log_file.read_text(encoding="utf-8")


def test_a_real_process_refuses_without_a_traceback(empty_url: str) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", empty_url, "applications",
                           "list"], capture_output=True, text=True, check=False,
                          env={**__import__("os").environ, "LANG": "C.UTF-8"})
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "--user NAME" in done.stderr
