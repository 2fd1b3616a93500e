"""Empty signature fields laid out in advance, for the document renderer.

The conclusion's form has a line for the chairperson and for each member: the renderer
calls :func:`add_signature_fields` with one :class:`SignatureBox` per line, and each person
later signs "their" field by name (:attr:`SignatureRequest.field_name`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.fields import (
    FieldMDPAction,
    FieldMDPSpec,
    MDPPerm,
    SigFieldSpec,
    append_signature_field,
    enumerate_sig_fields,
)

from desktop.signing.errors import FieldError
from desktop.signing.sign import read_pdf

__all__ = ["EXPECTED_IIN_KEY", "SignatureBox", "add_signature_fields"]

EXPECTED_IIN_KEY = "/ExportCommissionIIN"
"""A key of our own in a signature field's dictionary (PDF readers ignore keys they do not
know): the IIN of who is to sign it. It is written before anyone signs, so every signature
covers it."""


@dataclass(frozen=True)
class SignatureBox:
    """A field ``name`` on ``page`` (0-based; negative from the end) at ``box``.

    ``box`` is (x1, y1, x2, y2) in PDF points from the page's lower left corner. The
    field of the final signature (the chairperson's) needs ``lock=True``: the lock must
    be in place before anyone signs, since changing the field later would change what
    the earlier signatures cover.
    """

    name: str
    page: int
    box: tuple[float, float, float, float]
    lock: bool = False
    expected: str = ""
    """Who is to sign here, e.g. "Төраға: Байжанов Нұрлан Әбілұлы"; kept in the field's
    ``/TU`` (its name for people), so that verifying a file names who has not signed."""
    expected_iin: str = ""
    """The IIN of the person on the seat, kept in the field under :data:`EXPECTED_IIN_KEY`:
    verifying compares it with the signer's certificate, so a namesake fails."""


def add_signature_fields(pdf: bytes, boxes: Sequence[SignatureBox]) -> bytes:
    """``pdf`` with an incremental update adding one empty signature field per box."""
    read_pdf(pdf)
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    for spec in boxes:
        try:
            append_signature_field(writer, SigFieldSpec(
                sig_field_name=spec.name, on_page=spec.page,
                box=spec.box,  # type: ignore[arg-type]  # pyHanko types it as int
                field_mdp_spec=FieldMDPSpec(FieldMDPAction.ALL) if spec.lock else None,
                doc_mdp_update_value=MDPPerm.NO_CHANGES if spec.lock else None,
            ))
        except (PdfError, IndexError, KeyError) as exc:
            raise FieldError(f"cannot add the signature field {spec.name!r} on page "
                             f"{spec.page}: {exc}", spec.name) from exc
        for _name, _value, ref in enumerate_sig_fields(writer, with_name=spec.name):
            field = ref.get_object()
            if spec.expected:
                field[pdf_name("/TU")] = generic.TextStringObject(spec.expected)
            if spec.expected_iin:
                field[pdf_name(EXPECTED_IIN_KEY)] = generic.TextStringObject(spec.expected_iin)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
