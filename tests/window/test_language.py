"""Switching the interface language while the program runs: nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.kit import settings
from desktop.ui.kit.language import apply_language, interface_language
from desktop.ui.main_window import MainWindow
from desktop.ui.registration.editors import CountryEditor
from desktop.ui.registry.model import Column
from tests.support.desk import Case, type_text
from tests.support.sessions import session_for


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def switch(qapp: QApplication, language: str) -> None:
    """Choose *language* and deliver the LanguageChange events Qt posts to every widget."""
    apply_language(qapp, language)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _header(window: MainWindow, column: Column) -> str:
    return str(window.registry.model.headerData(column, Qt.Orientation.Horizontal))


def test_the_open_window_and_an_unsaved_form_switch_language(
        qtbot: QtBot, qapp: QApplication, sqlite_db: Database, team: dict[str, Actor],
        case: Case) -> None:
    window = _window(qtbot, sqlite_db, team["member"])
    view = window.open_application(case.application_id)
    title = view.form.editor.binders["title"].widget.editors["kk"]  # type: ignore[attr-defined]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    type_text(title, "Домбыра, XIX ғ.")
    assert window.file_menu.title() == "&File"

    switch(qapp, "kk")
    assert interface_language() == "kk"
    assert [window.file_menu.title(), window.view_menu.title(), window.help_menu.title()] == [
        "&Файл", "&Көрініс", "&Анықтама"]
    assert window.tabs.tabText(window.tabs.indexOf(window.registry)) == "Тізілім"
    assert _header(window, Column.APPLICANT) == "Өтініш беруші"
    assert _header(window, Column.STATUS) == "Мәртебесі"
    assert window.registry.count_label.text() == "1 өтініш"
    assert window.registry.status_filter.itemText(0) == "Барлық мәртебелер"
    assert view.tabs.tabText(2) == "&Сараптама"
    assert view.status_label.text() == "Сараптамада"
    assert "Комиссия мүшесі" in window.user_label.text()
    assert title.text() == "Домбыра, XIX ғ."  # the unsaved text is still there
    assert QLocale().language() == QLocale.Language.Kazakh

    switch(qapp, "ru")
    assert window.view_menu.title() == "&Вид"
    assert _header(window, Column.APPLICANT) == "Заявитель"
    assert window.registry.count_label.text() == "1 заявление"
    assert view.status_label.text() == "На экспертизе"
    assert title.text() == "Домбыра, XIX ғ."
    assert view.form.undo_stack.canUndo()  # the edits can still be undone
    assert QLocale().decimalPoint() == ","


def test_the_settings_dialog_stores_and_applies_the_language(
        qtbot: QtBot, qapp: QApplication, sqlite_db: Database, team: dict[str, Actor]) -> None:
    window = _window(qtbot, sqlite_db, team["clerk"])
    dialog = window.open_settings()
    assert dialog.language.currentData() == "en"  # the tests' setting
    assert dialog.language.itemText(0).startswith("System default")
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert settings.LANGUAGE.get() == "kk"
    assert window.file_menu.title() == "&Файл"
    assert window.new_action.text() == "&Жаңа өтініш…"

    again = window.open_settings()  # a dialog opened afterwards is in the new language
    assert again.windowTitle() == "Баптаулар"
    assert again.language_label.text() == "Интерфейс &тілі:"
    again.language.setCurrentIndex(0)  # back to the system's language
    again.accept()
    assert settings.LANGUAGE.get() == ""


def test_dates_numbers_and_countries_follow_the_language(qtbot: QtBot,
                                                         qapp: QApplication) -> None:
    def country_names() -> list[str]:
        editor = CountryEditor()
        qtbot.addWidget(editor)
        return [editor.itemText(i) for i in range(editor.count())]

    apply_language(qapp, "kk")
    assert "Түркия" in country_names()
    assert QLocale().monthName(3) == "наурыз"
    assert QLocale().toString(1234.5, "f", 1) == "1\xa0234,5"
    apply_language(qapp, "ru")
    assert "Турция" in country_names()
    assert QLocale().standaloneMonthName(3) == "март"
    apply_language(qapp, "en")
    assert "Turkey" in country_names() or "Türkiye" in country_names()
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
