"""An application's scanned documents and photos: the thumbnail strip and the clerk's tools.

``DocumentsPanel(db, actor, application_id, parent=None)`` is what the application view
embeds; :class:`PageThumbnailModel` is the list model under its strip, reusable by any view
that shows an application's pages.
"""

from desktop.ui.documents.panel import DocumentsPanel
from desktop.ui.documents.thumbnails import PageIdRole, PageInfoRole, PageThumbnailModel

__all__ = ["DocumentsPanel", "PageIdRole", "PageInfoRole", "PageThumbnailModel"]
