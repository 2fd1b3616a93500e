"""File ▸ Export: the chosen period written to a spreadsheet off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.kit import settings
from desktop.ui.main_window import MainWindow
from tests.support.factories import application, company, individual
from tests.support.sessions import session_for
from tests.support.staff import actor_for


def test_the_registry_is_exported_for_the_period(qtbot: QtBot, sqlite_db: Database,
                                                 tmp_path: Path) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    registration = RegistrationService(sqlite_db)
    numbers = [registration.register(clerk, application(applicant)).number
               for applicant in (individual(1), company(2))]
    window = MainWindow(session_for(sqlite_db, clerk))
    qtbot.addWidget(window)
    dialog = window.open_export()
    assert isinstance(dialog, ExportDialog)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))

    op = dialog.export_to(tmp_path / "registry.xlsx")
    assert op is not None
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)

    assert dialog.result_label.text() == f"2 rows written to {tmp_path / 'registry.xlsx'}"
    rows = list(openpyxl.load_workbook(tmp_path / "registry.xlsx").active
                .iter_rows(values_only=True))
    assert rows[0][:3] == ("Number", "Received", "Applicant")
    assert sorted(r[0] for r in rows[1:]) == sorted(numbers)
    assert settings.EXPORT_FOLDER.get() == str(tmp_path)


def test_a_period_that_ends_before_it_starts_is_explained(qtbot: QtBot, sqlite_db: Database,
                                                          tmp_path: Path) -> None:
    dialog = ExportDialog(session_for(sqlite_db, actor_for(sqlite_db, "clerk")))
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2026, 5, 1))
    dialog.end.setDate(QDate(2026, 4, 1))
    assert dialog.export_to(tmp_path / "x.xlsx") is None
    assert "before it starts" in dialog.message.text()
    assert not (tmp_path / "x.xlsx").exists()
