"""Small PDFs for the signing tests, written with pyHanko's own writer."""

from __future__ import annotations

from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter

TITLE = b"Conclusion No. 42"


def _content(text: bytes) -> bytes:
    return b"BT /F1 18 Tf 72 760 Td (" + text + b") Tj ET"


def simple_pdf(pages: int = 1, lang: str | None = None) -> bytes:
    """An A4 document with one line of Helvetica text on each page, declaring the natural
    language *lang* (/Lang) when one is given."""
    writer = PdfFileWriter()
    if lang is not None:
        writer.root[pdf_name("/Lang")] = generic.TextStringObject(lang)
    font = writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"),
        pdf_name("/Subtype"): pdf_name("/Type1"),
        pdf_name("/BaseFont"): pdf_name("/Helvetica"),
    }))
    for number in range(pages):
        text = TITLE + (b", page %d" % (number + 1) if number else b"")
        writer.insert_page(PageObject(
            contents=writer.add_object(generic.StreamObject(stream_data=_content(text))),
            media_box=generic.ArrayObject(generic.NumberObject(v) for v in (0, 0, 595, 842)),
            resources=generic.DictionaryObject({
                pdf_name("/Font"): generic.DictionaryObject({pdf_name("/F1"): font}),
            }),
        ))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def replace_page_text(pdf: bytes, text: bytes) -> bytes:
    """``pdf`` plus an incremental update that rewrites the first page's content."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    page_ref, _resources = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    page[pdf_name("/Contents")] = writer.add_object(
        generic.StreamObject(stream_data=_content(text)))
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
