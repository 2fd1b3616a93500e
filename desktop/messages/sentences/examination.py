"""Sentences for refusals of the examination: closed records, missing results, drafts."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "examination_closed": QT_TRANSLATE_NOOP("Errors", "Application %1 is «%2»: its "
                                            "examination records can change only while it is "
                                            "under examination."),
    "examination.not_own_opinion": QT_TRANSLATE_NOOP("Errors", "You may save only your own "
                                                     "opinion; this one is by %1."),
    "examination.draft_shape": QT_TRANSLATE_NOOP("Errors", "The form's draft cannot be "
                                                 "stored."),
    "examination.draft_too_long": QT_TRANSLATE_NOOP("Errors", "The form's draft is too long to "
                                                    "keep: at most %1 characters."),
    "examination_incomplete": QT_TRANSLATE_NOOP("Errors", "The examination cannot be finished "
                                                "yet; the agreed results lack:"),
    "examination_incomplete.no_result": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: no agreed "
                                                          "result."),
    "examination_incomplete.field": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: %3."),
    "examination.languages_incomplete": QT_TRANSLATE_NOOP("Errors", "The documents are issued "
                                                          "in Kazakh and in Russian, and some "
                                                          "of their texts are not written in "
                                                          "both yet:"),
    "untranslated.no_kk": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: %3 has no text in "
                                            "Kazakh."),
    "untranslated.no_ru": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: %3 has no text in "
                                            "Russian."),
    "untranslated.texts_no_kk": QT_TRANSLATE_NOOP("Errors", "The application's texts "
                                                  "(Conclusion tab, Texts of the documents…): "
                                                  "%3 has no text in Kazakh."),
    "untranslated.texts_no_ru": QT_TRANSLATE_NOOP("Errors", "The application's texts "
                                                  "(Conclusion tab, Texts of the documents…): "
                                                  "%3 has no text in Russian."),
    "untranslated.free_text": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: %3: «%4» is not a term "
                                                "of the vocabulary; choose one."),
    "untranslated.unknown_term": QT_TRANSLATE_NOOP("Errors", "Item %1 «%2»: %3: the term %4 is "
                                                   "not in the vocabulary."),
    # -- the controlled vocabulary --
    "vocabulary.bad_file": QT_TRANSLATE_NOOP("Errors", "%1 cannot be read as a vocabulary "
                                             "file."),
    "vocabulary.bad_term": QT_TRANSLATE_NOOP("Errors", "%1: a term needs a code and its Kazakh, "
                                             "Russian and English text, nothing else."),
    "vocabulary.bad_code": QT_TRANSLATE_NOOP("Errors", "%1: the code «%2» must be 2 to 48 small "
                                             "Latin letters, digits or _, starting with a "
                                             "letter."),
    "vocabulary.bad_text": QT_TRANSLATE_NOOP("Errors", "%1: the term %2 needs its text in %3, one "
                                             "line of at most 200 characters."),
    "vocabulary.bad_kind": QT_TRANSLATE_NOOP("Errors", "Unknown kind of term: %1. The kinds are "
                                             "object_type, material and technique."),
    "vocabulary.code_taken": QT_TRANSLATE_NOOP("Errors", "The %1 code %2 is taken already."),
    "vocabulary.text_taken": QT_TRANSLATE_NOOP("Errors", "The %1 «%2» is the term %3 "
                                               "already."),
    "vocabulary.nothing_to_add": QT_TRANSLATE_NOOP("Errors", "No term to add."),
}
