"""The identification annex of the conclusion: a page per item with its photos and its
Object ID description, so that a customs officer or the commission recognises the object.

Each page prints the item's overall view at least 9×12 cm (the size the EU export licence
asks of its photo), up to three detail photos under it and the description, all in the
document's language (the Kazakh and the Russian conclusion each have their annex). Its
running head names the conclusion, the item and the item's place among all of them
("item 2 of 3"), and the footer carries the document's digest, so a page cannot be swapped
unnoticed; the annex is part of the signed file.

The photos arrive prepared (:func:`print_pixels` gives the size to prepare them at) and are
embedded as they are, so a ten-item conclusion stays a few megabytes.
"""

from __future__ import annotations

from desktop.reports.data import AnnexPhoto, ConclusionData, ItemData
from desktop.reports.layout import COMPACT_TABLE, Sheet, Span
from desktop.reports.wording import Wording, decimal, short_date, wording

__all__ = ["PRINT_DPI", "add_annex", "print_pixels", "print_size"]

PRINT_DPI = 200
"""Resolution the annex photos are prepared at: sharp in print, small in the file."""
_MM_PER_INCH = 25.4
_OVERALL_LONG, _OVERALL_SHORT = 125.0, 90.0
"""The overall view's long side, and the least its short side may have (mm): 9×12 cm."""
_OVERALL_BOX = (170.0, 135.0)
"""The most the overall view may take (mm): the text width, and room for the rest."""
_DETAIL_BOX = (54.0, 38.0)
_GAP = 4.0
_CAPTION = 4.2
_LABEL_WIDTH = 56.0
_DASH = "—"


def print_size(width_px: int, height_px: int, role: str) -> tuple[float, float]:
    """The printed size (mm) of a photo of ``role``, its proportions kept.

    An overall view gets a long side of 125 mm, more when that leaves the short side under
    90 mm, so an ordinary photo prints at least 9×12 cm; only a very long one (over 1.9:1)
    is narrower, to stay on the page. A detail fills its small box.
    """
    if role == "overall":
        long_side, short_side = max(width_px, height_px), min(width_px, height_px)
        scale = max(_OVERALL_LONG / long_side, _OVERALL_SHORT / short_side)
        scale = min(scale, _OVERALL_BOX[0] / width_px, _OVERALL_BOX[1] / height_px)
    else:
        scale = min(_DETAIL_BOX[0] / width_px, _DETAIL_BOX[1] / height_px)
    return width_px * scale, height_px * scale


def print_pixels(width_px: int, height_px: int, role: str) -> tuple[int, int]:
    """The pixel size to prepare a photo at: its printed size at :data:`PRINT_DPI`, never
    more than the original has."""
    width_mm = print_size(width_px, height_px, role)[0]
    factor = min(1.0, width_mm / _MM_PER_INCH * PRINT_DPI / width_px)
    return max(1, round(width_px * factor)), max(1, round(height_px * factor))


def _caption(photo: AnnexPhoto, w: Wording) -> str:
    """What the photo shows, in the document's words (a member's note on a photo is their
    working note, in one language, and is not printed)."""
    parts = [w.codes[photo.role]]
    if photo.shows_scale:
        parts.append(w.with_scale)
    return ", ".join(parts)


def _description_rows(item: ItemData, lang: str) -> list[tuple[str, list[Span]]]:
    """Object ID's checklist, labelled in the document's language."""
    w = wording(lang)
    d = item.description

    def label(name: str) -> str:
        return str(getattr(w, name))

    def code(value: str | None) -> str:
        return w.codes[value] if value else ""

    size = "; ".join(f"{w.codes[m.dimension]} {decimal(m.value)} {w.codes[m.unit]}"
                     for m in d.measurements)
    if d.weight:
        size = "; ".join(p for p in (size, f"{w.weight.lower()} {decimal(d.weight.value)} "
                                           f"{w.codes[d.weight.unit]}") if p)
    rows = [
        ("object_type", d.object_type),
        ("title", d.title or item.name),
        ("subject", d.subject),
        ("material", "; ".join(p for p in (d.material, d.technique) if p)),
        ("dimensions", size),
        ("inscriptions", d.inscriptions),
        ("features", d.features),
        ("created", ", ".join(p for p in (d.dating, d.place_of_creation) if p)),
        ("maker", d.maker),
        ("completeness", code(d.completeness)),
        ("condition", "; ".join(p for p in (code(d.condition), d.condition_note) if p)),
        ("hazards", d.hazards),
        ("summary", d.summary),
    ]
    # The first five are Object ID's core and always print; the rest only when recorded.
    return [(label(name), [Span(value or _DASH)]) for i, (name, value) in enumerate(rows)
            if value or i < 5]


