"""The physical floors: what this machine's libraries cannot do faster, and how close the
scan path and the signing path come to them.

- **Scan path**: decoding a 300 dpi A4 JPEG page with libjpeg-turbo (through Pillow): in
  full, in grayscale (what storing a form page needs), and at 1/8 scale with ``draft``
  (what the colour probe and the thumbnail need). The import row stores each page: its
  time per page is set against one full grayscale decode plus one reduced decode.
- **Signing path**: one RSA-2048 PKCS#1 v1.5 signature and one SHA-256 over the whole
  conclusion file, the only work a signature cannot avoid; the signing row is set against
  their sum.

The floors alternate with ours, as everywhere. These rows measure the machine: they have
no target of their own (the rows of the other scenarios, against the bare libraries, do);
they say how far the whole path is from what the hardware allows.
"""

from __future__ import annotations

import hashlib
import io
import statistics

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from cryptography.hazmat.primitives.serialization import pkcs12
from PIL import Image

from benchmarks.data import P12_PASSWORD, Workspace
from benchmarks.harness import Result, interleaved, peak_mb, spread_ms, timings_ms
from benchmarks.scenarios.fixtures import fresh_application
from desktop.domain.documents import PageKind
from desktop.reports import render_conclusion
from desktop.services.documents import DocumentService
from desktop.services.users import UserService
from desktop.signing import Pkcs12Key, SignatureRequest, sign_pdf
from desktop.storage.database import Database
from tests.support import report_samples as samples

IMPORT_TO_FLOOR = 4.0
"""Storing a page may cost up to four of its decodes (it also encodes, hashes, writes)."""
SIGN_CPU_MS = 250.0
"""A PDF signature's CPU time; its cryptographic floor is under a millisecond."""


def _decode(data: bytes, mode: str, scale: int) -> None:
    with Image.open(io.BytesIO(data)) as img:
        if scale > 1 or mode != img.mode:
            img.draft(mode, (img.width // scale, img.height // scale))
        img.load()


def _scan_rows(ws: Workspace, quick: bool) -> list[Result]:
    files = sorted(ws.scans.glob("a4-*.jpg"))[:5]
    pages = [p.read_bytes() for p in files]
    repeat = 5 if quick else 9
    rows = []
    megapixels = 0.0
    with Image.open(io.BytesIO(pages[0])) as img:
        megapixels = img.width * img.height / 1e6
    per_page: dict[str, float] = {}
    for label, mode, scale in (("in colour, full size", "RGB", 1),
                               ("in grayscale, full size", "L", 1),
                               ("in grayscale at 1/8 scale", "L", 8)):
        times = timings_ms(lambda m=mode, s=scale: [_decode(d, m, s) for d in pages], repeat)
        ms = statistics.median(times) / len(pages)
        per_page[label] = ms
        rows.append(Result(f"floor: decode an A4 300 dpi JPEG {label}", ms, None, None,
                           "— (this machine's floor)", peak_mb(), None,
                           f"({megapixels / (ms / 1000):.0f} MP/s, libjpeg-turbo via Pillow)",
                           spread_ms([t / len(pages) for t in times])))
    db = Database(ws.db_url)
    clerk = UserService(db).login("clerk", "Clerk-Demo-2026")
    documents = DocumentService(db)

    def ours() -> None:
        documents.import_files(clerk, fresh_application(db, clerk), files, PageKind.FORM, dpi=300)

    def floor() -> None:
        for data in pages:
            _decode(data, "L", 1)
            _decode(data, "L", 8)

    runs = interleaved(ours, floor, 3 if quick else 5)
    db.dispose()
    rows.append(runs.result_on_cpu(
        f"import {len(files)} A4 pages against the decode floor",
        f"ratio ≤ {IMPORT_TO_FLOOR:.0f} (CPU time)", IMPORT_TO_FLOOR,
        note="storing also encodes, hashes and writes each page; floor: a full and a 1/8 "
             "grayscale decode of each"))
    return rows


def _sign_row(ws: Workspace, quick: bool) -> Result:
    data = samples.photographed(3, "kk")
    rendered = render_conclusion(data).pdf
    key = Pkcs12Key(ws.p12, P12_PASSWORD)
    member = data.members[0]
    request = SignatureRequest(field_name=member.field, signer_name=member.name,
                               location=data.city)
    private, _cert, _more = pkcs12.load_key_and_certificates(ws.p12.read_bytes(),
                                                             P12_PASSWORD.encode())
    assert isinstance(private, rsa.RSAPrivateKey) and private.key_size == 2048

    def floor() -> None:
        digest = hashlib.sha256(rendered).digest()
        private.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))

    runs = interleaved(lambda: sign_pdf(rendered, key, request), floor, 5 if quick else 11)
    return runs.on_cpu().result(
        "sign against the floor: one RSA-2048 signature + SHA-256 of the file",
        f"≤ {SIGN_CPU_MS:.0f} ms of CPU (the ratio is the distance)", float("inf"),
        ms_target=SIGN_CPU_MS,
        note=f"(the file: {len(rendered) / 1e6:.1f} MB; a PDF signature also parses it, "
             "writes the update, embeds the chain and the stamp)")


def run(ws: Workspace, quick: bool) -> list[Result]:
    return [*_scan_rows(ws, quick), _sign_row(ws, quick)]
