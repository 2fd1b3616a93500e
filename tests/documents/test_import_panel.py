"""Importing through the panel: the batch, its summary, cancel, drag and drop, permissions."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
import shiboken6
from PIL import ExifTags, Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from desktop.domain.documents import PageKind
from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.models.document import Blob, DocumentPage
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.storage.database import Database
from desktop.ui.documents import DocumentsPanel
from desktop.ui.documents.importing import ImportOptionsDialog
from desktop.ui.kit import settings
from tests.documents import samples
from tests.support.backends import sqlite_db_url  # noqa: F401 (the fixture: SQLite alone)
from tests.support.operations import started_with
from tests.support.pages import form_page, make_panel, photo_file, wait_idle
from tests.support.sessions import session_for
from tests.support.staff import actor_for

pytestmark = pytest.mark.usefixtures("qapp")  # Qt objects: private settings, English


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_two_good_files_and_a_broken_one(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    assert panel.model.rowCount() == 0
    good = [form_page(tmp_path, "application.png"), photo_file(tmp_path, "vase.jpg")]
    data = samples.jpeg_bytes(samples.photo(), dpi=150)
    broken = samples.write(tmp_path, "cut-off.jpg", data[: len(data) // 2])
    changed: list[bool] = []
    panel.session.changed.connect(lambda _kind, _ids: changed.append(True))

    panel.start_import([good[0], broken, good[1]], PageKind.FORM, 300)
    assert panel.busy and not panel.import_action.isEnabled()
    wait_idle(qtbot, panel)

    assert panel.model.rowCount() == 2
    assert [p.source_name for p in panel.model.pages()] == ["application.png", "vase.jpg"]
    assert changed == [True]
    summary = panel.summary_dialog
    assert summary is not None and summary.isVisible()
    assert summary.heading.text() == "2 pages stored from 2 files. 1 file not imported."
    [line] = summary.lines()
    assert line == "cut-off.jpg: the image is cut off (the file is incomplete)."
    assert panel.message.text() == summary.heading.text()
    assert panel.import_action.isEnabled()
    # The first stored page is selected, ready for the page tools.
    assert panel.selected_page() is not None
    assert panel.selected_page().source_name == "application.png"


def test_a_clean_import_says_so_without_a_dialog(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    assert panel.message.text() == "No pages yet. Import files (Ctrl+I), scan, or drop files here."
    tiff = samples.write(tmp_path, "three.tif", samples.tiff_bytes(
        [samples.text_page((400, 560), seed=i) for i in range(3)], dpi=100))
    panel.start_import([tiff], PageKind.FORM, 300)
    wait_idle(qtbot, panel)
    assert panel.summary_dialog is None
    assert panel.message.text() == "3 pages stored from 1 file."
    assert panel.model.rowCount() == 3


def test_reload_shows_pages_stored_elsewhere(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    assert panel.model.rowCount() == 0
    DocumentService(sqlite_db).import_files(clerk, app_id, [form_page(tmp_path, "a.png")],
                                            PageKind.FORM)
    panel.reload()
    assert panel.model.rowCount() == 1
    assert panel.message.text() == ""  # the "no pages yet" hint is gone


def test_cancel_keeps_the_files_done_and_drops_the_one_being_read(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    first = form_page(tmp_path, "first.png")
    second = samples.write(tmp_path, "second.tif", samples.tiff_bytes(
        [samples.text_page((400, 560), seed=i) for i in range(4)], dpi=100))
    third = form_page(tmp_path, "third.png", 3)
    blobs_before = _count(sqlite_db, Blob)
    reached, resume = threading.Event(), threading.Event()
    request.addfinalizer(resume.set)  # a failed test lets the worker go

    def hold(done: int, _total: int, label: str) -> None:
        # In the worker: hold it on the second file's first page until Cancel is pressed.
        if "second.tif" in label and done == 2 and not reached.is_set():
            reached.set()
            resume.wait()

    started_with(hold, lambda: panel.start_import([first, second, third], PageKind.FORM, 300))
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    progress = panel.progress_dialog
    assert isinstance(progress, QProgressDialog)
    # Progress per page (1 + 4 + 1 expected), labelled with the file being read.
    qtbot.waitUntil(lambda: progress.value() == 2)
    assert progress.maximum() == 6
    assert progress.labelText() == "Importing second.tif (file 2 of 3)"
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    resume.set()
    wait_idle(qtbot, panel)

    assert [p.source_name for p in panel.model.pages()] == ["first.png"]
    assert _count(sqlite_db, DocumentPage) == 1
    assert _count(sqlite_db, Blob) - blobs_before == 2  # first.png's image and thumbnail
    summary = panel.summary_dialog
    assert summary is not None
    assert summary.heading.text() == "Cancelled: 1 file stored, the rest not imported."
    assert summary.lines() == []


def _drop(target: QWidget, paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(target.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter, drop


def test_files_dropped_on_the_strip_are_imported(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    photos = [photo_file(tmp_path, "front.jpg", 1), photo_file(tmp_path, "back.jpg", 2)]
    enter, drop = _drop(panel.view.viewport(), photos)
    assert enter.isAccepted() and drop.isAccepted()

    dialog = panel.options_dialog
    assert isinstance(dialog, ImportOptionsDialog) and dialog.isVisible()
    assert [dialog.table.item(row, 0).text() for row in range(2)] == ["front.jpg", "back.jpg"]
    # Colour JPEGs are taken for photos; both record 150 dpi, so nothing is asked.
    assert dialog.dpi_boxes == [None, None]
    assert dialog.table.item(0, dialog.RESOLUTION).text() == "150 dpi, from the file"
    assert [(e.kind, e.dpi) for e in dialog.entries()] == [(PageKind.PHOTO, 150)] * 2
    dialog.kind_boxes[1].setCurrentIndex(dialog.kind_boxes[1].findData(PageKind.OTHER.value))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, panel)

    pages = panel.model.pages()
    assert [(p.source_name, p.kind, p.dpi) for p in pages] == [
        ("front.jpg", PageKind.PHOTO, 150), ("back.jpg", PageKind.OTHER, 150)]
    assert panel.message.text() == "2 pages stored from 2 files."


def test_a_dropped_folder_brings_its_scans(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    folder = tmp_path / "scans"
    folder.mkdir()
    form_page(folder, "b.png")
    form_page(folder, "a.png", 2)
    (folder / "notes.txt").write_text("not a scan")
    _drop(panel, [folder])
    dialog = panel.options_dialog
    assert dialog is not None
    assert [p.name for p in dialog.paths] == ["a.png", "b.png"]
    dialog.reject()
    assert not panel.busy and panel.model.rowCount() == 0


def _camera_jpeg(folder: Path, name: str) -> Path:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    out = io.BytesIO()
    samples.text_page(mode="RGB").save(out, "JPEG", exif=exif)  # gray, but from a camera
    return samples.write(folder, name, out.getvalue())


def test_each_file_gets_its_own_kind_and_its_own_dpi(tmp_path: Path) -> None:
    """The dpi is read from JFIF, EXIF-less PNG pHYs and TIFF tags; asked only when absent."""
    files = [
        samples.write(tmp_path, "photo.JPG", samples.jpeg_bytes(samples.photo(), dpi=72)),
        samples.write(tmp_path, "form.jpg", samples.jpeg_bytes(
            samples.text_page(mode="RGB"), dpi=300)),
        samples.write(tmp_path, "phone.jpg", samples.jpeg_bytes(samples.photo())),
        _camera_jpeg(tmp_path, "camera.jpg"),
        samples.write(tmp_path, "scan.png", samples.png_bytes(samples.text_page(), dpi=200)),
        samples.write(tmp_path, "bare.png", samples.png_bytes(samples.text_page())),
        samples.write(tmp_path, "scan.tif", samples.tiff_bytes([samples.text_page()], dpi=400)),
        samples.write(tmp_path, "letter.pdf", samples.pdf_bytes([samples.text_page()])),
    ]
    dialog = ImportOptionsDialog(files)
    entries = dialog.entries()
    assert [(e.path.name, e.kind, e.dpi, e.own_dpi) for e in entries] == [
        ("photo.JPG", PageKind.PHOTO, 72, True),
        ("form.jpg", PageKind.FORM, 300, True),
        ("phone.jpg", PageKind.PHOTO, 300, False),
        ("camera.jpg", PageKind.PHOTO, 72, True),  # Pillow's EXIF says 72 dpi, as cameras do
        ("scan.png", PageKind.FORM, 200, True),
        ("bare.png", PageKind.FORM, 300, False),
        ("scan.tif", PageKind.FORM, 400, True),
        ("letter.pdf", PageKind.FORM, 200, False),
    ]
    asked = [row for row, box in enumerate(dialog.dpi_boxes) if box is not None]
    assert asked == [2, 5, 7]
    dialog.dpi_boxes[5].setValue(150)
    assert dialog.entries()[5].dpi == 150
    dialog.deleteLater()


def test_a_page_without_its_own_dpi_is_stored_at_the_one_given(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    bare = samples.write(tmp_path, "bare.png", samples.png_bytes(samples.text_page((600, 800))))
    own = samples.write(tmp_path, "own.png", samples.png_bytes(samples.text_page((600, 800)),
                                                               dpi=400))
    dialog = panel.ask_import([bare, own])
    assert dialog is not None
    dialog.dpi_boxes[0].setValue(150)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, panel)
    # Neither is resampled: the first is taken to be at 150 dpi, the second keeps its 400.
    assert [(p.source_name, p.width, p.dpi) for p in panel.model.pages()] == [
        ("bare.png", 600, 150), ("own.png", 600, 400)]


def test_the_file_dialog_opens_in_the_last_folder(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    chosen = form_page(tmp_path, "page.png")
    dialog = panel.choose_files()
    assert dialog.isVisible()
    assert any("*.pdf" in f for f in dialog.nameFilters())
    dialog.filesSelected.emit([str(chosen)])  # what the dialog sends when the clerk picks
    dialog.close()
    assert settings.DOCUMENTS_IMPORT_FOLDER.get() == str(tmp_path)
    assert panel.options_dialog is not None
    assert panel.options_dialog.paths == [chosen]
    panel.options_dialog.reject()
    again = panel.choose_files()
    assert Path(again.directory().absolutePath()) == tmp_path
    again.close()


def test_others_see_the_strip_only(
    qtbot: QtBot, sqlite_db: Database, app_id: int, three_pages: list[int], tmp_path: Path,
) -> None:
    member = actor_for(sqlite_db, "member")
    panel = make_panel(qtbot, sqlite_db, member, app_id)
    assert panel.model.rowCount() == 3
    assert not panel.toolbar.isVisible()
    assert not panel.import_action.isVisible() and not panel.scan_action.isVisible()
    assert all(not a.isVisible() for a in panel.page_actions)
    panel.select_page(three_pages[0])
    assert not panel.delete_action.isEnabled()
    assert panel.tools.delete() is None
    enter, drop = _drop(panel.view.viewport(), [form_page(tmp_path, "x.png")])
    assert not enter.isAccepted() and not drop.isAccepted()
    assert panel.options_dialog is None
    assert DocumentService(sqlite_db).list_pages(member, app_id)[0].id == three_pages[0]


def test_closing_the_panel_mid_import_stops_it_after_the_file_being_read(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    panel = DocumentsPanel(session_for(sqlite_db, clerk), app_id)  # deleted below, so not qtbot's
    panel.show()
    files = [form_page(tmp_path, f"page-{i}.png", i) for i in range(3)]
    reached, resume = threading.Event(), threading.Event()
    request.addfinalizer(resume.set)  # a failed test lets the worker go

    def hold(done: int, _total: int, _label: str) -> None:
        if done == 1 and not reached.is_set():
            reached.set()
            resume.wait()

    op = started_with(hold, lambda: panel.start_import(files, PageKind.FORM, 300))
    finished: list[bool] = []
    op.signals.finished.connect(lambda: finished.append(True))
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    # The application view closes with the import under way.
    panel.close()
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=5000)
    resume.set()
    qtbot.waitUntil(lambda: finished == [True], timeout=20_000)
    QApplication.processEvents()  # the results arrive for a panel that is gone: ignored

    pages = DocumentService(sqlite_db).list_pages(clerk, app_id)
    assert [p.source_name for p in pages] == ["page-0.png"]


def test_a_decided_application_refuses_the_import_with_the_reason(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, tmp_path: Path,
) -> None:
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    with sqlite_db.write() as s:
        s.execute(update(Application).where(Application.id == app_id).values(
            status=Status.REFUSED))
    panel.start_import([form_page(tmp_path, "late.png")], PageKind.FORM, 300)
    wait_idle(qtbot, panel)
    assert panel.error.isVisible()
    assert panel.error.text().endswith(
        "is decided (Refused): its documents can no longer change.")
    assert panel.model.rowCount() == 0
    assert panel.import_action.isEnabled()  # the panel is usable again
