"""The page layout both documents share: an A4 sheet with fpdf2, written as PDF/A-3b.

:class:`Sheet` knows the house style (margins, DejaVu Sans, the header with the QR code,
label/value rows, bordered tables, the signature block, the footer with the digest) and
pages by itself: every block is wrapped first, kept together when it fits on a page, and
split between lines otherwise, so no text runs past the bottom margin.
:meth:`Sheet.finish` embeds the JSON the digest is taken over, writes the PDF and lays out
the empty signature fields (an incremental update by :mod:`desktop.signing`).
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

import fpdf
import segno
from fpdf import FPDF
from fpdf.enums import MethodReturnValue

from desktop.reports.data import Signatory
from desktop.resources import font_path
from desktop.signing.fields import SignatureBox, add_signature_fields

__all__ = [
    "COMPACT_TABLE",
    "PDFA_CONFORMANCE",
    "PDFA_PART",
    "SIGNATURE_ROW",
    "TABLE",
    "RenderedPdf",
    "Sheet",
    "Span",
    "TableStyle",
]

log = logging.getLogger(__name__)

PDFA_PART, PDFA_CONFORMANCE = 3, "B"
"""PDF/A-3b: part 3 because the document carries its data as an embedded JSON file."""

_FONT = "DejaVu"
_LEFT, _RIGHT, _TOP, _BOTTOM = 25.0, 15.0, 15.0, 22.0
_BODY, _TINY = 10.0, 6.5
_LH = 4.8
"""Line height (mm) of body text."""
_PAD = 1.4
"""Inner padding (mm) of table cells."""
_QR = 26.0
_HEAD = 11.0
"""Height (mm) taken by the running head of a page."""
_BLACK, _GREY, _RULE, _SHADE = (0, 0, 0), (90, 90, 90), (140, 140, 140), (238, 238, 238)
_SIG_BOX = (58.0, 18.0)
"""Width and height (mm) of a signature place: about the shape of the signing layer's stamp."""
SIGNATURE_ROW = _SIG_BOX[1] + 6.5
"""Height (mm) of one person's row in the signature block."""
_CREATOR = "export-commission"
_PRODUCER = f"fpdf2 {fpdf.FPDF_VERSION}"


@dataclass(frozen=True)
class RenderedPdf:
    """The PDF, and the empty signature fields laid out in it (page 0-based, box in points
    from the lower left corner): each person signs "their" field by name."""

    pdf: bytes
    signature_fields: tuple[SignatureBox, ...]


@dataclass(frozen=True)
class Span:
    """A paragraph inside a cell: ``prefix`` hangs to the left of the wrapped ``text``."""

    text: str
    bold: bool = False
    prefix: str = ""


@dataclass(frozen=True)
class TableStyle:
    """Font sizes (pt) of a table's labels and values, and its line height (mm)."""

    label_size: float
    value_size: float
    leading: float


TABLE = TableStyle(9.0, _BODY, _LH)
"""The tables of the documents' body."""
COMPACT_TABLE = TableStyle(7.0, 8.5, 3.9)
"""A denser table, for the identification annex."""


@dataclass(frozen=True)
class _Line:
    text: str
    bold: bool
    dx: float = 0.0
    prefix: str = ""


