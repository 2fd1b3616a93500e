"""Why something the user asked for was refused, in words (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.errors import ConflictError, DomainError
from desktop.models.examination_rules import ExaminationIncomplete
from desktop.models.roles import PermissionDenied
from desktop.models.workflow import WorkflowError
from desktop.ui.examination.vocabulary import describe_missing
from desktop.ui.labels import role_name

__all__ = ["error_text"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationActions", text)


def error_text(exc: DomainError) -> str:
    """Why an action on the application failed, for the user (never a traceback)."""
    if isinstance(exc, ExaminationIncomplete):
        return _tr("The examination cannot be finished yet; the agreed results lack:") + \
            "\n" + describe_missing(exc.missing)
    if isinstance(exc, PermissionDenied):
        return _tr("Your role (%1) may not do this.").replace("%1", role_name(exc.role))
    if isinstance(exc, ConflictError):
        return _tr("Someone else changed this application meanwhile. It has been read again: "
                   "check it and try once more.")
    if isinstance(exc, WorkflowError):
        return _tr("This step cannot be taken now: %1").replace("%1", str(exc))
    return str(exc)
