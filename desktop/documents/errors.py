"""Why a file or a page edit was refused: one message that names the file and the reason."""

from __future__ import annotations

from desktop.domain.errors import DomainError

__all__ = ["FileRefused", "ImportRejected", "PageEditError", "UnreadablePhoto"]


class FileRefused(DomainError):
    """A file (a scan to import, a photo to compare) cannot be read; ``values`` start with
    the file's name and ``reason`` says why (``empty``, ``damaged``, ``too_large``…)."""

    code = "file"

    def __init__(self, file: str, message: str, *values: object, reason: str) -> None:
        super().__init__(f"{self.label(file)}: {message}", file, *values, reason=reason)
        self.file = file
        self.problem = message
        """The English reason, for logs."""

    @staticmethod
    def label(file: str) -> str:
        """How the English message names the file."""
        return file


class ImportRejected(FileRefused):
    """A file cannot become document pages; nothing of it is stored."""


_PHOTOS = {"photo": "the photo", "original": "the original photo", "new": "the new photo"}


class UnreadablePhoto(FileRefused):
    """A photo to compare is not a readable JPEG or PNG image. Its name is which photo it
    is: ``original`` (the examination's), ``new`` (taken on return) or ``photo``."""

    terms = ("photo",)

    def __init__(self, photo: str, message: str, *values: object, reason: str) -> None:
        super().__init__(photo, message, *values, reason=reason)
        self.photo = photo

    @staticmethod
    def label(file: str) -> str:
        return _PHOTOS.get(file, file)


class PageEditError(DomainError):
    """A page tool was given something it cannot do (a bad angle, a crop outside the page)."""

    code = "page_edit"
