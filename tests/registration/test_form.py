"""The Annex 4 form: inline identity checks, the registry, validation, registering."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.application import Application
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from desktop.ui.kit.language import apply_language
from desktop.ui.kit.marks import asterisk
from desktop.ui.registration import RegistrationDialog
from desktop.ui.registration.dialog import FORM_PAGE, RESULT_PAGE
from tests.registration.form_filling import (
    BIN,
    IIN,
    fill_company,
    fill_individual,
    type_into,
)
from tests.support.factories import application, individual
from tests.support.sessions import session_for
from tests.support.staff import actor_for

Opener = Callable[..., RegistrationDialog]


def test_invalid_iin_shows_the_failed_rule(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    status = dialog.applicant.iin_status
    qtbot.keyClicks(dialog.applicant.iin_edit, "7910")
    assert status.text() == "4 of 12 digits"
    qtbot.keyClicks(dialog.applicant.iin_edit, "28302729")
    assert status.text() == "The check digit does not match: look for a typing error."
    assert status.palette().color(QPalette.ColorRole.WindowText).name() == "#b3261e"  # red
    assert dialog.applicant.rows["applicant.birth_date"].value() is None
    dialog.applicant.iin_edit.setText("791328302729")  # month 13, the check digit right
    assert status.text() == "The first six digits are not a valid birth date."
    dialog.applicant.iin_edit.setText("79102830272a")
    assert status.text() == "The number must contain digits only."
    dialog.applicant.iin_edit.setText(BIN)  # a company's number on an individual's form
    assert status.text() == ("The 7th digit (century and sex) must be from 1 to 6. "
                             "This is a valid BIN: choose Company.")
    assert not dialog.register_button.isEnabled()


def test_valid_iin_fills_the_birth_date(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.applicant.iin_edit, IIN)
    assert dialog.applicant.iin_status.text() == "Valid IIN: born 28.10.1979, male"
    born = dialog.applicant.rows["applicant.birth_date"]
    assert born.value() == date(1979, 10, 28)
    assert born.editor.text() == "28.10.1979"
    assert dialog.applicant.known_note.text().startswith("Not in the registry of applicants")
    # Another valid IIN replaces a birth date that came from the previous one.
    dialog.applicant.iin_edit.setText("061211600012")
    assert born.value() == date(2006, 12, 11)
    assert dialog.applicant.iin_status.text() == "Valid IIN: born 11.12.2006, female"
    # A date the clerk typed is not overwritten; a mismatch is shown at the field.
    type_into(qtbot, dialog, "applicant.birth_date", "01.01.1980")
    dialog.applicant.iin_edit.setText(IIN)
    assert born.value() == date(1980, 1, 1)
    assert born.message.text() == "Does not match the birth date in the IIN (28.10.1979)."


def test_known_applicant_fills_the_form(qtbot: QtBot, sqlite_db: Database,
                                        open_dialog: Opener) -> None:
    known = individual(7, surname="Жұмабаева", given_name="Сәуле", patronymic="Ерланқызы",
                       phones="+7 705 111 22 33")
    RegistrationService(sqlite_db).register(actor_for(sqlite_db, "clerk"), application(known))
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.applicant.filled_from_registry) as filled:
        qtbot.keyClicks(dialog.applicant.iin_edit, known.iin_bin)
    assert filled.args == [known.iin_bin]
    rows = dialog.applicant.rows
    assert rows["applicant.surname"].value() == "Жұмабаева"
    assert rows["applicant.given_name"].value() == "Сәуле"
    assert rows["applicant.patronymic"].value() == "Ерланқызы"
    assert rows["applicant.phones"].value() == "+7 705 111 22 33"
    assert rows["applicant.id_document_issued"].value() == date(2020, 5, 4)
    assert rows["applicant.residence"].value() == known.residence
    assert rows["applicant.citizenship"].value() == "KZ"
    assert dialog.applicant.known_note.text() == "Known applicant: data filled from the registry."
    assert dialog.applicant.known_note.isVisible()


def test_known_company_switches_the_kind(qtbot: QtBot, sqlite_db: Database,
                                         open_dialog: Opener) -> None:
    from tests.support.factories import company

    known = company(4)
    RegistrationService(sqlite_db).register(actor_for(sqlite_db, "clerk"), application(known))
    dialog = open_dialog()
    dialog.applicant.company_radio.click()
    qtbot.keyClicks(dialog.applicant.iin_edit, known.iin_bin)
    assert dialog.applicant.rows["applicant.company_name"].value() == "ТОО «Шаңырақ Арт»"
    assert dialog.applicant.rows["applicant.company_name"].editor.isVisible()
    assert not dialog.applicant.rows["applicant.surname"].editor.isVisible()
    assert dialog.applicant.iin_label.text() == f"BIN {asterisk()}:"  # a red asterisk


def test_register_is_enabled_only_when_everything_is_valid(qtbot: QtBot,
                                                           open_dialog: Opener) -> None:
    dialog = open_dialog()
    assert not dialog.register_button.isEnabled()
    assert dialog.summary.text() == ("To register, complete: IIN, Surname, Name, Items, "
                                     "Purpose of the export, Country, Place")
    # Nothing is red on a new form: "required" waits until the clerk has been in the field.
    surname = dialog.applicant.rows["applicant.surname"]
    assert surname.message.isHidden()
    type_into(qtbot, dialog, "applicant.surname", "x")
    type_into(qtbot, dialog, "applicant.surname", "")
    assert surname.message.text() == "Required."
    assert surname.editor.accessibleDescription() == "Required."

    fill_individual(qtbot, dialog)
    assert dialog.summary.text() == "Ready to register."
    assert dialog.register_button.isEnabled()

    # Each remaining problem is shown at its field, and Register goes grey again.
    type_into(qtbot, dialog, "export_until", "01.01.2000")
    until = dialog.export.rows["export_until"]
    assert until.message.text().startswith("Cannot be earlier than ")
    assert not dialog.register_button.isEnabled()
    assert dialog.summary.text() == "To register, complete: Export until"
    type_into(qtbot, dialog, "export_until", "31.02.2030")
    assert until.message.text() == "Not a date: write it as dd.mm.yyyy."
    type_into(qtbot, dialog, "export_until", "")
    assert until.message.isHidden()
    type_into(qtbot, dialog, "destination_country", "Qazaqland")
    country = dialog.export.rows["destination_country"]
    assert country.message.text() == "Choose a country from the list."
    type_into(qtbot, dialog, "destination_country", "France")
    assert country.message.isHidden()
    dialog.items.model.setData(dialog.items.model.index(1, 0), "   ")
    assert dialog.items.message.text() == "Item 2, name: Required."
    assert dialog.items.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Required."
    assert not dialog.register_button.isEnabled()
    dialog.items.model.setData(dialog.items.model.index(1, 0), "Күміс білезік")
    type_into(qtbot, dialog, "received", date(date.today().year + 1, 1, 1).strftime("%d.%m.%Y"))
    assert dialog.request.received.message.text() == "Cannot be in the future."
    type_into(qtbot, dialog, "received", date.today().strftime("%d.%m.%Y"))
    assert dialog.register_button.isEnabled()


def test_full_registration_of_an_individual(qtbot: QtBot, sqlite_db: Database,
                                            open_dialog: Opener) -> None:
    dialog = open_dialog()
    fill_individual(qtbot, dialog)
    dialog.documents.boxes[next(iter(dialog.documents.boxes))].setChecked(True)
    with qtbot.waitSignal(dialog.registered) as done:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    number, application_id = done.args
    assert number == f"AKM-{date.today().year}-00001"
    assert dialog.pages.currentIndex() == RESULT_PAGE
    assert dialog.result_title.text() == f"Application {number} is registered."
    assert dialog.result_received.text() == date.today().strftime("%d.%m.%Y")
    assert dialog.registration is not None
    assert dialog.result_due.text() == dialog.registration.result_due.strftime("%d.%m.%Y")
    assert dialog.result_preliminary.isHidden()  # Akmola has no preliminary examination
    with sqlite_db.read() as s:
        app = s.get(Application, application_id)
        assert app is not None
        assert app.number == number
        assert app.channel == "paper"
        assert app.applicant.iin_bin == IIN
        assert app.applicant.display_name == "Әлмұханұлы Болат Серікұлы"
        assert app.applicant.birth_date == date(1979, 10, 28)
        assert app.applicant.id_document_issued == date(2020, 5, 4)
        assert [(i.name, i.quantity) for i in app.items] == [("Домбыра, XIX ғасыр", 1),
                                                             ("Күміс білезік", 2)]
        assert app.destination_country == "FR"
        assert app.paper_documents == ["application_form"]
    # Closing after success does not ask anything.
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert dialog.discard_box is None


def test_full_registration_of_a_company_then_another(qtbot: QtBot, sqlite_db: Database,
                                                     open_dialog: Opener) -> None:
    dialog = open_dialog()
    fill_company(qtbot, dialog)
    dialog.request.portal_radio.click()
    assert dialog.register_button.isEnabled()
    with qtbot.waitSignal(dialog.registered) as done:
        dialog.register_button.click()
    assert dialog.result_title.text() == f"Application {done.args[0]} is registered."
    with sqlite_db.read() as s:
        app = s.execute(select(Application)).scalar_one()
        assert app.applicant.kind == "company"
        assert app.applicant.iin_bin == BIN
        assert app.applicant.company_name == "ТОО «Шаңырақ Арт»"
        assert app.applicant.address == "Астана қ., Қабанбай батыр даңғ., 5"
        assert app.channel == "portal"

    dialog.another_button.click()
    assert dialog.pages.currentIndex() == FORM_PAGE
    assert dialog.applicant.iin_edit.text() == ""
    assert dialog.applicant.rows["applicant.company_name"].value() == ""
    assert dialog.items.model.rowCount() == 1
    assert dialog.export.rows["purpose"].value() == ""
    assert not dialog.register_button.isEnabled()
    assert dialog.applicant.rows["applicant.surname"].message.isHidden()
    # The same company again: now the registry knows it.
    dialog.applicant.company_radio.click()
    qtbot.keyClicks(dialog.applicant.iin_edit, BIN)
    assert dialog.applicant.rows["applicant.company_name"].value() == "ТОО «Шаңырақ Арт»"


def test_a_refusal_from_the_service_is_a_message(qtbot: QtBot, sqlite_db: Database,
                                                  open_dialog: Opener) -> None:
    dialog = open_dialog(actor_for(sqlite_db, "member"))
    assert dialog.message.text() == "Your role may not register applications."
    fill_individual(qtbot, dialog)
    dialog.register_button.click()
    assert dialog.pages.currentIndex() == FORM_PAGE
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Your role may not register applications."
    with sqlite_db.read() as s:
        assert s.execute(select(Application)).first() is None


def test_enter_moves_on_and_never_registers(qtbot: QtBot, sqlite_db: Database,
                                            open_dialog: Opener) -> None:
    dialog = open_dialog()
    fill_individual(qtbot, dialog)
    place = dialog.export.rows["destination_place"].editor
    place.setFocus()
    qtbot.keyClick(place, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == FORM_PAGE
    assert dialog.focusWidget() is dialog.export.rows["export_from"].editor
    with sqlite_db.read() as s:
        assert s.execute(select(Application)).first() is None
    # Ctrl+Enter is the deliberate way.
    with qtbot.waitSignal(dialog.registered):
        qtbot.keyClick(place, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_escape_asks_before_discarding_typed_data(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.applicant.iin_edit, "79")
    qtbot.keyClick(dialog.applicant.iin_edit, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible()
    assert box.text() == "Discard the application being entered?"
    discard, keep = _answers(box)
    assert (discard.text(), keep.text()) == ("&Discard", "Continue editing")
    # The destructive icon is on the destructive button; keeping the work shows none.
    assert discard.property("destructive") and not discard.icon().isNull()
    assert keep.icon().isNull() and box.defaultButton() is keep
    keep.click()
    assert dialog.isVisible()
    assert dialog.applicant.iin_edit.text() == "79"
    qtbot.keyClick(dialog.applicant.iin_edit, Qt.Key.Key_Escape)
    assert dialog.discard_box is not None
    _answers(dialog.discard_box)[0].click()
    assert not dialog.isVisible()


def _answers(box: QMessageBox) -> tuple[QAbstractButton, QAbstractButton]:
    """The box's destructive button and the one that keeps the work."""
    roles = {box.buttonRole(b): b for b in box.buttons()}
    return (roles[QMessageBox.ButtonRole.DestructiveRole],
            roles[QMessageBox.ButtonRole.RejectRole])


