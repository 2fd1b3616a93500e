"""The return check's similarity aid on two camera-sized JPEGs, against the bare decode.

The floor is what any perceptual comparison must do at least: decode both files, reduced,
in grayscale (Pillow's JPEG ``draft``). Ours adds the eight orientations and the DCTs.
"""

from __future__ import annotations

import io

from PIL import Image, ImageEnhance

from benchmarks.data import Workspace
from benchmarks.harness import Result, interleaved
from desktop.documents.similarity import compare

TARGET_MS = 500.0
SIZE = (6000, 4000)


def _photo(seed: int) -> Image.Image:
    """A 24 MP "camera" photo: an object on a gradient with sensor grain."""
    backdrop = Image.linear_gradient("L").resize(SIZE).convert("RGB")
    grain = Image.effect_noise(SIZE, 60).convert("RGB")
    image = Image.blend(backdrop, grain, 0.15)
    image.paste((120 + seed, 60, 40), (1500, 900, 4500, 3300))
    return image


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _floor(files: tuple[bytes, bytes]) -> None:
    for data in files:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("L", (256, 256))
            image.load()


def run(_ws: Workspace, quick: bool) -> list[Result]:
    photo = _photo(1)
    files = (_jpeg(photo, 92), _jpeg(ImageEnhance.Brightness(photo).enhance(1.1), 85))
    repeat = 3 if quick else 7
    runs = interleaved(lambda: compare(*files), lambda: _floor(files), repeat)
    result = runs.result("return check: similarity of two 24 MP JPEGs",
                         f"≤ {TARGET_MS:.0f} ms", float("inf"), ms_target=TARGET_MS,
                         note="floor: decoding both at 1/8 scale, grayscale")
    return [result]
