"""Signing a PDF: one request, one key, one incremental update with a visible stamp.

Members sign the conclusion with plain approval signatures; the chairperson signs last
with ``certify_and_lock``, which locks every field and allows no further change (a
FieldMDP lock of all fields with DocMDP "no changes", as PDF 2.0 allows for the last
approval signature: a certification signature would have to be the first one).

Everything that can be refused is checked before a byte is written: the PDF, the key,
the certificate (validity, key usage, IIN), the field and the document's lock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from io import BytesIO
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields
from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec, MDPPerm, SigFieldSpec
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, Signer
from pyhanko.sign.signers.pdf_byterange import BuildProps
from pyhanko.sign.signers.pdf_signer import (
    DSSContentSettings,
    PdfSigningSession,
    SigDSSPlacementPreference,
)
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathError, PathValidationError, RevokedError

from desktop.signing.certificates import SIGNING_KEY_USAGES, SignerIdentity, check_certificate
from desktop.signing.errors import (
    CertificateRefused,
    DocumentLocked,
    FieldError,
    NotAPdf,
    ServiceError,
    SigningError,
    UnverifiablePdf,
)
from desktop.signing.external import embed_external_signature
from desktop.signing.keys import SigningKey, open_signer
from desktop.signing.ncalayer import NcaLayerKey, sign_detached
from desktop.signing.stamp import STAMP_SIZE, stamp_lang, stamp_style, stamp_text_params
from desktop.signing.trust_profile import NETWORK_TIMEOUT

__all__ = ["SignatureRequest", "audit_heads", "has_timestamp", "read_pdf", "sign_pdf"]

log = logging.getLogger(__name__)

_MARGIN, _GAP = 36.0, 8.0
_A4 = (0.0, 0.0, 595.0, 842.0)


@dataclass(frozen=True)
class SignatureRequest:
    """What to sign: the field, who signs, why and where, and how strongly."""

    field_name: str
    signer_name: str
    """The name shown on the stamp (the certificate's own name is reported on verifying)."""
    reason: str = ""
    location: str = ""
    certify_and_lock: bool = False
    """The final (chairperson's) signature: lock all fields and allow no later change."""
    timestamp_url: str | None = None
    """An RFC 3161 time-stamp service: the signature gets a timestamp (PAdES B-T)."""
    timestamp_optional: bool = False
    """When the time-stamp service gives no answer (an office without internet), sign
    without a timestamp (PAdES B-B) instead of refusing; the caller sees it in the result
    (:func:`has_timestamp`) and tells the signer."""
    embed_revocation: bool = False
    """Embed OCSP responses / CRLs for the signer's chain when reachable (PAdES B-LT)."""
    trust_roots: tuple[bytes, ...] = ()
    """The trust store's certificates (PEM or DER): the chain of a key file that holds only
    its own certificate (NCA's do) is built with them, so its revocation data can be
    fetched."""
    crls: tuple[bytes, ...] = ()
    """Revocation lists (DER) the office imported: the signer's certificate is checked
    against them before signing, so a revoked one is refused even offline."""
    expected_iin: str | None = None
    """Refuse a certificate whose subject serialNumber names another IIN."""
    at: datetime | None = None
    """The moment of signing, written into the signature, at which the certificate must be
    valid; default: now. Only a document dated in the past (the demo's history) sets it; a
    key held by NCALayer signs at its own clock."""
    page: int = -1
    """Page for a field the signing layer creates (negative counts from the end)."""
    box: tuple[float, float, float, float] | None = None
    """Box (x1, y1, x2, y2, points) for a created field; default: the next free slot."""
    lang: str | None = None
    """The stamp's language ("kk" or "ru"); None: the document's own (its /Lang entry),
    Kazakh when it names none."""
    audit_head: str | None = None
    """The audit journal's head at the signing (``SEQ:HASH``), written into the signature's
    build properties, which the signature covers: a witness of the journal outside the
    database (:func:`audit_heads` reads it back)."""


_BUILD_APP = "ExportCommission"
_HEAD_MARK = "audit-head "


def _build_props(request: SignatureRequest) -> BuildProps | None:
    """The signature's /Prop_Build /App entry that carries the audit head, if any."""
    if not request.audit_head:
        return None
    return BuildProps(name=_BUILD_APP, revision=_HEAD_MARK + request.audit_head)


def audit_heads(pdf: bytes) -> list[str]:
    """The audit heads recorded in ``pdf``'s signatures, the oldest signature first."""
    heads: list[str] = []
    for signature in read_pdf(pdf).embedded_regular_signatures:
        props = signature.sig_object.get("/Prop_Build")
        app = props.get_object().get("/App") if props is not None else None
        revision = app.get_object().get("/REx") if app is not None else None
        if isinstance(revision, str) and revision.startswith(_HEAD_MARK):
            heads.append(revision[len(_HEAD_MARK):])
    return heads


def too_deep() -> UnverifiablePdf:
    """The refusal of a file whose objects are nested deeper than Python can follow."""
    return UnverifiablePdf("the PDF's objects are nested too deeply to be read safely",
                           reason="too_deep")


def read_pdf(pdf: bytes) -> PdfFileReader:
    """Parse ``pdf`` or raise :class:`NotAPdf`."""
    if b"%PDF-" not in pdf[:1024]:
        raise NotAPdf("the data is not a PDF file (no %PDF- header)", "no %PDF- header")
    try:
        reader = PdfFileReader(BytesIO(pdf))
        reader.root  # noqa: B018 - parse the catalogue now, not later
        _ = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise NotAPdf(f"the PDF file cannot be read: {exc}", exc) from exc
    except RecursionError as exc:  # arrays in arrays in arrays…: built to crash a reader
        raise too_deep() from exc
    return reader


def sign_pdf(pdf: bytes, key: SigningKey, request: SignatureRequest) -> bytes:
    """Sign ``pdf`` with ``key`` as ``request`` says; return the signed PDF.

    The result is ``pdf`` itself followed by one incremental update, which also holds the
    revocation data of a B-LT signature. Nothing is returned when a check fails: see
    :mod:`desktop.signing.errors`. Revocation sources that cannot be reached are skipped
    (the signature is then B-T or B-B); a certificate they report revoked is refused.
    """
    reader = read_pdf(pdf)
    _refuse_if_locked(reader)
    existing = _existing_field(reader, request.field_name)
    if existing is not None and request.certify_and_lock and "/Lock" not in existing \
            and reader.embedded_signatures:
        # Adding /Lock to the field now would change a field the earlier signatures
        # covered, and their difference analysis would rightly call that tampering.
        raise FieldError(f"the field {request.field_name!r} was laid out without a lock, "
                         "and the document is signed already: the final signature's "
                         "field must be laid out with lock=True", request.field_name,
                         reason="field_unlocked")
    if isinstance(key, NcaLayerKey):
        return _sign_through_ncalayer(pdf, key, request, reader,
                                      field_exists=existing is not None)
    with open_signer(key) as signer:
        cert: x509.Certificate = signer.signing_cert
        identity = check_certificate(cert, at=request.at, expected_iin=request.expected_iin)
        log.info("signing field %r", request.field_name)  # who: in the audit, not the log
        lang = stamp_lang(request.lang or _document_lang(reader))
        try:
            return _sign(pdf, signer, cert, identity, request, lang,
                         field_exists=existing is not None)
        except ServiceError:
            if not request.timestamp_optional:
                raise
            log.warning("the time-stamp service %s did not answer: signing field %r without "
                        "a timestamp", request.timestamp_url, request.field_name)
            return _sign(pdf, signer, cert, identity, replace(request, timestamp_url=None),
                         lang, field_exists=existing is not None)


def has_timestamp(pdf: bytes) -> bool:
    """Whether the last signature of ``pdf`` carries an RFC 3161 signature timestamp."""
    signature = read_pdf(pdf).embedded_regular_signatures[-1]
    unsigned = signature.signer_info["unsigned_attrs"]
    return any(a["type"].native == "signature_time_stamp_token"
               for a in (unsigned if unsigned.native is not None else ()))


def _sign_through_ncalayer(pdf: bytes, key: NcaLayerKey, request: SignatureRequest,
                           reader: PdfFileReader, *, field_exists: bool) -> bytes:
    """Sign with a key NCALayer holds: it signs the covered bytes, the CMS is embedded."""
    if request.timestamp_url or request.embed_revocation:
        log.info("a signature through NCALayer is embedded as NCALayer makes it (no "
                 "timestamp or revocation data added here)")
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    new_field = _field_spec(writer, request, field_exists=field_exists)
    return embed_external_signature(
        writer, new_field, field_name=request.field_name, lock=request.certify_and_lock,
        lang=stamp_lang(request.lang or _document_lang(reader)),
        display_name=request.signer_name, expected_iin=request.expected_iin,
        reason=request.reason, location=request.location, at=request.at,
        build_props=_build_props(request), make_cms=lambda covered: sign_detached(key, covered))


def _document_lang(reader: PdfFileReader) -> str | None:
    """The natural language the document declares (/Lang in its catalogue), if any."""
    try:
        value = reader.root.get("/Lang")
        return str(value) if value is not None else None
    except (PdfError, KeyError, TypeError, ValueError):
        return None


def _refuse_if_locked(reader: PdfFileReader) -> None:
    for sig in reader.embedded_regular_signatures:
        if sig.docmdp_level == MDPPerm.NO_CHANGES:
            raise DocumentLocked(f"the document was locked by the signature in field "
                                 f"{sig.field_name!r}; it allows no further signature",
                                 sig.field_name)


def _existing_field(reader: PdfFileReader, name: str) -> generic.DictionaryObject | None:
    """The unsigned field ``name``, or ``None`` when there is none yet."""
    for _name, value, ref in fields.enumerate_sig_fields(reader, with_name=name):
        if value is not None:
            raise FieldError(f"the signature field {name!r} is already signed", name,
                             reason="field_signed")
        field_dict: generic.DictionaryObject = ref.get_object()
        return field_dict
    return None


def _lock_existing_field(writer: IncrementalPdfFileWriter, name: str) -> None:
    """Give the unsigned field ``name`` a lock of all fields and "no changes"."""
    for _name, _value, ref in fields.enumerate_sig_fields(writer, with_name=name):
        field_dict = ref.get_object()
        if "/Lock" in field_dict:
            continue  # the renderer's lock stands; pyHanko applies the stricter DocMDP
        lock = FieldMDPSpec(FieldMDPAction.ALL).as_sig_field_lock()
        lock[pdf_name("/P")] = generic.NumberObject(MDPPerm.NO_CHANGES.value)
        field_dict[pdf_name("/Lock")] = writer.add_object(lock)
        writer.mark_update(ref)


def _auto_box(writer: IncrementalPdfFileWriter, page: int) -> tuple[float, float, float, float]:
    """The next free slot in a grid of stamps along the bottom of ``page``."""
    page_ref, _resources = writer.find_page_for_modification(page)
    try:
        x0, y0, x1, _y1 = (float(v) for v in page_ref.get_object()["/MediaBox"])
    except (KeyError, TypeError, ValueError):
        x0, y0, x1, _y1 = _A4
    width, height = STAMP_SIZE
    columns = max(1, int((x1 - x0 - 2 * _MARGIN + _GAP) // (width + _GAP)))
    slot = sum(1 for _ in fields.enumerate_sig_fields(writer))
    row, column = divmod(slot, columns)
    left = x0 + _MARGIN + column * (width + _GAP)
    bottom = y0 + _MARGIN + row * (height + _GAP)
    return (left, bottom, left + width, bottom + height)


def _revocation_context(signer: Signer, trusted: tuple[bytes, ...],
                        crls: tuple[bytes, ...]) -> ValidationContext | None:
    """A context that collects revocation data along the chain the key came with,
    completed by the trust store's certificates, starting from the imported lists."""
    from desktop.signing.verify import load_trust_roots  # verify imports this module

    certs = [*signer.cert_registry, *load_trust_roots(trusted)]
    roots = [c for c in certs if c.self_signed != "no"]
    if not roots:
        log.warning("no root certificate for the key: signing without revocation data")
        return None
    others = [c for c in certs if c.self_signed == "no"]
    return ValidationContext(trust_roots=roots, other_certs=others, allow_fetching=True,
                             crls=list(crls), revocation_mode="soft-fail")


def _sign(pdf: bytes, signer: Signer, cert: x509.Certificate, identity: SignerIdentity,
          request: SignatureRequest, lang: str, *, field_exists: bool) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    lock = request.certify_and_lock
    new_field = _field_spec(writer, request, field_exists=field_exists)
    context = _revocation_context(signer, request.trust_roots, request.crls) \
        if request.embed_revocation or request.crls else None
    usages = set(cert.key_usage_value.native) & SIGNING_KEY_USAGES if cert.key_usage_value \
        else set()
    meta = PdfSignatureMetadata(
        field_name=request.field_name,
        md_algorithm="sha256",
        reason=request.reason or None,
        location=request.location or None,
        name=request.signer_name or identity.name,
        app_build_props=_build_props(request),
        subfilter=fields.SigSeedSubFilter.PADES,
        embed_validation_info=context is not None,
        validation_context=context,
        signer_key_usage=usages,
        docmdp_permissions=MDPPerm.NO_CHANGES if lock else MDPPerm.FILL_FORMS,
        dss_settings=DSSContentSettings(
            placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False),
    )
    timestamper = HTTPTimeStamper(request.timestamp_url, timeout=NETWORK_TIMEOUT) \
        if request.timestamp_url else None
    pdf_signer = _PdfSignerAt(meta, signer, timestamper=timestamper,
                              stamp_style=stamp_style(lang), new_field_spec=new_field,
                              at=request.at)
    try:
        out = pdf_signer.sign_pdf(
            writer, appearance_text_params=stamp_text_params(request.signer_name, identity, lang))
    except TimestampRequestError as exc:
        raise ServiceError(f"the time-stamp service {request.timestamp_url} did not give a "
                           f"timestamp: {exc}", request.timestamp_url) from exc
    except PyHankoSigningError as exc:
        raise _explain(exc, identity, request) from exc
    return bytes(out.getbuffer())


class _PdfSignerAt(PdfSigner):
    """pyHanko's signer, signing at a given moment instead of the clock's when one is set."""

    def __init__(self, *args: Any, at: datetime | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._at = at

    def init_signing_session(self, pdf_out: BasePdfFileWriter,
                             existing_fields_only: bool = False) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        if self._at is not None:
            session.system_time = self._at
        return session


def _field_spec(writer: IncrementalPdfFileWriter, request: SignatureRequest, *,
                field_exists: bool) -> SigFieldSpec | None:
    """Lock the existing field for the final signature, or lay out a new one."""
    lock = request.certify_and_lock
    try:
        if field_exists:
            if lock:
                _lock_existing_field(writer, request.field_name)
            return None
        return SigFieldSpec(
            sig_field_name=request.field_name,
            on_page=request.page,
            box=request.box or _auto_box(writer, request.page),  # type: ignore[arg-type]
            field_mdp_spec=FieldMDPSpec(FieldMDPAction.ALL) if lock else None,
            doc_mdp_update_value=MDPPerm.NO_CHANGES if lock else None,
        )
    except (PdfError, IndexError, KeyError) as exc:
        raise FieldError(f"cannot place the field {request.field_name!r} on page "
                         f"{request.page}: {exc}", request.field_name) from exc


def _explain(exc: PyHankoSigningError, identity: SignerIdentity,
             request: SignatureRequest) -> SigningError:
    cause = exc.__cause__
    while cause is not None and not isinstance(cause, PathError | PathValidationError
                                                | TimestampRequestError):
        cause = cause.__cause__
    if isinstance(cause, RevokedError):
        return CertificateRefused("revoked", f"the certificate of {identity.name} is revoked: "
                                             f"{cause}", values=(identity.name,))
    if isinstance(cause, PathError | PathValidationError):
        return CertificateRefused("chain", f"the certificate chain of {identity.name} cannot "
                                           f"be validated: {cause}", values=(identity.name,))
    if isinstance(cause, TimestampRequestError):
        return ServiceError(f"the time-stamp service {request.timestamp_url} did not give a "
                            f"timestamp: {cause}", request.timestamp_url)
    return SigningError(f"pyHanko refused to sign: {exc}", exc)
