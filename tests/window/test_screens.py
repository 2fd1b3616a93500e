"""The member's desk screenshots can be taken on any database with staff and an application."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop.domain.examination_rules import ExaminationKind
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database
from desktop.ui import app as ui_app
from desktop.ui.shots.screenshots import main as screenshots_main
from tests.support.desk import make_case
from tests.support.staff import PASSWORD

SCREENS = ("application-view", "viewer", "examination-form", "conflict-dialog")


def test_the_member_desk_screens(sqlite_db: Database, sqlite_url: str, team: dict[str, Actor],
                                 tmp_path: Path, qtbot: QtBot,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    case = make_case(sqlite_db, team, pages=4, items=2)
    monkeypatch.setenv(ui_app.AUTOLOGIN_ENV, f"clerk:{PASSWORD}")
    args = [str(tmp_path), "--db", sqlite_url]
    for name in SCREENS:
        args += ["--only", name]
    assert screenshots_main(args) == 0
    QThreadPool.globalInstance().waitForDone()
    for name in SCREENS:
        assert (tmp_path / f"{name}.png").read_bytes().startswith(b"\x89PNG"), name
    # The screens were prepared through the services, as staff would fill them in.
    service = ExaminationService(sqlite_db)
    opinion = service.get(team["member"], case.item_ids[0], ExaminationKind.OPINION)
    assert opinion is not None and opinion.title.kk == "Домбыра" and opinion.pages
    conflict_item = service.get(team["chair"], case.item_ids[1], ExaminationKind.AGREED)
    assert conflict_item is not None and conflict_item.version == 1  # "mine" was not saved
