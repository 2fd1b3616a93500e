"""Sentences for refusals of the signing layer: key files, tokens, NCALayer, certificates,
signature fields and the time-stamp service."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "signing.failed": QT_TRANSLATE_NOOP("Errors", "The signature could not be made: %1"),
    "signing.process_ended": QT_TRANSLATE_NOOP("Errors", "The signing process stopped before "
                                               "it answered; try again."),
    "signing.not_a_pdf": QT_TRANSLATE_NOOP("Errors", "The file is not a readable PDF document "
                                           "(%1)."),
    "signing.too_many_revisions": QT_TRANSLATE_NOOP("Errors", "The PDF has %1 revisions, "
                                                    "more than the %2 a signed document can "
                                                    "have; it was not verified."),
    "signing.too_many_signatures": QT_TRANSLATE_NOOP("Errors", "The PDF has %1 signatures, "
                                                     "more than the %2 a signed document can "
                                                     "have; it was not verified."),
    "signing.too_deep": QT_TRANSLATE_NOOP("Errors", "The PDF's objects are nested too deeply "
                                          "to be read safely."),
    "signing.too_slow": QT_TRANSLATE_NOOP("Errors", "Checking the PDF's signatures took too "
                                          "long; it was not verified."),
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
}
