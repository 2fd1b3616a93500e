"""Sentences for a rejected request package from the portal: a heading, then one line for
each problem under the JSON path it concerns."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "package_rejected": QT_TRANSLATE_NOOP("Errors", "%1: the request package is rejected; "
                                          "problems found: %2."),
    "package.too_big": QT_TRANSLATE_NOOP("Errors", "The file has %1 bytes; a package has at "
                                         "most %2."),
    "package.not_utf8": QT_TRANSLATE_NOOP("Errors", "Not UTF-8 text (byte %1 cannot be "
                                          "decoded)."),
    "package.not_json": QT_TRANSLATE_NOOP("Errors", "Not JSON: %1 (line %2, column %3)."),
    "package.constant": QT_TRANSLATE_NOOP("Errors", "Not acceptable JSON: %1 is not a JSON "
                                          "number."),
    "package.duplicate_key": QT_TRANSLATE_NOOP("Errors", "Not acceptable JSON: the key %1 "
                                               "appears twice in one object."),
    "package.long_number": QT_TRANSLATE_NOOP("Errors", "Not acceptable JSON: a number has %1 "
                                             "digits; a package's numbers have at most %2."),
    "package.too_deep": QT_TRANSLATE_NOOP("Errors", "Not acceptable JSON: nested too "
                                          "deeply."),
    "package.unreadable": QT_TRANSLATE_NOOP("Errors", "The file cannot be read (%1)."),
    "package.unknown_field": QT_TRANSLATE_NOOP("Errors", "Not a field of this format."),
    "package.type": QT_TRANSLATE_NOOP("Errors", "Must be of the JSON type «%1»."),
    "package.one_of": QT_TRANSLATE_NOOP("Errors", "Must be one of: %1."),
    "package.country_code": QT_TRANSLATE_NOOP("Errors", "Must be a two-letter country code in "
                                              "capitals (ISO 3166-1)."),
    "package.not_country": QT_TRANSLATE_NOOP("Errors", "%1 is not an ISO 3166-1 country "
                                             "code."),
    "package.date": QT_TRANSLATE_NOOP("Errors", "Must be a date written YYYY-MM-DD."),
    "package.pattern": QT_TRANSLATE_NOOP("Errors", "Does not match the pattern %1."),
    "package.format": QT_TRANSLATE_NOOP("Errors", "Must be a valid %1."),
    "package.minimum": QT_TRANSLATE_NOOP("Errors", "Must be at least %1."),
    "package.maximum": QT_TRANSLATE_NOOP("Errors", "Must be at most %1."),
    "package.min_items": QT_TRANSLATE_NOOP("Errors", "Must have at least %1 entries."),
    "package.max_items": QT_TRANSLATE_NOOP("Errors", "Must have at most %1 entries."),
    "package.unique": QT_TRANSLATE_NOOP("Errors", "Lists the same value twice."),
    "package.surrogate": QT_TRANSLATE_NOOP("Errors", "Contains an unpaired surrogate escape, "
                                           "which is not a character."),
    "package.surrogate_key": QT_TRANSLATE_NOOP("Errors", "Has a key with an unpaired "
                                               "surrogate escape."),
    "package.schema": QT_TRANSLATE_NOOP("Errors", "Does not follow the format: %1"),
}
