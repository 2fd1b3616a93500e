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
    # -- the application's documents --
    "state.draft": QT_TRANSLATE_NOOP("CommandLine", "draft"),
    "state.signing": QT_TRANSLATE_NOOP("CommandLine", "being signed"),
    "state.issued": QT_TRANSLATE_NOOP("CommandLine", "signed"),
    "state.cancelled": QT_TRANSLATE_NOOP("CommandLine", "cancelled"),
    "state.superseded": QT_TRANSLATE_NOOP("CommandLine", "superseded"),
    "state.closed": QT_TRANSLATE_NOOP("CommandLine", "signed"),
    "document.written": QT_TRANSLATE_NOOP("CommandLine", "%1 (%2, %3) written to %4"),
    "conclusion.drafted": QT_TRANSLATE_NOOP("CommandLine", "%1 drafted for %2 (%3); signers "
                                            "in turn: %4"),
    "conclusion.agreed": QT_TRANSLATE_NOOP("CommandLine", "export agreed"),
    "conclusion.not_agreed": QT_TRANSLATE_NOOP("CommandLine", "export not agreed"),
    "result.written": QT_TRANSLATE_NOOP("CommandLine", "result package of %1 written to %2"),
    "refusal.drafted": QT_TRANSLATE_NOOP("CommandLine", "%1 refused (%2); the refusal letter "
                                         "%3 waits for the signature of %4"),
    "sign.issued": QT_TRANSLATE_NOOP("CommandLine", "signed %1 in field %2 as %3; issued"),
    "sign.waiting": QT_TRANSLATE_NOOP("CommandLine", "signed %1 in field %2 as %3; still to "
                                      "sign: %4"),
    # -- the registry, registration, scans, exports --
    "registry.preliminary": QT_TRANSLATE_NOOP("CommandLine", "preliminary"),
    "registry.total": QT_TRANSLATE_NOOP("CommandLine", "%1 of %2 applications"),
    "register.done": QT_TRANSLATE_NOOP("CommandLine", "registered %1 (received %2)"),
    "register.preliminary": QT_TRANSLATE_NOOP("CommandLine", "  preliminary examination due "
                                              "%1"),
    "register.result": QT_TRANSLATE_NOOP("CommandLine", "  result due %1"),
    "register.valid": QT_TRANSLATE_NOOP("CommandLine", "%1: the package is valid (%2 items)"),
    "scans.stored": QT_TRANSLATE_NOOP("CommandLine", "%1: stored %2 page(s) from %3 of %4 "
                                      "file(s)"),
    "scans.read": QT_TRANSLATE_NOOP("CommandLine", "read the text of %1 page(s)"),
    "scans.not_read": QT_TRANSLATE_NOOP("CommandLine", "page %1 could not be read: %2"),
    "scans.pdf": QT_TRANSLATE_NOOP("CommandLine", "%1: the scans with their text written to "
                                   "%2"),
    "scans.pdf_partial": QT_TRANSLATE_NOOP("CommandLine", "%1: the scans written to %2; "
                                           "%3 of %4 page(s) carry their text"),
    "scans.pdf_unread": QT_TRANSLATE_NOOP("CommandLine", "%1 page(s) not read yet carry no "
                                          "text: read them with the command read-scans %2, "
                                          "then write the PDF again"),
    "scans.pdf_failed": QT_TRANSLATE_NOOP("CommandLine", "%1 page(s) could not be read: "
                                          "their text is not in the file"),
    "export.written": QT_TRANSLATE_NOOP("CommandLine", "%1 rows written to %2"),
    "check.ok": QT_TRANSLATE_NOOP("CommandLine", "every invariant holds (%1)"),
    "check.broken": QT_TRANSLATE_NOOP("CommandLine", "%1 broken (%2)"),
    # -- the calendar --
    "calendar.working": QT_TRANSLATE_NOOP("CommandLine", "working day"),
    "calendar.day_off": QT_TRANSLATE_NOOP("CommandLine", "day off"),
    "calendar.amended": QT_TRANSLATE_NOOP("CommandLine", "  [amended by %1: %2]"),
    "calendar.system": QT_TRANSLATE_NOOP("CommandLine", "system"),
    "calendar.total": QT_TRANSLATE_NOOP("CommandLine", "%1 days of %2 that are not what their "
                                        "weekday says"),
    "calendar.withdrawn": QT_TRANSLATE_NOOP("CommandLine", "%1: the amendment withdrawn; %2 "
                                            "running deadline(s) moved"),
    "calendar.now_working": QT_TRANSLATE_NOOP("CommandLine", "%1: now a working day; %2 "
                                              "running deadline(s) moved"),
    "calendar.now_day_off": QT_TRANSLATE_NOOP("CommandLine", "%1: now a day off; %2 running "
                                              "deadline(s) moved"),
    # -- keys --
    "keys.holder": QT_TRANSLATE_NOOP("CommandLine", "holder"),
    "keys.iin": QT_TRANSLATE_NOOP("CommandLine", "IIN"),
    "keys.bin": QT_TRANSLATE_NOOP("CommandLine", "BIN"),
    "keys.organisation": QT_TRANSLATE_NOOP("CommandLine", "organisation"),
    "keys.algorithm": QT_TRANSLATE_NOOP("CommandLine", "algorithm"),
    "keys.key_usage": QT_TRANSLATE_NOOP("CommandLine", "key usage"),
    "keys.extended_key_usage": QT_TRANSLATE_NOOP("CommandLine", "extended key usage"),
    "keys.valid": QT_TRANSLATE_NOOP("CommandLine", "valid"),
    "keys.issuer": QT_TRANSLATE_NOOP("CommandLine", "issuer"),
    "keys.serial": QT_TRANSLATE_NOOP("CommandLine", "serial number"),
    "keys.fit": QT_TRANSLATE_NOOP("CommandLine", "may sign a conclusion"),
    # -- the demo --
    "demo.kept": QT_TRANSLATE_NOOP("CommandLine", "The database %1 already has data; left as "
                                   "it is."),
    "demo.progress": QT_TRANSLATE_NOOP("CommandLine", "applications taken to their result: "
                                       "%1/%2"),
    "demo.written": QT_TRANSLATE_NOOP("CommandLine", "Demo data written to %1 (region: %2):"),
    "demo.counts": QT_TRANSLATE_NOOP("CommandLine", "  %1 applications, %2 applicants, %3 "
                                     "items, %4 document pages, %5 documents with %6 "
                                     "signatures"),
    "demo.accounts": QT_TRANSLATE_NOOP("CommandLine", "Demo accounts (user name / password / "
                                       "role):"),
    "demo.keys": QT_TRANSLATE_NOOP("CommandLine", "Demo signing keys (password: the "
                                   "account's; not for real use): %1"),
    # -- trust --
    "trust.added": QT_TRANSLATE_NOOP("CommandLine", "trusted: %1"),
    "trust.removed": QT_TRANSLATE_NOOP("CommandLine", "no longer trusted: %1"),
    "trust.profile_mark": QT_TRANSLATE_NOOP("CommandLine", "[%1 profile]"),
    "trust.services": QT_TRANSLATE_NOOP("CommandLine", "time stamps: %1  OCSP: %2  (%3 "
                                        "profile)"),
    "trust.crl_added": QT_TRANSLATE_NOOP("CommandLine", "imported: %1"),
    "trust.crl_removed": QT_TRANSLATE_NOOP("CommandLine", "removed: %1"),
    "trust.crl_row": QT_TRANSLATE_NOOP("CommandLine", "issued %1, next %2, %3 revoked"),
    # -- seats --
    "seats.none": QT_TRANSLATE_NOOP("CommandLine", "no seats yet: give them with 'seats add'"),
    "seats.added": QT_TRANSLATE_NOOP("CommandLine", "seat %1: '%2' holds the seat '%3' of %4 "
                                     "from %5"),
    "seats.added_until": QT_TRANSLATE_NOOP("CommandLine", "seat %1: '%2' holds the seat '%3' "
                                           "of %4 from %5 to %6"),
    "seats.ended": QT_TRANSLATE_NOOP("CommandLine", "seat %1 ('%2', %3) ends on %4"),
    # -- database --
    "database.roles_created": QT_TRANSLATE_NOOP("CommandLine", "roles created: %1"),
    "database.roles_existed": QT_TRANSLATE_NOOP("CommandLine", "no role created: all "
                                                "existed; the grants were applied again"),
    "database.gate": QT_TRANSLATE_NOOP("CommandLine", "the desktops connect as %1"),
    "database.no_password": QT_TRANSLATE_NOOP("CommandLine", "the account '%1' has a "
                                              "database login without a password: reset "
                                              "it (users reset-password) before it signs "
                                              "in at a desktop"),
}
