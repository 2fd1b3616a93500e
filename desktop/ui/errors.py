"""Why something the user asked for was refused, in words (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.errors import ConflictError, DomainError
from desktop.models.examination_rules import ExaminationIncomplete
from desktop.models.roles import PermissionDenied
from desktop.models.workflow import WorkflowError
from desktop.services.returns import ReturnError
from desktop.ui.examination.vocabulary import describe_missing
from desktop.ui.labels import role_name, status_name, step_name

__all__ = ["error_text"]

translate = QCoreApplication.translate
"""Short, and still found by ``pyside6-lupdate`` (it reads ``translate("Context", "text")``)."""


_RETURN_REASONS = {
    "no_items": QT_TRANSLATE_NOOP("ReturnErrors", "Tick the items that came back."),
    "no_presenter": QT_TRANSLATE_NOOP("ReturnErrors", "Say who presented the items."),
    "no_place": QT_TRANSLATE_NOOP("ReturnErrors", "Say where the items were presented."),
    "too_long": QT_TRANSLATE_NOOP("ReturnErrors", "The name may have at most %1 characters "
                                  "and the place %2."),
    "no_loss_document": QT_TRANSLATE_NOOP("ReturnErrors", "Name the document that records the "
                                          "loss: its number, date and issuer."),
    "no_difference_note": QT_TRANSLATE_NOOP("ReturnErrors", "Say how the returned item "
                                            "differs from the one examined."),
    "lost_no_check": QT_TRANSLATE_NOOP("ReturnErrors", "A lost item has no return check."),
    "not_examined": QT_TRANSLATE_NOOP("ReturnErrors", "Record the return examination of the "
                                      "item first (Examination tab)."),
    "closed": QT_TRANSLATE_NOOP("ReturnErrors", "The export of %1 is closed by its return "
                                "act."),
    "not_agreed": QT_TRANSLATE_NOOP("ReturnErrors", "Application %1 is not an agreed export."),
    "act_drafted": QT_TRANSLATE_NOOP("ReturnErrors", "The return act %1 is drafted: cancel it "
                                     "(Return tab) before changing the returns or their "
                                     "check."),
    "future": QT_TRANSLATE_NOOP("ReturnErrors", "%1 is in the future."),
    "before_start": QT_TRANSLATE_NOOP("ReturnErrors", "%1 is before the export began (%2)."),
    "registered_already": QT_TRANSLATE_NOOP("ReturnErrors", "The return of item(s) %1 is "
                                            "registered already."),
    "not_back": QT_TRANSLATE_NOOP("ReturnErrors", "Item %1 has not come back yet: register "
                                  "its return first."),
}


def error_text(exc: DomainError) -> str:
    """Why an action on the application failed, for the user (never a traceback)."""
    if isinstance(exc, ExaminationIncomplete):
        return translate("ApplicationActions", "The examination cannot be finished yet; the "
                         "agreed results lack:") + "\n" + describe_missing(exc.missing)
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
    if isinstance(exc, ReturnError) and exc.reason in _RETURN_REASONS:
        text = translate("ReturnErrors", _RETURN_REASONS[exc.reason])
        for i, value in enumerate(exc.values, start=1):
            text = text.replace(f"%{i}", value)
        return text
    return str(exc)
