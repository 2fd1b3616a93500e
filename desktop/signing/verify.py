"""Verifying the signatures of a PDF, offline, against the trust roots the caller gives.

Each signature is checked by pyHanko: the hash of the signed byte range (``intact``), the
signature value (``valid``), the chain to a given root (``trusted``), and the difference
analysis of everything added after it (``modifications``, ``disallowed_changes``).
Revocation data is taken only from the file (the DSS, PAdES B-LT) and from CRL files the
caller imported: verifying never goes online. Each verdict says what the signer's
certificate was checked against (an OCSP response or a CRL, and its time) or why it was
not; "checked" is never said without a check.

Every signature field is listed, signed or not (:class:`FieldState`): a field laid out for
somebody's signature and left empty makes the report not OK. A GOST signature is reported
as such and never as valid: its value cannot be checked here.

A file built to exhaust the verifier is refused with :class:`UnverifiablePdf` instead of
being checked for ever: more than :data:`MAX_REVISIONS` revisions (each signature's
difference analysis reads every later one, so the work grows with their square), more than
:data:`MAX_SIGNATURES` signatures, objects nested deeper than Python follows, or checks
that pass :data:`TIME_LIMIT` seconds (the limit is looked at before each signature).

Times: a signature with a timestamp is checked as of the timestamp's time, the timestamp
itself likewise (PAdES B-T/B-LT "validation with time"; re-timestamping for the very long
term, PAdES B-LTA, is not done here). Without one, the check is as of now (or ``at``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TypeAlias, TypedDict

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509 as pyca_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import MDPPerm, enumerate_sig_fields
from pyhanko.sign.validation import (
    DocumentSecurityStore,
    EmbeddedPdfSignature,
    PdfSignatureStatus,
    SignatureCoverageLevel,
    validate_pdf_signature,
)
from pyhanko.sign.validation.errors import NoDSSFoundError, SignatureValidationError
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from desktop.signing.certificates import SIGNING_KEY_USAGES, identity_of, is_gost
from desktop.signing.errors import NotAPdf, UnverifiablePdf
from desktop.signing.fields import EXPECTED_IIN_KEY
from desktop.signing.report import (
    COVERAGE,
    MODIFICATIONS,
    REVOCATION,
    FieldState,
    Said,
    SignatureCheck,
    VerificationReport,
)
from desktop.signing.sign import read_pdf, too_deep

__all__ = [
    "COVERAGE",
    "GOST_NOT_CHECKABLE",
    "MAX_REVISIONS",
    "MAX_SIGNATURES",
    "MODIFICATIONS",
    "REVOCATION",
    "TIME_LIMIT",
    "FieldState",
    "SignatureCheck",
    "TrustRoot",
    "VerificationReport",
    "load_trust_roots",
    "verify_pdf",
]

log = logging.getLogger(__name__)

TrustRoot: TypeAlias = asn1_x509.Certificate | pyca_x509.Certificate | bytes
"""A trusted root: an asn1crypto or cryptography certificate, or PEM / DER bytes."""

MAX_REVISIONS = 100
"""A conclusion has one revision per signature and per added validation data: about a
dozen. 10 000 incremental updates took a verifier hours."""
MAX_SIGNATURES = 30
"""The chairperson and the members of a commission, with room to spare."""
TIME_LIMIT = 60.0
"""Seconds of checking after which the verdict is "cannot be verified", not a wait."""

_VERIFYING: ContextVar[bool] = ContextVar("desktop_signing_verifying", default=False)


class _WhileVerifying(logging.Filter):
    """Drop pyHanko's warnings on failed checks while :func:`verify_pdf` runs.

    A failed check is an expected answer there, and the report carries it (the first,
    strict pass fails for every signature without embedded revocation data).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not _VERIFYING.get()


for _name in ("pyhanko.sign.validation.generic_cms", "pyhanko.sign.diff_analysis.policies"):
    logging.getLogger(_name).addFilter(_WhileVerifying())

_MODIFICATION_NAMES = {
    ModificationLevel.NONE: "none",
    ModificationLevel.LTA_UPDATES: "none",
    ModificationLevel.FORM_FILLING: "form_filling",
    ModificationLevel.ANNOTATIONS: "annotations",
    ModificationLevel.OTHER: "other",
}


