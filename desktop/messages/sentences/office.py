"""Sentences for refusals of the office's housekeeping: accounts and sign-in, backups, the
trust store, exports, the quality survey and the database itself."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- accounts and signing in --
    "authentication.wrong_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong user name or "
                                                          "password."),
    "authentication.disabled": QT_TRANSLATE_NOOP("Errors", "This account is disabled. Ask the "
                                                 "administrator."),
    "authentication.locked": QT_TRANSLATE_NOOP("Errors", "This account is locked after "
                                               "repeated failed sign-ins. Try again in %1 "
                                               "minutes."),
    "authentication.wrong_password": QT_TRANSLATE_NOOP("Errors", "The current password is "
                                                       "wrong."),
    "account.no_username": QT_TRANSLATE_NOOP("Errors", "Enter a user name."),
    "account.no_full_name": QT_TRANSLATE_NOOP("Errors", "Enter the full name."),
    "account.long_username": QT_TRANSLATE_NOOP("Errors", "The user name is longer than %1 "
                                                "characters."),
    "account.username_chars": QT_TRANSLATE_NOOP("Errors", "The user name contains invisible "
                                                 "characters: retype it."),
    "account.common_password": QT_TRANSLATE_NOOP("Errors", "This password is one of the most "
                                                  "common ones: choose another."),
    "account.short_password": QT_TRANSLATE_NOOP("Errors", "The password must have at least %1 "
                                                "characters."),
    "account.invalid_iin": QT_TRANSLATE_NOOP("Errors", "The IIN is not valid:"),
    "account.first_not_admin": QT_TRANSLATE_NOOP("Errors", "The first account must be an "
                                                 "administrator."),
    "account.has_users": QT_TRANSLATE_NOOP("Errors", "The database has accounts already."),
    "account.first_admin_by_owner": QT_TRANSLATE_NOOP("Errors", "This shared database gives "
                                                      "each person their own login: its "
                                                      "first administrator is created by the "
                                                      "database's owner (users add)."),
    "account.name_taken": QT_TRANSLATE_NOOP("Errors", "The user name «%1» is taken."),
    "account.disable_self": QT_TRANSLATE_NOOP("Errors", "An administrator cannot disable their "
                                              "own account."),
    # -- backups --
    "backup.no_tool": QT_TRANSLATE_NOOP("Errors", "%1 is not installed (Debian package "
                                        "postgresql-client)."),
    "backup.tool_failed": QT_TRANSLATE_NOOP("Errors", "%1 failed: %2"),
    "backup.exists": QT_TRANSLATE_NOOP("Errors", "%1 exists already: choose a new file "
                                       "name."),
    "backup.backup_unverified": QT_TRANSLATE_NOOP("Errors", "The backup did not pass its "
                                                  "check, so it was not kept:"),
    "backup.not_a_file": QT_TRANSLATE_NOOP("Errors", "%1 is not a file."),
    "backup.not_a_backup": QT_TRANSLATE_NOOP("Errors", "%1 is not a backup of this "
                                             "application."),
    "backup.source_unverified": QT_TRANSLATE_NOOP("Errors", "%1 does not pass its check, so "
                                                  "nothing was restored:"),
    "backup.in_use": QT_TRANSLATE_NOOP("Errors", "The database is in use by %1 other "
                                       "session(s) (%2). Close every desktop and command "
                                       "that uses it, then restore again: nothing was "
                                       "replaced."),
    "backup.in_use_unknown": QT_TRANSLATE_NOOP("Errors", "%1 is open in another program. "
                                               "Close every desktop and command that uses "
                                               "it, then restore again: nothing was "
                                               "replaced."),
    "backup.newer_schema": QT_TRANSLATE_NOOP("Errors", "%1 was written by a newer version "
                                             "of the program (database schema %2): restore "
                                             "it with that version. Nothing was replaced."),
    "backup.cannot_create": QT_TRANSLATE_NOOP("Errors", "The restore needs a new database "
                                              "beside the current one, and the server "
                                              "refused it: %1. Nothing was replaced."),
    "backup.restore_unverified": QT_TRANSLATE_NOOP("Errors", "The restored database does not "
                                                   "pass its check:"),
    "backup.cancelled": QT_TRANSLATE_NOOP("Errors", "Cancelled: no backup was written and "
                                          "nothing was replaced."),
    "backup_check.integrity": QT_TRANSLATE_NOOP("Errors", "SQLite's integrity check: %1"),
    "backup_check.blob": QT_TRANSLATE_NOOP("Errors", "The stored file %1 does not match its "
                                           "checksum."),
    "backup_check.audit": QT_TRANSLATE_NOOP("Errors", "The audit journal is broken at event "
                                            "%1."),
    # -- the audit journal's check (what ``audit verify`` found) --
    "audit_chain.missing": QT_TRANSLATE_NOOP("Errors", "Event %1 was deleted (the next one "
                                             "is %2)."),
    "audit_chain.not_following": QT_TRANSLATE_NOOP("Errors", "Event %1 does not follow the "
                                                   "event before it: events were inserted or "
                                                   "deleted here."),
    "audit_chain.changed": QT_TRANSLATE_NOOP("Errors", "Event %1 was changed after it was "
                                             "written."),
    "audit_chain.forged": QT_TRANSLATE_NOOP("Errors", "Event %1 was changed and the chain "
                                            "computed again: its seal does not match."),
    "audit_chain.unsealed": QT_TRANSLATE_NOOP("Errors", "Event %1 has no seal: it was added "
                                              "around the program, or its seal was removed."),
    "audit_chain.unreadable": QT_TRANSLATE_NOOP("Errors", "Event %1 cannot be read: its data "
                                                "is not JSON."),
    "audit_chain.cut_off": QT_TRANSLATE_NOOP("Errors", "Events %1 to %2 were cut off the end "
                                             "of the journal."),
    "audit_chain.cut_off_here": QT_TRANSLATE_NOOP("Errors", "Events %1 to %2 were cut off the "
                                                  "end of the journal: this desk saw event "
                                                  "%2."),
    "audit_chain.cut_off_seen": QT_TRANSLATE_NOOP("Errors", "Events %1 to %2 were cut off the "
                                                  "end of the journal: %3 witnesses event "
                                                  "%2."),
    "audit_chain.rewritten_here": QT_TRANSLATE_NOOP("Errors", "The journal was rewritten at "
                                                    "or before event %1: it is not the event "
                                                    "this desk saw."),
    "audit_chain.rewritten_seen": QT_TRANSLATE_NOOP("Errors", "The journal was rewritten at "
                                                    "or before event %1: it is not the event "
                                                    "%2 witnesses."),
    # -- trusted root certificates --
    "trust_store.not_certificate": QT_TRANSLATE_NOOP("Errors", "%1 is not a certificate "
                                                     "(PEM or DER)."),
    "trust_store.not_crl": QT_TRANSLATE_NOOP("Errors", "%1 is not a certificate revocation "
                                             "list (PEM or DER)."),
    "trust_store.unknown_crl": QT_TRANSLATE_NOOP("Errors", "No imported revocation list has "
                                                 "the fingerprint %1."),
    "trust_store.not_ca": QT_TRANSLATE_NOOP("Errors", "This certificate is not a "
                                            "certification authority's."),
    "trust_store.unknown": QT_TRANSLATE_NOOP("Errors", "No trusted certificate has the "
                                             "fingerprint %1."),
    "trust_store.profile_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The certificates that come with the program (%1) are damaged: install the "
                  "program again."),
    # -- exports and the survey --
    "export.period": QT_TRANSLATE_NOOP("Errors", "The period ends (%1) before it starts "
                                       "(%2)."),
    "export.file_type": QT_TRANSLATE_NOOP("Errors", "%1: choose a file name ending in .xlsx or "
                                          ".csv."),
    "export.cancelled": QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was "
                                          "written."),
    "journal.period": QT_TRANSLATE_NOOP("Errors", "The period ends (%1) before it starts "
                                        "(%2)."),
    "survey.answer": QT_TRANSLATE_NOOP("Errors", "An answer must be 1, 2 or 3, not «%1»."),
    # -- the database --
    "database_refused.forbidden": QT_TRANSLATE_NOOP("Errors", "The database refused this "
                                                     "change: your role may not make it. "
                                                     "Nothing was saved."),
    "database_roles.sqlite": QT_TRANSLATE_NOOP("Errors", "A SQLite file has no database "
                                               "roles: its owner is trusted."),
    "database_unavailable.lost": QT_TRANSLATE_NOOP("Errors", "The connection to the database "
                                                   "(%1) was lost; nothing of this change was "
                                                   "saved. Try again."),
    "database_unavailable.busy": QT_TRANSLATE_NOOP("Errors", "The database is busy with another "
                                                   "user's change; nothing was saved. Try "
                                                   "again."),
    "database_unavailable.unwritable": QT_TRANSLATE_NOOP("Errors", "The database file cannot "
                                                         "be written (%1)."),
    "database_unavailable.cannot_open": QT_TRANSLATE_NOOP("Errors", "The database cannot be "
                                                          "used: %1"),
    # -- the working-day calendar --
    "calendar.no_note": QT_TRANSLATE_NOOP("Errors", "Say why the day changes: the decree or "
                                          "the reason."),
    "calendar.note_too_long": QT_TRANSLATE_NOOP("Errors", "The note may have at most %1 "
                                                "characters."),
    "calendar.off_already": QT_TRANSLATE_NOOP("Errors", "%1 is a day off already."),
    "calendar.working_already": QT_TRANSLATE_NOOP("Errors", "%1 is a working day already."),
    "calendar.not_amended": QT_TRANSLATE_NOOP("Errors", "%1 has no amendment to withdraw."),
    # -- setting up the database schema (an incomplete installation) --
    "schema_setup.missing": QT_TRANSLATE_NOOP("Errors", "The installation is incomplete: %1 "
                                              "is missing, so the database cannot be set up. "
                                              "Install the program again."),
    "schema_setup.no_migrations": QT_TRANSLATE_NOOP("Errors", "The installation is "
                                                    "incomplete: %1 holds no migration, so the "
                                                    "database cannot be set up. Install the "
                                                    "program again."),
    "schema_setup.broken": QT_TRANSLATE_NOOP("Errors", "The database cannot be set up from the "
                                             "migrations in %1: %2"),
    "schema_setup.not_reached": QT_TRANSLATE_NOOP("Errors", "The database did not reach the "
                                                  "schema revision(s) %1 of this program; "
                                                  "install the program again."),
}
