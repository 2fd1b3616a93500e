"""The administrator's start page: locked accounts, signing staff without a seat, signing
certificates ending soon (read from the signed documents) and the last backup, on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.conclusions import ConclusionKind
from desktop.domain.errors import DomainError
from desktop.domain.roles import PermissionDenied
from desktop.services.admin_desk import AdminDeskService
from desktop.services.backups import BackupService
from desktop.services.conclusions import ConclusionService
from desktop.services.users import MAX_FAILED_LOGINS, UserService
from desktop.storage.database import Database
from desktop.ui.dashboard import StartPage
from tests.support.commission import Commission, agreed_export, examined
from tests.support.pki import MEMBER1, TestPki
from tests.support.sessions import session_for


def _lock(db: Database, username: str) -> None:
    """Sign in with a wrong password until the account locks."""
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(DomainError):
            UserService(db).login(username, "not the password")


def test_the_overview(db: Database, staff, commission: Commission, pki: TestPki,
                      tmp_path: Path) -> None:
    service = AdminDeskService(db)
    admin = staff["admin"]
    overview = service.overview(admin)
    assert overview.locked == () and overview.expiring == ()
    # The commission seats both members and its own chairperson; the seeded chairperson
    # and the official sign too, but hold no seat.
    assert {u.username for u in overview.unseated} == {"chair", "official"}
    assert overview.last_backup is None and overview.backup_overdue

    _lock(db, "clerk")
    [locked] = service.overview(admin).locked
    assert locked.username == "clerk" and locked.until > datetime.now(UTC)

    app_id = agreed_export(db, staff, commission, examined(db, staff, items=1))
    [conclusion] = [c for c in ConclusionService(db).for_application(admin, app_id)
                    if c.kind == ConclusionKind.CONCLUSION]
    ends = pki.cert(MEMBER1.label).not_valid_after
    assert service.overview(admin, now=ends - timedelta(days=31)).expiring == ()
    soon = service.overview(admin, now=ends - timedelta(days=10))
    mine = [k for k in soon.expiring if k.username == "member"]
    assert [(k.expires, k.document) for k in mine] == [(ends, conclusion.number)]

    BackupService(db).make(admin, tmp_path)
    assert not service.overview(admin).backup_overdue
    assert service.overview(admin, now=datetime.now(UTC) + timedelta(days=8)).backup_overdue

    for name in ("clerk", "chair", "member"):
        with pytest.raises(PermissionDenied):
            service.overview(staff[name])


def test_the_boxes_on_the_start_page(qtbot: QtBot, db: Database, staff) -> None:
    _lock(db, "clerk")
    page = StartPage(session_for(db, staff["admin"]))
    qtbot.addWidget(page)
    assert page.admin is not None
    qtbot.waitUntil(page.is_idle, timeout=30_000)
    boxes = page.admin
    assert boxes.locked.topLevelItem(0).text(0) == "clerk"
    assert {boxes.unseated.topLevelItem(i).text(0)
            for i in range(boxes.unseated.topLevelItemCount())} == \
        {"chair", "member", "member2", "official"}
    assert boxes.expiring.topLevelItem(0).text(0) == \
        "No signing certificate ends within 30 days."
    assert boxes.backup_label.text() == ("No backup has been made yet.\nMake a backup: the "
                                         "last one is more than a week old, or there is none.")
    with qtbot.waitSignal(page.backupRequested):
        boxes.backup_button.click()

    for name in ("clerk", "chair"):  # the other roles' pages are as they were
        other = StartPage(session_for(db, staff[name]))
        qtbot.addWidget(other)
        assert other.admin is None