def load_trust_roots(roots: Sequence[TrustRoot]) -> list[asn1_x509.Certificate]:
    """Certificates from asn1crypto or cryptography objects, or PEM / DER bytes."""
    loaded: list[asn1_x509.Certificate] = []
    for root in roots:
        if isinstance(root, asn1_x509.Certificate):
            loaded.append(root)
        elif isinstance(root, pyca_x509.Certificate):
            loaded.append(asn1_x509.Certificate.load(root.public_bytes(Encoding.DER)))
        elif pem.detect(root):
            loaded.extend(asn1_x509.Certificate.load(der)
                          for _type, _headers, der in pem.unarmor(root, multiple=True))
        else:
            loaded.append(asn1_x509.Certificate.load(root))
    return loaded


def verify_pdf(pdf: bytes, trust_roots: Sequence[TrustRoot], *,
               at: datetime | None = None, intermediates: Sequence[TrustRoot] = (),
               crls: Sequence[bytes] = (), time_limit: float = TIME_LIMIT
               ) -> VerificationReport:
    """Check every signature in ``pdf`` against ``trust_roots``; never goes online.

    ``intermediates`` are CA certificates to build chains with (NCA's key files carry none),
    ``crls`` revocation lists (DER) an office imported for working offline.

    The signer's chain is checked at the time of the signature's timestamp when it has a
    valid one (so a conclusion stays verifiable after its signers' certificates expire),
    else at ``at`` (default: now). Raises :class:`NotAPdf` when ``pdf`` cannot be read,
    :class:`UnverifiablePdf` when it passes the limits of the module's documentation.
    """
    try:
        return _verify(pdf, trust_roots, at, intermediates, crls,
                       time.monotonic() + time_limit)
    except RecursionError as exc:  # a damaged object found only while checking
        raise too_deep() from exc


def _too_many_revisions(count: int) -> UnverifiablePdf:
    return UnverifiablePdf(f"the PDF has {count} revisions, more than {MAX_REVISIONS}",
                           count, MAX_REVISIONS, reason="too_many_revisions")


def _verify(pdf: bytes, trust_roots: Sequence[TrustRoot], at: datetime | None,
            intermediates: Sequence[TrustRoot], crls: Sequence[bytes], deadline: float
            ) -> VerificationReport:
    # Every revision written the usual way ends in "startxref": counted before parsing, so
    # 10 000 of them are refused at once; the parsed count catches the unusual way.
    marked = pdf.count(b"startxref")
    if marked > MAX_REVISIONS:
        raise _too_many_revisions(marked)
    reader = read_pdf(pdf)
    if reader.xrefs.total_revisions > MAX_REVISIONS:
        raise _too_many_revisions(reader.xrefs.total_revisions)
    roots = load_trust_roots(trust_roots)
    try:
        embedded = _EmbeddedData.read(DocumentSecurityStore.read_dss(reader))
    except NoDSSFoundError:
        embedded = _EmbeddedData()
    embedded = replace(embedded, certs=(*embedded.certs, *load_trust_roots(intermediates)),
                       crls=(*embedded.crls, *(asn1_crl.CertificateList.load(c) for c in crls)))
    try:
        signatures = list(reader.embedded_regular_signatures)
    except (ValueError, KeyError, TypeError) as exc:
        raise NotAPdf(f"the signatures in the PDF cannot be read: {exc}", exc) from exc
    if len(signatures) > MAX_SIGNATURES:
        raise UnverifiablePdf(f"the PDF has {len(signatures)} signatures, more than "
                              f"{MAX_SIGNATURES}", len(signatures), MAX_SIGNATURES,
                              reason="too_many_signatures")
    token = _VERIFYING.set(True)
    checks = []
    try:
        for sig in signatures:
            if time.monotonic() >= deadline:
                raise UnverifiablePdf("checking the PDF's signatures took too long",
                                      reason="too_slow")
            checks.append(_check_or_damaged(sig, roots, embedded, at))
    finally:
        _VERIFYING.reset(token)
    fields = _fields(reader)
    return VerificationReport(_against_seats(checks, fields), fields)


