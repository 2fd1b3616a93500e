"""Filling the registration form the way a clerk does, field by field."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.registration import RegistrationDialog

IIN = "791028302728"
BIN = "940140000385"


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks knows only ASCII keys)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def type_into(qtbot: QtBot, dialog: RegistrationDialog, path: str, text: str) -> None:
    """Click into the field with this problem path and type *text* (replacing what is there)."""
    rows = {**dialog.request.rows, **dialog.applicant.rows, **dialog.export.rows}
    editor = rows[path].editor
    target = editor.lineEdit() if hasattr(editor, "lineEdit") and editor.lineEdit() else editor
    editor.setFocus()
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    type_text(target, text)


def fill_export(qtbot: QtBot, dialog: RegistrationDialog) -> None:
    start = date.today() + timedelta(days=30)
    items = dialog.items
    items.select_row(0)
    items.model.setData(items.model.index(0, 0), "Домбыра, XIX ғасыр")
    items.add_item()
    items.model.setData(items.model.index(1, 0), "Күміс білезік")
    items.model.setData(items.model.index(1, 1), 2)
    type_into(qtbot, dialog, "purpose", "Халықаралық көрмеге қатысу")
    type_into(qtbot, dialog, "destination_country", "France")
    type_into(qtbot, dialog, "destination_place", "Париж, Гимэ музейі")
    type_into(qtbot, dialog, "export_from", start.strftime("%d.%m.%Y"))
    type_into(qtbot, dialog, "export_until", (start + timedelta(days=60)).strftime("%d%m%Y"))


def fill_individual(qtbot: QtBot, dialog: RegistrationDialog, iin: str = IIN) -> None:
    dialog.applicant.iin_edit.setFocus()
    qtbot.keyClicks(dialog.applicant.iin_edit, iin)
    type_into(qtbot, dialog, "applicant.surname", "Әлмұханұлы")
    type_into(qtbot, dialog, "applicant.given_name", "Болат")
    type_into(qtbot, dialog, "applicant.patronymic", "Серікұлы")
    type_into(qtbot, dialog, "applicant.id_document_number", "045678912")
    type_into(qtbot, dialog, "applicant.id_document_issued", "04.05.2020")
    type_into(qtbot, dialog, "applicant.residence", "Көкшетау қ., Абай к-сі, 12")
    type_into(qtbot, dialog, "applicant.phones", "+7 701 000 00 00")
    type_into(qtbot, dialog, "applicant.occupation", "суретші")
    fill_export(qtbot, dialog)


def fill_company(qtbot: QtBot, dialog: RegistrationDialog, bin_: str = BIN) -> None:
    dialog.applicant.company_radio.click()
    dialog.applicant.iin_edit.setFocus()
    qtbot.keyClicks(dialog.applicant.iin_edit, bin_)
    type_into(qtbot, dialog, "applicant.company_name", "ТОО «Шаңырақ Арт»")
    type_into(qtbot, dialog, "applicant.requisites", "ИИК KZ123456789012345678")
    type_into(qtbot, dialog, "applicant.address", "Астана қ., Қабанбай батыр даңғ., 5")
    type_into(qtbot, dialog, "applicant.phones", "+7 717 200 00 00")
    fill_export(qtbot, dialog)
