"""Sentences of a signature check's verdict: why a signature is not valid, and why its
certificate's revocation was not checked (``verify.<what>``, the keys of
:class:`desktop.signing.report.Said`)."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "verify.changed": QT_TRANSLATE_NOOP("Errors", "The signed content was changed: it no "
                                        "longer matches the signature."),
    "verify.bad_value": QT_TRANSLATE_NOOP("Errors", "The signature does not match the "
                                          "signer's certificate."),
    "verify.revoked": QT_TRANSLATE_NOOP("Errors", "The signer's certificate is revoked."),
    "verify.revoked_since": QT_TRANSLATE_NOOP("Errors", "The signer's certificate is revoked "
                                              "since %1."),
    "verify.out_of_validity": QT_TRANSLATE_NOOP("Errors", "The signer's certificate was not "
                                                "valid when it was checked, and no valid "
                                                "timestamp shows that it was valid at "
                                                "signing."),
    "verify.no_chain": QT_TRANSLATE_NOOP("Errors", "The signer's certificate does not chain "
                                         "to a trusted root certificate."),
    "verify.not_trusted": QT_TRANSLATE_NOOP("Errors", "The signer's certificate is not "
                                            "trusted (%1)."),
    "verify.partial": QT_TRANSLATE_NOOP("Errors", "The signature does not cover its whole "
                                        "revision of the file."),
    "verify.changed_after": QT_TRANSLATE_NOOP("Errors", "The file was changed after this "
                                              "signature beyond what it allows (%1)."),
    "verify.bad_timestamp": QT_TRANSLATE_NOOP("Errors", "The signature's timestamp is not "
                                              "valid or not trusted."),
    "verify.not_the_seat": QT_TRANSLATE_NOOP("Errors", "The signer's IIN %1 is not the IIN %2 "
                                             "the document records for this seat."),
    "verify.not_the_seat_no_iin": QT_TRANSLATE_NOOP("Errors", "The signer's certificate names "
                                                    "no IIN; the document records IIN %1 for "
                                                    "this seat."),
    "verify.damaged": QT_TRANSLATE_NOOP("Errors", "The signature or the data it covers is "
                                        "damaged."),
    "verify.gost": QT_TRANSLATE_NOOP("Errors", "GOST signature: not checkable here."),
    "verify.unread": QT_TRANSLATE_NOOP("Errors", "The signature could not be read."),
    "verify.gost_revocation": QT_TRANSLATE_NOOP("Errors", "A GOST signature is not checked "
                                                "here."),
    "verify.no_revocation_sources": QT_TRANSLATE_NOOP("Errors", "The signer's certificate "
                                                      "names no OCSP service or CRL."),
    "verify.no_revocation_in_file": QT_TRANSLATE_NOOP("Errors", "The file holds no OCSP "
                                                      "response or CRL about the signer's "
                                                      "certificate."),
    "verify.no_revocation_data": QT_TRANSLATE_NOOP("Errors", "No OCSP response or CRL about "
                                                   "the signer's certificate is in the file "
                                                   "or among the imported CRLs (checking "
                                                   "does not go online)."),
}
