"""An audit event in words: what it changed, for an application's history and the journal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from desktop.domain.errors import Refusal
from desktop.domain.workflow import Status
from desktop.services.audit_log import AuditEntry
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.event_details import details_text
from desktop.ui.kit.labels import status_name
from desktop.ui.kit.vocabulary import field_name

__all__ = ["describe_event"]


class History(QObject):
    """The translation context of the history's details.

    ``History.tr(text, "", n)`` is the form ``pyside6-lupdate`` reads as a plural (numerus)
    message; ``QCoreApplication.translate`` with *n* is not recognised as one.
    """


_SKIP = {"item", "sha256", "version"}


def _status(value: Any) -> str:
    try:
        return status_name(Status(value))
    except ValueError:
        return str(value)


def describe_event(entry: AuditEntry, names: Mapping[int, str] | None = None) -> str:
    """The details column: what changed, as far as the event says."""
    before, after = entry.before or {}, entry.after or {}
    action = entry.action
    if "status" in after and "status" in before:
        text = f"{_status(before['status'])} → {_status(after['status'])}"
        if after.get("reason"):
            text += "\n" + History.tr("Reason: %1").replace("%1", str(after["reason"]))
        return text
    if action == "application.assign":
        member = after.get("assigned_member_id")
        if not member:
            return History.tr("nobody")
        return (names or {}).get(member, str(member))
    if action.startswith("examination."):
        fields = [field_name(k) for k in after if k not in _SKIP]
        prefix = (History.tr("item %1: ").replace("%1", str(after["item"]))
                  if "item" in after else "")
        return prefix + ", ".join(fields)
    if action == "document.import":
        pages = len(after.get("pages") or [])
        return History.tr("%1: %n page(s)", "", pages).replace(
            "%1", str(after.get("file", "")))
    if action == "document.import_rejected":
        refusal = Refusal.from_dict(after.get("refusal"))
        # Events recorded before refusals were kept as codes have only the English words.
        return error_text(refusal) if refusal else \
            f"{after.get('file', '')}: {after.get('reason', '')}"
    if action == "application.register":
        return str(after.get("number", ""))
    if before and after:
        return (History.tr("before: %1").replace("%1", details_text(before)) + "\n"
                + History.tr("after: %1").replace("%1", details_text(after)))
    return details_text(after or before)
