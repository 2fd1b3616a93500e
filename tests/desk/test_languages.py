"""Every language on the smallest screen: a switch redraws everything open, and no text is
wider than its widget in Kazakh, Russian or English at 1280×720."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.applications import PaperDocument
from desktop.domain.workflow import TRANSITIONS, Status
from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.application.actions import ReasonDialog, RefuseDialog
from desktop.ui.conclusions.requirements import WaiverDialog
from desktop.ui.conclusions.sign_dialog import SignDialog
from desktop.ui.documents.crop_dialog import CropDialog
from desktop.ui.documents.importing import (
    ImportOptionsDialog,
    ImportOutcome,
    ImportSummaryDialog,
)
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.kit import settings
from desktop.ui.kit.columns import title_width
from desktop.ui.kit.labels import status_name
from desktop.ui.kit.language import apply_language
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.registry.model import Column
from tests.support.desk import Case, settle
from tests.support.screen import SCREEN
from tests.support.sessions import session_for
from tests.support.texts import ELIDES, StaleWords, cell_texts, clipped, shown_texts

LANGUAGES = ("kk", "ru", "en")


def switch(qapp: QApplication, language: str) -> None:
    """Choose *language* and deliver the LanguageChange events Qt posts to every widget."""
    apply_language(qapp, language)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QApplication.processEvents()


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    fit_to_screen(window, SCREEN.width(), SCREEN.height(), SCREEN)
    QApplication.processEvents()
    return window


def _every_screen(window: MainWindow) -> Iterator[str]:
    """Show each tab of the window, and each tab of every open application, in turn."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        view = next((v for v in window.application_views()
                     if v is window.tabs.widget(index)), None)
        if view is None:
            yield window.tabs.tabText(index)
            continue
        for inner in range(view.tabs.count()):
            if view.tabs.isTabVisible(inner):
                view.tabs.setCurrentIndex(inner)
                QApplication.processEvents()
                yield f"{view.number}, {view.tabs.tabText(inner)}"


@pytest.mark.parametrize("role", ["clerk", "member", "chair"])
def test_a_language_switch_leaves_no_word_of_the_language_before(
        qtbot: QtBot, qapp: QApplication, sqlite_db: Database, team: dict[str, Actor],
        case: Case, role: str) -> None:
    window = _window(qtbot, sqlite_db, team[role])
    window.open_application(case.application_id)
    window.open_journal()
    settle(qtbot, window)
    problems = []
    for old, new in (("en", "kk"), ("kk", "ru"), ("ru", "en")):
        switch(qapp, new)
        settle(qtbot, window)
        stale = StaleWords(old, new)
        for screen in _every_screen(window):
            for shown in (*shown_texts(window), *cell_texts(window)):
                source = stale.source_of(shown.text)
                if source is not None:
                    problems.append(f"{old}→{new}, {screen}: {shown.where} still reads "
                                    f"{shown.text!r} ({source!r})")
            # Widths kept from the language before clip nothing in the new one.
            problems += clipped(window, f"{old}→{new}, {screen}")
    settle(qtbot, window)
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_clipped_on_the_main_screens(
        qtbot: QtBot, qapp: QApplication, sqlite_db: Database, team: dict[str, Actor],
        case: Case, language: str) -> None:
    switch(qapp, language)
    problems = []
    for role in ("clerk", "member", "chair"):
        window = _window(qtbot, sqlite_db, team[role])
        window.open_application(case.application_id)
        window.open_journal()
        if role == "chair":
            window.open_audit()
        settle(qtbot, window)
        for screen in _every_screen(window):
            problems += clipped(window, f"{language} {role}: {screen}")
        settle(qtbot, window)
        window.close()
    assert not problems, "\n".join(dict.fromkeys(problems))