def _against_seats(checks: list[SignatureCheck], fields: tuple[FieldState, ...]
                   ) -> tuple[SignatureCheck, ...]:
    """Each signature whose field records who is to sign it, checked against that IIN:
    a certificate of a trusted authority proves who the signer is, not that the signer
    holds the seat."""
    wanted = {f.name: f.expected_iin for f in fields if f.expected_iin}
    judged = []
    for check in checks:
        expected = wanted.get(check.field_name)
        if expected and check.iin != expected and check.reason is None:
            reason = Said(f"the signer's IIN {check.iin} is not the IIN {expected} the "
                          "document records for this seat", "verify.not_the_seat",
                          check.iin, expected) if check.iin else \
                Said(f"the signer's certificate names no IIN, and not the IIN {expected} the "
                     "document records for this seat", "verify.not_the_seat_no_iin", expected)
            check = replace(check, reason=reason)
            log.info("signature in %r is not by the seat's holder", check.field_name)
        judged.append(check)
    return tuple(judged)


def _fields(reader: PdfFileReader) -> tuple[FieldState, ...]:
    """Every signature field, in the document's order, and whether it holds a signature."""
    found = []
    try:
        for name, value, ref in enumerate_sig_fields(reader):
            field = ref.get_object()
            found.append(FieldState(str(name), value is not None, str(field.get("/TU", "")),
                                    str(field.get(EXPECTED_IIN_KEY, ""))))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        log.info("the signature fields cannot all be read: %s", exc)
    return tuple(found)


_DAMAGE = (PdfReadError, SignatureValidationError, ValueError, KeyError, TypeError,
           AttributeError)
"""What pyHanko raises on a damaged signature or a damaged object it covers."""


def _check_or_damaged(sig: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate],
                      embedded: _EmbeddedData, at: datetime | None) -> SignatureCheck:
    """:func:`_check`, or a failed verdict when the signature or the file is damaged."""
    try:
        return _check(sig, roots, embedded, at)
    except _DAMAGE as exc:
        try:
            field = str(sig.field_name)
        except _DAMAGE:
            field = "?"
        log.info("signature in %r cannot be checked: %s", field, exc)
        return SignatureCheck(
            field_name=field, signer_name="", iin=None, signing_time=None,
            timestamp_time=None, timestamp_valid=None, intact=False, valid=False,
            trusted=False, revoked=False, coverage="partial", modifications="other",
            disallowed_changes=True, locks_document=False,
            reason=Said(f"the signature or the data it covers is damaged: {exc}",
                        "verify.damaged"),
            revocation_note=Said("the signature could not be read", "verify.unread"))


@dataclass(frozen=True)
class _EmbeddedData:
    """Certificates, OCSP responses and CRLs from the file's DSS."""

    certs: tuple[asn1_x509.Certificate, ...] = ()
    ocsps: tuple[asn1_ocsp.OCSPResponse, ...] = ()
    crls: tuple[asn1_crl.CertificateList, ...] = ()

    @classmethod
    def read(cls, dss: DocumentSecurityStore) -> _EmbeddedData:
        loaded = dss.as_validation_context({"allow_fetching": False, "trust_roots": []})
        return cls(tuple(dss.load_certs()), tuple(loaded.ocsps), tuple(loaded.crls))

    def context(self, roots: list[asn1_x509.Certificate], signer: asn1_x509.Certificate,
                mode: str, moment: datetime | None) -> ValidationContext:
        return ValidationContext(trust_roots=roots, other_certs=list(self.certs),
                                 ocsps=self._ocsps_for(signer), crls=list(self.crls),
                                 allow_fetching=False, revocation_mode=mode, moment=moment)

    def _ocsps_for(self, signer: asn1_x509.Certificate) -> list[asn1_ocsp.OCSPResponse]:
        """The OCSP responses about ``signer`` or about a CA certificate.

        pyhanko-certvalidator 0.33 takes a response from the same CA about *another*
        certificate as a failed check of this one: once one signature brought revocation
        data, every other signature from that CA without its own would be untrusted.
        """
        wanted = [signer, *(c for c in self.certs if c.ca)]
        kept = []
        for response in self.ocsps:
            try:
                singles = response["response_bytes"]["response"].parsed[
                    "tbs_response_data"]["responses"]
                about = [single["cert_id"] for single in singles]
                relevant = any(_same_cert(cert_id, cert) for cert_id in about for cert in wanted)
            except (KeyError, TypeError, ValueError, AttributeError):
                relevant = True  # not ours to judge: let the validator see it
            if relevant:
                kept.append(response)
        return kept


def _same_cert(cert_id: asn1_ocsp.CertId, cert: asn1_x509.Certificate) -> bool:
    algorithm = cert_id["hash_algorithm"]["algorithm"].native
    return (cert_id["serial_number"].native == cert.serial_number
            and cert_id["issuer_name_hash"].native == getattr(cert.issuer, algorithm))


