"""The data the scenarios work on, generated once into a work folder."""

from __future__ import annotations

import io
import logging
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from benchmarks.harness import run_command
from desktop.services.demo_keys import DemoSigner, make_demo_pki

log = logging.getLogger(__name__)

A4_300 = (2480, 3508)
A3_600 = (7016, 9921)
SIGNER_IIN = "791028302728"
P12_PASSWORD = "bench-2026"


@dataclass(frozen=True)
class Workspace:
    root: Path

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.root / 'bench.sqlite3'}"

    @property
    def scans(self) -> Path:
        return self.root / "scans"

    @property
    def p12(self) -> Path:
        return self.root / "signer.p12"

    @property
    def root_cert(self) -> Path:
        return self.root / "root.pem"


def _page(size: tuple[int, int], seed: int) -> Image.Image:
    """A scan-like page: off-white paper, lines of 'text', a little noise, a label."""
    rng = random.Random(seed)
    img = Image.new("L", (size[0] // 4, size[1] // 4), 246)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    y = h // 12
    while y < h - h // 12:
        x = w // 10
        while x < w - w // 10:
            word = rng.randrange(w // 40, w // 10)
            draw.rectangle((x, y, x + word, y + max(2, h // 160)), fill=rng.randrange(20, 90))
            x += word + w // 60
        y += h // 45
    draw.text((w // 10, h // 20), f"page {seed}", fill=0)
    big = img.resize(size, Image.Resampling.BILINEAR).convert("RGB")
    noise = Image.effect_noise(size, 12).convert("RGB")
    return Image.blend(big, noise, 0.08)


def _jpeg(img: Image.Image, dpi: int) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, dpi=(dpi, dpi))
    return out.getvalue()


def make_scans(ws: Workspace, a4: int, a3: int) -> None:
    ws.scans.mkdir(parents=True, exist_ok=True)
    for i in range(a4):
        path = ws.scans / f"a4-{i:02d}.jpg"
        if not path.exists():
            path.write_bytes(_jpeg(_page(A4_300, i), 300))
    for i in range(a3):
        path = ws.scans / f"a3-{i:02d}.jpg"
        if not path.exists():
            path.write_bytes(_jpeg(_page(A3_600, 1000 + i), 600))


def make_pki(ws: Workspace) -> None:
    """One signer (IIN in the subject serial number) as a .p12, and its root."""
    if ws.p12.exists():
        return
    make_demo_pki(ws.root, [DemoSigner("signer", "Байжанов Нұрлан", SIGNER_IIN, P12_PASSWORD)])


def demo_signatures(ws: Workspace) -> int:
    """How many signatures the demo generator made (its audit event says)."""
    from sqlalchemy import select

    from desktop.models.audit import AuditEvent
    from desktop.storage.database import Database

    db = Database(ws.db_url)
    with db.read() as s:
        after = s.execute(select(AuditEvent.after).where(AuditEvent.action == "demo.generate")
                          .order_by(AuditEvent.seq.desc()).limit(1)).scalar_one_or_none()
    db.dispose()
    return int((after or {}).get("signatures", 0))


def make_database(ws: Workspace, applications: int) -> tuple[float, float | None]:
    """Fill the benchmark database with the demo generator; the seconds it took, on the
    wall clock and in CPU (the generator's and its signing processes'; None when an
    earlier version made it without counting)."""
    path = ws.root / "bench.sqlite3"
    marker = ws.root / f"bench-{applications}.done"
    if marker.exists():
        from desktop.storage.database import Database

        db = Database(ws.db_url)  # made by an earlier version: brought up to date
        db.migrate()
        db.dispose()
        wall, _, cpu = marker.read_text().partition(" ")
        return float(wall), float(cpu) if cpu else None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    wall_ms, cpu_ms = run_command([sys.executable, "-m", "desktop", "--db", ws.db_url,
                                   "demo-data", "--applications", str(applications)],
                                  dict(os.environ))
    marker.write_text(f"{wall_ms / 1000:.3f} {cpu_ms / 1000:.3f}")
    return wall_ms / 1000, cpu_ms / 1000
