"""Sentences for refusals of the administrator's work on accounts and on the commission's
seats."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "account.last_admin": QT_TRANSLATE_NOOP("Errors", "%1 is the last administrator: make "
                                            "another account an administrator first."),
    "account.unknown_region": QT_TRANSLATE_NOOP("Errors", "There is no region profile «%1»."),
    "account.own_role": QT_TRANSLATE_NOOP("Errors", "An administrator cannot change their own "
                                          "role."),
    "account.reset_self": QT_TRANSLATE_NOOP("Errors", "Your own password is changed, not "
                                            "reset: use «Change the password»."),
    "not_found.seat": QT_TRANSLATE_NOOP("Errors", "The seat (record %1) no longer exists."),
    "seat.period": QT_TRANSLATE_NOOP("Errors", "A seat cannot end before it begins."),
    "seat.role": QT_TRANSLATE_NOOP("Errors", "%1 cannot sign, so cannot hold a seat that "
                                   "signs."),
    "seat.disabled": QT_TRANSLATE_NOOP("Errors", "The account of %1 is disabled: enable it "
                                       "before giving it a seat."),
    "seat.held": QT_TRANSLATE_NOOP("Errors", "%1 holds a seat of the commission from %2 "
                                   "already: end that seat first."),
    "seat.taken": QT_TRANSLATE_NOOP("Errors", "%1 holds this seat from %2: end their seat "
                                    "first, or start the new one after theirs ends."),
    "seat.ended": QT_TRANSLATE_NOOP("Errors", "This seat ended on %1 already."),
    "cli.must_change_password": QT_TRANSLATE_NOOP("Errors", "The password of %1 was set by "
                                                  "the administrator: choose your own first "
                                                  "with «users password» or in the window."),
}
