"""A desk several people share: signing out without restarting, nothing of one user offered
to the next, and Sign… only when it is this person's turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.conclusions import ConclusionService
from desktop.storage.database import Database
from desktop.ui.conclusions import ConclusionPanel, SignDialog
from desktop.ui.kit import settings
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from tests.support.commission import Commission, examined
from tests.support.desk import Case, settle
from tests.support.pages import form_page, make_panel
from tests.support.sessions import session_for
from tests.support.staff import PASSWORD, STAFF


def _last_event(db: Database) -> tuple[str, int | None]:
    with db.read() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
        assert event is not None
        return event.action, event.user_id


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sign_in(qtbot: QtBot, dialog: LoginDialog, username: str) -> None:
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.sign_in_button.click()


def _sign_out(qtbot: QtBot, window: MainWindow) -> LoginDialog:
    settle(qtbot, window)  # the pages of an open application are read before it closes
    assert window.sign_out_action in window.file_menu.actions()
    return window.sign_out()


def test_signing_out_lets_the_next_person_sign_in_without_a_restart(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case) -> None:
    window = _window(qtbot, sqlite_db, team["member"])
    window.open_application(case.application_id)
    window.registry.search.setText("Ахметов")
    settings.SIGN_KEY_FILE.set("/keys/member1.p12")
    settings.SIGN_WITH_TOKEN.set(True)
    settings.DOCUMENTS_IMPORT_FOLDER.set("/scans/member1")
    settings.EXPORT_FOLDER.set("/exports/member1")
    assert window.sign_out_action.text() == "Sign &out (switch user)…"

    dialog = _sign_out(qtbot, window)
    assert _last_event(sqlite_db) == ("logout", team["member"].user_id)  # who left the desk
    # Back to the frame: no tab, no menu, nobody's settings, no user name offered.
    assert not window.session_open and window.centralWidget() is window.opening
    assert window.opening.text() == "Waiting for the sign-in…"
    assert window.menuBar().actions() == []
    assert dialog.username.text() == "" and dialog.password.text() == ""
    assert settings.SIGN_KEY_FILE.get() == ""

    _sign_in(qtbot, dialog, "chair")
    assert window.session_open and window.actor.username == "chair"
    assert STAFF["chair"][0] in window.user_label.text()
    assert window.application_views() == [] and window.registry.search.text() == ""
    sign = SignDialog(window, window.actor.full_name, "Q2026-0001")
    qtbot.addWidget(sign)
    assert sign.path.text() == "" and sign.source.currentIndex() == SignDialog.FILE
    assert settings.DOCUMENTS_IMPORT_FOLDER.get() == ""
    assert settings.EXPORT_FOLDER.get() == ""

    # The member comes back: their own key file is offered to them again.
    _sign_in(qtbot, _sign_out(qtbot, window), "member")
    assert window.actor.username == "member"
    assert settings.SIGN_KEY_FILE.get() == "/keys/member1.p12"
    assert settings.DOCUMENTS_IMPORT_FOLDER.get() == "/scans/member1"
    window.close()


def test_cancelling_the_next_sign_in_ends_the_program(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]) -> None:
    window = _window(qtbot, sqlite_db, team["clerk"])
    dialog = _sign_out(qtbot, window)
    with qtbot.waitSignal(dialog.rejected):
        dialog.cancel_button.click()
    assert not window.isVisible()


def test_personal_settings_kept_for_the_whole_desk_are_dropped(qapp: object) -> None:
    store = QSettings()
    store.setValue("meta/settings_version", 1)
    store.setValue("signing/key_file", "/keys/somebody.p12")
    store.setValue("signing/tsa_url", "http://tsp.pki.gov.kz")
    settings.upgrade()
    assert not store.contains("signing/key_file")
    assert store.value("signing/tsa_url") == "http://tsp.pki.gov.kz"  # the office's
    assert int(store.value("meta/settings_version")) == settings.VERSION


def _panel(qtbot: QtBot, db: Database, actor: Actor, app_id: int) -> ConclusionPanel:
    panel = ConclusionPanel(session_for(db, actor), app_id)
    qtbot.addWidget(panel)
    panel.reload(ApplicationService(db).detail(actor, app_id).status)
    return panel


def test_sign_is_offered_only_in_turn_with_the_reason_otherwise(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    service = ConclusionService(db)
    first, second = commission.members
    conclusion = service.draft(first, app_id)

    chair = _panel(qtbot, db, commission.chair, app_id)
    assert chair.sign_button.isVisibleTo(chair) and not chair.sign_button.isEnabled()
    waiting = f"The chairperson signs last; still to sign: {first.full_name}, " \
              f"{second.full_name}."
    assert chair.sign_reason.text() == waiting and chair.sign_reason.isVisibleTo(chair)
    # The words are the service's own refusal, the one signing would give.
    with pytest.raises(DomainError) as refused:
        service.sign(commission.chair, conclusion.id, commission.keys["chair"])
    assert refused.value.reason == "chair_signs_last"

    member = _panel(qtbot, db, first, app_id)
    assert member.sign_button.isEnabled() and not member.sign_reason.isVisibleTo(member)
    service.sign(first, conclusion.id, commission.keys["member"])
    member.reload(ApplicationService(db).detail(first, app_id).status)
    assert not member.sign_button.isEnabled()
    assert member.sign_reason.text() == f"You have signed {conclusion.number} already."

    service.sign(second, conclusion.id, commission.keys["member2"])
    chair.reload(ApplicationService(db).detail(commission.chair, app_id).status)
    assert chair.sign_button.isEnabled() and chair.sign_reason.text() == ""
    assert service.signing_refusal(commission.chair, conclusion.id) is None


def test_the_next_person_s_file_dialogs_do_not_open_in_the_previous_one_s_folder(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case,
        tmp_path: Path) -> None:
    clerk_panel = make_panel(qtbot, sqlite_db, team["clerk"], case.application_id)
    folder = tmp_path / "clerk-scans"
    folder.mkdir()
    page = form_page(folder, "page.png")
    dialog = clerk_panel.choose_files()
    dialog.selectFile(str(page))
    dialog.accept()  # the clerk imports from their folder: Qt remembers it too
    assert settings.DOCUMENTS_IMPORT_FOLDER.get() == str(folder)
    assert clerk_panel.options_dialog is not None
    clerk_panel.options_dialog.reject()

    member_panel = make_panel(qtbot, sqlite_db, team["member"], case.application_id)
    again = member_panel.choose_files()
    assert Path(again.directory().absolutePath()) != folder
    assert again.directory().absolutePath() == QDir(settings.start_folder()).absolutePath()
    again.reject()
    sign = SignDialog(None, team["member"].full_name, "Q2026-0001")
    qtbot.addWidget(sign)
    assert sign.path.text() == ""
