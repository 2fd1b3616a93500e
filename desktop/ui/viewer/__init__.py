"""The scan viewer: zoom, pan and turn a page, page through an application's scans."""

from desktop.ui.viewer.images import PageLoader, ViewerPage
from desktop.ui.viewer.viewer import ScanViewer

__all__ = ["PageLoader", "ScanViewer", "ViewerPage"]
