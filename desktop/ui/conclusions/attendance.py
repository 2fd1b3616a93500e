"""Who took part in a conclusion: the absent members named, and the chair's dialog to say so.

Before the first signature the chairperson ticks the members who took part in the meeting;
the others are recorded absent (with a note), the draft is rendered again without their
signature places and names them. The dialog counts the quorum as the boxes change and
accepts only a composition that makes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.services.actor import Actor
from desktop.services.attendance import NOTE_LIMIT, Attendance, AttendanceService
from desktop.services.conclusions import ConclusionSummary
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["AttendanceDialog", "AttendanceRow"]


class AttendanceDialog(QDialog):
    """Tick the members who took part; the quorum is counted as the boxes change."""

    def __init__(self, attendance: Attendance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance = attendance
        self.setWindowTitle(self.tr("Who took part: %1").replace("%1", attendance.number))
        intro = QLabel(self.tr("Tick the members who took part in the meeting. The others are "
                               "recorded absent: they do not sign the conclusion, which names "
                               "them. The chairperson %1 signs last.").replace(
                                   "%1", attendance.chair), self)
        intro.setWordWrap(True)
        self.boxes: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for person, present in [*((p, True) for p in attendance.present),
                                *((p, False) for p in attendance.absent)]:
            box = QCheckBox(person.full_name, self)
            box.setChecked(present)
            box.toggled.connect(self._count)
            self.boxes[person.user_id] = box
            layout.addWidget(box)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("Why absent (leave, illness, mission…): optional"))
        self.note.setAccessibleName(self.tr("Why absent"))
        self.quorum = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.note)
        layout.addWidget(self.quorum)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._count()
        self.resize(480, self.sizeHint().height())

    def took_part(self) -> set[int]:
        return {uid for uid, box in self.boxes.items() if box.isChecked()}

    @Slot()
    def _count(self) -> None:
        present = len(self.took_part())
        met = present >= self.attendance.needed
        self.quorum.setText(self.tr("%1 of %2 members take part; the quorum is %3.").replace(
            "%1", str(present)).replace("%2", str(self.attendance.seated)).replace(
            "%3", str(self.attendance.needed)) + ("" if met else " " + self.tr("No quorum.")))
        set_tone(self.quorum, None if met else Tone.ERROR)
        was = {p.user_id for p in self.attendance.present}
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(met and self.took_part() != was)


def apply_attendance(service: AttendanceService, actor: Actor, attendance: Attendance,
                     took_part: set[int], note: str) -> Attendance:
    """Record the changes: those back present first (so the quorum holds at every step),
    then the absent."""
    state = attendance
    for person in attendance.absent:
        if person.user_id in took_part:
            state = service.record_present(actor, attendance.conclusion_id, person.user_id)
    for person in attendance.present:
        if person.user_id not in took_part:
            state = service.record_absent(actor, attendance.conclusion_id, person.user_id,
                                          note)
    return state


class AttendanceRow(QWidget):
    """Under the signatures: the members absent from the selected conclusion, and for the
    chairperson, while nobody has signed it, the button to say who took part."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.application_id = application_id
        self.attendance: Attendance | None = None
        self.absent = QLabel(self)
        self.absent.setWordWrap(True)
        self.button = QPushButton(self)
        self.message = InlineMessage(self)
        self.dialog: AttendanceDialog | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.absent, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.button.clicked.connect(self.ask)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Who took part…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_conclusion(self, summary: ConclusionSummary | None) -> None:
        """Read the attendance of ``summary`` (nothing for a letter or an act)."""
        self.message.clear_message()
        self.attendance = None
        if summary is not None and summary.kind == ConclusionKind.CONCLUSION:
            try:
                self.attendance = self.session.services.attendance.attendance(
                    self.session.actor, summary.id)
            except DomainError as exc:
                self.message.show_message(error_text(exc))
        self._show(summary)

    def _show(self, summary: ConclusionSummary | None = None) -> None:
        state = self.attendance
        if state is None:
            self.hide()
            return
        names = ", ".join(p.full_name for p in state.absent)
        self.absent.setText(self.tr("Absent: %1").replace("%1", names) if names else "")
        editable = state.editable and self.session.actor.can(Action.AGREE_RESULT) and (
            summary is None or summary.status == ConclusionStatus.DRAFT)
        self.button.setVisible(editable)
        self.setVisible(bool(names) or editable)

    @Slot()
    def ask(self) -> AttendanceDialog | None:
        if self.attendance is None:
            return None
        dialog = AttendanceDialog(self.attendance, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.record(dialog.took_part(), dialog.note.text()))
        dialog.open()
        return dialog

    def record(self, took_part: set[int], note: str) -> None:
        """Record who took part, off the GUI thread; the application's view reads again."""
        if self.attendance is None:
            return
        service, actor, state = (self.session.services.attendance, self.session.actor,
                                 self.attendance)
        op = self.session.write(
            lambda _progress: apply_attendance(service, actor, state, took_part, note.strip()),
            Change.CONCLUSION, [self.application_id])
        op.failed.connect(self._failed)
        op.start()

    @Slot(str, object)
    def _failed(self, text: str, exc: object) -> None:
        self.message.show_message(error_text(exc) if isinstance(exc, DomainError) else text)
