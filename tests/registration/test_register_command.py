"""``export-commission register PACKAGE.json``: stores a valid package, refuses a bad one whole."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models.applicant import Applicant
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.storage.database import Database
from tests.registration.samples import company_package, individual_package, write
from tests.support.staff import PASSWORD


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.mark.parametrize(("lang", "registered", "due", "listed", "status"), [
    ("kk", "тіркелді (қабылданған күні", "  нәтиже мерзімі ", "өтініштің 1 көрсетілді",
     "Тіркелді"),
    ("ru", "зарегистрировано AKM-", "  срок результата ", "показано заявлений: 1 из 1",
     "Зарегистрировано"),
])
def test_the_command_line_answers_in_the_readers_language(
        db: Database, tmp_path: Path, signed_in: None, capsys: pytest.CaptureFixture[str],
        lang: str, registered: str, due: str, listed: str, status: str) -> None:
    """What a command did, not only why it refused, is said in Kazakh or Russian: the
    registration's number and deadlines, the registry's rows with their status named."""
    path = write(tmp_path / "request.json", individual_package())
    assert main(["--lang", lang, "--db", _url(db), "register", "--user", "clerk",
                 str(path)]) == 0
    out = capsys.readouterr().out
    assert registered in out and due in out and "registered" not in out
    assert main(["--lang", lang, "--db", _url(db), "applications", "list", "--user",
                 "clerk"]) == 0
    out = capsys.readouterr().out
    assert listed in out and status in out and "registered" not in out


def test_registers_an_individual(db: Database, tmp_path: Path, signed_in: None, capsys) -> None:
    path = write(tmp_path / "request.json", individual_package())
    assert main(["--db", _url(db), "register", "--user", "clerk", str(path)]) == 0
    out = capsys.readouterr().out
    year = date.today().year
    assert out.splitlines()[0] == f"registered AKM-{year}-00001 (received {date.today()})"
    assert "  result due " in out
    with db.read() as s:
        app = s.execute(select(Application)).scalar_one()
        assert app.channel == "portal"
        assert app.applicant.display_name == "Әлмұханұлы Болат Серікұлы"
        assert app.applicant.citizenship == "KZ"
        assert [(i.name, i.quantity) for i in app.items] == [("Домбыра, XIX ғ.", 1),
                                                             ("Күміс білезік", 2)]
        assert app.destination_country == "FR"
        assert app.paper_documents == ["application_form", "id_copy"]
        event = s.execute(select(AuditEvent).where(
            AuditEvent.action == "application.register")).scalar_one()
        assert event.username == "clerk"


def test_registers_a_company_and_prints_json(db: Database, tmp_path: Path, signed_in: None,
                                             capsys) -> None:
    path = write(tmp_path / "company.json", company_package())
    assert main(["--db", _url(db), "register", "--user", "clerk", "--json", str(path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"number", "application_id", "received", "preliminary_due",
                            "result_due"}
    assert printed["number"] == f"AKM-{date.today().year}-00001"
    assert printed["preliminary_due"] is None  # Akmola has no preliminary stage
    assert date.fromisoformat(printed["result_due"]) > date.today()
    with db.read() as s:
        app = s.get(Application, printed["application_id"])
        assert app is not None
        assert app.applicant.kind == "company"
        assert app.applicant.company_name == "ТОО «Шаңырақ Арт»"
        assert app.result_due.isoformat() == printed["result_due"]


def test_bad_package_lists_every_problem_and_stores_nothing(
        db: Database, tmp_path: Path, signed_in: None, capsys) -> None:
    package = individual_package()
    package["applicant"]["iin_bin"] = "791028302729"  # check digit
    package["items"][0]["quantity"] = "1"  # schema: a string
    package["colour"] = "red"  # schema: not a field
    package["export_from"], package["export_until"] = "2030-05-01", "2030-04-01"  # order
    path = write(tmp_path / "bad.json", package)
    assert main(["--db", _url(db), "register", "--user", "clerk", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"export-commission: {path}: the request package is rejected; problems found: 4.",
        "$.applicant.iin_bin: The check digit does not match: look for a typing error.",
        "$.items[0].quantity: Must be of the JSON type «integer».",
        "$.export_until: Cannot be earlier than 01.05.2030.",
        "$.colour: Not a field of this format.",
    ]
    assert _count(db, Application) == 0
    assert _count(db, Applicant) == 0


def test_not_json_names_the_file(db: Database, tmp_path: Path, signed_in: None, capsys) -> None:
    path = tmp_path / "scan.pdf.json"
    path.write_bytes(b"%PDF-1.7\n")
    assert main(["--db", _url(db), "register", "--user", "clerk", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"export-commission: {path}: the request package is rejected; "
                          "problems found: 1.")
    assert "$: Not JSON: Expecting value (line 1, column 1)." in err
    assert _count(db, Application) == 0


def test_check_only_stores_nothing_and_needs_no_user(db: Database, tmp_path: Path,
                                                    capsys) -> None:
    path = write(tmp_path / "request.json", individual_package())
    assert main(["--db", _url(db), "register", "--check", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: the package is valid (2 items)\n"
    assert _count(db, Application) == 0


def test_sign_in_and_role_are_required(db: Database, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    path = write(tmp_path / "request.json", individual_package())
    url = _url(db)
    assert main(["--db", url, "register", str(path)]) == 2
    assert "Registering needs --user NAME" in capsys.readouterr().err
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", "wrong password")
    assert main(["--db", url, "register", "--user", "clerk", str(path)]) == 2
    assert "Wrong user name or password." in capsys.readouterr().err
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    assert main(["--db", url, "register", "--user", "member", str(path)]) == 1
    assert "Your role (Commission member) may not do this." in capsys.readouterr().err
    assert _count(db, Application) == 0


def test_no_password_and_no_terminal_is_a_clear_error(sqlite_db: Database, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys) -> None:
    monkeypatch.delenv("EXPORT_COMMISSION_PASSWORD", raising=False)
    path = write(tmp_path / "request.json", individual_package())
    assert main(["--db", _url(sqlite_db), "register", "--user", "clerk", str(path)]) == 2
    assert "No password for clerk: set EXPORT_COMMISSION_PASSWORD" in capsys.readouterr().err