class _Pdf(FPDF):
    """fpdf2 with our footer: the document and its digest, and the page number."""

    footer_title = ""
    footer_digest = ""
    page_format = "{page}/{pages}"
    running_head: tuple[str, str] = ("", "")
    """Left and right text (a line break in each allowed) at the top of every page added
    while it is set; the right one is bold."""

    def header(self) -> None:
        left, right = self.running_head
        if not (left or right):
            return
        self.set_text_color(*_GREY)
        for text, x, align, style in ((left, _LEFT, "L", ""),
                                      (right, _LEFT + self.epw * 0.6, "R", "B")):
            self.set_font(_FONT, style, 8)
            for i, line in enumerate(text.splitlines()[:2]):
                self.set_xy(x, _TOP + i * 3.6)
                self.cell(self.epw * 0.4 if align == "R" else self.epw * 0.6, 3.6, line,
                          align=align)
        self.set_draw_color(*_RULE)
        self.set_line_width(0.2)
        self.line(_LEFT, _TOP + 8.2, self.w - _RIGHT, _TOP + 8.2)
        self.set_text_color(*_BLACK)
        self.set_y(_TOP + _HEAD)

    def footer(self) -> None:
        top = self.h - _BOTTOM + 6
        self.set_draw_color(*_RULE)
        self.set_line_width(0.2)
        self.line(_LEFT, top, self.w - _RIGHT, top)
        self.set_text_color(*_GREY)
        self.set_font(_FONT, "", _TINY)
        self.set_xy(_LEFT, top + 1)
        self.cell(self.epw / 2, 3.2, self.footer_title)
        self.set_xy(_LEFT + self.epw / 2, top + 1)
        page = self.page_format.format(page=self.page_no(), pages=self.str_alias_nb_pages)
        self.cell(self.epw / 2, 3.2, page, align="R")
        self.set_xy(_LEFT, top + 4.2)
        self.cell(self.epw, 3.2, self.footer_digest)
        self.set_text_color(*_BLACK)


