"""The steps a user may take on an application now, the chair's assignment, and the reasons.

Buttons come from ``ApplicationDetail.allowed_steps``: the service decides what a role may
do in a status, the bar only shows it. A step that needs a reason (a refusal, a repeat
examination) asks for it in a dialog first; the bar reports what the user asked for and the
view runs it, so a refusal by the service is shown in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.workflow import Transition
from desktop.services.applications import Colleague
from desktop.ui.kit.labels import role_name, step_name

__all__ = ["ActionsBar", "ReasonDialog"]


class ReasonDialog(QDialog):
    """Asks for the reasons of a refusal (or of a repeat examination); several lines."""

    def __init__(self, step: Transition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setWindowTitle(step_name(step.name).rstrip("…"))
        if step.name == "refuse":
            prompt = self.tr("The reasons for the refusal, as the applicant will read them:")
        else:
            prompt = self.tr("Why the examination is repeated:")
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Reasons"))
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(step_name(step.name).rstrip("…"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def reason(self) -> str:
        return self.text.toPlainText()


class ActionsBar(QWidget):
    """A button per allowed step, and for the chair the member to assign."""

    stepRequested = Signal(str, str)
    """``(step, reason)``; the reason is empty for steps that need none."""
    assignRequested = Signal(int)
    """The user id to assign (0: nobody)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.reason_dialog: ReasonDialog | None = None
        self.steps_layout = QHBoxLayout()
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.assign_label = QLabel(self.tr("Assigned member:"), self)
        self.assign_combo = QComboBox(self)
        self.assign_combo.setAccessibleName(self.tr("Member to assign"))
        self.assign_combo.setMaximumWidth(self.assign_combo.fontMetrics().horizontalAdvance("M")
                                          * 26)
        self.assign_label.setBuddy(self.assign_combo)
        self.assign_button = QPushButton(self.tr("Assign"), self)
        self.assign_button.clicked.connect(self._assign_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.steps_layout)
        layout.addStretch(1)
        layout.addWidget(self.assign_label)
        layout.addWidget(self.assign_combo)
        layout.addWidget(self.assign_button)

    def set_steps(self, steps: Sequence[Transition]) -> None:
        for button in self.buttons.values():
            self.steps_layout.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        for step in steps:
            button = QPushButton(step_name(step.name), self)
            button.setAccessibleName(step_name(step.name).rstrip("…"))
            button.clicked.connect(lambda _=False, s=step: self._step_clicked(s))
            self.steps_layout.addWidget(button)
            self.buttons[step.name] = button

    def set_assignment(self, can_assign: bool, examiners: Sequence[Colleague],
                       assigned: int | None) -> None:
        for widget in (self.assign_label, self.assign_combo, self.assign_button):
            widget.setVisible(can_assign)
        if not can_assign:
            return
        self.assign_combo.clear()
        self.assign_combo.addItem(self.tr("— nobody —"), 0)
        for colleague in examiners:
            self.assign_combo.addItem(f"{colleague.full_name} ({role_name(colleague.role)})",
                                      colleague.id)
        self.assign_combo.setCurrentIndex(max(0, self.assign_combo.findData(assigned or 0)))

    def _step_clicked(self, step: Transition) -> None:
        if not step.needs_reason:
            self.stepRequested.emit(step.name, "")
            return
        dialog = ReasonDialog(step, self)
        dialog.accepted.connect(lambda: self.stepRequested.emit(step.name, dialog.reason()))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.reason_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ReasonDialog) -> None:
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()

    @Slot()
    def _assign_clicked(self) -> None:
        self.assignRequested.emit(int(self.assign_combo.currentData() or 0))
