"""Sentences for refusals of conclusions, refusal letters, returns and return acts."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- conclusions and refusal letters --
    "conclusion.chairpersons": QT_TRANSLATE_NOOP("Errors", "On %2 the commission has %1 "
                                                 "chairpersons; exactly one is needed to sign. "
                                                 "Ask the administrator to set the "
                                                 "commission's seats."),
    "conclusion.not_examined": QT_TRANSLATE_NOOP("Errors", "A conclusion is drafted once the "
                                                 "examination of application %1 is finished."),
    "conclusion.no_grounds": QT_TRANSLATE_NOOP("Errors", "A refusal needs at least one "
                                               "reason."),
    "conclusion.not_refused": QT_TRANSLATE_NOOP("Errors", "Application %1 is not refused."),
    "conclusion.letter_exists": QT_TRANSLATE_NOOP("Errors", "Application %1 has its refusal "
                                                  "letter already."),
    "conclusion.no_correction_note": QT_TRANSLATE_NOOP("Errors", "Say what the correction "
                                                       "corrects."),
    "conclusion.not_issued": QT_TRANSLATE_NOOP("Errors", "%1 is not an issued conclusion."),
    "conclusion.signer_no_iin": QT_TRANSLATE_NOOP("Errors", "%1 has no IIN on record; the "
                                                  "administrator must add it before they can "
                                                  "sign."),
    "conclusion.not_signable": QT_TRANSLATE_NOOP("Errors", "%1 takes no more signatures."),
    "conclusion.not_a_signer": QT_TRANSLATE_NOOP("Errors", "You are not among those who sign "
                                                 "%1."),
    "conclusion.signed_already": QT_TRANSLATE_NOOP("Errors", "You have signed %1 already."),
    "conclusion.chair_signs_last": QT_TRANSLATE_NOOP("Errors", "The chairperson signs last; "
                                                     "still to sign: %1."),
    # -- return acts --
    "conclusion.act_not_open_export": QT_TRANSLATE_NOOP("Errors", "A return act closes an "
                                                        "agreed export that is still open; "
                                                        "application %1 is not one."),
    "conclusion.act_exists": QT_TRANSLATE_NOOP("Errors", "The return act %1 is drafted "
                                               "already."),
    "conclusion.no_cancel_reason": QT_TRANSLATE_NOOP("Errors", "Say why the act is "
                                                     "cancelled."),
    "conclusion.not_open_act": QT_TRANSLATE_NOOP("Errors", "%1 is not a return act being "
                                                 "signed."),
    "conclusion.act_incomplete": QT_TRANSLATE_NOOP("Errors", "The return act of %1 cannot be "
                                                   "drafted yet:"),
    "act_gap.not_returned": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2» has not come back."),
    "act_gap.not_examined": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2» has no return "
                                              "examination."),
    "act_gap.no_photo": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2» has no photo taken on "
                                          "return."),
    "act_gap.no_verdict": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2» has no verdict."),
    "act_gap.note_no_kk": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: the note on its return "
                                            "is not written in Kazakh."),
    "act_gap.note_no_ru": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: the note on its return "
                                            "is not written in Russian."),
    "act_gap.loss_note_no_kk": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: the document of its "
                                                 "loss is not written in Kazakh."),
    "act_gap.loss_note_no_ru": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: the document of its "
                                                 "loss is not written in Russian."),
    "act_gap.check_note_no_kk": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: the note on its "
                                                  "return check is not written in Kazakh."),
    "act_gap.check_note_no_ru": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: the note on its "
                                                  "return check is not written in Russian."),
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
    # -- grounds of a refusal --
    "refusal.unknown_ground": QT_TRANSLATE_NOOP("Errors", "There is no refusal ground «%1»; the "
                                                "grounds are: %2."),
    "refusal.other_needs_text": QT_TRANSLATE_NOOP("Errors", "Say what the other ground of the "
                                                  "refusal is."),
    "refusal.too_long": QT_TRANSLATE_NOOP("Errors", "The reasons of a refusal may have at most "
                                          "%1 characters."),
    # -- the documents required before a conclusion --
    "requirements.missing": QT_TRANSLATE_NOOP("Errors", "The conclusion cannot be drafted "
                                              "yet: these documents have no scanned page. "
                                              "Scan them, or the chairperson may override "
                                              "with a written reason:"),
    "requirements.document": QT_TRANSLATE_NOOP("Errors", "— %1"),
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
