"""Embedding a signature made elsewhere (by NCALayer) into a PDF field.

pyHanko's low-level :class:`PdfCMSEmbedder` writes the field, its stamp and locks, and the
document with a placeholder; the bytes the signature covers (everything but the
placeholder) go to the outside signer, and the detached CMS it returns fills the
placeholder. The CMS is checked before the file is handed back: it must be signed by a
certificate that may sign (:func:`check_certificate`, GOST allowed), and, where the digest
is one this program computes, over exactly these bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from asn1crypto import cms, x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields
from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec, MDPPerm, SigFieldSpec
from pyhanko.sign.signers.cms_embedder import (
    PdfCMSEmbedder,
    SigAppearanceSetup,
    SigIOSetup,
    SigMDPSetup,
    SigObjSetup,
)
from pyhanko.sign.signers.pdf_byterange import BuildProps, SignatureObject

from desktop.signing.certificates import SignerIdentity, check_certificate
from desktop.signing.errors import NcaLayerError
from desktop.signing.stamp import stamp_style, stamp_text_params

__all__ = ["RESERVED_BYTES", "embed_external_signature", "signer_certificate"]

log = logging.getLogger(__name__)

RESERVED_BYTES = 32 * 1024
"""Room for the CMS: a signature, the signer's chain and a timestamp fit well within."""

_DIGESTS = {"sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


def signer_certificate(signed: cms.ContentInfo) -> x509.Certificate:
    """The certificate of the (first) signer of ``signed``."""
    data = signed["content"]
    sid = data["signer_infos"][0]["sid"]
    for choice in data["certificates"] or ():
        cert = choice.chosen
        if not isinstance(cert, x509.Certificate):
            continue
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (cert.serial_number == wanted["serial_number"].native
                    and cert.issuer == wanted["issuer"]):
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    raise NcaLayerError("NCALayer's signature does not carry its signer's certificate",
                        "no signer certificate")


def _check_digest(signed: cms.ContentInfo, covered: bytes) -> None:
    """Refuse a CMS whose messageDigest is not that of ``covered`` (when computable)."""
    info = signed["content"]["signer_infos"][0]
    algorithm = info["digest_algorithm"]["algorithm"].native
    digest = _DIGESTS.get(algorithm)
    if digest is None:
        log.info("digest %s is not computed here; the CMS is embedded as NCALayer made it",
                 algorithm)
        return
    claimed = next((a["values"][0].native for a in info["signed_attrs"]
                    if a["type"].native == "message_digest"), None)
    if claimed is None or not hmac.compare_digest(claimed, digest(covered).digest()):
        raise NcaLayerError("NCALayer's signature is over other data than this document",
                            "a signature over other data")


def embed_external_signature(writer: IncrementalPdfFileWriter, new_field: SigFieldSpec | None,
                             *, field_name: str, lock: bool, lang: str, display_name: str,
                             expected_iin: str | None, reason: str, location: str,
                             at: datetime | None, build_props: BuildProps | None = None,
                             make_cms: Callable[[bytes], cms.ContentInfo]) -> bytes:
    """Sign the field ``field_name`` of ``writer``'s document with ``make_cms``."""
    now = datetime.now(UTC)
    embedder = PdfCMSEmbedder(new_field_spec=new_field).write_cms(
        field_name=field_name, writer=writer)
    next(embedder)
    hint = SignerIdentity(name=display_name, iin=expected_iin)
    embedder.send(SigObjSetup(
        sig_placeholder=SignatureObject(
            timestamp=now, subfilter=fields.SigSeedSubFilter.PADES, name=display_name or None,
            location=location or None, reason=reason or None,
            app_build_props=build_props, bytes_reserved=RESERVED_BYTES),
        mdp_setup=SigMDPSetup(
            md_algorithm="sha256", certify=False,
            field_lock=FieldMDPSpec(FieldMDPAction.ALL) if lock else None,
            docmdp_perms=MDPPerm.NO_CHANGES if lock else None),
        appearance_setup=SigAppearanceSetup(
            style=stamp_style(lang), timestamp=now, name=display_name,
            text_params=stamp_text_params(display_name, hint, lang)),
    ))
    prepared, output = embedder.send(SigIOSetup(md_algorithm="sha256", in_place=False))
    written = output.getvalue()
    covered = written[:prepared.reserved_region_start] + written[prepared.reserved_region_end:]
    signed = make_cms(covered)
    _check_digest(signed, covered)
    cert = signer_certificate(signed)
    check_certificate(cert, at=at, expected_iin=expected_iin, through_ncalayer=True)
    if len(signed.dump()) * 2 > prepared.reserved_region_end - prepared.reserved_region_start:
        raise NcaLayerError("NCALayer's signature is larger than the room kept for it",
                            "a signature too large")
    embedder.send(signed)
    return output.getvalue()
