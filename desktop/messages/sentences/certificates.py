"""Sentences for refusals of the certificate and of the conclusion's decision date."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "not_found.certificate_id": QT_TRANSLATE_NOOP("Errors", "The certificate (record %1) no "
                                                  "longer exists."),
    "not_found.not_a_certificate": QT_TRANSLATE_NOOP("Errors", "%1 is not a certificate."),
    "report_data.no_issuer": QT_TRANSLATE_NOOP("Errors", "The certificate cannot be made: the "
                                               "region profile names nobody who issues it, or "
                                               "the export period has no end."),
    "certificate.no_issuer_in_profile": QT_TRANSLATE_NOOP(
        "Errors", "The region profile %1 names nobody who issues the certificates."),
    "certificate.no_issuer": QT_TRANSLATE_NOOP(
        "Errors", "Nobody holds the seat of the official who signs the certificates on %2; "
                  "an administrator must seat one. The certificate can be drafted then."),
    "certificate.many_issuers": QT_TRANSLATE_NOOP(
        "Errors", "%1 people hold the seat of the official who signs the certificates on %2; "
                  "exactly one may."),
    "certificate.issuer_cannot_sign": QT_TRANSLATE_NOOP(
        "Errors", "%1 holds the seat of the official who signs the certificates, but their "
                  "role may not sign."),
    "certificate.not_agreed": QT_TRANSLATE_NOOP(
        "Errors", "Application %1 has no issued conclusion agreeing the export: it gets no "
                  "certificate."),
    "certificate.drafted_already": QT_TRANSLATE_NOOP(
        "Errors", "Application %1 has its certificate %2 already."),
    "certificate.no_return_date": QT_TRANSLATE_NOOP(
        "Errors", "Application %1 gives no end of the export period; the certificate needs "
                  "the date by which the items come back."),
    "certificate.not_a_draft": QT_TRANSLATE_NOOP(
        "Errors", "%1 is no longer a draft: only an unsigned certificate can be cancelled."),
    "certificate.no_reason": QT_TRANSLATE_NOOP(
        "Errors", "Say why the certificate is cancelled."),
    "not_found.no_certificate": QT_TRANSLATE_NOOP(
        "Errors", "No certificate is numbered %1, and no application so numbered has one."),
    "conclusion.not_a_draft": QT_TRANSLATE_NOOP(
        "Errors", "%1 is not a conclusion being drafted."),
    "conclusion.date_after_signature": QT_TRANSLATE_NOOP(
        "Errors", "%1 has been signed already; its date is set before anyone signs."),
    "conclusion.decision_in_future": QT_TRANSLATE_NOOP(
        "Errors", "The decision date %1 is in the future."),
    "conclusion.decision_before_received": QT_TRANSLATE_NOOP(
        "Errors", "The decision date %1 is before the application was received (%2)."),
}
