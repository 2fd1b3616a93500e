"""Encoded pages of one file, waiting in a temporary spool until they are written together.

The spool keeps memory flat (past 32 MB it moves to a temporary file) and lets the caller
decode and encode a long file completely *before* it opens a write transaction, so the
database is never locked while a PDF renders, and a cancel or a bad page at the end leaves
nothing behind.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType

from desktop.documents.decode import SourcePage
from desktop.documents.encode import EncodedPage, prepare_page

__all__ = ["ImportCancelled", "PageSpool", "SpooledPage"]

IN_MEMORY = 32 * 1024 * 1024


class ImportCancelled(Exception):
    """The user asked to stop: the file being read is dropped whole."""


@dataclass(frozen=True)
class SpooledPage:
    offset: int
    size: int
    thumbnail_size: int
    media_type: str
    width: int
    height: int
    dpi: int | None


class PageSpool:
    """Append-only store of encoded pages; a context manager that deletes itself."""

    def __init__(self) -> None:
        self._file = tempfile.SpooledTemporaryFile(IN_MEMORY)  # noqa: SIM115 - closed in __exit__
        self.pages: list[SpooledPage] = []

    def __enter__(self) -> PageSpool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._file.close()

    def add(self, encoded: EncodedPage) -> None:
        self._file.seek(0, 2)
        offset = self._file.tell()
        self._file.write(encoded.data)
        self._file.write(encoded.thumbnail)
        self.pages.append(SpooledPage(offset, len(encoded.data), len(encoded.thumbnail),
                                      encoded.media_type, encoded.width, encoded.height,
                                      encoded.dpi))

    def read(self, page: SpooledPage) -> tuple[bytes, bytes]:
        """The page's image and thumbnail bytes."""
        self._file.seek(page.offset)
        return self._file.read(page.size), self._file.read(page.thumbnail_size)

    def fill(
        self,
        pages: Iterable[SourcePage],
        target_dpi: int,
        *,
        keep_colour: bool,
        step: Callable[[], None] = lambda: None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Encode *pages* one at a time into the spool; :class:`ImportCancelled` on cancel.

        *step* is called after each page. The source iterator is closed in the end, so an
        open file or PDF is released even when a page fails.
        """
        source: Iterator[SourcePage] = iter(pages)
        try:
            for page in source:
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                encoded = prepare_page(page.image, page.dpi, target_dpi,
                                       keep_colour=keep_colour, preview=page.preview,
                                       original=page.original)
                page.image = page.preview = None  # type: ignore[assignment]  # free now
                page.original = None
                self.add(encoded)
                step()
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()
