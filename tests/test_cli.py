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
from tests.factories import application, individual


@pytest.fixture
def empty_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


def test_version_as_a_real_process() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"export-commission {__version__}"


def test_demo_data_fills_every_status_and_lists_as_json(empty_url: str, capsys) -> None:
    assert main(["--db", empty_url, "demo-data", "--applications", "150"]) == 0
    out = capsys.readouterr().out
    assert "150 applications" in out
    assert "clerk    Clerk-2026!" in out
    assert main(["--db", empty_url, "applications", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 150
    assert {"number", "received", "applicant", "iin_bin", "status", "deadline", "items",
            "pages"} <= set(rows[0])
    statuses = {r["status"] for r in rows}
    assert {"registered", "under_examination", "issued_agreed", "refused"} <= statuses
    assert any(r["pages"] > 0 for r in rows)
    assert all(r["items"] >= 1 for r in rows)
    # A second run refuses to add to a database that has data; --if-empty is quiet about it.
    assert main(["--db", empty_url, "demo-data"]) == 1
    assert "already has" in capsys.readouterr().err
    assert main(["--db", empty_url, "demo-data", "--if-empty"]) == 0


def test_overdue_and_status_filters(db: Database, staff, capsys) -> None:
    from datetime import date

    service = RegistrationService(db)
    service.register(staff["clerk"], application(received=date(2026, 1, 5)))
    service.register(staff["clerk"], application(individual(9)))
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "applications", "list", "--overdue", "--json"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    assert [r["received"] for r in overdue] == ["2026-01-05"]
    assert overdue[0]["overdue"] is True
    assert main(["--db", url, "applications", "list", "--status", "refused", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_bad_usage_exits_2_with_a_message(empty_url: str, capsys) -> None:
    assert main(["--db", empty_url, "applications", "list", "--status", "lost"]) == 2
    assert "'lost' is not a valid Status" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2
    assert main(["--db", "nosuchdialect://x", "applications", "list"]) == 2
    assert "cannot open the database" in capsys.readouterr().err
