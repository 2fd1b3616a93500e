"""The English sentence for every refusal code; Qt Linguist reads them from here.

``QT_TRANSLATE_NOOP`` below is our own function of Qt's name: ``pyside6-lupdate`` finds the
strings by that name, and this module stays free of Qt.
"""

from __future__ import annotations

__all__ = ["CONTEXT", "MESSAGES", "message_key"]

CONTEXT = "Errors"
"""The Qt Linguist context of every sentence here."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


def message_key(exc: BaseException) -> str:
    """``code.reason`` of a refusal, or its ``code`` when it names no reason."""
    code = str(getattr(exc, "code", "") or "")
    reason = str(getattr(exc, "reason", "") or "")
    return f"{code}.{reason}" if code and reason else code or reason


MESSAGES: dict[str, str] = {
    # -- returns of exported items --
    "return.no_items": QT_TRANSLATE_NOOP("Errors", "Tick the items that came back."),
    "return.no_presenter": QT_TRANSLATE_NOOP("Errors", "Say who presented the items."),
    "return.no_place": QT_TRANSLATE_NOOP("Errors", "Say where the items were presented."),
    "return.too_long": QT_TRANSLATE_NOOP("Errors", "The name may have at most %1 characters "
                                         "and the place %2."),
    "return.no_loss_document": QT_TRANSLATE_NOOP("Errors", "Name the document that records "
                                                 "the loss: its number, date and issuer."),
    "return.no_difference_note": QT_TRANSLATE_NOOP("Errors", "Say how the returned item "
                                                   "differs from the one examined."),
    "return.lost_no_check": QT_TRANSLATE_NOOP("Errors", "A lost item has no return check."),
    "return.not_examined": QT_TRANSLATE_NOOP("Errors", "Record the return examination of the "
                                             "item first (Examination tab)."),
    "return.closed": QT_TRANSLATE_NOOP("Errors", "The export of %1 is closed by its return "
                                       "act."),
    "return.not_agreed": QT_TRANSLATE_NOOP("Errors", "Application %1 is not an agreed "
                                           "export."),
    "return.act_drafted": QT_TRANSLATE_NOOP("Errors", "The return act %1 is drafted: cancel "
                                            "it (Return tab) before changing the returns or "
                                            "their check."),
    "return.future": QT_TRANSLATE_NOOP("Errors", "%1 is in the future."),
    "return.before_start": QT_TRANSLATE_NOOP("Errors", "%1 is before the export began (%2)."),
    "return.registered_already": QT_TRANSLATE_NOOP("Errors", "The return of item(s) %1 is "
                                                   "registered already."),
    "return.not_back": QT_TRANSLATE_NOOP("Errors", "Item %1 has not come back yet: register "
                                         "its return first."),
    # -- the command line --
    "cli.database": QT_TRANSLATE_NOOP("Errors", "Cannot open the database: %1"),
    "cli.no_password": QT_TRANSLATE_NOOP("Errors", "No password for %1: set %2 or run the "
                                         "command on a terminal."),
    "cli.no_user": QT_TRANSLATE_NOOP("Errors", "This command needs a signed-in user: give "
                                     "--user NAME or set %1."),
    "cli.unexpected": QT_TRANSLATE_NOOP("Errors", "An unexpected error stopped the command; "
                                        "the details are in %1."),
}
