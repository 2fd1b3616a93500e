"""How the documents word the application: its purpose and the applicant's occupation, in
Kazakh and in Russian (the application keeps them as they were received)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.drafts import ValidationFailed
from desktop.domain.errors import DomainError
from desktop.domain.languages import Bilingual
from desktop.services.wording import DocumentWording
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.language_editors import BilingualEdit
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.vocabulary import problem_text
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["WordingDialog"]


class WordingDialog(QDialog):
    """Edit the wording; OK keeps it (as a write of the session) and closes."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Texts of the documents"))
        self.session = session
        self.application_id = application_id
        self.service = session.services.wording
        wording = self.service.get(session.actor, application_id)
        note = QLabel(self.tr("The conclusion is issued in Kazakh and in Russian, each wholly "
                              "in its language: write the purpose and the occupation in both. "
                              "Names are written once and are not translated."), self)
        note.setWordWrap(True)
        self.purpose = BilingualEdit(self.tr("Purpose of the export"), True, self)
        self.occupation = BilingualEdit(self.tr("Applicant's occupation"), False, self)
        self.purpose.set_value(wording.purpose.to_json())
        self.occupation.set_value(wording.occupation.to_json())
        self.message = InlineMessage(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Purpose of the export"), self.purpose)
        form.addRow(self.tr("Applicant's occupation"), self.occupation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    def wording(self) -> DocumentWording:
        return DocumentWording(Bilingual.from_json(self.purpose.value()),
                               Bilingual.from_json(self.occupation.value()))

    def accept(self) -> None:
        """Keep the wording; a refusal stays in the dialog with its reason."""
        try:
            self.service.save(self.session.actor, self.application_id, self.wording())
        except ValidationFailed as exc:
            self.message.show_message(self.tr("Not kept. %1").replace(
                "%1", "; ".join(problem_text(p) for p in exc.problems)))
            return
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self.session.notify(Change.APPLICATION, [self.application_id])
        super().accept()
