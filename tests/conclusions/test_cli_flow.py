"""The flow from the command line: drafting, refusing and the whole-database check, with the
window's permission checks, rules, audit and words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.cli import main
from desktop.domain.refusals import RefusalGround
from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services.conclusions import ConclusionService
from desktop.storage.database import Database
from tests.support.commission import Commission, examined
from tests.support.staff import PASSWORD

PASSWORD_TOKEN_CHAIR = "Long-enough-1"
"""The password of the chairperson the commission fixture creates."""


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _app(db: Database, app_id: int) -> Application:
    with db.read() as s:
        app = s.get(Application, app_id)
        assert app is not None
        return app


def test_drafting_from_the_command_line_is_the_windows_draft(
        db: Database, staff, commission: Commission, sign_in_as, capsys) -> None:
    app_id = examined(db, staff)
    number = _app(db, app_id).number
    sign_in_as("member")
    assert main(["--db", _url(db), "conclusion", "draft", number]) == 0
    out = capsys.readouterr().out
    (draft,) = ConclusionService(db).for_application(staff["clerk"], app_id)
    assert out.startswith(f"{draft.number} drafted for {number} (export agreed)")
    assert _app(db, app_id).status == Status.CONCLUSION_DRAFTED
    with db.read() as s:
        who = s.execute(select(AuditEvent.username).where(
            AuditEvent.action == "conclusion.draft")).scalar_one()
    assert who == "member"
    # A second draft is refused by the service, in the reader's words, exit code 1.
    assert main(["--db", _url(db), "conclusion", "draft", number]) == 1
    assert "A conclusion is drafted once the examination of application" in capsys.readouterr().err
    assert main(["--db", _url(db), "conclusion", "draft", "AKM-1999-00001"]) == 1
    assert "There is no application with the number AKM-1999-00001." in capsys.readouterr().err
    assert main(["--db", _url(db), "conclusion", "draft"]) == 2
    assert "'draft NUMBER'" in capsys.readouterr().err


def test_refusing_from_the_command_line_checks_the_role_and_the_ground(
        db: Database, staff, commission: Commission, sign_in_as, capsys) -> None:
    app_id = examined(db, staff)
    number = _app(db, app_id).number
    sign_in_as("clerk")
    assert main(["--db", _url(db), "refuse", number, "--ground", "documents_incomplete"]) == 1
    assert "may not" in capsys.readouterr().err
    sign_in_as(commission.chair.username, PASSWORD_TOKEN_CHAIR)
    assert main(["--db", _url(db), "--lang", "ru", "refuse", number, "--ground", "other"]) == 1
    assert "Укажите, в чём состоит иное основание отказа." in capsys.readouterr().err
    assert _app(db, app_id).status == Status.EXAMINED  # nothing happened
    with pytest.raises(SystemExit) as bad:
        main(["--db", _url(db), "refuse", number, "--ground", "whim"])
    assert bad.value.code == 2
    capsys.readouterr()
    assert main(["--db", _url(db), "refuse", number, "--ground", "not_fit_for_export",
                 "--text", "Бояу қабаты қабыршақтанған.", "--text", "Тасымалдауға жарамсыз."]
                ) == 0
    (letter,) = ConclusionService(db).for_application(staff["clerk"], app_id)
    assert f"{number} refused (not_fit_for_export); the refusal letter {letter.number}" \
        in capsys.readouterr().out
    assert letter.ground == RefusalGround.NOT_FIT_FOR_EXPORT
    app = _app(db, app_id)
    assert app.status == Status.REFUSED
    assert app.refusal_reasons == "Бояу қабаты қабыршақтанған.\nТасымалдауға жарамсыз."


def test_the_check_holds_and_names_what_breaks(db: Database, staff, commission: Commission,
                                               sign_in_as, capsys) -> None:
    app_id = examined(db, staff)
    number = _app(db, app_id).number
    sign_in_as("chair", PASSWORD)
    assert main(["--db", _url(db), "check", "--workers", "1"]) == 0
    assert "every invariant holds" in capsys.readouterr().out
    with db.write() as s:  # a status no step explains
        s.execute(update(Application).where(Application.id == app_id)
                  .values(status=Status.ISSUED_AGREED.value))
    assert main(["--db", _url(db), "check", "--json", "--workers", "1"]) == 1
    found = json.loads(capsys.readouterr().out)
    rules = {(b["rule"], b["application"]) for b in found["broken"]}
    assert {("status_unexplained", number), ("no_conclusion", number)} <= rules
    assert found["ok"] is False and found["checked"]["applications"] == 1
    assert main(["--db", _url(db), "check", "--workers", "1"]) == 1
    out = capsys.readouterr().out
    assert f"{number:<16} Its status is «issued_agreed», but its steps in the audit journal " \
           "lead to «examined»." in out


def test_the_check_cannot_run_without_its_database(tmp_path: Path, sign_in_as,
                                                   capsys) -> None:
    sign_in_as("chair", PASSWORD)
    assert main(["--db", f"sqlite:///{tmp_path}", "check"]) == 2  # a folder, not a file
    assert capsys.readouterr().err
