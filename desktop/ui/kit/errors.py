"""Why something the user asked for was refused, in words (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import ConflictError, DomainError
from desktop.domain.examination_rules import ExaminationIncomplete, LanguagesIncomplete
from desktop.domain.roles import PermissionDenied
from desktop.domain.workflow import WorkflowError
from desktop.messages import MESSAGES, fill, message_key
from desktop.messages.catalog import CONTEXT
from desktop.services.requirements import DocumentsMissing
from desktop.ui.kit.labels import paper_document_name, role_name, status_name, step_name
from desktop.ui.kit.vocabulary import describe_missing, describe_untranslated

__all__ = ["error_text"]

translate = QCoreApplication.translate
"""Short, and still found by ``pyside6-lupdate`` (it reads ``translate("Context", "text")``)."""


def error_text(exc: BaseException) -> str:
    """Why an action on the application failed, for the user (never a traceback).

    A refusal (an exception with a ``code``: the domain's, the signing layer's) is worded
    from the catalogue; a failure that is none (a bug, a lost server) gets one sentence
    pointing at the log, where the operation that met it wrote the traceback.
    """
    if isinstance(exc, ExaminationIncomplete):
        return translate("ApplicationActions", "The examination cannot be finished yet; the "
                         "agreed results lack:") + "\n" + describe_missing(exc.missing)
    if isinstance(exc, LanguagesIncomplete):
        return translate("ApplicationActions", "The documents are issued in Kazakh and in "
                         "Russian, and the agreed results are not written in both yet:") \
            + "\n" + describe_untranslated(exc.gaps)
    if isinstance(exc, DocumentsMissing):  # the documents by their names, not their codes
        return fill(translate(CONTEXT, MESSAGES[message_key(exc)]),
                    ["; ".join(paper_document_name(code) for code in exc.documents)])
    if isinstance(exc, PermissionDenied):
        return translate("ApplicationActions", "Your role (%1) may not do this.").replace(
            "%1", role_name(exc.role))
    if isinstance(exc, ConflictError):
        return translate("ApplicationActions", "Someone else changed this application "
                         "meanwhile. It has been read again: check it and try once more.")
    if isinstance(exc, WorkflowError):
        return translate("ApplicationActions", "The step «%1» cannot be taken in the status "
                         "«%2».").replace("%1", step_name(exc.transition).rstrip("…")).replace(
            "%2", status_name(exc.status))
    template = MESSAGES.get(message_key(exc))
    if template is not None:
        return fill(translate(CONTEXT, template), getattr(exc, "values", ()))
    if isinstance(exc, DomainError) or getattr(exc, "code", None):
        return str(exc)  # a refusal the catalogue does not word yet: its own sentence
    return translate("ApplicationActions", "This could not be done because of an unexpected "
                     "error; the log has the details.")
