"""The items list: the table model alone, then the editor's buttons inside the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from desktop.domain.drafts import MAX_QUANTITY, ItemData
from desktop.ui.registration import RegistrationDialog
from desktop.ui.registration.items_table import NAME, QUANTITY, ItemsEditor, ItemsModel

Opener = Callable[..., RegistrationDialog]


def _names(model: ItemsModel) -> list[str]:
    return [item.name for item in model.items()]


def test_model_roles_and_edits(qapp) -> None:
    model = ItemsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_items([ItemData("Домбыра", 1), ItemData("Кілем", 3)])
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Name of the item"
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    assert model.index(1, QUANTITY).data() == 3
    assert model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, NAME), "Қобыз")
    assert model.setData(model.index(0, QUANTITY), "4")
    assert not model.setData(model.index(0, QUANTITY), "four")
    assert [(i.name, i.quantity) for i in model.items()] == [("Қобыз", 4), ("Кілем", 3)]
    # items() hands out copies: editing them does not change the table.
    model.items()[0].name = "changed"
    assert _names(model) == ["Қобыз", "Кілем"]


def test_model_add_remove_move(qapp, qtbot: QtBot) -> None:
    model = ItemsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_items([ItemData(n) for n in "ABC"])
    with qtbot.waitSignal(model.rowsMoved):
        assert model.move(0, +1) == 1
    assert _names(model) == ["B", "A", "C"]
    assert model.move(2, -1) == 1
    assert _names(model) == ["B", "C", "A"]
    assert model.move(0, -1) == 0  # already first
    assert model.move(2, +1) == 2  # already last
    assert model.add(1) == 1
    assert _names(model) == ["B", "", "C", "A"]
    model.remove(0)
    model.remove(9)  # nothing there: ignored
    assert _names(model) == ["", "C", "A"]


def test_problem_cells_are_tinted_with_a_tooltip(qapp) -> None:
    model = ItemsModel()
    model.set_items([ItemData(""), ItemData("B")])
    model.set_problems({(0, NAME): "Required."})
    assert model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole) == "Required."
    assert model.index(0, NAME).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, NAME).data(Qt.ItemDataRole.BackgroundRole) is None


def test_editor_buttons_add_remove_and_reorder(qtbot: QtBot) -> None:
    editor = ItemsEditor()
    qtbot.addWidget(editor)
    editor.show()
    model = editor.model
    assert model.rowCount() == 1  # one empty row to type into
    assert not editor.touched
    model.setData(model.index(0, NAME), "A")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.current_row() == 1
    assert editor.view.state() == editor.view.State.EditingState  # typing can start at once
    editor.view.closePersistentEditor(model.index(1, NAME))
    model.setData(model.index(1, NAME), "B")
    editor.add_button.click()
    model.setData(model.index(2, NAME), "C")
    assert _names(model) == ["A", "B", "C"]
    assert editor.touched

    editor.select_row(2)
    assert not editor.down_button.isEnabled() and editor.up_button.isEnabled()
    editor.up_button.click()
    editor.up_button.click()
    assert _names(model) == ["C", "A", "B"]
    assert editor.current_row() == 0
    assert not editor.up_button.isEnabled()
    editor.down_button.click()
    assert _names(model) == ["A", "C", "B"]
    assert editor.current_row() == 1

    editor.remove_button.click()
    assert _names(model) == ["A", "B"]
    assert editor.current_row() == 1
    editor.add_button.click()  # inserted after the current row
    assert _names(model) == ["A", "B", ""]


def test_quantity_editor_is_a_bounded_spin_box(qtbot: QtBot) -> None:
    editor = ItemsEditor()
    qtbot.addWidget(editor)
    editor.show()
    index = editor.model.index(0, QUANTITY)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    spin = editor.view.indexWidget(index) or editor.view.findChild(QSpinBox)
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (1, MAX_QUANTITY)


def test_the_form_needs_at_least_one_item(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    dialog.items.select_row(0)
    dialog.items.remove_button.click()
    assert dialog.items.model.rowCount() == 0
    assert dialog.items.message.text() == "List at least one item."
    assert "Items" in dialog.summary.text()
    dialog.items.add_button.click()
    assert dialog.items.message.text() == "Item 1, name: Required."
