"""The details of an audit event in the interface language.

The journal keeps what an event changed as stable keys and codes (``{"role": "chair",
"active": false}``, ``{"reason": "locked_out"}``), never as words, so an event written in a
Kazakh session reads in Russian in a Russian one. This module names the keys and the coded
values; names, numbers and free text are shown as they were recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.countries import country_name
from desktop.domain.documents import PageKind
from desktop.domain.roles import Role
from desktop.domain.workflow import Status
from desktop.ui.kit.labels import format_date, page_kind_name, role_name, status_name
from desktop.ui.kit.language import interface_language

__all__ = ["details_text", "key_text", "value_text"]

_CONTEXT = "AuditDetail"

_KEYS: dict[str, str] = {
    "username": QT_TRANSLATE_NOOP("AuditDetail", "user name"),
    "role": QT_TRANSLATE_NOOP("AuditDetail", "role"),
    "active": QT_TRANSLATE_NOOP("AuditDetail", "account enabled"),
    "reason": QT_TRANSLATE_NOOP("AuditDetail", "reason"),
    "number": QT_TRANSLATE_NOOP("AuditDetail", "number"),
    "items": QT_TRANSLATE_NOOP("AuditDetail", "items"),
    "result_due": QT_TRANSLATE_NOOP("AuditDetail", "result due"),
    "file": QT_TRANSLATE_NOOP("AuditDetail", "file"),
    "kind": QT_TRANSLATE_NOOP("AuditDetail", "kind"),
    "dpi": QT_TRANSLATE_NOOP("AuditDetail", "resolution, dpi"),
    "position": QT_TRANSLATE_NOOP("AuditDetail", "position"),
    "deleted": QT_TRANSLATE_NOOP("AuditDetail", "removed"),
    "width": QT_TRANSLATE_NOOP("AuditDetail", "width, pixels"),
    "height": QT_TRANSLATE_NOOP("AuditDetail", "height, pixels"),
    "degrees": QT_TRANSLATE_NOOP("AuditDetail", "turned by, degrees"),
    "box": QT_TRANSLATE_NOOP("AuditDetail", "crop frame"),
    "angle": QT_TRANSLATE_NOOP("AuditDetail", "straightened by, degrees"),
    "outcome": QT_TRANSLATE_NOOP("AuditDetail", "outcome"),
    "returned_on": QT_TRANSLATE_NOOP("AuditDetail", "date"),
    "presented_by": QT_TRANSLATE_NOOP("AuditDetail", "presented by"),
    "place": QT_TRANSLATE_NOOP("AuditDetail", "place"),
    "note": QT_TRANSLATE_NOOP("AuditDetail", "note"),
    "check_result": QT_TRANSLATE_NOOP("AuditDetail", "verdict"),
    "check_note": QT_TRANSLATE_NOOP("AuditDetail", "how it differs"),
    "agreed": QT_TRANSLATE_NOOP("AuditDetail", "export agreed"),
    "corrects": QT_TRANSLATE_NOOP("AuditDetail", "corrects"),
    "field": QT_TRANSLATE_NOOP("AuditDetail", "signature field"),
    "certificate_iin": QT_TRANSLATE_NOOP("AuditDetail", "IIN in the certificate"),
    "subject": QT_TRANSLATE_NOOP("AuditDetail", "certificate holder"),
    "quality": QT_TRANSLATE_NOOP("AuditDetail", "satisfied with the service"),
    "information": QT_TRANSLATE_NOOP("AuditDetail", "satisfied with the information"),
    "iin_bin": QT_TRANSLATE_NOOP("AuditDetail", "IIN/BIN"),
    "applications": QT_TRANSLATE_NOOP("AuditDetail", "applications"),
    "applicants": QT_TRANSLATE_NOOP("AuditDetail", "applicants"),
    "pages": QT_TRANSLATE_NOOP("AuditDetail", "pages"),
    "surname": QT_TRANSLATE_NOOP("AuditDetail", "surname"),
    "given_name": QT_TRANSLATE_NOOP("AuditDetail", "name"),
    "patronymic": QT_TRANSLATE_NOOP("AuditDetail", "patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("AuditDetail", "date of birth"),
    "citizenship": QT_TRANSLATE_NOOP("AuditDetail", "citizenship"),
    "id_document_number": QT_TRANSLATE_NOOP("AuditDetail", "passport or ID card No."),
    "id_document_issued": QT_TRANSLATE_NOOP("AuditDetail", "issued on"),
    "residence": QT_TRANSLATE_NOOP("AuditDetail", "residence"),
    "company_name": QT_TRANSLATE_NOOP("AuditDetail", "company name"),
    "requisites": QT_TRANSLATE_NOOP("AuditDetail", "requisites"),
    "address": QT_TRANSLATE_NOOP("AuditDetail", "address"),
    "phones": QT_TRANSLATE_NOOP("AuditDetail", "phones"),
    "occupation": QT_TRANSLATE_NOOP("AuditDetail", "occupation"),
}
"""Names of the keys the services record."""

_CODES: dict[str, str] = {
    "unknown_user": QT_TRANSLATE_NOOP("AuditDetail", "no such user"),
    "disabled": QT_TRANSLATE_NOOP("AuditDetail", "account disabled"),
    "locked": QT_TRANSLATE_NOOP("AuditDetail", "account locked"),
    "wrong_password": QT_TRANSLATE_NOOP("AuditDetail", "wrong password"),
    "locked_out": QT_TRANSLATE_NOOP("AuditDetail", "wrong password; account locked"),
    "repeat_examination": QT_TRANSLATE_NOOP("AuditDetail", "the examination is repeated"),
    "returned": QT_TRANSLATE_NOOP("AuditDetail", "returned"),
    "lost": QT_TRANSLATE_NOOP("AuditDetail", "lost"),
    "matches": QT_TRANSLATE_NOOP("AuditDetail", "matches the examined item"),
    "differs": QT_TRANSLATE_NOOP("AuditDetail", "differs from the examined item"),
    "individual": QT_TRANSLATE_NOOP("AuditDetail", "individual"),
    "company": QT_TRANSLATE_NOOP("AuditDetail", "legal entity"),
}
"""Coded values the services record, by code."""

_SURVEY = {1: QT_TRANSLATE_NOOP("AuditDetail", "not satisfied"),
           2: QT_TRANSLATE_NOOP("AuditDetail", "partly satisfied"),
           3: QT_TRANSLATE_NOOP("AuditDetail", "satisfied")}

_HIDDEN = {"item", "sha256", "version", "refusal"}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def key_text(key: str) -> str:
    """The name of a recorded key; the key itself when it has none."""
    return _tr(_KEYS[key]) if key in _KEYS else key


def value_text(key: str, value: Any) -> str:
    """A recorded value in words: codes named, dates as the interface writes them."""
    if isinstance(value, bool):
        return _tr(QT_TRANSLATE_NOOP("AuditDetail", "yes") if value
                   else QT_TRANSLATE_NOOP("AuditDetail", "no"))
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(value_text(key, v) for v in value)
    text = str(value)
    if key == "role" and text in {r.value for r in Role}:
        return role_name(Role(text))
    if key == "status" and text in {s.value for s in Status}:
        return status_name(Status(text))
    if key == "kind" and text in {k.value for k in PageKind}:
        return page_kind_name(PageKind(text))
    if key in ("citizenship", "destination_country") and len(text) == 2:
        return country_name(text, interface_language())
    if key in ("quality", "information") and value in _SURVEY:
        return _tr(_SURVEY[value])
    if text in _CODES:
        return _tr(_CODES[text])
    try:
        return format_date(date.fromisoformat(text)) if len(text) == 10 else text
    except ValueError:
        return text


def details_text(values: Mapping[str, Any]) -> str:
    """``role: Chairperson, account enabled: yes`` in the interface language."""
    return ", ".join(f"{key_text(k)}: {value_text(k, v)}" for k, v in values.items()
                     if k not in _HIDDEN)