_USAGE = KeyUsageConstraints(key_usage=set(SIGNING_KEY_USAGES), match_all_key_usages=False)


def _timestamp_time(sig: EmbeddedPdfSignature) -> datetime | None:
    """The time in the signature's RFC 3161 timestamp token, if it has one."""
    unsigned = sig.signer_info["unsigned_attrs"]
    for attribute in unsigned if unsigned.native is not None else ():
        if attribute["type"].native == "signature_time_stamp_token":
            token = attribute["values"][0]["content"]
            gen_time: datetime = token["encap_content_info"]["content"].parsed[
                "gen_time"].native
            return gen_time
    return None


def _check(sig: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate],
           embedded: _EmbeddedData, at: datetime | None) -> SignatureCheck:
    signer = sig.signer_cert
    if is_gost(signer):
        return _gost_verdict(sig, signer)
    stamped_at = _timestamp_time(sig)

    def context(mode: str, moment: datetime | None) -> ValidationContext:
        return embedded.context(roots, signer, mode, moment)

    def validate(mode: str, moment: datetime | None, skip_diff: bool = False
                 ) -> PdfSignatureStatus:
        # The timestamp itself is checked at its own time, with the revocation data of
        # then: later proof (PAdES LTA document timestamps) is beyond this layer.
        return validate_pdf_signature(sig, context(mode, moment),
                                      context("soft-fail", stamped_at or at),
                                      key_usage_settings=_USAGE, skip_diff=skip_diff)

    # First with revocation data required: passing means the file's own data covered the
    # whole chain. Otherwise once more without, for the verdict on trust alone.
    moment = stamped_at or at
    strict = validate("hard-fail", moment)
    ts = strict.timestamp_validity
    if stamped_at is not None and not (ts and ts.intact and ts.valid and ts.trusted):
        moment = at  # a timestamp that does not hold says nothing about the time
        strict = validate("hard-fail", moment)
    trust = strict
    if not strict.trusted and strict.intact and strict.valid and not strict.revoked:
        trust = validate("soft-fail", moment, skip_diff=True)
    identity = identity_of(signer)
    ts = strict.timestamp_validity
    level = strict.modification_level
    modifications = _MODIFICATION_NAMES.get(level, "other") if level is not None else "other"
    disallowed = strict.docmdp_ok is not True  # None: the analysis could not decide
    timestamp_valid = None if ts is None else bool(ts.intact and ts.valid and ts.trusted)
    check = SignatureCheck(
        field_name=str(sig.field_name),
        signer_name=identity.name,
        iin=identity.iin,
        signing_time=strict.signer_reported_dt,
        timestamp_time=ts.timestamp if ts is not None else None,
        timestamp_valid=timestamp_valid,
        intact=strict.intact,
        valid=strict.valid,
        trusted=trust.trusted,
        revoked=trust.revoked,
        coverage=_coverage(strict.coverage),
        modifications=modifications,
        disallowed_changes=disallowed,
        locks_document=_locks_document(sig),
        reason=None,
        **_revocation(signer, embedded, checked=strict.trusted),
    )
    validity = signer["tbs_certificate"]["validity"]
    checked_at = moment or datetime.now(UTC)
    out_of_validity = not (validity["not_before"].native <= checked_at
                           <= validity["not_after"].native)
    reason = _reason(check, trust, out_of_validity)
    if reason is not None:
        log.info("signature in %r is not OK: %s", check.field_name, reason)
    return replace(check, reason=reason)


GOST_NOT_CHECKABLE = "GOST signature: not checkable here"
"""The verdict on a GOST signature: no implementation here covers NCA's GOST curves and
hashes (see ``docs/signatures.md``), so it is neither valid nor invalid, only not OK."""


def _gost_verdict(sig: EmbeddedPdfSignature, signer: asn1_x509.Certificate) -> SignatureCheck:
    identity = identity_of(signer)
    try:
        claimed = sig.self_reported_timestamp
    except _DAMAGE:
        claimed = None
    return SignatureCheck(
        field_name=str(sig.field_name), signer_name=identity.name, iin=identity.iin,
        signing_time=claimed, timestamp_time=None, timestamp_valid=None, intact=False,
        valid=False, trusted=False, revoked=False, coverage="partial", modifications="other",
        disallowed_changes=False, locks_document=_locks_document(sig),
        reason=Said(GOST_NOT_CHECKABLE, "verify.gost"), gost=True,
        revocation_note=Said("a GOST signature is not checked here",
                             "verify.gost_revocation"))


