"""Generated test files: text pages, photos, EXIF-rotated JPEGs, TIFFs, PDFs and bad files."""

from __future__ import annotations

import io
import random
import struct
import zlib
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from desktop.domain.regions import resources_dir

A4_150 = (1240, 1754)
WORDS = (
    "Қорытынды", "комиссия", "мәдени", "құндылықтарды", "уақытша", "әкету", "туралы",
    "сараптама", "Заключение", "экспертной", "комиссии", "о", "временном", "вывозе",
    "культурных", "ценностей",
)


@cache
def font(size: int = 26) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources_dir() / "fonts" / "DejaVuSans.ttf"), size)


def text_page(size: tuple[int, int] = A4_150, seed: int = 1, mode: str = "L") -> Image.Image:
    """A page of typed lines, like a scanned form."""
    rng = random.Random(seed)
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    scale = size[0] / A4_150[0]
    f = font(max(8, round(26 * scale)))
    y = round(150 * scale)
    while y < size[1] - round(150 * scale):
        line = " ".join(rng.choice(WORDS) for _ in range(7))
        draw.text((round(120 * scale), y), line[:60], font=f, fill=0)
        y += round(44 * scale)
    return img.convert(mode)


def photo(size: tuple[int, int] = (900, 600), seed: int = 1) -> Image.Image:
    """A colourful picture: a marker in the top-left corner shows which way is up."""
    rng = random.Random(seed)
    img = Image.new("RGB", size, (200, 200, 196))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = tuple(rng.randrange(40, 230) for _ in range(3))
        draw.ellipse((x - 60, y - 40, x + 60, y + 40), fill=colour)
    draw.rectangle((0, 0, 80, 80), fill=(220, 20, 20))
    return img


def jpeg_bytes(img: Image.Image, dpi: int | None = None, orientation: int | None = None,
               quality: int = 90) -> bytes:
    out = io.BytesIO()
    kwargs: dict[str, object] = {"quality": quality}
    if dpi:
        kwargs["dpi"] = (dpi, dpi)
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        kwargs["exif"] = exif
    img.save(out, "JPEG", **kwargs)
    return out.getvalue()


def png_bytes(img: Image.Image, dpi: int | None = None) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return out.getvalue()


def tiff_bytes(frames: list[Image.Image], dpi: int = 300) -> bytes:
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], dpi=(dpi, dpi),
                   compression="tiff_lzw")
    return out.getvalue()


def pdf_bytes(pages: list[Image.Image], resolution: float = 72.0) -> bytes:
    """A PDF whose pages measure the images' pixel size at *resolution* dpi."""
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=resolution)
    return out.getvalue()


def encrypted_pdf_bytes(password: str = "secret") -> bytes:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    plain = pdf_bytes([Image.new("RGB", (144, 216), "white")])
    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(plain), strict=False))
    writer.encrypt(password, password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_bomb_bytes(width: int = 50_000, height: int = 50_000) -> bytes:
    """A valid PNG header that claims a huge image, with almost no data behind it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
