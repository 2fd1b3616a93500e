"""The commission's documents as PDF: the conclusion (annex 5), the motivated refusal, the
act of the return check, and the certificate the executive body issues on an agreed
conclusion.

Core code: plain data in (:mod:`desktop.reports.data`), PDF/A-3b bytes out, no Qt and no
database. Each document carries its data as an embedded JSON file and, in a QR code on
the first page, the SHA-256 of that JSON (:func:`content_digest`), and comes with one
empty signature field per signatory for :mod:`desktop.signing` to sign into.

The package loads fpdf2 and the layouts only when a renderer is first asked for
(:pep:`562`): the window reads the documents' data types long before it draws one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy import lazy_attributes
from desktop.reports.certificate_data import (
    CertificateData,
)
from desktop.reports.data import (
    AnnexPhoto,
    ApplicantData,
    ConclusionData,
    Correction,
    ItemData,
    ItemDescription,
    Measure,
    RefusalData,
    ReturnActData,
    ReturnedItem,
    Signatory,
    Weight,
)
from desktop.reports.digest import (
    Document,
    QrPayload,
    canonical_json,
    content_digest,
    parse_qr_payload,
    qr_payload,
)
from desktop.reports.errors import (
    ReportDataError,
)
from desktop.reports.words import (
    number_in_words,
    quantity_in_words,
)

if TYPE_CHECKING:
    from desktop.reports.annex import (
        PRINT_DPI,
        print_pixels,
    )
    from desktop.reports.certificate import (
        certificate_photo_pixels,
        render_certificate,
    )
    from desktop.reports.conclusion import (
        render_conclusion,
    )
    from desktop.reports.layout import (
        RenderedPdf,
    )
    from desktop.reports.refusal import (
        render_refusal,
    )
    from desktop.reports.return_act import (
        render_return_act,
    )
    from desktop.reports.scans import (
        ScanPage,
        searchable_pdf,
    )

_LAZY = {
    "PRINT_DPI": "desktop.reports.annex",
    "print_pixels": "desktop.reports.annex",
    "certificate_photo_pixels": "desktop.reports.certificate",
    "render_certificate": "desktop.reports.certificate",
    "render_conclusion": "desktop.reports.conclusion",
    "RenderedPdf": "desktop.reports.layout",
    "render_refusal": "desktop.reports.refusal",
    "render_return_act": "desktop.reports.return_act",
    "ScanPage": "desktop.reports.scans",
    "searchable_pdf": "desktop.reports.scans",
}
"""The names whose modules load the heavy libraries, and where they live."""


__getattr__ = lazy_attributes(__name__, _LAZY)

__all__ = [
    "PRINT_DPI",
    "AnnexPhoto",
    "ApplicantData",
    "CertificateData",
    "ConclusionData",
    "Correction",
    "Document",
    "ItemData",
    "ItemDescription",
    "Measure",
    "QrPayload",
    "RefusalData",
    "RenderedPdf",
    "ReportDataError",
    "ReturnActData",
    "ReturnedItem",
    "ScanPage",
    "Signatory",
    "Weight",
    "canonical_json",
    "certificate_photo_pixels",
    "content_digest",
    "number_in_words",
    "parse_qr_payload",
    "print_pixels",
    "qr_payload",
    "quantity_in_words",
    "render_certificate",
    "render_conclusion",
    "render_refusal",
    "render_return_act",
    "searchable_pdf",
]
