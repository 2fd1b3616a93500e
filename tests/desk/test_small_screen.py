"""Every window and dialog fits a 1280×720 screen: its buttons and the status bar on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.applications import PaperDocument
from desktop.domain.examination_rules import ExaminationConflict, ExaminationKind
from desktop.domain.languages import Bilingual
from desktop.domain.workflow import TRANSITIONS
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.attendance import AttendanceService
from desktop.services.conclusions import ConclusionService
from desktop.services.examination import ExaminationService
from desktop.services.services import Services
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from desktop.ui.application.actions import ReasonDialog, RefuseDialog
from desktop.ui.application.view import Tab
from desktop.ui.conclusions.attendance import AttendanceDialog
from desktop.ui.conclusions.requirements import WaiverDialog
from desktop.ui.conclusions.sign_dialog import SignDialog
from desktop.ui.documents.crop_dialog import CropDialog
from desktop.ui.documents.importing import (
    ImportOptionsDialog,
    ImportOutcome,
    ImportSummaryDialog,
)
from desktop.ui.documents.scan_dialog import ScanDialog
from desktop.ui.examination.conflict import ConflictDialog
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from tests.support.commission import Commission, abroad_since, agreed_export
from tests.support.desk import Case, settle
from tests.support.examination import (
    complete_examination,
    under_examination,
    word_application,
)
from tests.support.screen import larger_than_its_screen, off_screen
from tests.support.sessions import session_for


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("role", ["clerk", "member", "chair"])
def test_the_main_window_fits_on_every_tab(qtbot: QtBot, sqlite_db: Database,
                                           team: dict[str, Actor], case: Case,
                                           role: str) -> None:
    window = _window(qtbot, sqlite_db, team[role])
    window.start.splitter.setSizes([400, 400])
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        problems += off_screen(window, f"{role}: {window.tabs.tabText(index)}")
    if role == "chair":
        window.open_audit()
        problems += off_screen(window, f"{role}: audit journal")
    view = window.open_application(case.application_id)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        problems += off_screen(window, f"{role}: application, {view.tabs.tabText(index)}")
    settle(qtbot, window)
    assert not problems, "\n".join(problems)
    # The start page's charts give way to its lists, not the other way round.
    assert window.start.splitter.widget(0).height() >= window.start.splitter.widget(
        0).minimumSizeHint().height()


def test_the_dialogs_of_the_menus_fit(qtbot: QtBot, sqlite_db: Database,
                                      team: dict[str, Actor], case: Case) -> None:
    problems = []
    for role in ("clerk", "chair", "admin"):
        window = _window(qtbot, sqlite_db, team[role])
        opened: list[tuple[str, QWidget | None]] = [
            ("verify", window.verify_document()), ("export", window.open_export()),
            ("password", window.change_password()), ("settings", window.open_settings()),
            ("calendar", window.open_calendar()),
        ]
        if role == "clerk":
            opened.append(("registration", window.new_application()))
            view = window.open_application(case.application_id)
            opened.append(("survey", view.open_survey()))
        elif role == "chair":
            view = window.open_application(case.application_id)
            opened.append(("wording", view.conclusions.edit_wording()))
        else:
            opened.append(("trusted certificates", window.open_trust()))
        for name, dialog in opened:
            assert dialog is not None, name
            qtbot.waitExposed(dialog)
            problems += larger_than_its_screen(dialog, f"{role}: {name}")
            problems += off_screen(dialog, f"{role}: {name}")
            dialog.close()
        settle(qtbot, window)
    assert not problems, "\n".join(problems)


def test_the_other_dialogs_fit(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor],
                               case: Case, tmp_path: Path) -> None:
    session = session_for(sqlite_db, team["clerk"])
    users = Services(sqlite_db).users
    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    image.fill(0xEEEEEE)
    dialogs: dict[str, QDialog] = {
        "sign in": LoginDialog(users),
        "first administrator": FirstAdminDialog(users),
        "sign": SignDialog(None, "Сейітқали Бауыржан", "Q2026-0001"),
        "repeat": ReasonDialog(TRANSITIONS["repeat_examination"]),
        "refuse": RefuseDialog(),
        "waiver": WaiverDialog(tuple(PaperDocument)),
        "import": ImportOptionsDialog([tmp_path / "scan.pdf", tmp_path / "photo.jpg"]),
        "imported": ImportSummaryDialog(ImportOutcome(files=2, page_ids=[1, 2],
                                                      files_stored=2)),
        "scan": ScanDialog(session, case.application_id),
        "crop": CropDialog(image, QSize(2400, 3200), "Crop page 1"),
    }
    problems = []
    for name, dialog in dialogs.items():
        problems += larger_than_its_screen(_shown(qtbot, dialog), name)
        problems += off_screen(dialog, name)
    assert not problems, "\n".join(problems)


def test_the_conflict_and_the_attendance_dialogs_and_a_drafted_conclusion_fit(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], commission: Commission) -> None:
    app_id = under_examination(db, staff, items=1, scanned=True).application_id
    complete_examination(db, staff, app_id)
    chair = staff["chair"]
    exams = ExaminationService(db)
    item = ApplicationService(db).detail(chair, app_id).items[0].id
    stored = exams.get(chair, item, ExaminationKind.AGREED)
    assert stored is not None
    exams.save(chair, item, replace(stored, remarks=Bilingual("бір", "одна")), stored.version)
    with pytest.raises(ExaminationConflict) as conflict:  # saved on the version before
        exams.save(chair, item, replace(stored, remarks=Bilingual("екі", "две")),
                   stored.version)
    word_application(db, staff, app_id)
    WorkflowService(db).advance(chair, app_id, "finish_examination")
    drafted = ConclusionService(db).draft(commission.members[0], app_id)
    attendance = AttendanceService(db).attendance(commission.chair, drafted.id)
    problems = []
    for name, dialog in (("conflict", ConflictDialog(conflict.value)),
                         ("attendance", AttendanceDialog(attendance))):
        problems += larger_than_its_screen(_shown(qtbot, dialog), name)
        problems += off_screen(dialog, name)
    # The Conclusion tab with a document being drafted: its banner and Sign's reason too.
    window = _window(qtbot, db, commission.chair)
    view = window.open_application(app_id)
    view.tabs.setCurrentIndex(Tab.CONCLUSION)
    assert view.conclusions.banner.isVisibleTo(view)
    assert view.conclusions.sign_reason.isVisibleTo(view)
    problems += off_screen(window, "chair: conclusion being drafted")
    settle(qtbot, window)
    assert not problems, "\n".join(problems)


def test_the_return_tab_and_its_dialogs_fit(qtbot: QtBot, db: Database,
                                             staff: dict[str, Actor],
                                             commission: Commission) -> None:
    app_id = under_examination(db, staff, items=2, scanned=True).application_id
    complete_examination(db, staff, app_id)
    WorkflowService(db).advance(staff["chair"], app_id, "finish_examination")
    agreed_export(db, staff, commission, app_id)
    today = date.today()
    abroad_since(db, app_id, today - timedelta(days=90), today - timedelta(days=5))
    window = _window(qtbot, db, staff["clerk"])
    view = window.open_application(app_id)
    view.tabs.setCurrentIndex(Tab.RETURN)
    problems = off_screen(window, "clerk: application, Return")
    panel = view.returns
    panel.items.setCurrentItem(panel.items.topLevelItem(0))
    for name, dialog in (("register a return", panel.register_return()),
                         ("record a loss", panel.record_loss())):
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        problems += larger_than_its_screen(dialog, name)
        problems += off_screen(dialog, name)
        dialog.reject()
    settle(qtbot, window)
    assert not problems, "\n".join(problems)
