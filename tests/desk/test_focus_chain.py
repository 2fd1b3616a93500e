"""Every screen from the keyboard: Tab walks through every control a user can use, in the
order they stand on the screen, and comes back to where it started; nothing traps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.services.services import Services
from desktop.storage.database import Database
from desktop.ui.application.actions import RefuseDialog
from desktop.ui.conclusions.sign_dialog import SignDialog
from desktop.ui.documents.importing import ImportOptionsDialog
from desktop.ui.login_dialog import LoginDialog
from tests.support.desk import Case, active_window


def _reachable(area: QWidget) -> list[QWidget]:
    """The controls of *area* a user can reach: shown, enabled, taking focus by Tab."""
    return [w for w in area.findChildren(QWidget)
            if w.isVisibleTo(area) and w.isEnabled() and w.isVisible()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None and not _an_unchosen_radio(w)]


def _an_unchosen_radio(widget: QWidget) -> bool:
    """Of a group of radio buttons Tab stops at the chosen one; the arrows choose another."""
    return isinstance(widget, QRadioButton) and widget.autoExclusive() \
        and not widget.isChecked()


def _walk(qtbot: QtBot, start: QWidget, limit: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited = [start]
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not before, f"Tab is trapped in {type(before).__name__} " \
            f"{before.objectName() or before.accessibleName()!r}"
        if now is start:
            return visited
        visited.append(now)
    return visited


def _missed(controls: list[QWidget], visited: list[QWidget]) -> list[str]:
    """The controls Tab never reached (a list is reached when its cell's editor is)."""
    return [_name(w) for w in controls
            if w not in visited and not any(w.isAncestorOf(v) for v in visited)]


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or text!r})"


@pytest.mark.parametrize("role", ["clerk", "member", "chair"])
def test_tab_reaches_every_control_of_every_tab(qtbot: QtBot, sqlite_db: Database,
                                                team: dict[str, Actor], case: Case,
                                                role: str) -> None:
    window = active_window(qtbot, sqlite_db, team[role], (1280, 720))
    view = window.open_application(case.application_id)
    problems = []
    for index in range(view.tabs.count()):
        if not view.tabs.isTabEnabled(index):
            continue
        view.tabs.setCurrentIndex(index)
        page = view.tabs.currentWidget()
        controls = _reachable(page)
        if not controls:
            continue
        visited = _walk(qtbot, controls[0], 3 * len(_reachable(window)) + 10)
        missed = _missed(controls, visited)
        if missed:
            problems.append(f"{view.tabs.tabText(index)}: Tab never reaches {missed}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("role", ["clerk", "chair"])
def test_tab_reaches_every_control_of_the_main_tabs(qtbot: QtBot, sqlite_db: Database,
                                                    team: dict[str, Actor], case: Case,
                                                    role: str) -> None:
    """The start page, the registry, the journal of documents and the exports abroad."""
    window = active_window(qtbot, sqlite_db, team[role], (1280, 720))
    window.open_journal()
    problems, walked = [], 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.currentWidget()
        controls = _reachable(page)
        if not controls:
            continue
        visited = _walk(qtbot, controls[0], 3 * len(controls) + 10)
        walked += len(visited)
        missed = _missed(controls, visited)
        if missed:
            problems.append(f"{window.tabs.tabText(index)}: Tab never reaches {missed}")
    assert not problems, "\n".join(problems)
    assert walked >= 10  # the walk went somewhere


def test_tab_reaches_every_control_of_the_dialogs(qtbot: QtBot, sqlite_db: Database,
                                                  team: dict[str, Actor], case: Case,
                                                  tmp_path: Path) -> None:
    """Signing in, registering, importing, refusing, signing: each dialog from the keyboard."""
    window = active_window(qtbot, sqlite_db, team["clerk"])
    registration = window.new_application()
    assert registration is not None
    dialogs: dict[str, QWidget] = {
        "registration": registration,
        "sign in": LoginDialog(Services(sqlite_db).users),
        "sign": SignDialog(None, "Сейітқали Бауыржан", "Q2026-0001"),
        "refuse": RefuseDialog(),
        "import": ImportOptionsDialog([tmp_path / "scan.pdf", tmp_path / "photo.jpg"]),
    }
    problems = []
    for name, dialog in dialogs.items():
        if dialog is not registration:
            qtbot.addWidget(dialog)
            dialog.show()
        qtbot.waitExposed(dialog)
        dialog.raise_()
        dialog.activateWindow()
        try:
            qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        except Exception:
            active = QApplication.activeWindow()
            raise AssertionError(f"{name}: never active ({getattr(active, 'text', str)()})"
                                 ) from None
        controls = _reachable(dialog)
        visited = _walk(qtbot, controls[0], 3 * len(controls) + 10)
        missed = _missed(controls, visited)
        if missed:
            problems.append(f"{name}: Tab never reaches {missed}")
        dialog.close()
    assert not problems, "\n".join(problems)
