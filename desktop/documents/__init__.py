"""Document pages as images: decoding imports, encoding for storage, and the page tools.

Plain Python and Pillow (PDFs through PDFium): no Qt, no database. The service layer
(:mod:`desktop.services.documents`) stores what this package produces.
"""

from desktop.documents.decode import (
    DecodeLimits,
    DocumentReader,
    SourcePage,
    count_pages,
    open_document,
)
from desktop.documents.encode import EncodedPage, encode_page, load_stored, prepare_page
from desktop.documents.errors import ImportRejected, PageEditError, UnreadablePhoto
from desktop.documents.tools import crop, deskew, estimate_skew, grayscale, rotate

__all__ = [
    "DecodeLimits",
    "DocumentReader",
    "EncodedPage",
    "ImportRejected",
    "PageEditError",
    "SourcePage",
    "UnreadablePhoto",
    "count_pages",
    "crop",
    "deskew",
    "encode_page",
    "estimate_skew",
    "grayscale",
    "load_stored",
    "open_document",
    "prepare_page",
    "rotate",
]
