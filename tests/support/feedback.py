"""Answering the confirmation a step with no way back asks for."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.ui.application.actions import ActionsBar

__all__ = ["confirm"]


def confirm(bar: ActionsBar, yes: bool = True) -> None:
    """Click Yes (or Not yet) in the confirmation the bar shows."""
    box = bar.confirmation
    assert box is not None and box.isVisible()
    role = QMessageBox.ButtonRole.AcceptRole if yes else QMessageBox.ButtonRole.RejectRole
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()
