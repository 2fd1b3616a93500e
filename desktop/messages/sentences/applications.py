"""Sentences for refusals about applications: workflow, roles, conflicts, records not found,
registration problems and identity numbers."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- roles and steps --
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "Your role (%1) may not do this."),
    "workflow.unknown_step": QT_TRANSLATE_NOOP("Errors", "There is no step «%1»."),
    "workflow.not_from_status": QT_TRANSLATE_NOOP("Errors", "The step «%1» cannot be taken "
                                                  "in the status «%2»."),
    "workflow.needs_reason": QT_TRANSLATE_NOOP("Errors", "The step «%1» needs a stated "
                                               "reason."),
    "workflow.automatic_step": QT_TRANSLATE_NOOP("Errors", "The step «%1» is taken by drafting "
                                                 "or signing the conclusion, not on its own."),
    "domain.assign_examiner": QT_TRANSLATE_NOOP("Errors", "Only an active commission member or "
                                                "the chairperson can be assigned."),
    # -- someone else was quicker --
    "conflict.application": QT_TRANSLATE_NOOP("Errors", "Someone else changed application %1 "
                                              "meanwhile: check it and try once more."),
    "conflict.applicant": QT_TRANSLATE_NOOP("Errors", "Someone else changed the applicant %1 "
                                            "meanwhile: open it again and repeat your "
                                            "change."),
    "conflict.page": QT_TRANSLATE_NOOP("Errors", "Someone else changed page %1 of application "
                                       "%2 meanwhile: look at it again and repeat the change "
                                       "if it is still needed."),
    "conflict.return": QT_TRANSLATE_NOOP("Errors", "Someone else changed this return meanwhile; "
                                         "it is shown again as it is now."),
    "conflict.same_moment": QT_TRANSLATE_NOOP("Errors", "Someone else saved the same record at "
                                              "the same moment; nothing of your change was "
                                              "saved. Read it again and repeat the change."),
    "conflict.signed_meanwhile": QT_TRANSLATE_NOOP("Errors", "Someone signed %1 meanwhile: "
                                                   "sign again (your signature goes after "
                                                   "theirs)."),
    "conflict.examination": QT_TRANSLATE_NOOP("Errors", "%1 saved this record after you opened "
                                              "it: compare the two versions."),
    # -- not found --
    "not_found.application": QT_TRANSLATE_NOOP("Errors", "There is no application with the "
                                               "number %1."),
    "not_found.application_id": QT_TRANSLATE_NOOP("Errors", "The application (record %1) no "
                                                  "longer exists."),
    "not_found.application_item": QT_TRANSLATE_NOOP("Errors", "Application %1 has no such "
                                                    "item (record %2)."),
    "not_found.applicant": QT_TRANSLATE_NOOP("Errors", "There is no applicant with the IIN/BIN "
                                             "%1."),
    "not_found.item": QT_TRANSLATE_NOOP("Errors", "The item (record %1) no longer exists."),
    "not_found.page": QT_TRANSLATE_NOOP("Errors", "The page (record %1) no longer exists: it "
                                        "may have been removed meanwhile."),
    "not_found.deleted_page": QT_TRANSLATE_NOOP("Errors", "There is no removed page to restore "
                                                "(record %1)."),
    "not_found.return": QT_TRANSLATE_NOOP("Errors", "No return is registered for this item "
                                          "(record %1)."),
    "not_found.examination_record": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2» has no such "
                                                      "examination record to update: it may "
                                                      "have been removed meanwhile."),
    "not_found.conclusion": QT_TRANSLATE_NOOP("Errors", "The conclusion (record %1) no longer "
                                              "exists."),
    "not_found.conclusion_number": QT_TRANSLATE_NOOP("Errors", "There is no conclusion or "
                                                     "refusal letter with the number %1."),
    "not_found.document_language": QT_TRANSLATE_NOOP("Errors", "%1 has no document in the "
                                                     "language «%2»."),
    "not_found.blob": QT_TRANSLATE_NOOP("Errors", "The stored file %1 is missing from the "
                                        "database."),
    "not_found.user": QT_TRANSLATE_NOOP("Errors", "The account (record %1) no longer exists."),
    "not_found.own_account": QT_TRANSLATE_NOOP("Errors", "Your account no longer exists."),
    "registration.duplicate": QT_TRANSLATE_NOOP("Errors", "This request is registered "
                                                "already as application %1 (received %2); "
                                                "it was not registered again."),
    # -- problems with what was typed (each under the field it concerns) --
    "validation": QT_TRANSLATE_NOOP("Errors", "Some fields are not filled in correctly:"),
    "problem.required": QT_TRANSLATE_NOOP("Errors", "Required."),
    "problem.too_long": QT_TRANSLATE_NOOP("Errors", "Too long: at most %1 characters."),
    "problem.control_chars": QT_TRANSLATE_NOOP("Errors", "Contains invisible control "
                                               "characters: retype it."),
    "problem.invisible_chars": QT_TRANSLATE_NOOP("Errors", "Contains the invisible character "
                                                 "%1 (a zero-width or text-direction mark): "
                                                 "retype it."),
    "problem.too_early": QT_TRANSLATE_NOOP("Errors", "Cannot be before %1, when the "
                                           "commission's rules took effect."),
    "problem.iin_mismatch": QT_TRANSLATE_NOOP("Errors", "Does not match the birth date in the "
                                              "IIN (%1)."),
    "problem.country": QT_TRANSLATE_NOOP("Errors", "Choose a country from the list."),
    "problem.domestic": QT_TRANSLATE_NOOP("Errors", "Choose a country other than Kazakhstan."),
    "problem.future": QT_TRANSLATE_NOOP("Errors", "Cannot be in the future."),
    "problem.order": QT_TRANSLATE_NOOP("Errors", "Cannot be earlier than %1."),
    "problem.range": QT_TRANSLATE_NOOP("Errors", "Must be from %1 to %2."),
    "problem.positive_range": QT_TRANSLATE_NOOP("Errors", "Must be more than 0 and at most "
                                                "%1."),
    "problem.type": QT_TRANSLATE_NOOP("Errors", "Not a valid value."),
    "problem.unknown": QT_TRANSLATE_NOOP("Errors", "Choose a value from the list."),
    "problem.too_many": QT_TRANSLATE_NOOP("Errors", "Too many entries: at most %1."),
    "problem.duplicate": QT_TRANSLATE_NOOP("Errors", "Page %1 is linked twice."),
    "problem.unreadable": QT_TRANSLATE_NOOP("Errors", "Cannot be read."),
    "problem.not_found": QT_TRANSLATE_NOOP("Errors", "Page %1 does not exist."),
    "problem.other_application": QT_TRANSLATE_NOOP("Errors", "Page %1 belongs to another "
                                                   "application."),
    "problem.deleted": QT_TRANSLATE_NOOP("Errors", "Page %1 was removed."),
    # -- identity numbers --
    "identity.length": QT_TRANSLATE_NOOP("Errors", "The number must have 12 digits."),
    "identity.digits": QT_TRANSLATE_NOOP("Errors", "The number must contain digits only."),
    "identity.check_digit": QT_TRANSLATE_NOOP("Errors", "The check digit does not match: "
                                              "look for a typing error."),
    "identity.check_digit_unusable": QT_TRANSLATE_NOOP("Errors", "This is not a valid number: "
                                                       "no check digit fits it."),
    "identity.birth_date": QT_TRANSLATE_NOOP("Errors", "The first six digits are not a valid "
                                             "birth date."),
    "identity.century": QT_TRANSLATE_NOOP("Errors", "The 7th digit (century and sex) must be "
                                          "from 1 to 6."),
    "identity.bin_month": QT_TRANSLATE_NOOP("Errors", "Digits 3 and 4 must be the month of "
                                            "registration."),
    "identity.bin_type": QT_TRANSLATE_NOOP("Errors", "The 5th digit must be the entity type "
                                           "(4, 5 or 6)."),
    "identity.bin_division": QT_TRANSLATE_NOOP("Errors", "The 6th digit must be the division "
                                               "(0 to 3)."),
    "workflow.refuse_alone": QT_TRANSLATE_NOOP("Errors", "An application is refused together "
                                               "with its refusal letter, not by the step "
                                               "alone."),
    "workflow.no_ground": QT_TRANSLATE_NOOP("Errors", "A refusal needs its ground."),
}
