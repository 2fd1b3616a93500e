"""The main window's keyboard help: every action with a shortcut, shown over the window.

F1 or Help ▸ Keyboard shortcuts. The list is read from the actions themselves each time it
is shown, so it is never out of date: the menus of the menu bar in their order (an action
the user's role does not get is hidden, and so left out), then the actions with shortcuts
inside the tab shown (the examination form's Save, the documents' Delete…). Texts and keys
are the actions' own, so they are in the interface language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit.theme import is_dark

__all__ = ["ShortcutOverlay", "plain_text"]

Row = tuple[str, str]
"""(the keys, what they do)."""

_LEAVING = {Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason}
"""Focus moving away for these reasons means the user went on with something else."""


def plain_text(text: str) -> str:
    """A menu text as read aloud: no mnemonic ampersand, no trailing ellipsis."""
    marker = "\0"
    return text.replace("&&", marker).replace("&", "").replace(marker, "&").rstrip("…").strip()


def keys_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them ("Ctrl+N", "F5  /  Ctrl+R")."""
    return "  /  ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                        for s in action.shortcuts() if not s.isEmpty())


def _rows(actions: list[QAction], seen: set[int]) -> list[Row]:
    rows = []
    for action in actions:
        if action.isSeparator() or not action.isVisible() or id(action) in seen:
            continue
        keys = keys_text(action)
        if keys and action.text():
            seen.add(id(action))
            rows.append((keys, plain_text(action.text())))
    return rows


class ShortcutOverlay(QFrame):
    """A dark panel centred over the main window; a click, Escape or F1 closes it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setObjectName("ShortcutOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.label)
        self._previous_focus: QWidget | None = None
        window.installEventFilter(self)
        self.hide()

    # -- what is listed ---------------------------------------------------------------------

    def groups(self) -> list[tuple[str, list[Row]]]:
        """(a group's title, its rows): each menu of the menu bar, then the tab shown."""
        seen: set[int] = set()
        groups: list[tuple[str, list[Row]]] = []
        for entry in self.main_window.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and entry.isVisible():
                self._menu_groups(plain_text(entry.text()), menu, groups, seen)
        tab = self._tab_group(seen)
        if tab is not None:
            groups.append(tab)
        return groups

    def _menu_groups(self, title: str, menu: QMenu, groups: list[tuple[str, list[Row]]],
                     seen: set[int]) -> None:
        rows = _rows(menu.actions(), seen)
        if rows:
            groups.append((title, rows))
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu) and action.isVisible():
                self._menu_groups(f"{title} ▸ {plain_text(action.text())}", sub, groups, seen)

    def _tab_group(self, seen: set[int]) -> tuple[str, list[Row]] | None:
        tabs = self.main_window.centralWidget()
        if not isinstance(tabs, QTabWidget) or tabs.currentWidget() is None:
            return None
        # Disabled ones too (Delete without a page chosen): the keys are worth knowing.
        rows = _rows(tabs.currentWidget().findChildren(QAction), seen)
        if not rows:
            return None
        title = self.tr("In this tab: %1").replace(
            "%1", plain_text(tabs.tabText(tabs.currentIndex())))
        return title, rows

    def rows(self) -> list[Row]:
        """Every (keys, what they do) listed, in order (for tests and screen readers)."""
        return [row for _title, rows in self.groups() for row in rows]

    def _text(self) -> str:
        parts = []
        for title, rows in self.groups():
            lines = "".join(
                f"<tr><td style='padding:2px 22px 2px 12px; white-space:nowrap'>"
                f"<b>{escape(keys)}</b></td><td style='padding:2px 0'>{escape(what)}</td></tr>"
                for keys, what in rows)
            parts.append(f"<tr><td colspan='2' style='padding:10px 0 3px 0'>"
                         f"<span style='color:#9aa0a6'>{escape(title)}</span></td></tr>{lines}")
        heading = escape(self.tr("Keyboard shortcuts"))
        note = escape(self.tr("In the scan viewer, F1 or ? lists the viewer's own keys. "
                              "Esc, F1 or a click closes this help."))
        return (f"<h3 style='margin:0 0 4px 0'>{heading}</h3><table>{''.join(parts)}</table>"
                f"<p style='margin-top:12px'><i>{note}</i></p>")

    # -- showing ----------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.isVisible():
            self.close_help()
        else:
            self.open_help()

    def _style(self) -> str:
        """Dark in either palette, like the scan viewer's help, and opaque (the registry
        must not show through); over a dark window it is darker still, with a light edge."""
        panel, edge = ("#17171a", "#6b6f75") if is_dark() else ("#202124", "#202124")
        return (f"#ShortcutOverlay {{ background: {panel}; border: 1px solid {edge};"
                " border-radius: 8px; }"
                "#ShortcutOverlay QLabel { color: #f1f3f4; background: transparent; }")

    def open_help(self) -> None:
        """Build the list from the actions as they are now, and show it."""
        self.setStyleSheet(self._style())
        self.label.setText(self._text())
        self.setAccessibleDescription("; ".join(f"{keys}: {what}" for keys, what in self.rows()))
        self._previous_focus = QApplication.focusWidget()
        self._place()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_help(self) -> None:
        self.hide()
        previous, self._previous_focus = self._previous_focus, None
        if previous is not None and previous.isVisible():
            previous.setFocus(Qt.FocusReason.PopupFocusReason)

    def _place(self) -> None:
        self.adjustSize()
        area = self.main_window.rect()
        self.move(max(0, (area.width() - self.width()) // 2),
                  max(0, (area.height() - self.height()) // 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main_window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close_help()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_help()
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Clicking into the window elsewhere, or Tab, leaves the help (and closes it)."""
        if event.reason() in _LEAVING and self.isVisible():
            self.hide()
            self._previous_focus = None
        super().focusOutEvent(event)
