"""The quality survey of annex 6 for one request: the applicant's two answers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.survey import Satisfaction
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["SurveyDialog", "answer_names"]


_ANSWERS = {
    Satisfaction.NOT_SATISFIED: QT_TRANSLATE_NOOP("SurveyAnswer", "Not satisfied"),
    Satisfaction.PARTLY: QT_TRANSLATE_NOOP("SurveyAnswer", "Partly satisfied"),
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("SurveyAnswer", "Satisfied"),
}


def answer_names() -> dict[Satisfaction, str]:
    """The answers of annex 6 in the interface language (the dialog and the start page)."""
    return {answer: QCoreApplication.translate("SurveyAnswer", text)
            for answer, text in _ANSWERS.items()}


class SurveyDialog(QDialog):
    """Record (or correct) what the applicant answered; nothing is stored on Cancel."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.services.survey
        self.actor = actor = session.actor
        self.application_id = application_id
        self.setWindowTitle(self.tr("Quality survey"))
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        questions = {
            "quality": self.tr("1. Are you satisfied with the quality of the service and "
                               "its result?"),
            "information": self.tr("2. Are you satisfied with the quality of the "
                                   "information on how the service is provided?"),
        }
        names = answer_names()
        for key, text in questions.items():
            box = QGroupBox(text, self)
            inner = QVBoxLayout(box)
            group = QButtonGroup(self)
            for answer, name in names.items():
                button = QRadioButton(name, box)
                group.addButton(button, int(answer))
                inner.addWidget(button)
            self.groups[key] = group
            layout.addWidget(box)
        self.message = InlineMessage(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        try:
            known = self.service.answers(actor, application_id)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            known = None
        for key, answer in (known or {}).items():
            button = self.groups[key].button(int(answer))
            if button is not None:
                button.setChecked(True)

    def save(self) -> Operation | None:
        """Store the answers off the GUI thread; the dialog closes once they are stored."""
        chosen = {key: group.checkedId() for key, group in self.groups.items()}
        if any(value < 0 for value in chosen.values()):
            self.message.show_message(self.tr("Choose an answer to each question."))
            return None
        service, actor, application_id = self.service, self.actor, self.application_id
        op = self.session.write(lambda _p: service.record(actor, application_id,
                                                          chosen["quality"],
                                                          chosen["information"]),
                                Change.SURVEY, [application_id])
        session, said = self.session, self.tr("The applicant's answers to the survey are "
                                              "recorded.")
        op.succeeded.connect(lambda _result: session.announce(said))  # the dialog has closed
        op.succeeded.connect(while_alive(self, lambda _result: self.accept()))
        op.failed.connect(while_alive(self, lambda _text, exc: self.message.show_message(
            error_text(exc))))
        op.finished.connect(while_alive(self, lambda: self.buttons.setEnabled(True)))
        self.buttons.setEnabled(False)
        op.start()
        return op