def test_escape_on_an_untouched_form_closes_at_once(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    qtbot.keyClick(dialog.applicant.iin_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.discard_box is None


def test_tab_order_follows_the_form(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    chain: list[QWidget] = []
    widget: QWidget = dialog.request.received.editor
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    rows = {**dialog.request.rows, **dialog.applicant.rows, **dialog.export.rows}
    expected = [
        rows["received"].editor, dialog.request.paper_radio, dialog.applicant.individual_radio,
        dialog.applicant.iin_edit, rows["applicant.surname"].editor,
        rows["applicant.given_name"].editor, rows["applicant.occupation"].editor,
        dialog.items.view, dialog.items.add_button, rows["purpose"].editor,
        rows["destination_country"].editor, rows["destination_place"].editor,
        rows["export_from"].editor, rows["export_until"].editor,
        *dialog.documents.boxes.values(), dialog.register_button, dialog.cancel_button,
    ]
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)


def test_every_input_has_an_accessible_name(open_dialog: Opener) -> None:
    dialog = open_dialog()
    rows = [*dialog.request.rows.values(), *dialog.applicant.rows.values(),
            *dialog.export.rows.values()]
    assert all(row.editor.accessibleName() == row.title for row in rows)
    assert dialog.applicant.iin_edit.accessibleName() == "IIN"
    assert dialog.items.view.accessibleName() == "Items to export"
    buttons = dialog.findChildren(QAbstractButton)
    unnamed = [b for b in buttons if b.isVisible() and b.focusPolicy() != Qt.FocusPolicy.NoFocus
               and not (b.text() or b.accessibleName())]
    assert unnamed == []


def test_country_names_follow_the_interface_language(qtbot: QtBot, qapp: QApplication,
                                                     sqlite_db: Database) -> None:
    apply_language(qapp, "kk")
    dialog = RegistrationDialog(session_for(sqlite_db, actor_for(sqlite_db, "clerk")))
    qtbot.addWidget(dialog)
    combo = dialog.export.rows["destination_country"].editor
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Франция" in names and "Түркия" in names
    assert "Қазақстан" not in names  # never a destination
    citizenship = dialog.applicant.rows["applicant.citizenship"].editor
    assert citizenship.currentText() == "Қазақстан"
    completer = combo.completer()
    completer.setCompletionPrefix("кия")  # a fragment from the middle of the name
    found = {completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())}
    assert {"Түркия", "Словакия"} <= found
