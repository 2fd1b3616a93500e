"""The return screens for :mod:`desktop.ui.shots.screenshots`, built on a demo database.

The demo has a few overdue agreed exports with complete records and photos. The first of
them is brought back through the services as staff would do it: the clerk registers the
return of every item still abroad (with a note in Kazakh and in Russian) and imports new
photos (the first item re-photographed turned and under other light, the second one a
different object: a swapped item), and a member records the return examination of each,
the second one shorter than it was measured.
Preparing it again changes nothing.
"""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PIL import Image, ImageEnhance
from PySide6.QtWidgets import QWidget

from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import (
    ExaminationKind,
    LengthUnit,
    Measurement,
    PageLink,
    PageRole,
)
from desktop.domain.languages import Bilingual
from desktop.domain.returns import ExportState
from desktop.domain.roles import Role
from desktop.services.demo_images import demo_images
from desktop.services.returns import ItemReturnState
from desktop.ui.application.view import Tab
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.comparison import ComparisonDialog
from desktop.ui.returns.dialogs import NoteDialog
from desktop.ui.shots.application import staff_actor

if TYPE_CHECKING:
    from desktop.ui.shots.context import Context

__all__ = ["comparison_dialog", "comparison_ready", "note_dialog", "return_tab",
           "tracking_list", "tracking_ready"]

log = logging.getLogger(__name__)

COMPARISON_SIZE = (1100, 900)
RETURN_NOTE = Bilingual("Сенімхат бойынша ұсынылды; заттар жаңа қорапта, ескі қорабы жолда "
                        "жоғалған.", "Представлены по доверенности; предметы в новом "
                        "футляре, старый утерян в дороге.")


def _retaken(data: bytes) -> Image.Image:
    """The same object photographed again: turned a quarter, smaller, in warmer light."""
    with Image.open(io.BytesIO(data)) as image:
        image = image.convert("RGB").rotate(90, expand=True)
        image = image.resize((image.width * 3 // 4, image.height * 3 // 4))
    return ImageEnhance.Brightness(image).enhance(1.15)


def _export(ctx: Context) -> int:
    """The returned export the screens show (brought back on the first call)."""
    clerk, member = staff_actor(ctx, Role.CLERK), staff_actor(ctx, Role.MEMBER)
    returns, exams = ctx.services.returns, ctx.services.examination
    documents = ctx.services.documents
    for row in returns.tracking(clerk, [ExportState.RETURNED, ExportState.OVERDUE]):
        items = returns.items(clerk, row.application_id)
        comparisons = [returns.comparison(clerk, i.item_id) for i in items]
        if len(items) >= 2 and all(c.original and c.original_photos for c in comparisons):
            break
    else:
        raise LookupError("the demo has no overdue export with examination records")
    app_id = row.application_id
    if row.state == ExportState.RETURNED:
        return app_id
    abroad = [i.item_id for i in items if i.outcome is None]  # the demo brought some back
    returns.register(clerk, app_id, abroad, returned_on=date.today(),
                     presented_by="Сейітқазы Арман Болатұлы", place="Көкшетау",
                     note=RETURN_NOTE)
    others = [d for d in demo_images() if d.kind == PageKind.PHOTO]
    for index, (item, comparison) in enumerate(zip(items, comparisons, strict=True)):
        original = comparison.original
        assert original is not None
        if index == 1:  # a different object came back in its place
            used = {documents.page_image(clerk, p) for p in comparison.original_photos}
            photo = next(Image.open(io.BytesIO(d.data)) for d in others if d.data not in used)
        else:
            photo = _retaken(documents.page_image(clerk, comparison.original_photos[0]))
        (page,) = documents.import_images(clerk, app_id, [photo], PageKind.RETURN_PHOTO,
                                          item_id=item.item_id,
                                          source_name=f"return-{item.position}.jpg").page_ids
        record = replace(original, kind=ExaminationKind.RETURN, cultural_value=None,
                         recommendation=None, pages=(PageLink(page, PageRole.OVERALL),))
        if index == 1:
            record = replace(record, measurements=tuple(
                Measurement(m.dimension, round(m.value * 0.85, 1), LengthUnit.CM)
                for m in original.measurements),
                condition_note=Bilingual("жаңа сызаттар", "новые царапины"))
        exams.save(member, item.item_id, record, None)
    log.info("return screens show application %s", row.number)
    return app_id


def tracking_list(ctx: Context) -> QWidget:
    """The clerk's list of exports abroad, overdue first, with the applicants' phones."""
    _export(ctx)
    window = MainWindow(ctx.session(staff_actor(ctx, Role.CLERK)))
    window.tabs.setCurrentWidget(window.tracking)
    return window


def tracking_ready(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    return widget.tracking.model.rowCount() > 0


def return_tab(ctx: Context) -> QWidget:
    """A member's Return tab of the returned export: every item back, checks pending."""
    app_id = _export(ctx)
    window = MainWindow(ctx.session(staff_actor(ctx, Role.MEMBER)))
    view = window.open_application(app_id)
    view.tabs.setCurrentIndex(Tab.RETURN)
    view.returns.select_item(_noted(ctx, app_id).item_id)
    return window


def _noted(ctx: Context, app_id: int) -> ItemReturnState:
    """The last item of the export registered with a note (the demo brought the first
    ones back without one)."""
    items = ctx.services.returns.items(staff_actor(ctx, Role.CLERK), app_id)
    return next(i for i in reversed(items) if i.note)


def note_dialog(ctx: Context) -> QWidget:
    """The clerk writes an item's note again, in Kazakh and in Russian."""
    return NoteDialog(_noted(ctx, _export(ctx)))


def comparison_dialog(ctx: Context) -> QWidget:
    """The member's check of the swapped item: its records and photos side by side."""
    app_id = _export(ctx)
    member = staff_actor(ctx, Role.MEMBER)
    second = ctx.services.returns.items(member, app_id)[1]
    dialog = ComparisonDialog(ctx.session(member), app_id, second)
    dialog.resize(*COMPARISON_SIZE)
    return dialog


def comparison_ready(widget: QWidget) -> bool:
    assert isinstance(widget, ComparisonDialog)
    return widget.similarity is not None
