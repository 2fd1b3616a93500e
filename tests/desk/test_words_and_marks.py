"""Words and marks that mean the same on every screen: the asterisks are explained above the
fields they mark, read-only fields look read-only, a destructive button carries the
destructive icon and the one that keeps the work none, Undo says Undo, and closing a tab
says it closes a tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.examination_rules import ExaminationKind
from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.admin.account_dialog import AccountDialog
from desktop.ui.examination import ExaminationForm
from desktop.ui.kit.marks import READ_ONLY, RequiredNote
from desktop.ui.main_window import MainWindow
from desktop.ui.registration import RegistrationDialog
from tests.support.desk import Case, settle, type_text
from tests.support.sessions import session_for


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _marked(label: QLabel) -> bool:
    """The label carries a required field's asterisk (plain or red rich text)."""
    text = label.text()
    return text.rstrip(":").endswith("*") or "*</span>" in text


def _top(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def _asterisks_are_explained_above(window: QWidget) -> None:
    marked = [label for label in window.findChildren(QLabel)
              if _marked(label) and not isinstance(label, RequiredNote)]
    assert marked, "the form has no asterisks to explain"
    notes = [note for note in window.findChildren(RequiredNote) if note.isVisibleTo(window)]
    assert len(notes) == 1
    note = notes[0]
    assert note.text().startswith("<span") and "*</span>" in note.text()
    assert _top(note, window) < min(_top(label, window) for label in marked)


def test_the_registration_form_explains_its_asterisks_at_the_top(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]) -> None:
    dialog = _shown(qtbot, RegistrationDialog(session_for(sqlite_db, team["clerk"])))
    _asterisks_are_explained_above(dialog)
    assert dialog.required_note.text().endswith(" required")


def test_the_examination_form_explains_its_asterisks_above_the_fields(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case) -> None:
    form = _shown(qtbot, ExaminationForm(session_for(sqlite_db, team["member"]),
                                         case.application_id))
    assert isinstance(form, ExaminationForm)
    _asterisks_are_explained_above(form.editor.widget())
    settle(qtbot, form)


def _looks_read_only(field: QLineEdit) -> bool:
    palette = field.palette()
    return bool(field.property(READ_ONLY)) and palette.color(QPalette.ColorRole.Base) == \
        palette.color(QPalette.ColorRole.Window)


def test_read_only_fields_look_read_only(qtbot: QtBot, sqlite_db: Database,
                                         team: dict[str, Actor], case: Case) -> None:
    form = _shown(qtbot, ExaminationForm(session_for(sqlite_db, team["member"]),
                                         case.application_id))
    assert isinstance(form, ExaminationForm)
    title = form.editor.binders["title"].widget.editors["kk"]  # type: ignore[attr-defined]
    year = form.editor.binders["year_from"].widget
    assert isinstance(title, QLineEdit) and isinstance(year, QLineEdit)
    assert not title.isReadOnly() and not _looks_read_only(title)
    assert title.palette().color(QPalette.ColorRole.Base) != \
        title.palette().color(QPalette.ColorRole.Window)  # an editable white box
    form.choose_record(ExaminationKind.AGREED)  # a member reads the agreed result only
    for field in (title, year):
        assert field.isReadOnly() and _looks_read_only(field)
    form.choose_record(ExaminationKind.OPINION, team["member"].user_id)
    assert not title.isReadOnly() and not _looks_read_only(title)
    settle(qtbot, form)

    admin = session_for(sqlite_db, team["admin"])
    clerk = next(a for a in admin.services.users.accounts(team["admin"])
                 if a.username == "clerk")
    account = _shown(qtbot, AccountDialog(admin, clerk))
    assert isinstance(account, AccountDialog)
    assert _looks_read_only(account.username) and _looks_read_only(account.iin)
    assert not _looks_read_only(account.full_name)


def test_undo_says_undo_and_its_tooltip_what_it_takes_back(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case) -> None:
    form = _shown(qtbot, ExaminationForm(session_for(sqlite_db, team["member"]),
                                         case.application_id))
    assert isinstance(form, ExaminationForm)
    remarks = form.editor.binders["remarks"].widget.editors["kk"]  # type: ignore[attr-defined]
    remarks.setFocus()
    type_text(remarks, "Ескертпе")
    assert form.undo_action.text() == "&Undo"
    assert form.undo_action.toolTip() == "Undo the change to «Remarks» (Ctrl+Z)"
    form.undo_action.trigger()
    assert form.redo_action.text() == "&Redo"
    assert form.redo_action.toolTip().startswith("Redo the change to «Remarks» (")
    settle(qtbot, form)


def test_closing_a_tab_is_named_for_the_tab_apart_from_quit(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]) -> None:
    window = MainWindow(session_for(sqlite_db, team["clerk"]))
    qtbot.addWidget(window)
    assert window.close_tab_action.text() == "&Close the tab"
    actions = window.file_menu.actions()
    close, quit_ = actions.index(window.close_tab_action), actions.index(window.quit_action)
    assert any(a.isSeparator() for a in actions[close + 1:quit_])
    assert actions[close + 1].isSeparator()  # the tab's actions end there
