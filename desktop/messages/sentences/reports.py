"""Sentences for data a document cannot be made from (%1 names the field); they mean the
records behind the document are incomplete or damaged."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "report_data.not_text": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 must "
                                              "be text."),
    "report_data.empty": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 is "
                                           "empty."),
    "report_data.too_long": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 is "
                                              "longer than %2 characters."),
    "report_data.control_chars": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 "
                                                   "contains invisible control characters."),
    "report_data.not_allowed": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 "
                                                 "must be one of %2, not «%3»."),
    "report_data.not_date": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 must "
                                              "be a date."),
    "report_data.not_positive": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 "
                                                  "must be a positive number."),
    "report_data.not_list": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 must "
                                              "be a list."),
    "report_data.wrong_type": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 has "
                                                "the wrong kind of value."),
    "report_data.not_jpeg": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 is "
                                              "not a JPEG image."),
    "report_data.quantity": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: %1 must "
                                              "be a whole number from 1 to %2."),
    "report_data.too_many_photos": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: "
                                                     "%1: at most %2 photos."),
    "report_data.field_dot": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: the "
                                               "signature field %2 contains a dot."),
    "report_data.signatory_iin": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: "
                                                    "the IIN %2 is not 12 digits."),
    "report_data.field_twice": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: the "
                                                 "signature field %2 is given to two people."),
    "report_data.export_order": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: the "
                                                  "export ends (%2) before it starts (%3)."),
    "report_data.no_items": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: it needs "
                                              "at least one item."),
    "report_data.position_twice": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: "
                                                    "item number %2 is used twice."),
    "report_data.not_bool": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: the "
                                              "result must be agreed or not agreed."),
    "report_data.no_grounds": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: a "
                                                "refusal must give at least one reason."),
    "report_data.lost_no_result": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: a "
                                                    "lost item has no check result."),
    "report_data.no_issued_conclusion": QT_TRANSLATE_NOOP("Errors", "The document cannot be "
                                                          "made: application %2 has no issued "
                                                          "conclusion."),
    "report_data.qr_format": QT_TRANSLATE_NOOP("Errors", "This is not the check code of a "
                                               "conclusion."),
    "report_data.no_stated_ground": QT_TRANSLATE_NOOP("Errors", "The document cannot be made: "
                                                      "a refusal on another ground must "
                                                      "state it."),
}
