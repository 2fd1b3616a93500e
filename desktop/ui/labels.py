"""Translated names of domain values (statuses, roles) and the display of dates and deadlines.

The domain keeps stable codes; this module is the one place that turns them into words.
The source strings are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.calendar import DeadlineState
from desktop.models.identity import IdentityError
from desktop.models.roles import Role
from desktop.models.workflow import Status

__all__ = [
    "DATE_FORMAT",
    "deadline_text",
    "english_plural",
    "format_date",
    "identity_problem",
    "role_name",
    "status_name",
]

DATE_FORMAT = "%d.%m.%Y"
"""Dates as Kazakh and Russian official documents write them."""

_STATUS_CONTEXT = "Status"
_STATUS: dict[Status, str] = {
    Status.REGISTERED: QT_TRANSLATE_NOOP("Status", "Registered"),
    Status.DOCUMENTS_COMPLETE: QT_TRANSLATE_NOOP("Status", "Documents complete"),
    Status.UNDER_EXAMINATION: QT_TRANSLATE_NOOP("Status", "Under examination"),
    Status.EXAMINED: QT_TRANSLATE_NOOP("Status", "Examined"),
    Status.CONCLUSION_DRAFTED: QT_TRANSLATE_NOOP("Status", "Conclusion drafted"),
    Status.BEING_SIGNED: QT_TRANSLATE_NOOP("Status", "Being signed"),
    Status.ISSUED_AGREED: QT_TRANSLATE_NOOP("Status", "Issued: export agreed"),
    Status.ISSUED_NOT_AGREED: QT_TRANSLATE_NOOP("Status", "Issued: export not agreed"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Status", "Refused"),
}

_ROLE_CONTEXT = "Role"
_ROLE: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "Clerk"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Role", "Commission member"),
    Role.CHAIR: QT_TRANSLATE_NOOP("Role", "Chairperson"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

_IDENTITY_CONTEXT = "Identity"
_IDENTITY: dict[str, str] = {
    "length": QT_TRANSLATE_NOOP("Identity", "The number must have 12 digits."),
    "digits": QT_TRANSLATE_NOOP("Identity", "The number must contain digits only."),
    "check_digit": QT_TRANSLATE_NOOP(
        "Identity", "The check digit does not match: look for a typing error."
    ),
    "check_digit_unusable": QT_TRANSLATE_NOOP(
        "Identity", "This is not a valid number: no check digit fits it."
    ),
    "birth_date": QT_TRANSLATE_NOOP(
        "Identity", "The first six digits are not a valid birth date."
    ),
    "century": QT_TRANSLATE_NOOP(
        "Identity", "The 7th digit (century and sex) must be from 1 to 6."
    ),
    "bin_month": QT_TRANSLATE_NOOP(
        "Identity", "Digits 3 and 4 must be the month of registration."
    ),
    "bin_type": QT_TRANSLATE_NOOP(
        "Identity", "The 5th digit must be the entity type (4, 5 or 6)."
    ),
    "bin_division": QT_TRANSLATE_NOOP(
        "Identity", "The 6th digit must be the division (0 to 3)."
    ),
}


def status_name(status: Status) -> str:
    return QCoreApplication.translate(_STATUS_CONTEXT, _STATUS[status])


def role_name(role: Role) -> str:
    return QCoreApplication.translate(_ROLE_CONTEXT, _ROLE[role])


def english_plural(text: str, n: int) -> str:
    """Resolve "(s)" in an untranslated English "%n day(s)" source for *n*.

    A translation gives each language its own plural forms and no "(s)"; without one, the
    English source would show "1 day(s)". A no-op on translated text.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def format_date(value: date) -> str:
    return value.strftime(DATE_FORMAT)


def deadline_text(state: DeadlineState | None) -> str:
    """"12.03.2026 (3 working days left)"; a dash for a decided application."""
    if state is None:
        return "—"
    due = format_date(state.due)
    left = state.working_days_left
    if state.level == "overdue":
        text = english_plural(QCoreApplication.translate(
            "Deadline", "%1 (overdue by %n working day(s))", None, -left
        ), -left)
    elif left == 0:
        text = QCoreApplication.translate("Deadline", "%1 (due today)")
    else:
        text = english_plural(
            QCoreApplication.translate("Deadline", "%1 (%n working day(s) left)", None, left),
            left,
        )
    return text.replace("%1", due)


def identity_problem(exc: IdentityError) -> str:
    """Why an IIN or BIN was refused, in the interface language."""
    source = _IDENTITY.get(exc.rule)
    return QCoreApplication.translate(_IDENTITY_CONTEXT, source) if source else str(exc)