def _photo(sheet: Sheet, photo: AnnexPhoto, x: float, y: float, box: tuple[float, float],
           w: Wording) -> float:
    """``photo`` centred in ``box`` at (x, y) with its caption; returns the height used."""
    width, height = print_size(photo.width_px, photo.height_px, photo.role)
    sheet.image(photo.jpeg, x + (box[0] - width) / 2, y, width, height)
    caption = sheet.text_block([Span(_caption(photo, w))], x, y + height + 0.6, box[0],
                               size=7.5, align="C")
    return height + caption + 1.5


def _no_photo(sheet: Sheet, w: Wording) -> None:
    pdf = sheet.pdf
    height = 30.0
    top = pdf.get_y()
    pdf.set_draw_color(140, 140, 140)
    pdf.set_dash_pattern(dash=1.2, gap=0.8)
    pdf.rect(pdf.l_margin, top, pdf.epw, height)
    pdf.set_dash_pattern()
    sheet.text_block([Span(w.no_photo)], pdf.l_margin, top + height / 2 - 2.4, pdf.epw,
                     align="C")
    pdf.set_y(top + height + 3)


def _photos(sheet: Sheet, item: ItemData, w: Wording) -> None:
    """The overall view, with the details in a column beside it when it leaves room
    (an upright photo), else in a row under it."""
    pdf = sheet.pdf
    overall, details = item.overall_photo, item.detail_photos
    top = pdf.get_y()
    if overall is None:
        _no_photo(sheet, w)
        beside = False
    else:
        width, _height = print_size(overall.width_px, overall.height_px, "overall")
        beside = bool(details) and pdf.epw - width - _GAP >= _DETAIL_BOX[0]
        x = pdf.l_margin if beside else pdf.l_margin + (pdf.epw - width) / 2
        used = _photo(sheet, overall, x, top, (width, 0.0), w)
        pdf.set_y(top + used + 1.5)
    if not details:
        return
    if beside:
        x, y = pdf.l_margin + pdf.epw - _DETAIL_BOX[0], top
        for photo in details:
            y += _photo(sheet, photo, x, y, _DETAIL_BOX, w) + 1.5
        pdf.set_y(max(pdf.get_y(), y))
        return
    row_top = pdf.get_y()
    row_width = len(details) * _DETAIL_BOX[0] + (len(details) - 1) * _GAP
    x, lowest = pdf.l_margin + (pdf.epw - row_width) / 2, 0.0
    for photo in details:
        lowest = max(lowest, _photo(sheet, photo, x, row_top, _DETAIL_BOX, w))
        x += _DETAIL_BOX[0] + _GAP
    pdf.set_y(row_top + lowest + 1.5)


def add_annex(sheet: Sheet, data: ConclusionData) -> None:
    """The annex pages after the conclusion, when any item has photos for it: then every
    item gets its page, and an item without an overall view says so on it."""
    items = sorted(data.items, key=lambda item: item.position)
    if not any(item.has_photos for item in items):
        return
    w = wording(data.lang)
    total = len(items)
    reference = (f"{w.conclusion_title.capitalize()} № {data.number}, "
                 f"{short_date(data.date)}")
    for place, item in enumerate(items, start=1):
        head = (f"{w.annex_title}\n{reference}", w.annex_item.format(item=place, items=total))
        sheet.new_page(running_head=head)
        sheet.paragraph([Span(item.name, bold=True, prefix=f"{item.position}.")])
        sheet.space(2)
        _photos(sheet, item, w)
        rows = _description_rows(item, data.lang)
        sheet.keep_together(min(sheet.table_height(rows, _LABEL_WIDTH, COMPACT_TABLE),
                                sheet.usable_height))
        sheet.table(rows, label_width=_LABEL_WIDTH, style=COMPACT_TABLE)
        if place == total:
            sheet.space(3)
            sheet.paragraph([Span(f"{w.annex_note}.")])
