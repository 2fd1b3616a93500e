"""The keyboard: the main window's shortcut help (F1), its shortcuts, icons and names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.documents.importing import ImportOutcome, ImportSummaryDialog
from tests.support.desk import Case, active_window


def test_f1_lists_the_shortcuts_of_the_menus(
    qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]
) -> None:
    window = active_window(qtbot, sqlite_db, team["clerk"])
    window.tabs.setCurrentWidget(window.registry)
    window.registry.table.setFocus()
    assert window.registry.table.hasFocus()
    assert window.shortcut_overlay is None
    qtbot.keyClick(window.registry.table, Qt.Key.Key_F1)
    overlay = window.shortcut_overlay
    assert overlay is not None and overlay.isVisible()
    assert overlay.hasFocus()

    rows = overlay.rows()
    assert ("Ctrl+N", "New application") in rows
    assert ("F5", "Refresh") in rows
    assert ("Ctrl+Q", "Quit") in rows
    assert ("F1", "Keyboard shortcuts") in rows
    assert ("Ctrl+Shift+V", "Verify a signed document") in rows
    assert [title for title, _rows in overlay.groups()] == ["File", "View", "Help"]
    assert "Ctrl+J" not in dict(rows)  # the audit journal is not the clerk's
    assert "Ctrl+N: New application" in overlay.accessibleDescription()
    assert "Ctrl+N" in overlay.label.text() and "New application" in overlay.label.text()

    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    assert window.registry.table.hasFocus()  # the focus is back where it was


def test_the_list_is_read_from_the_actions(
    qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]
) -> None:
    window = active_window(qtbot, sqlite_db, team["chair"])
    overlay = window.show_shortcuts()
    assert ("Ctrl+J", "Audit journal") in overlay.rows()  # the chair reads the journal
    overlay.toggle()
    assert not overlay.isVisible()

    extra = QAction("&Print the registry…", window)
    extra.setShortcut(QKeySequence("Ctrl+P"))
    window.file_menu.addAction(extra)
    window.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
    window.show_shortcuts()
    rows = overlay.rows()
    assert ("Ctrl+P", "Print the registry") in rows
    assert ("F5  /  Ctrl+R", "Refresh") in rows

    qtbot.keyClick(overlay, Qt.Key.Key_F1)  # F1 again closes it
    assert not overlay.isVisible()


def test_an_application_tab_adds_its_own_keys_and_the_viewer_keeps_f1(
    qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case
) -> None:
    window = active_window(qtbot, sqlite_db, team["member"])
    view = window.open_application(case.application_id)
    qtbot.waitUntil(view.is_idle, timeout=10_000)
    overlay = window.show_shortcuts()
    titles = [title for title, _rows in overlay.groups()]
    assert titles[-1] == f"In this tab: {case.number}"
    tab_rows = overlay.groups()[-1][1]
    assert ("Ctrl+S", "Save") in tab_rows  # the examination form's
    window.show_shortcuts()
    assert not overlay.isVisible()

    # In the scan viewer F1 is the viewer's own help, not the window's.
    view.viewer.canvas.setFocus()
    qtbot.keyClick(view.viewer.canvas, Qt.Key.Key_F1)
    assert view.viewer.help.isVisible()
    assert not overlay.isVisible()


def test_frequent_actions_have_shortcuts_icons_and_names(
    qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case
) -> None:
    window = active_window(qtbot, sqlite_db, team["chair"])
    shortcuts = {
        window.new_action: "Ctrl+N", window.close_tab_action: "Ctrl+W",
        window.verify_action: "Ctrl+Shift+V", window.export_action: "Ctrl+E",
        window.settings_action: "Ctrl+,", window.quit_action: "Ctrl+Q",
        window.refresh_action: "F5", window.find_action: "Ctrl+F",
        window.audit_action: "Ctrl+J", window.shortcuts_action: "F1",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys, action.text()
        assert not action.icon().isNull(), action.text()

    view = window.open_application(case.application_id)
    qtbot.waitUntil(view.is_idle, timeout=10_000)
    buttons = [b for b in view.viewer.toolbar.findChildren(QToolButton)
               if b.defaultAction() is not None and not b.defaultAction().isSeparator()]
    assert len(buttons) == 10
    for button in buttons:  # icon-only buttons: a screen reader needs a name in words
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert not button.icon().isNull()
        name = button.accessibleName() or button.text()
        assert len(name) > 3 and any(c.isalpha() for c in name), name
    documents = view.documents
    for action in (documents.import_action, documents.scan_action, documents.delete_action,
                   *documents.page_actions):
        assert not action.icon().isNull(), action.text()
        assert action.toolTip() and action.text()


def test_an_information_dialog_closes_with_enter(qtbot: QtBot) -> None:
    dialog = ImportSummaryDialog(ImportOutcome(files=2, page_ids=[1, 2], files_stored=2))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isDefault()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
