"""Pages imported and read (OCR) in one step, for the tests of what reading gives."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.page_text import PageTextService
from desktop.storage.database import Database

__all__ = ["imported_and_read"]


def imported_and_read(db: Database, clerk: Actor, application_id: int, pages: list[Path],
                      kind: PageKind) -> tuple[int, ...]:
    """Import *pages* into the application and read them (OCR); their ids."""
    stored = DocumentService(db).import_files(clerk, application_id, pages, kind, dpi=300)
    PageTextService(db).read_pages(clerk, stored.page_ids)
    return tuple(stored.page_ids)