def _dialogs(window: MainWindow, case: Case, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    yield "verify", window.verify_document()
    yield "export", window.open_export()
    yield "password", window.change_password()
    yield "settings", window.open_settings()
    yield "calendar", window.open_calendar()
    yield "registration", window.new_application()  # type: ignore[misc]
    view = window.open_application(case.application_id)
    yield "survey", view.open_survey()
    users = window.session.services.users
    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    image.fill(0xEEEEEE)
    yield "sign in", LoginDialog(users)
    yield "first administrator", FirstAdminDialog(users)
    yield "sign", SignDialog(None, "Сейітқали Бауыржан", "Q2026-0001")
    yield "repeat", ReasonDialog(TRANSITIONS["repeat_examination"])
    yield "refuse", RefuseDialog()
    yield "waiver", WaiverDialog(tuple(PaperDocument))
    yield "import", ImportOptionsDialog([tmp_path / "scan.pdf", tmp_path / "photo.jpg"])
    yield "imported", ImportSummaryDialog(ImportOutcome(files=2, page_ids=[1, 2],
                                                        files_stored=2))
    yield "crop", CropDialog(image, QSize(2400, 3200), "Crop page 1")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_clipped_in_the_dialogs(
        qtbot: QtBot, qapp: QApplication, sqlite_db: Database, team: dict[str, Actor],
        case: Case, tmp_path: Path, language: str) -> None:
    switch(qapp, language)
    window = _window(qtbot, sqlite_db, team["clerk"])
    problems = []
    for name, dialog in _dialogs(window, case, tmp_path):
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fit_to_screen(dialog, dialog.width(), dialog.height(), SCREEN)
        QApplication.processEvents()
        problems += clipped(dialog, f"{language}: {name}")
        if isinstance(dialog, QDialog):
            dialog.reject()
    settle(qtbot, window)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_measure_finds_what_is_clipped(qtbot: QtBot) -> None:
    """The check itself: a label, a button, a tab, a header section and a combo box's
    longest item each wider than their room are named; a wrapped label, an elided one by
    design and a combo box sized to its items are not."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    narrow = QLabel("Тағайындалған мүше")
    narrow.setFixedWidth(40)
    wrapped = QLabel("Тағайындалған мүше " * 6)
    wrapped.setWordWrap(True)
    elided = QLabel("Тағайындалған мүше")
    elided.setFixedWidth(40)
    elided.setProperty(ELIDES, True)
    button = QPushButton("Құжаттарды импорттау")
    button.setFixedWidth(50)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "&Заявление")
    tabs.setUsesScrollButtons(False)
    tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
    tabs.setFixedWidth(40)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Предметы", "Страницы"])
    table.horizontalHeader().resizeSection(0, 20)
    members = ["— никто —", "Ахметов Ерболат (Член комиссии)"]
    cut, whole = QComboBox(), QComboBox()
    for combo in (cut, whole):
        combo.addItems(members)
    cut.setFixedWidth(120)
    whole.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    whole.setItemText(1, "Ахметов Ерболат Қанатұлы (Комиссия мүшесі)")  # measured again
    for widget in (narrow, wrapped, elided, button, tabs, table, cut, whole):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(clipped(window, "sample"))
    for text in ("'Тағайындалған мүше' lacks", "'Құжаттарды импорттау' lacks",
                 "'&Заявление' lacks", "'Предметы' lacks",
                 "item 'Ахметов Ерболат (Член комиссии)' lacks"):
        assert text in found
    assert found.count("Тағайындалған мүше") == 1 and "Страницы" not in found
    assert "Комиссия мүшесі" not in found


def test_the_registry_keeps_its_widths_for_each_language(
        qtbot: QtBot, qapp: QApplication, registry_db: Database, clerk: Actor) -> None:
    window = _window(qtbot, registry_db, clerk)
    header = window.registry.table.horizontalHeader()
    header.resizeSection(Column.APPLICANT, 333)

    switch(qapp, "kk")
    model = window.registry.model
    metrics = window.registry.table.fontMetrics()
    widest = max(map(metrics.horizontalAdvance, (status_name(s) for s in Status)))
    # Every Kazakh status whole, with room for the cell's margins (under an "M").
    assert header.sectionSize(Column.STATUS) >= widest + metrics.horizontalAdvance("M")
    for column in Column:
        assert header.sectionSize(column) >= title_width(header, column), column
    assert header.sectionSize(Column.APPLICANT) != 333
    header.resizeSection(Column.APPLICANT, 250)

    switch(qapp, "en")
    assert header.sectionSize(Column.APPLICANT) == 333
    switch(qapp, "kk")
    assert header.sectionSize(Column.APPLICANT) == 250
    window.close()
    assert not settings.header_state("registry", "en").get().isEmpty()
    assert not settings.header_state("registry", "kk").get().isEmpty()

    # A status narrowed by the user keeps its end, which tells agreed from not agreed.
    row = next(r for r in range(model.rowCount()))
    index = model.index(row, Column.STATUS)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    delegate = window.registry.table.itemDelegateForColumn(Column.STATUS)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideLeft


def test_old_headers_made_for_one_language_are_forgotten(qtbot: QtBot) -> None:
    store = QSettings()
    store.setValue("meta/settings_version", 2)
    store.setValue("registry/header_state", QByteArray(b"english widths"))
    settings.upgrade()
    assert store.value("registry/header_state") is None
    assert int(store.value("meta/settings_version")) == settings.VERSION
