"""A refusal reaches the user in the interface's language: one for each service with a
screen, refused for real by the service and read off the widget that shows it, in Kazakh
(and once in Russian)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.domain.documents import PageKind
from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.examination import ExaminationService
from desktop.services.users import UserService
from desktop.storage.database import Database
from desktop.ui.application.actions import RefuseDialog
from desktop.ui.application.view import ApplicationView
from desktop.ui.examination.form import ExaminationForm
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.kit.language import apply_language
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.panel import ReturnPanel
from tests.support.commission import seat_commission
from tests.support.desk import Case, settle, type_text
from tests.support.examination import complete
from tests.support.pages import form_page, make_panel, wait_idle
from tests.support.sessions import session_for, wait_for_writes, written
from tests.support.staff import PASSWORD


@pytest.fixture
def kazakh(qapp: QApplication) -> Iterator[None]:
    apply_language(qapp, "kk")
    yield
    apply_language(qapp, "en")


def _view(qtbot: QtBot, db: Database, actor: Actor, case: Case) -> ApplicationView:
    view = ApplicationView(session_for(db, actor), case.application_id)
    qtbot.addWidget(view, before_close_func=lambda w: settle(qtbot, w))
    view.resize(1400, 850)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_sign_in_refused(qtbot: QtBot, sqlite_db: Database, kazakh: None) -> None:
    dialog = LoginDialog(UserService(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    dialog.password.setText("not the password")
    dialog.sign_in_button.click()
    assert dialog.message.text() == "Пайдаланушы аты немесе құпиясөз қате."


def test_the_first_administrator_refused(qtbot: QtBot, sqlite_db: Database,
                                         kazakh: None) -> None:
    dialog = FirstAdminDialog(UserService(sqlite_db))  # the database has accounts already
    qtbot.addWidget(dialog)
    dialog.username.setText("another")
    dialog.full_name.setText("Басқа Әкімші")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.create_button.click()
    assert dialog.message.text() == "Тіркелгі жасалмады. Дерекқорда тіркелгілер бұрыннан бар."


def test_a_wrong_current_password(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor],
                                  kazakh: None) -> None:
    window = MainWindow(session_for(sqlite_db, team["member"]))
    qtbot.addWidget(window)
    dialog = window.change_password()
    dialog.current.setText("wrong-one")
    dialog.new.setText("New-secret-77")
    dialog.repeat.setText("New-secret-77")
    assert not written(qtbot, window.session, dialog.change())
    assert dialog.message.text() == "Қазіргі құпиясөз қате."


def test_a_step_refused_for_an_incomplete_examination(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case,
        kazakh: None) -> None:
    ExaminationService(sqlite_db).save(team["chair"], case.item_ids[0],
                                       complete(material=()), None)
    view = _view(qtbot, sqlite_db, team["chair"], case)
    view.action_bar.buttons["finish_examination"].click()
    wait_for_writes(qtbot, view.session)
    assert view.message.text().splitlines() == [
        "Сараптаманы әзірге аяқтау мүмкін емес; келісілген нәтижелерде мыналар жетіспейді:",
        "1-зат «Домбыра №1»: Материалдары.",
        "2-зат «Домбыра №2»: келісілген нәтиже жоқ."]


def test_a_change_made_elsewhere(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor],
                                 case: Case, kazakh: None) -> None:
    view = _view(qtbot, sqlite_db, team["chair"], case)
    assert view.detail is not None
    ApplicationService(sqlite_db).assign(team["chair"], case.application_id,
                                         team["member"].user_id, view.detail.version)
    seat_commission(sqlite_db, team)
    assert not written(qtbot, view.session, view.refuse("other", "жоқ"))
    assert view.message.text() == (f"Осы уақытта {case.number} өтінішін басқа біреу өзгертті: "
                                   "оны тексеріп, қайта көріңіз.")


def test_the_refusal_dialog_tells_refuse_from_cancel(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case,
        kazakh: None) -> None:
    view = _view(qtbot, sqlite_db, team["chair"], case)
    view.action_bar.buttons["refuse"].click()
    dialog = view.action_bar.reason_dialog
    assert isinstance(dialog, RefuseDialog)
    refuse = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert (refuse, cancel) == ("Бас тарту", "Болдырмау")
    dialog.reject()


def test_an_examination_record_refused(qtbot: QtBot, sqlite_db: Database,
                                       team: dict[str, Actor], case: Case,
                                       kazakh: None) -> None:
    form = ExaminationForm(session_for(sqlite_db, team["member"]), case.application_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    for field, text in (("year_from", "1900"), ("year_to", "1850")):
        edit = form.editor.binders[field].widget
        assert isinstance(edit, QLineEdit)
        edit.setFocus()
        type_text(edit, text)
    assert not written(qtbot, form.session, form.save())
    assert form.message.text().splitlines() == ["Жазба сақталмады:",
                                                "Жылға дейін: Ең ерте мүмкін мән — 1900."]
    assert form.undo_action.text() == "&Болдырмау"
    assert form.undo_action.toolTip() == "«Жылға дейін» өзгерісін болдырмау (Ctrl+Z)"


def test_pages_refused_for_a_decided_application(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case,
        tmp_path: Path, kazakh: None) -> None:
    panel = make_panel(qtbot, sqlite_db, team["clerk"], case.application_id)
    with sqlite_db.write() as s:
        s.execute(update(Application).where(Application.id == case.application_id).values(
            status=Status.REFUSED))
    panel.start_import([form_page(tmp_path, "late.png")], PageKind.FORM, 300)
    wait_idle(qtbot, panel)
    assert panel.error.text() == (f"{case.number} өтініші бойынша шешім қабылданған "
                                  "(Бас тартылды): оның құжаттарын енді өзгертуге болмайды.")


def test_a_return_refused(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor],
                          case: Case, kazakh: None) -> None:
    with sqlite_db.write() as s:
        s.execute(update(Application).where(Application.id == case.application_id).values(
            status=Status.ISSUED_AGREED))
    panel = ReturnPanel(session_for(sqlite_db, team["clerk"]), case.application_id)
    qtbot.addWidget(panel)
    panel.reload(Status.ISSUED_AGREED)
    dialog = panel.register_return()
    qtbot.addWidget(dialog)
    dialog.place.setText("Көкшетау")
    dialog.accept()
    wait_for_writes(qtbot, panel.session)
    assert dialog.isVisible()
    assert dialog.message.text() == "Заттарды кім ұсынғанын көрсетіңіз."


def test_the_audit_journal_refuses_an_unknown_number(qtbot: QtBot, sqlite_db: Database,
                                                     team: dict[str, Actor],
                                                     kazakh: None) -> None:
    window = MainWindow(session_for(sqlite_db, team["chair"]))
    qtbot.addWidget(window)
    journal = window.open_audit()
    assert journal is not None
    journal.application.setText("AKM-0000-99999")
    journal.reload()
    assert journal.message.text() == "AKM-0000-99999 нөмірлі өтініш жоқ."


def test_a_database_that_cannot_be_opened_in_russian(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import app as ui_app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append(box.informativeText()) or 0)
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is not an SQLite file" * 100)
    apply_language(qapp, "ru")
    try:
        assert ui_app.open_database(f"sqlite:///{path}") is None
    finally:
        apply_language(qapp, "en")
    assert shown == ["Базу данных невозможно использовать: file is not a database"]
