"""The documents a request must have scanned before the commission concludes on it.

The regulation's step 6 has the clerk tick which documents came on paper, scan them and
attach the scans. A region profile names the documents required of each kind of applicant
(:meth:`desktop.domain.regions.RegionProfile.documents_required`); a document counts as
scanned when the application has a page of the kind its scans are filed under. Two
documents filed under the same kind (the ownership proof and the invitation are both
"other") are told apart by nothing but the clerk's eye, so a profile should require at most
one document of each kind.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.applications import PaperDocument
from desktop.domain.documents import PageKind

__all__ = ["DOCUMENT_PAGE_KIND", "missing_documents", "not_waived"]

DOCUMENT_PAGE_KIND: dict[PaperDocument, PageKind] = {
    PaperDocument.APPLICATION_FORM: PageKind.FORM,
    PaperDocument.ITEM_LIST: PageKind.FORM,
    PaperDocument.ID_COPY: PageKind.ID,
    PaperDocument.COMPANY_REGISTRATION: PageKind.ID,
    PaperDocument.ITEM_PHOTOS: PageKind.PHOTO,
    PaperDocument.OWNERSHIP_PROOF: PageKind.OTHER,
    PaperDocument.INVITATION: PageKind.OTHER,
}
"""The kind of page each paper document is scanned as (the import's "kind" choice)."""


def missing_documents(required: Iterable[str], page_kinds: Iterable[str]) -> tuple[str, ...]:
    """The required documents (in their order) with no page of their kind among
    ``page_kinds`` (the kinds of the application's pages in view)."""
    present = {PageKind(kind) for kind in page_kinds}
    return tuple(code for code in required
                 if DOCUMENT_PAGE_KIND[PaperDocument(code)] not in present)


def not_waived(missing: Iterable[str], waived: Iterable[str]) -> tuple[str, ...]:
    """The missing documents the chairperson's override does not cover (it covers the
    documents missing when it was given, not one that goes missing later)."""
    covered = set(waived)
    return tuple(code for code in missing if code not in covered)
