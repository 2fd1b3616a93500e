"""The documents the region requires before a conclusion, and the chairperson's override.

Shown in the Conclusion tab while the application is undecided: each required document with
a mark (scanned, missing, or missing and overridden). The chairperson overrides the missing
ones with a written reason; the reason is kept in the audit journal and shown here, and
printed on no document.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.domain.workflow import FINAL_STATUSES, Status
from desktop.services.requirements import REASON_LIMIT, DocumentCheck
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import format_date, paper_document_name
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["RequirementsBox", "WaiverDialog"]


class WaiverDialog(QDialog):
    """The chairperson's written reason for drafting without the missing documents."""

    def __init__(self, missing: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft without the documents"))
        intro = QLabel(self.tr("The conclusion may be drafted although these documents have "
                               "no scanned page:") + "\n" +
                       "\n".join(f"• {paper_document_name(code)}" for code in missing), self)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why the commission concludes without them"))
        note = QLabel(self.tr("The reason is kept in the audit journal with your name; it is "
                              "printed on no document."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._edited)
        self._edited()
        self.resize(480, 300)

    @Slot()
    def _edited(self) -> None:
        text = self.text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text) and len(text) <= REASON_LIMIT)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class RequirementsBox(QGroupBox):
    """Which required documents the application has scanned; the override for the chair."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.application_id = application_id
        self.check: DocumentCheck | None = None
        self.lines = QLabel(self)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setWordWrap(True)
        self.override_button = QPushButton(self)
        self.message = InlineMessage(self)
        self.dialog: WaiverDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.lines, 1)
        row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.override_button.clicked.connect(self.ask_reason)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Required documents"))
        self.override_button.setText(self.tr("Draft without them…"))
        if self.check is not None:
            self._show(self.check)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self, status: Status) -> None:
        """Read the check again; nothing is shown once the application is decided."""
        self.message.clear_message()
        if status in FINAL_STATUSES:
            self.check = None
            self.hide()
            return
        try:
            self.check = self.session.services.requirements.check(self.actor,
                                                                  self.application_id)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self._show(self.check)

    def _show(self, check: DocumentCheck) -> None:
        waived = set(check.waiver.documents) if check.waiver else set()
        lines = []
        for code in check.required:
            name = paper_document_name(code)
            if code not in check.missing:
                lines.append(f"✓ {name}")
            elif code in waived:
                lines.append(f"• {name}: " + self.tr("no scanned page; drafted without it"))
            else:
                lines.append(f"✗ {name}: " + self.tr("no scanned page"))
        if check.waiver is not None:
            lines.append(self.tr("The chairperson %1 allowed it on %2: %3").replace(
                "%1", check.waiver.waived_by).replace(
                "%2", format_date(check.waiver.waived_at.astimezone().date())).replace(
                "%3", check.waiver.reason))
        self.lines.setText("\n".join(lines))
        self.override_button.setVisible(bool(check.blocking)
                                        and self.actor.can(Action.AGREE_RESULT))
        self.setVisible(bool(check.required))

    @Slot()
    def ask_reason(self) -> WaiverDialog | None:
        if self.check is None or not self.check.blocking:
            return None
        dialog = WaiverDialog(self.check.blocking, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.waive(dialog.text()))
        dialog.open()
        return dialog

    def waive(self, reason: str) -> None:
        """Give the override, off the GUI thread; the application's view reads again."""
        service, actor, app_id = self.session.services.requirements, self.actor, \
            self.application_id
        op = self.session.write(lambda _progress: service.waive(actor, app_id, reason),
                                Change.APPLICATION, [app_id])
        op.failed.connect(self._failed)
        op.start()

    @Slot(str, object)
    def _failed(self, text: str, exc: object) -> None:
        self.message.show_message(error_text(exc) if isinstance(exc, DomainError) else text)
