"""The documents screens for :mod:`desktop.ui.shots.screenshots`, built on a demo database.

They need a clerk's account (``EXPORT_COMMISSION_AUTOLOGIN=clerk:…``): the panel's tools and
the import are the clerk's. The import screen really imports: it writes A4 scans at 300 dpi
into a temporary folder, starts importing them into a registered demo application, and is
captured while the progress dialog is part way; closing it cancels the rest.
"""

from __future__ import annotations

import io
import logging
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.documents import PageKind
from desktop.domain.workflow import Status
from desktop.services.demo_images import demo_images
from desktop.services.registry import RegistryQuery
from desktop.ui.documents.importing import ImportOptionsDialog
from desktop.ui.documents.panel import DocumentsPanel
from desktop.ui.documents.scan_dialog import ScanDialog

if TYPE_CHECKING:
    from desktop.ui.shots.context import Context

__all__ = [
    "PANEL_SIZE",
    "documents_panel",
    "import_dialog",
    "import_progress",
    "import_progress_ready",
    "panel_ready",
    "scan_dialog",
    "scan_dialog_ready",
]

log = logging.getLogger(__name__)

PANEL_SIZE = (940, 300)
IMPORT_FILES = 24
A4_300_DPI = (2480, 3508)


def _registered_with_pages(ctx: Context, skip: int = 0) -> int:
    """A demo application still being registered (documents may change) that has pages."""
    service = ctx.services.registry
    query = RegistryQuery(statuses=frozenset({Status.REGISTERED}))
    rows = [r for r in service.page(ctx.actor, query, 0, 50) if r.pages]
    if len(rows) <= skip:
        raise LookupError("the demo database has no registered application with pages")
    return rows[skip].id


def documents_panel(ctx: Context) -> QWidget:
    panel = DocumentsPanel(ctx.session(), _registered_with_pages(ctx))
    if panel.model.rowCount() > 1:
        panel.select_page(panel.model.page_id(1))
    return panel


def panel_ready(widget: QWidget) -> bool:
    assert isinstance(widget, DocumentsPanel)
    model = widget.model
    return model.rowCount() > 0 and all(model.thumbnail_ready(r)
                                        for r in range(model.rowCount()))


def _scans(folder: Path) -> list[Path]:
    """A4 pages at 300 dpi, as a clerk's flatbed gives them (the demo forms, enlarged)."""
    forms = [d for d in demo_images() if d.kind == PageKind.FORM]
    paths = []
    for number in range(1, IMPORT_FILES + 1):
        source = Image.open(io.BytesIO(forms[number % len(forms)].data))
        page = source.resize(A4_300_DPI, Image.Resampling.BILINEAR)
        path = folder / f"өтініш-{number:02d}.jpg"
        page.save(path, "JPEG", quality=90, dpi=(300, 300))
        paths.append(path)
    return paths


def import_progress(ctx: Context) -> QWidget:
    panel = DocumentsPanel(ctx.session(), _registered_with_pages(ctx, skip=1))
    folder = Path(tempfile.mkdtemp(prefix="ec-import-shot-"))
    op = panel.start_import(_scans(folder), PageKind.FORM, 300)

    def cleanup() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        panel.deleteLater()

    op.finished.connect(cleanup)
    dialog = panel.progress_dialog
    assert isinstance(dialog, QProgressDialog)
    dialog.setMinimumWidth(460)
    return dialog


def import_progress_ready(widget: QWidget) -> bool:
    assert isinstance(widget, QProgressDialog)
    return widget.maximum() > 0 and widget.value() >= IMPORT_FILES // 4


def scan_dialog(ctx: Context) -> QWidget:
    return ScanDialog(ctx.session(), _registered_with_pages(ctx))


def scan_dialog_ready(widget: QWidget) -> bool:
    assert isinstance(widget, ScanDialog)
    return not widget.busy and bool(widget.status.text() or widget.error.text())


def import_dialog(ctx: Context) -> QWidget:
    """The import's question, file by file: a scan and a photo that say their resolution,
    a PDF and a PNG that do not (the two asked)."""
    folder = Path(tempfile.mkdtemp(prefix="ec-import-dialog-shot-"))
    images = {d.kind: Image.open(io.BytesIO(d.data)) for d in demo_images()}
    form, photo = images[PageKind.FORM], images[PageKind.PHOTO]
    form.convert("RGB").save(folder / "өтініш-бет-1.jpg", "JPEG", dpi=(300, 300))
    photo.convert("RGB").save(folder / "кілем-алдынан.jpg", "JPEG", dpi=(72, 72))
    form.save(folder / "төлқұжат-көшірмесі.png", "PNG")
    form.convert("RGB").save(folder / "сенімхат.pdf", "PDF", resolution=150.0)
    paths = sorted(folder.iterdir())
    dialog = ImportOptionsDialog(paths)
    dialog.destroyed.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
    return dialog