class _Revocation(TypedDict, total=False):
    """The revocation fields of a :class:`SignatureCheck`."""

    revocation: str
    revocation_time: datetime | None
    revocation_note: str | None


def _revocation(signer: asn1_x509.Certificate, embedded: _EmbeddedData, *, checked: bool
                ) -> _Revocation:
    """What the signer's certificate was checked against for revocation, or why not.

    ``checked``: the validator accepted the chain with revocation data required.
    """
    if checked:
        for response in embedded.ocsps:
            try:
                data = response["response_bytes"]["response"].parsed["tbs_response_data"]
                if any(_same_cert(single["cert_id"], signer) for single in data["responses"]):
                    return {"revocation": "ocsp", "revocation_time": data["produced_at"].native}
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        for crl in embedded.crls:
            if crl.issuer == signer.issuer:
                return {"revocation": "crl",
                        "revocation_time": crl["tbs_cert_list"]["this_update"].native}
    if not signer.ocsp_urls and not signer.crl_distribution_points:
        note = Said("the signer's certificate names no OCSP responder or CRL",
                    "verify.no_revocation_sources")
    elif checked:
        note = Said("the file holds no OCSP response or CRL about the signer's certificate",
                    "verify.no_revocation_in_file")
    else:
        note = Said("no OCSP response or CRL covering the signer's certificate is in the "
                    "file or among the imported CRLs (verifying does not go online)",
                    "verify.no_revocation_data")
    return {"revocation": "none", "revocation_note": note}


def _coverage(level: SignatureCoverageLevel | None) -> str:
    if level == SignatureCoverageLevel.ENTIRE_FILE:
        return "whole_document"
    if level == SignatureCoverageLevel.ENTIRE_REVISION:
        return "whole_revision"
    return "partial"


def _locks_document(sig: EmbeddedPdfSignature) -> bool:
    return sig.docmdp_level == MDPPerm.NO_CHANGES


_OUT_OF_VALIDITY = Said("the signer's certificate was not valid at the time it was checked, "
                        "and no valid timestamp shows that it was signed while it was",
                        "verify.out_of_validity")
_TRUST_PROBLEMS = {
    "NO_CERTIFICATE_CHAIN_FOUND": Said("the signer's certificate does not chain to a trusted "
                                       "root", "verify.no_chain"),
    "OUT_OF_BOUNDS_NO_POE": _OUT_OF_VALIDITY,
    "OUT_OF_BOUNDS_NOT_REVOKED": _OUT_OF_VALIDITY,
    "NOT_YET_VALID": _OUT_OF_VALIDITY,
}


def _reason(check: SignatureCheck, trust: PdfSignatureStatus, out_of_validity: bool
            ) -> Said | None:
    if not check.intact:
        return Said("the signed content was changed: its hash does not match the signature",
                    "verify.changed")
    if not check.valid:
        return Said("the signature value does not match the signer's certificate",
                    "verify.bad_value")
    if check.revoked:
        details = trust.revocation_details
        if details is None:
            return Said("the signer's certificate is revoked", "verify.revoked")
        since = f"{details.revocation_date:%Y-%m-%d %H:%M} UTC"
        return Said(f"the signer's certificate is revoked since {since}",
                    "verify.revoked_since", since)
    if not check.trusted and out_of_validity:
        return _OUT_OF_VALIDITY
    if not check.trusted:
        problem = str(getattr(trust.trust_problem_indic, "name", trust.trust_problem_indic))
        return _TRUST_PROBLEMS.get(problem, Said(
            f"the signer's certificate is not trusted ({problem.lower()})",
            "verify.not_trusted", problem.lower()))
    if check.coverage == "partial":
        return Said("the signature does not cover its whole revision of the file",
                    "verify.partial")
    if check.disallowed_changes:
        return Said("the file was changed after this signature beyond what it allows "
                    f"(modifications: {check.modifications})", "verify.changed_after",
                    check.modifications)
    if check.timestamp_valid is False:
        return Said("the signature's timestamp is not valid or not trusted",
                    "verify.bad_timestamp")
    return None
