"""What a stored page is: the kinds of scanned pages and photographs."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["DOCUMENT_KINDS", "PageKind"]


class PageKind(StrEnum):
    FORM = "form"
    ID = "id"
    PHOTO = "photo"
    OTHER = "other"
    RETURN_PHOTO = "return_photo"
    """A photo of an item taken when it came back from abroad."""


DOCUMENT_KINDS = (PageKind.FORM, PageKind.ID, PageKind.PHOTO, PageKind.OTHER)
"""What the pages of a request may be while it is being decided."""
