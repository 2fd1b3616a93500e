"""Sentences for what the whole-database check (``export-commission check``) finds broken:
one for each rule, said of the record it concerns."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "check.no_conclusion": QT_TRANSLATE_NOOP("Errors", "It is decided but has no issued "
                                             "conclusion."),
    "check.conclusion_disagrees": QT_TRANSLATE_NOOP("Errors", "Its issued conclusion does not "
                                                    "say what its status says."),
    "check.no_refusal_letter": QT_TRANSLATE_NOOP("Errors", "It is refused but has no refusal "
                                                 "letter."),
    "check.no_return_act": QT_TRANSLATE_NOOP("Errors", "It is closed but has no signed return "
                                             "act."),
    "check.stray_certificate": QT_TRANSLATE_NOOP("Errors", "It has the certificate %1, though "
                                                 "its export is not agreed."),
    "check.certificate_open": QT_TRANSLATE_NOOP("Errors", "It is closed, but its certificate %1 "
                                                "is neither closed nor cancelled."),
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
}
