"""The administrator's Users and seats tab for the screenshots: the demo's accounts and the
commission's seats, with a member's account chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.roles import Role
from desktop.ui.admin.users import UsersWidget
from desktop.ui.main_window import MainWindow
from desktop.ui.shots.application import staff_actor
from desktop.ui.shots.context import Context

__all__ = ["users_tab", "users_tab_ready"]


def users_tab(ctx: Context) -> QWidget:
    admin = staff_actor(ctx, Role.ADMIN)
    window = MainWindow(ctx.session(admin))
    tab = window.open_users()
    assert tab is not None
    tab.select_user(staff_actor(ctx, Role.MEMBER).username)
    return window


def users_tab_ready(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    tab = widget.tabs.currentWidget()
    return isinstance(tab, UsersWidget) and tab.table.rowCount() > 0 \
        and tab.seats.table.rowCount() > 0
