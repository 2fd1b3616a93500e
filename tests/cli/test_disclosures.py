"""Taking personal data out of the program leaves an audit event with who and what: a
registry listing, an export file, a document written to a file, a result package."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.commission import Commission
from tests.support.factories import application, individual

SignIn = Callable[..., None]


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _disclosures(db: Database) -> list[tuple[str, str | None, int | None, dict]]:
    with db.read() as s:
        events = s.execute(select(AuditEvent).where(AuditEvent.action.like("disclosure.%"))
                           .order_by(AuditEvent.seq)).scalars()
        return [(e.action, e.username, e.application_id, e.after) for e in events]


def test_a_listing_and_an_export_are_recorded_with_who_and_what(
    db: Database, staff: dict[str, Actor], sign_in_as: SignIn, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    done = RegistrationService(db).register(staff["clerk"], application(individual(3)))
    sign_in_as("member")
    assert main(["--db", _url(db), "applications", "list", "--search", "791028",
                 "--json"]) == 0
    sign_in_as("chair")
    today = date.today()
    out = tmp_path / "registry.csv"
    assert main(["--db", _url(db), "export", "registry", "--from",
                 str(today - timedelta(days=1)), "--to", str(today), "-o", str(out)]) == 0
    capsys.readouterr()
    assert _disclosures(db) == [
        ("disclosure.registry", "member", None,
         {"rows": 1, "search": "791028", "statuses": [], "overdue": False,
          "in_scans": False}),
        ("disclosure.export", "chair", None,
         {"kind": "registry", "from": str(today - timedelta(days=1)), "to": str(today),
          "rows": 1, "file": "registry.csv"}),
    ]
    assert done.number  # the one application, found and exported


def test_a_document_and_a_result_package_are_recorded(
    db: Database, staff: dict[str, Actor], commission: Commission, sign_in_as: SignIn,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    done = RegistrationService(db).register(staff["clerk"], application(individual(4)))
    service = ConclusionService(db)
    letter = service.refuse(commission.chair, done.application_id, "other",
                            "неполный комплект")
    service.sign(commission.chair, letter.id, commission.keys["chair"])
    sign_in_as("member")
    assert main(["--db", _url(db), "conclusion", done.number, "-o",
                 str(tmp_path / "letter.pdf"), "--lang", "kk"]) == 0
    missing = tmp_path / "nowhere"
    assert main(["--db", _url(db), "--lang", "en", "export-result", letter.number, "-o",
                 str(missing / "package")]) == 2  # nothing taken out: nothing recorded
    assert capsys.readouterr().err.strip() == (
        f"export-commission: The folder {missing} does not exist.")
    assert main(["--db", _url(db), "export-result", letter.number, "-o",
                 str(tmp_path / "package")]) == 0
    capsys.readouterr()
    [document, result] = _disclosures(db)
    assert document == ("disclosure.document", "member", done.application_id,
                        {"number": letter.number, "lang": "kk", "file": "letter.pdf"})
    assert result[:3] == ("disclosure.result", "member", done.application_id)
    assert result[3]["number"] == letter.number and result[3]["folder"] == "package"
    assert f"{letter.number}.json" in result[3]["files"]
