"""Why a file or a page edit was refused: one message that names the file and the reason."""

from __future__ import annotations

from desktop.domain.errors import DomainError

__all__ = ["ImportRejected", "PageEditError", "UnreadablePhoto"]


class ImportRejected(DomainError):
    """A file cannot become document pages; nothing of it is stored."""

    code = "import_rejected"

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class PageEditError(DomainError):
    """A page tool was given something it cannot do (a bad angle, a crop outside the page)."""

    code = "page_edit"


class UnreadablePhoto(DomainError):
    """A photo to compare is not a readable JPEG or PNG image."""

    code = "unreadable_photo"

    def __init__(self, photo: str, reason: str) -> None:
        super().__init__(f"{photo}: {reason}")
        self.photo = photo
        self.reason = reason
