"""The first start on an empty database: the administrator, the region, then the window on
Users and seats, which says what to do until the commission has its seats."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.audit import AuditEvent
from desktop.services import settings
from desktop.storage.database import Database
from desktop.ui import app as ui_app
from desktop.ui.admin.users import UsersWidget
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.main_window import MainWindow

PASSWORD = "First-admin-2026"


def test_the_first_start_walks_through_region_administrator_and_seats(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    monkeypatch.setenv(ui_app.AUTOLOGIN_ENV, f"aliya:{PASSWORD}")  # signs in once created
    seen: dict[str, object] = {}

    def fill_the_first_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, FirstAdminDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, fill_the_first_dialog)  # the database is still opening
            return
        (dialog,) = dialogs
        seen["regions"] = [dialog.region.itemData(i) for i in range(dialog.region.count())]
        dialog.region.setCurrentIndex(dialog.region.findData("zhambyl"))
        dialog.username.setText("aliya")
        dialog.full_name.setText("Әкімші Әлия")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        dialog.create_button.click()
        QTimer.singleShot(0, look_and_quit)

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.session_open]
        if not windows:
            QTimer.singleShot(20, look_and_quit)
            return
        (window,) = windows
        tab = window.tabs.currentWidget()
        seen["tab"] = type(tab).__name__
        if isinstance(tab, UsersWidget):
            seen["first_steps"] = not tab.first_steps.isHidden()
        window.close()

    QTimer.singleShot(0, fill_the_first_dialog)
    assert ui_app.run_gui(url) == 0
    assert {"akmola", "zhambyl"} <= set(seen["regions"])  # type: ignore[arg-type]
    assert seen["tab"] == "UsersWidget" and seen["first_steps"] is True
    db = Database(url)
    try:
        with db.read() as s:
            assert settings.region_profile(s).code == "zhambyl"
            actions = list(s.execute(select(AuditEvent.action).order_by(AuditEvent.seq))
                           .scalars())
        assert actions[:2] == ["user.create_first_admin", "settings.region"]
    finally:
        db.dispose()
