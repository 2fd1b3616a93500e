"""The steps a user may take on an application now, the chair's assignment, and the reasons.

Buttons come from ``ApplicationDetail.allowed_steps``: the service decides what a role may
do in a status, the bar only shows it. A repeat examination asks for its reason in a dialog
first, a refusal for its ground from the closed list and the commission's words, a step
that cannot be taken back (the documents complete) for a confirmation; the bar reports what
the user asked for and the view runs it, so a refusal by the service is shown in one place.
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.refusals import RefusalGround
from desktop.domain.workflow import Transition
from desktop.services.applications import Colleague
from desktop.ui.kit.labels import refusal_ground_name, role_name, step_name
from desktop.ui.kit.retranslate import translated

__all__ = ["CONFIRMED_STEPS", "ActionsBar", "ReasonDialog", "RefuseDialog"]

CONFIRMED_STEPS = frozenset({"complete_documents"})
"""Steps with no way back, taken only once the user confirms."""


class ReasonDialog(QDialog):
    """Asks why the examination is repeated; several lines."""

    def __init__(self, step: Transition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setWindowTitle(step_name(step.name).rstrip("…"))
        self.prompt = QLabel(self.tr("Why the examination is repeated:"), self)
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


class RefuseDialog(QDialog):
    """The ground of a refusal from the closed list, and the commission's words on it
    (required for another ground); the refusal letter cites both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(step_name("refuse").rstrip("…"))
        self.ground_label = QLabel(self.tr("&Ground of the refusal:"), self)
        self.ground = QComboBox(self)
        self.ground.addItem(self.tr("— choose the ground —"), "")
        for ground in RefusalGround:
            self.ground.addItem(refusal_ground_name(ground), ground.value)
        self.ground_label.setBuddy(self.ground)
        self.text_label = QLabel(self.tr("The commission's reasons, as the applicant will read "
                                         "them (a paragraph a line):"), self)
        self.text_label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Reasons"))
        self.text.setTabChangesFocus(True)
        self.text_label.setBuddy(self.text)
        self.hint = QLabel(self.tr("The letter also tells the applicant how to appeal."), self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(step_name("refuse").rstrip("…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ground.currentIndexChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ground_label)
        layout.addWidget(self.ground)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(560, 340)
        self._update()

    def chosen(self) -> str:
        """The ground's code; empty until one is chosen."""
        return str(self.ground.currentData() or "")

    def reasons(self) -> str:
        return self.text.toPlainText()

    @Slot()
    def _update(self) -> None:
        ground = self.chosen()
        needs_text = ground == RefusalGround.OTHER.value
        self.ok_button.setEnabled(bool(ground) and (not needs_text
                                                    or bool(self.reasons().strip())))


class ActionsBar(QWidget):
    """A button per allowed step, and for the chair the member to assign."""

    stepRequested = Signal(str, str)
    """``(step, reason)``; the reason is empty for steps that need none."""
    refuseRequested = Signal(str, str)
    """``(ground, reasons)`` of a refusal."""
    assignRequested = Signal(int)
    """The user id to assign (0: nobody)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.reason_dialog: ReasonDialog | RefuseDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.steps_layout = QHBoxLayout()
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.assign_label = QLabel(self)
        self.assign_combo = QComboBox(self)
        # As wide as the longest "name (role)", in whichever language the roles are named.
        self.assign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assign_label.setBuddy(self.assign_combo)
        self.assign_button = QPushButton(self)
        self.assign_button.clicked.connect(self._assign_clicked)
        translated(self, self._retranslate)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.steps_layout)
        layout.addStretch(1)
        layout.addWidget(self.assign_label)
        layout.addWidget(self.assign_combo)
        layout.addWidget(self.assign_button)

    def _retranslate(self) -> None:
        """The assignment's words (the steps' buttons are named as :meth:`set_steps` makes
        them, and the view makes them again after a language change)."""
        self.assign_label.setText(self.tr("Assigned member:"))
        self.assign_combo.setAccessibleName(self.tr("Member to assign"))
        self.assign_button.setText(self.tr("Assign"))
        if self.assign_combo.count():
            self.assign_combo.setItemText(0, self.tr("— nobody —"))

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
        if step.name == "refuse":
            refuse = RefuseDialog(self)
            refuse.accepted.connect(
                lambda: self.refuseRequested.emit(refuse.chosen(), refuse.reasons()))
            self._open(refuse)
            return
        if step.name in CONFIRMED_STEPS:
            self._confirm(step)
            return
        if not step.needs_reason:
            self.stepRequested.emit(step.name, "")
            return
        dialog = ReasonDialog(step, self)
        dialog.accepted.connect(lambda: self.stepRequested.emit(step.name, dialog.reason()))
        self._open(dialog)

    def _confirm(self, step: Transition) -> None:
        """Ask before a step with no way back; No is the default button."""
        box = QMessageBox(QMessageBox.Icon.Question, step_name(step.name).rstrip("…"),
                          self.tr("Are all the documents in? The application goes to the "
                                  "commission's members for examination; this step cannot "
                                  "be taken back."),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Yes, the documents are complete"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Not yet"), QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(lambda _r: self._confirmed(box, step, box.clickedButton() is yes))
        self.confirmation = box
        box.open()

    def _confirmed(self, box: QMessageBox, step: Transition, yes: bool) -> None:
        if self.confirmation is box:
            self.confirmation = None
        box.deleteLater()
        if yes:
            self.stepRequested.emit(step.name, "")

    def _open(self, dialog: ReasonDialog | RefuseDialog) -> None:
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.reason_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ReasonDialog | RefuseDialog) -> None:
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()

    @Slot()
    def _assign_clicked(self) -> None:
        self.assignRequested.emit(int(self.assign_combo.currentData() or 0))
