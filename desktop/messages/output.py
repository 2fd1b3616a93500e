"""The command line's own lines (what a command did or found, not why it refused), so that
its reader gets them in their language like the window's. Keyed like the refusals; Qt
Linguist collects them under the context ``CommandLine``."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

__all__ = ["CONTEXT", "LINES"]

CONTEXT = "CommandLine"

LINES: dict[str, str] = {
    "yes": QT_TRANSLATE_NOOP("CommandLine", "yes"),
    "no": QT_TRANSLATE_NOOP("CommandLine", "no"),
    # -- verify --
    "verify.file": QT_TRANSLATE_NOOP("CommandLine", "%1: %2 signature(s) in %3 signature "
                                     "field(s)"),
    "verify.signature": QT_TRANSLATE_NOOP("CommandLine", "%1. field %2: %3, IIN %4%5"),
    "verify.locks": QT_TRANSLATE_NOOP("CommandLine", " (locks the document)"),
    "verify.times": QT_TRANSLATE_NOOP("CommandLine", "   signing time %1; timestamp %2"),
    "verify.no_timestamp": QT_TRANSLATE_NOOP("CommandLine", "none"),
    "verify.timestamp_valid": QT_TRANSLATE_NOOP("CommandLine", "%1 (valid)"),
    "verify.timestamp_invalid": QT_TRANSLATE_NOOP("CommandLine", "%1 (NOT valid)"),
    "verify.checks": QT_TRANSLATE_NOOP("CommandLine", "   intact %1, valid %2, trusted %3"),
    "verify.ocsp": QT_TRANSLATE_NOOP("CommandLine", "   revocation checked by an OCSP "
                                     "response of %1"),
    "verify.crl": QT_TRANSLATE_NOOP("CommandLine", "   revocation checked against a CRL of "
                                    "%1"),
    "verify.unchecked": QT_TRANSLATE_NOOP("CommandLine", "   revocation not checked: %1"),
    "verify.changes": QT_TRANSLATE_NOOP("CommandLine", "   coverage %1, modifications %2, "
                                        "disallowed changes %3"),
    "verify.ok_one": QT_TRANSLATE_NOOP("CommandLine", "   OK"),
    "verify.bad_one": QT_TRANSLATE_NOOP("CommandLine", "   NOT OK: %1"),
    "verify.unsigned_field": QT_TRANSLATE_NOOP("CommandLine", "-. field %1%2: NOT SIGNED"),
    "verify.no_signatures": QT_TRANSLATE_NOOP("CommandLine", "not OK: the file has no "
                                              "signatures"),
    "verify.missing": QT_TRANSLATE_NOOP("CommandLine", "not OK: the signature in field %1%2 "
                                        "is missing"),
    "verify.failed": QT_TRANSLATE_NOOP("CommandLine", "not OK: %1 of %2 signature(s) failed"),
    "verify.ok": QT_TRANSLATE_NOOP("CommandLine", "OK: all %1 signature(s) are intact, valid "
                                   "and trusted, and every signature field is signed"),
    "verify.chair": QT_TRANSLATE_NOOP("CommandLine", "the chairperson"),
    "verify.member": QT_TRANSLATE_NOOP("CommandLine", "member %1"),
    "coverage.whole_document": QT_TRANSLATE_NOOP("CommandLine", "the whole file"),
    "coverage.whole_revision": QT_TRANSLATE_NOOP("CommandLine", "its revision of the file"),
    "coverage.partial": QT_TRANSLATE_NOOP("CommandLine", "part of its revision"),
    "modifications.none": QT_TRANSLATE_NOOP("CommandLine", "none"),
    "modifications.form_filling": QT_TRANSLATE_NOOP("CommandLine", "form filling"),
    "modifications.annotations": QT_TRANSLATE_NOOP("CommandLine", "annotations"),
    "modifications.other": QT_TRANSLATE_NOOP("CommandLine", "other changes"),
    "sign_pdf.done": QT_TRANSLATE_NOOP("CommandLine", "signed %1 into %2 (field %3)"),
}