class Sheet:
    """One document being laid out, top to bottom."""

    def __init__(self, *, lang: str, footer_title: str, digest: str, page_format: str) -> None:
        pdf = _Pdf(orientation="P", unit="mm", format="A4",
                   enforce_compliance=f"PDF/A-{PDFA_PART}{PDFA_CONFORMANCE}")
        pdf.add_font(_FONT, "", str(font_path()))
        pdf.add_font(_FONT, "B", str(font_path(bold=True)))
        pdf.set_margins(_LEFT, _TOP, _RIGHT)
        pdf.set_auto_page_break(False)
        pdf.c_margin = 0
        pdf.allow_images_transparency = False  # nothing is transparent: no page group
        pdf.footer_title = footer_title
        pdf.footer_digest = f"SHA-256: {digest}"
        pdf.page_format = page_format
        pdf.set_lang(lang)
        pdf.add_page()
        self.pdf = pdf
        self._boxes: list[SignatureBox] = []
        self._wrapped: dict[tuple[tuple[Span, ...], float, float], list[_Line]] = {}

    # -- measuring and drawing lines ----------------------------------------------------

    @property
    def bottom(self) -> float:
        return self.pdf.h - _BOTTOM

    @property
    def top(self) -> float:
        """Where the content of the current page starts (below a running head)."""
        return _TOP + (_HEAD if any(self.pdf.running_head) else 0.0)

    @property
    def usable_height(self) -> float:
        return self.bottom - self.top

    def _font(self, bold: bool = False, size: float = _BODY) -> None:
        self.pdf.set_font(_FONT, "B" if bold else "", size)

    def wrap(self, spans: Sequence[Span], width: float, size: float = _BODY) -> list[_Line]:
        """``spans`` broken into lines no wider than ``width`` mm (measured once)."""
        key = (tuple(spans), width, size)
        if key in self._wrapped:
            return self._wrapped[key]
        lines: list[_Line] = []
        for span in spans:
            self._font(span.bold, size)
            indent = self.pdf.get_string_width(span.prefix + " ") if span.prefix else 0.0
            parts = cast(list[str], self.pdf.multi_cell(
                width - indent, _LH, span.text or "—", dry_run=True,
                output=MethodReturnValue.LINES, align="L"))
            for i, part in enumerate(parts):
                lines.append(_Line(part.rstrip(), span.bold, indent,
                                   span.prefix if i == 0 else ""))
        self._wrapped[key] = lines
        return lines

    def _draw_lines(self, x: float, y: float, width: float, lines: Sequence[_Line],
                    size: float = _BODY, align: str = "L", leading: float = _LH) -> None:
        for i, line in enumerate(lines):
            self._font(line.bold, size)
            if line.prefix:
                self.pdf.set_xy(x, y + i * leading)
                self.pdf.cell(line.dx, leading, line.prefix)
            self.pdf.set_xy(x + line.dx, y + i * leading)
            self.pdf.cell(width - line.dx, leading, line.text, align=align)

    def new_page(self, running_head: tuple[str, str] | None = None) -> None:
        """Start a page; ``running_head`` (left, right) replaces the head of this page and
        of the pages that follow (``("", "")``: none)."""
        if running_head is not None:
            self.pdf.running_head = running_head
        self.pdf.add_page()
        self.pdf.set_y(self.top)

    def space(self, height: float) -> None:
        """Vertical space, dropped at the top of a page."""
        if self.pdf.get_y() > self.top:
            self.pdf.set_y(min(self.pdf.get_y() + height, self.bottom))

    def keep_together(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit here (or would not fit anywhere)."""
        if self.pdf.get_y() + height > self.bottom and height <= self.usable_height \
                and self.pdf.get_y() > self.top:
            self.new_page()

    def image(self, jpeg: bytes, x: float, y: float, width: float, height: float) -> None:
        """A JPEG placed as it is (no re-encoding) in the box, with a thin frame."""
        self.pdf.image(io.BytesIO(jpeg), x=x, y=y, w=width, h=height)
        self.pdf.set_draw_color(*_RULE)
        self.pdf.set_line_width(0.2)
        self.pdf.rect(x, y, width, height)

    def text_height(self, spans: Sequence[Span], width: float, *, size: float = _BODY) -> float:
        """The height (mm) :meth:`text_block` takes for ``spans`` in ``width``."""
        return len(self.wrap(spans, width, size)) * _LH * size / _BODY

    def text_block(self, spans: Sequence[Span], x: float, y: float, width: float, *,
                   size: float = _BODY, align: str = "L") -> float:
        """``spans`` wrapped and drawn at a fixed place; returns the height used (mm)."""
        lines = self.wrap(spans, width, size)
        leading = _LH * size / _BODY
        self._draw_lines(x, y, width, lines, size, align=align, leading=leading)
        return len(lines) * leading

    # -- blocks -------------------------------------------------------------------------

    def header(self, *, body: str, commission: str, title: str, number: str,
               note: str, city: str, day: str, qr_text: str, department: str = "",
               subtitle: str = "") -> None:
        """Body, the department under it, commission, QR code, title, an optional subtitle,
        number, an optional note, city and date (empty lines are left out)."""
        pdf = self.pdf
        side = _QR + 4
        inner = pdf.epw - 2 * side
        self._qr(qr_text, pdf.w - _RIGHT - _QR, _TOP, _QR)
        y = _TOP + 1
        for text, bold, size in ((body, True, 11.0), (department, True, 9.5),
                                 (commission, False, 9.5)):
            if not text:
                continue
            lines = self.wrap([Span(text, bold)], inner, size)
            self._draw_lines(_LEFT + side, y, inner, lines, size, align="C")
            y += len(lines) * _LH + 1
        y = max(y, _TOP + _QR) + 3
        pdf.set_draw_color(*_BLACK)
        pdf.set_line_width(0.5)
        pdf.line(_LEFT, y, pdf.w - _RIGHT, y)
        pdf.set_line_width(0.15)
        pdf.line(_LEFT, y + 0.9, pdf.w - _RIGHT, y + 0.9)
        y += 7
        self._font(True, 15)
        pdf.set_xy(_LEFT, y)
        pdf.cell(pdf.epw, 7, title, align="C")
        if subtitle:
            y += 7
            lines = self.wrap([Span(subtitle, True)], pdf.epw, 11)
            self._draw_lines(_LEFT, y, pdf.epw, lines, 11, align="C")
            y += (len(lines) - 1) * _LH
        self._font(True, 12)
        pdf.set_xy(_LEFT, y + 8)
        pdf.cell(pdf.epw, 6, f"№ {number}", align="C")
        y += 15
        if note:
            pdf.set_text_color(*_GREY)
            lines = self.wrap([Span(note)], inner, 9)
            self._draw_lines(_LEFT + side, y, inner, lines, 9, align="C")
            pdf.set_text_color(*_BLACK)
            y += len(lines) * _LH
        y += 4
        self._font(False, _BODY)
        pdf.set_xy(_LEFT, y)
        pdf.cell(pdf.epw / 2, _LH, city)
        pdf.set_xy(_LEFT + pdf.epw / 2, y)
        pdf.cell(pdf.epw / 2, _LH, day, align="R")
        pdf.set_y(y + _LH + 6)

    def _qr(self, text: str, x: float, y: float, size: float) -> None:
        """``text`` as a QR code of vector squares (crisp at any zoom, no image)."""
        qr = segno.make_qr(text, error="m", encoding="utf-8", eci=True)
        matrix = qr.matrix
        module = size / len(matrix)
        self.pdf.set_fill_color(*_BLACK)
        for row, cells in enumerate(matrix):
            col = 0
            while col < len(cells):
                if not cells[col] & 1:
                    col += 1
                    continue
                start = col
                while col < len(cells) and cells[col] & 1:
                    col += 1
                self.pdf.rect(x + start * module, y + row * module,
                              (col - start) * module, module, style="F")

    def heading(self, text: str, *, keep: float = 0.0) -> None:
        """A bold line; ``keep`` mm of what follows stay on its page with it."""
        self.space(2)
        self.keep_together(_LH + keep)
        lines = self.wrap([Span(text, True)], self.pdf.epw)
        self.rows([(self.pdf.epw, lines, False)])

    def paragraph(self, spans: Sequence[Span], *, indent: float = 0.0) -> None:
        lines = self.wrap(spans, self.pdf.epw - indent)
        self.rows([(self.pdf.epw - indent, lines, False)], x=_LEFT + indent)

    def field(self, label: str, spans: Sequence[Span], *, label_width: float = 62.0) -> None:
        """A numbered point of the form: the label on the left, its value on the right."""
        value_width = self.pdf.epw - label_width - 3
        label_lines = self.wrap([Span(label + ":", True)], label_width)
        value_lines = self.wrap(spans, value_width)
        self.space(1.2)
        self.rows([(label_width, label_lines, False), (3, [], False),
                   (value_width, value_lines, False)])

    def _table_lines(self, label: str, spans: Sequence[Span], label_width: float,
                     style: TableStyle) -> tuple[list[_Line], list[_Line]]:
        value_width = self.pdf.epw - label_width
        return (self.wrap([Span(label)], label_width - 2 * _PAD, style.label_size),
                self.wrap(spans, value_width - 2 * _PAD, style.value_size))

    def table_height(self, rows: Sequence[tuple[str, Sequence[Span]]], label_width: float,
                     style: TableStyle = TABLE) -> float:
        return sum(
            max(map(len, self._table_lines(label, spans, label_width, style))) * style.leading
            + 2 * _PAD
            for label, spans in rows
        )

    def table(self, rows: Sequence[tuple[str, Sequence[Span]]], *,
              label_width: float = 58.0, style: TableStyle = TABLE) -> None:
        """A bordered two-column table: shaded labels, values beside them."""
        value_width = self.pdf.epw - label_width
        for label, spans in rows:
            label_lines, value_lines = self._table_lines(label, spans, label_width, style)
            self.rows([(label_width, label_lines, True), (value_width, value_lines, False)],
                      border=True, style=style)

    def rows(self, cells: Sequence[tuple[float, Sequence[_Line], bool]], *,
             x: float = _LEFT, border: bool = False, style: TableStyle | None = None) -> None:
        """Side-by-side cells (width, lines, shaded), split between pages by whole lines."""
        pdf = self.pdf
        pad = _PAD if border else 0.0
        style = style or TableStyle(_BODY, _BODY, _LH)
        leading = style.leading
        total = max((len(lines) for _w, lines, _s in cells), default=0)
        done = 0
        while done < total:
            fit = math.floor((self.bottom - pdf.get_y() - 2 * pad) / leading)
            if fit < min(2, total - done):
                self.new_page()
                continue
            take = min(fit, total - done)
            top, height = pdf.get_y(), take * leading + 2 * pad
            left = x
            for width, lines, shaded in cells:
                if shaded:
                    pdf.set_fill_color(*_SHADE)
                    pdf.rect(left, top, width, height, style="F")
                if border:
                    pdf.set_draw_color(*_RULE)
                    pdf.set_line_width(0.2)
                    pdf.rect(left, top, width, height)
                size = style.label_size if shaded else style.value_size
                self._draw_lines(left + pad, top + pad, width - 2 * pad,
                                 lines[done:done + take], size, leading=leading)
                left += width
            pdf.set_y(top + height)
            done += take

    def signatures(self, groups: Sequence[tuple[str, Sequence[Signatory]]], *,
                   caption: str, seal: str, locked: str) -> None:
        """Each group (a label, the people under it): a signature place and a name each.

        A group stays on one page when it fits there, and a person's row is never split.
        The empty field of ``locked`` (the one who signs last) locks all fields.
        """
        pdf = self.pdf
        box_w, box_h = _SIG_BOX
        label_w, gap = 48.0, 5.0
        name_x = _LEFT + label_w + box_w + gap
        name_w = pdf.w - _RIGHT - name_x
        self.space(5)
        for label, members in groups:
            self.keep_together(len(members) * SIGNATURE_ROW)
            for i, person in enumerate(members):
                lines = self.wrap([Span(label + ":", True)], label_w - 3) if i == 0 else []
                row = max(SIGNATURE_ROW, len(lines) * _LH + 7.5)  # a long title, the seal
                self.keep_together(row)
                top = pdf.get_y()
                if lines:
                    self._draw_lines(_LEFT, top, label_w - 3, lines)
                self._signature_place(person, _LEFT + label_w, top, locked=person.field == locked,
                                      role=label)
                pdf.set_text_color(*_GREY)
                self._font(False, 7)
                pdf.set_xy(_LEFT + label_w, top + box_h + 0.4)
                pdf.cell(box_w, 3.2, caption, align="C")
                pdf.set_text_color(*_BLACK)
                lines = self.wrap([Span(person.name, True)], name_w)
                self._draw_lines(name_x, top + (box_h - len(lines) * _LH) / 2, name_w, lines)
                pdf.set_y(top + row)
        self._font(False, 9)
        pdf.set_text_color(*_GREY)
        pdf.set_xy(_LEFT, pdf.get_y() - 6.5)
        pdf.cell(label_w, _LH, seal)
        pdf.set_text_color(*_BLACK)

    def _signature_place(self, person: Signatory, x: float, y: float, *, locked: bool,
                         role: str) -> None:
        pdf = self.pdf
        box_w, box_h = _SIG_BOX
        pdf.set_draw_color(*_RULE)
        pdf.set_line_width(0.25)
        pdf.set_dash_pattern(dash=1.2, gap=0.8)
        pdf.rect(x, y, box_w, box_h)
        pdf.set_dash_pattern()
        k = pdf.k
        box = (x * k, (pdf.h - y - box_h) * k, (x + box_w) * k, (pdf.h - y) * k)
        self._boxes.append(SignatureBox(person.field, pdf.page_no() - 1,
                                        tuple(round(v, 2) for v in box),  # type: ignore[arg-type]
                                        lock=locked, expected=f"{role}: {person.name}",
                                        expected_iin=person.iin))

    # -- the file -----------------------------------------------------------------------

    def finish(self, *, title: str, author: str, attachment: bytes, attachment_name: str,
               created: datetime | None) -> RenderedPdf:
        """The PDF/A file with ``attachment`` embedded and the empty signature fields.

        fpdf2 writes the XMP metadata with the PDF/A identification; laying out the fields
        (pyHanko) rewrites it in the update, keeping the identification and the creation
        date and stamping its own producer and modification time.
        """
        pdf = self.pdf
        when = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        pdf.set_title(title)
        pdf.set_author(author)
        pdf.set_creator(_CREATOR)
        pdf.set_producer(_PRODUCER)
        pdf.set_creation_date(when)
        pdf.embed_file(bytes=attachment, basename=attachment_name, mime_type="application/json",
                       associated_file_relationship="Source", modification_date=when,
                       creation_date=when, desc="The document's data; its SHA-256 is in the "
                                                "QR code")
        raw = bytes(pdf.output())
        log.debug("rendered %s: %d pages, %d bytes", title, pdf.pages_count, len(raw))
        return RenderedPdf(add_signature_fields(raw, self._boxes), tuple(self._boxes))

