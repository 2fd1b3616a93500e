"""PDFs built to exhaust a verifier: thousands of incremental updates, arrays nested
thousands deep. Written by hand, byte for byte, as an attacker would."""

from __future__ import annotations

import re
from io import BytesIO

from pyhanko.pdf_utils.reader import PdfFileReader


def _tail(pdf: bytes) -> tuple[int, int, int]:
    """The catalogue's object number, the trailer's /Size and the last xref's offset."""
    reader = PdfFileReader(BytesIO(pdf))
    root = reader.trailer.raw_get("/Root")
    return root.idnum, int(reader.trailer["/Size"]), int(
        re.findall(rb"startxref\s+(\d+)", pdf)[-1])


def _update(out: bytearray, number: int, body: bytes, size: int, root: int, prev: int) -> int:
    """Append object *number* as one incremental update; the offset of its xref."""
    offset = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += (b"xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (number, offset, size, root, prev, xref))
    return xref


def with_updates(pdf: bytes, count: int) -> bytes:
    """*pdf* followed by *count* incremental updates, each adding one small object."""
    root, size, prev = _tail(pdf)
    out = bytearray(pdf)
    for i in range(count):
        prev = _update(out, size + i, b"<< /Junk %d >>" % i, size + i + 1, root, prev)
    return bytes(out)


def with_deep_catalogue(pdf: bytes, depth: int = 50_000) -> bytes:
    """*pdf* whose catalogue, rewritten in an update, holds arrays nested *depth* deep."""
    root, size, prev = _tail(pdf)
    catalogue = PdfFileReader(BytesIO(pdf)).root
    pages = catalogue.raw_get("/Pages").idnum
    body = b"<< /Type /Catalog /Pages %d 0 R /Deep %s%s >>" % (pages, b"[" * depth,
                                                                 b"]" * depth)
    out = bytearray(pdf)
    _update(out, root, body, size, root, prev)
    return bytes(out)
