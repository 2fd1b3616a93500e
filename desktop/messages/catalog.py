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
    # -- signatures --
    "signing.failed": QT_TRANSLATE_NOOP("Errors", "The signature could not be made: %1"),
    "signing.not_a_pdf": QT_TRANSLATE_NOOP("Errors", "The file is not a readable PDF document "
                                           "(%1)."),
    "signing.key_file": QT_TRANSLATE_NOOP("Errors", "The key file %1 cannot be used: %2"),
    "signing.wrong_password": QT_TRANSLATE_NOOP("Errors", "The password for %1 is wrong."),
    "signing.token": QT_TRANSLATE_NOOP("Errors", "The token %1 cannot be used."),
    "signing.token_module": QT_TRANSLATE_NOOP("Errors", "The token library (PKCS#11) %1 cannot "
                                              "be loaded."),
    "signing.token_absent": QT_TRANSLATE_NOOP("Errors", "No token labelled %1 is connected."),
    "signing.token_pin": QT_TRANSLATE_NOOP("Errors", "The PIN for token %1 is wrong."),
    "signing.token_pin_locked": QT_TRANSLATE_NOOP("Errors", "The PIN for token %1 is locked."),
    "signing.token_key": QT_TRANSLATE_NOOP("Errors", "Token %1 has no single signing key with "
                                           "its certificate."),
    "signing.ncalayer": QT_TRANSLATE_NOOP("Errors", "NCALayer did not sign: %1"),
    "signing.ncalayer_unreachable": QT_TRANSLATE_NOOP("Errors", "NCALayer is not running on "
                                                      "this computer: start it (it listens "
                                                      "at %1) and try again."),
    "signing.ncalayer_cancelled": QT_TRANSLATE_NOOP("Errors", "Signing was cancelled in "
                                                    "NCALayer."),
    "signing.expired": QT_TRANSLATE_NOOP("Errors", "The certificate of %1 expired on %2."),
    "signing.not-yet-valid": QT_TRANSLATE_NOOP("Errors", "The certificate of %1 is valid only "
                                               "from %2."),
    "signing.auth-key": QT_TRANSLATE_NOOP("Errors", "This is the login key of %1 "
                                          "(AUTH_RSA256_….p12), which may not sign documents. "
                                          "Choose the signing key instead: the file named "
                                          "RSA256_….p12 or GOSTKNCA_….p12."),
    "signing.no-non-repudiation": QT_TRANSLATE_NOOP("Errors", "The certificate of %1 is not "
                                                    "for signing documents: its key usage "
                                                    "(%2) lacks non-repudiation."),
    "signing.ca-certificate": QT_TRANSLATE_NOOP("Errors", "This is the certificate of a "
                                                "certification authority (%1), not a "
                                                "person's key."),
    "signing.gost-use-ncalayer": QT_TRANSLATE_NOOP("Errors", "The key of %1 is a %2 key, "
                                                   "which this program cannot use from a "
                                                   "file: sign through NCALayer."),
    "signing.iin_mismatch": QT_TRANSLATE_NOOP("Errors", "The certificate of %1 is for IIN %2, "
                                              "but the signer's IIN on record is %3."),
    "signing.revoked": QT_TRANSLATE_NOOP("Errors", "The certificate of %1 is revoked."),
    "signing.chain": QT_TRANSLATE_NOOP("Errors", "The certificate chain of %1 cannot be "
                                       "validated."),
    "signing.locked": QT_TRANSLATE_NOOP("Errors", "The final signature (field %1) locked the "
                                        "document; it takes no further signature."),
    "signing.field": QT_TRANSLATE_NOOP("Errors", "The signature field %1 cannot be placed."),
    "signing.field_signed": QT_TRANSLATE_NOOP("Errors", "The signature field %1 is signed "
                                              "already."),
    "signing.field_unlocked": QT_TRANSLATE_NOOP("Errors", "The final signature's field %1 was "
                                                "laid out without a lock: draft the document "
                                                "again."),
    "signing.no_timestamp": QT_TRANSLATE_NOOP("Errors", "Signed without a timestamp: the "
                                              "time-stamp service %1 did not answer (no "
                                              "internet?). The signature is valid; its time "
                                              "is the one this computer gave."),
    "signing.service": QT_TRANSLATE_NOOP("Errors", "The time-stamp service %1 did not give a "
                                         "timestamp."),
    # -- refusals --
    "refusal.unknown_ground": QT_TRANSLATE_NOOP("Errors", "There is no refusal ground «%1»; "
                                                "the grounds are: %2."),
    "refusal.other_needs_text": QT_TRANSLATE_NOOP("Errors", "Say what the other ground of the "
                                                  "refusal is."),
    "refusal.too_long": QT_TRANSLATE_NOOP("Errors", "The reasons of a refusal may have at most "
                                          "%1 characters."),
    # -- the examination's languages and vocabulary --
    "examination.languages_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "The documents are issued in Kazakh and in Russian, and the agreed results "
        "are not written in both yet: %1"),
    "vocabulary.bad_file": QT_TRANSLATE_NOOP("Errors", "%1 cannot be read as a vocabulary "
                                             "file."),
    "vocabulary.bad_term": QT_TRANSLATE_NOOP("Errors", "%1: a term needs a code and its "
                                             "Kazakh, Russian and English text, nothing else."),
    "vocabulary.bad_code": QT_TRANSLATE_NOOP("Errors", "%1: the code «%2» must be 2 to 48 "
                                             "small Latin letters, digits or _, starting with "
                                             "a letter."),
    "vocabulary.bad_text": QT_TRANSLATE_NOOP("Errors", "%1: the term %2 needs its text in "
                                             "%3, one line of at most 200 characters."),
    "vocabulary.bad_kind": QT_TRANSLATE_NOOP("Errors", "Unknown kind of term: %1. The kinds "
                                             "are object_type, material and technique."),
    "vocabulary.code_taken": QT_TRANSLATE_NOOP("Errors", "The %1 code %2 is taken already."),
    "vocabulary.text_taken": QT_TRANSLATE_NOOP("Errors", "The %1 «%2» is the term %3 "
                                               "already."),
    "vocabulary.nothing_to_add": QT_TRANSLATE_NOOP("Errors", "No term to add."),
    "not_found.application": QT_TRANSLATE_NOOP("Errors", "There is no application numbered "
                                               "%1."),
    # -- the whole-database check (``check``): what each broken rule means --
    "check.no_conclusion": QT_TRANSLATE_NOOP("Errors", "It is decided but has no issued "
                                             "conclusion."),
    "check.conclusion_disagrees": QT_TRANSLATE_NOOP("Errors", "Its issued conclusion does not "
                                                    "say what its status says."),
    "check.no_refusal_letter": QT_TRANSLATE_NOOP("Errors", "It is refused but has no refusal "
                                                 "letter."),
    "check.no_return_act": QT_TRANSLATE_NOOP("Errors", "It is closed but has no signed return "
                                             "act."),
    "check.stray_draft": QT_TRANSLATE_NOOP("Errors", "Its status does not allow the conclusion "
                                           "%1, which is being drafted or signed."),
    "check.no_draft": QT_TRANSLATE_NOOP("Errors", "Its status says a conclusion is being "
                                        "drafted or signed, but none is."),
    "check.unsigned_signer": QT_TRANSLATE_NOOP("Errors", "%1 is issued, but %2 has not signed "
                                               "it."),
    "check.no_document": QT_TRANSLATE_NOOP("Errors", "%1 has no document in «%2»."),
    "check.return_unchecked": QT_TRANSLATE_NOOP("Errors", "It is closed, but item %1 has no "
                                                "checked return."),
    "check.records_incomplete": QT_TRANSLATE_NOOP("Errors", "Its examination records are "
                                                  "incomplete: %1."),
    "check.blob_missing": QT_TRANSLATE_NOOP("Errors", "The stored file %1 it refers to is "
                                            "missing."),
    "check.blob_unreferenced": QT_TRANSLATE_NOOP("Errors", "The stored file %1 is referenced "
                                                 "by nothing."),
    "check.blob_corrupt": QT_TRANSLATE_NOOP("Errors", "The stored file %1 does not match its "
                                            "hash."),
    "check.audit_chain": QT_TRANSLATE_NOOP("Errors", "The audit journal is broken at event "
                                           "%1: %2"),
    "check.number_form": QT_TRANSLATE_NOOP("Errors", "Its number should read %1."),
    "check.number_gap": QT_TRANSLATE_NOOP("Errors", "The numbers of %1 skip %2."),
    "check.number_twice": QT_TRANSLATE_NOOP("Errors", "%1 gives the number %2 twice: %3."),
    "check.counter_off": QT_TRANSLATE_NOOP("Errors", "The counter %1 stands at %2, but the last "
                                           "number given is %3."),
    "check.no_registration": QT_TRANSLATE_NOOP("Errors", "Its registration is not in the audit "
                                               "journal."),
    "check.step_not_allowed": QT_TRANSLATE_NOOP("Errors", "The step «%1» from «%2» to «%3» in "
                                                "the audit journal is not allowed there."),
    "check.status_unexplained": QT_TRANSLATE_NOOP("Errors", "Its status is «%1», but its steps "
                                                  "in the audit journal lead to «%2»."),
    "check.deadline_changed": QT_TRANSLATE_NOOP("Errors", "Its deadline %1 differs from the "
                                                "last one in the audit journal, %2."),
    "check.deadline_calendar": QT_TRANSLATE_NOOP("Errors", "Its deadline %1 is not what the "
                                                 "calendar gives, %2."),
    "check.decided_date": QT_TRANSLATE_NOOP("Errors", "It is decided, but its decision date is "
                                            "%1."),
    "check.document_invalid": QT_TRANSLATE_NOOP("Errors", "%1 (%2) does not verify: %3"),
    # -- the command line --
    "cli.database": QT_TRANSLATE_NOOP("Errors", "Cannot open the database: %1"),
    "cli.no_user": QT_TRANSLATE_NOOP("Errors", "This command needs a signed-in user: give "
                                     "--user NAME or set %1."),
    "cli.no_password": QT_TRANSLATE_NOOP("Errors", "No password for %1: set %2 or run the "
                                         "command on a terminal."),
    "cli.password_prompt": QT_TRANSLATE_NOOP("Errors", "Password for %1: "),
    "cli.sign_in": QT_TRANSLATE_NOOP("Errors", "Cannot sign in: %1"),
    "cli.refused": QT_TRANSLATE_NOOP("Errors", "%1"),
    "cli.unexpected": QT_TRANSLATE_NOOP("Errors", "An unexpected error stopped the command; "
                                        "the details are in %1."),
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
    "cli.negative": QT_TRANSLATE_NOOP("Errors", "%1 must be zero or more."),
    "cli.demo_not_empty": QT_TRANSLATE_NOOP("Errors", "The database already has users or "
                                            "applications; demo data goes only into an empty "
                                            "database (use --if-empty to skip quietly)."),
    "cli.unknown_status": QT_TRANSLATE_NOOP("Errors", "Unknown status «%1»; known statuses: "
                                            "%2."),
    "cli.no_new_password": QT_TRANSLATE_NOOP("Errors", "Give the new password in %1 or run "
                                             "the command on a terminal."),
    "cli.passwords_differ": QT_TRANSLATE_NOOP("Errors", "The two passwords differ."),
    "cli.first_admin": QT_TRANSLATE_NOOP("Errors", "The first account of a database must be "
                                         "an administrator."),
    "cli.no_account": QT_TRANSLATE_NOOP("Errors", "There is no account «%1»."),
    "cli.unknown_region": QT_TRANSLATE_NOOP("Errors", "Unknown region «%1»."),
    "cli.dpi": QT_TRANSLATE_NOOP("Errors", "--dpi must be %1 to %2."),
    "cli.register_user": QT_TRANSLATE_NOOP("Errors", "Registering needs --user NAME (or "
                                           "--check to only check the package)."),
    "cli.package": QT_TRANSLATE_NOOP("Errors", "%1: request package rejected:\n%2"),
    "cli.no_language": QT_TRANSLATE_NOOP("Errors", "%1 has no document in «%2» (it has: %3)."),
    "cli.not_issued": QT_TRANSLATE_NOOP("Errors", "%1 is not issued: there is no signed "
                                        "result yet."),
    "cli.file": QT_TRANSLATE_NOOP("Errors", "%1: %2"),
    "cli.no_file": QT_TRANSLATE_NOOP("Errors", "%1 does not exist."),
    "cli.not_a_certificate": QT_TRANSLATE_NOOP("Errors", "%1 is not a PEM or DER "
                                               "certificate."),
    "cli.not_a_pdf": QT_TRANSLATE_NOOP("Errors", "%1 cannot be read as a PDF."),
    "cli.not_a_crl": QT_TRANSLATE_NOOP("Errors", "A CRL file is not a certificate revocation "
                                       "list."),
    "cli.not_signed": QT_TRANSLATE_NOOP("Errors", "Not signed: %1"),
    "cli.write": QT_TRANSLATE_NOOP("Errors", "Cannot write %1: %2"),
    "cli.no_folder": QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."),
    "cli.conclusion_usage": QT_TRANSLATE_NOOP("Errors", "Give a NUMBER and -o FILE.pdf to write "
                                              "a document, or 'draft NUMBER' to draft a "
                                              "conclusion."),
    # -- the working-day calendar --
    "calendar.no_note": QT_TRANSLATE_NOOP("Errors", "Say why the day changes: the decree or "
                                          "the reason."),
    "calendar.note_too_long": QT_TRANSLATE_NOOP("Errors", "The note may have at most %1 "
                                                "characters."),
    "calendar.off_already": QT_TRANSLATE_NOOP("Errors", "%1 is a day off already."),
    "calendar.working_already": QT_TRANSLATE_NOOP("Errors", "%1 is a working day already."),
    "calendar.not_amended": QT_TRANSLATE_NOOP("Errors", "%1 has no amendment to withdraw."),
    # -- the documents required before a conclusion --
    "requirements.missing": QT_TRANSLATE_NOOP("Errors", "The conclusion cannot be drafted "
                                              "yet: no scanned page of %1. Scan them, or the "
                                              "chairperson may override with a written "
                                              "reason."),
    "requirements.no_reason": QT_TRANSLATE_NOOP("Errors", "Write why the conclusion may be "
                                                "drafted without these documents."),
    "requirements.reason_too_long": QT_TRANSLATE_NOOP("Errors", "The reason may have at most "
                                                      "%1 characters."),
    "requirements.decided": QT_TRANSLATE_NOOP("Errors", "Application %1 is decided."),
    "requirements.nothing_missing": QT_TRANSLATE_NOOP("Errors", "Application %1 lacks no "
                                                      "required document."),
    # -- who takes part in a conclusion --
    "conclusion.no_quorum": QT_TRANSLATE_NOOP("Errors", "No quorum: %1 of the %2 members "
                                              "would take part; at least %3 are needed."),
    "conclusion.signing_started": QT_TRANSLATE_NOOP("Errors", "%1 is being signed: who takes "
                                                    "part is recorded before the first "
                                                    "signature."),
    "conclusion.not_conclusion": QT_TRANSLATE_NOOP("Errors", "%1 is not a conclusion."),
    "conclusion.not_signing": QT_TRANSLATE_NOOP("Errors", "That member does not sign %1."),
    "conclusion.not_absent": QT_TRANSLATE_NOOP("Errors", "That member is not recorded absent "
                                               "from %1."),
    "conclusion.member_disabled": QT_TRANSLATE_NOOP("Errors", "The account of %1 is "
                                                    "disabled."),
    "conclusion.absence_note_too_long": QT_TRANSLATE_NOOP("Errors", "The note may have at "
                                                          "most %1 characters."),
}
