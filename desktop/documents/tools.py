"""Page tools on images: rotate, crop, grayscale and deskew (pure Pillow, no database).

Deskew estimates the angle of the text lines with a projection profile: on a reduced,
binarised copy, the row sums of ink vary most (sharp peaks on lines, empty gaps between)
when the lines run exactly horizontal. The search tries every half degree over ±10°, then
refines to 0.1° and 0.02° around the best.
"""

from __future__ import annotations

import array
from collections.abc import Sequence

from PIL import Image

from desktop.documents.encode import WHITE
from desktop.documents.errors import PageEditError

__all__ = [
    "MAX_SKEW",
    "crop",
    "deskew",
    "estimate_skew",
    "grayscale",
    "otsu_threshold",
    "rotate",
]

MAX_SKEW = 10.0
"""Degrees either way that deskew searches: a page fed crookedly, not one turned sideways."""
_WORK_SIZE = 1000
_MIN_INK_SHARE = 0.002
_MIN_CROP = 16

_TRANSPOSE = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}


def rotate(img: Image.Image, degrees: int) -> Image.Image:
    """Turn the page counter-clockwise by 90, 180 or 270 degrees (clockwise with -90 …)."""
    turn = degrees % 360
    if turn not in _TRANSPOSE:
        raise PageEditError(f"a page turns by 90, 180 or 270 degrees, not {degrees}",
                            degrees, reason="angle")
    return img.transpose(_TRANSPOSE[turn])


def crop(img: Image.Image, box: Sequence[int]) -> Image.Image:
    """Keep the rectangle ``(left, top, right, bottom)``, in pixels of the page."""
    if len(box) != 4:
        raise PageEditError("a crop box has four numbers: left, top, right, bottom",
                            reason="crop_box")
    left, top, right, bottom = (int(v) for v in box)
    if left < 0 or top < 0 or right > img.width or bottom > img.height:
        raise PageEditError(
            f"the crop box {left, top, right, bottom} reaches outside the page "
            f"(0, 0, {img.width}, {img.height})", reason="crop_outside")
    if right - left < _MIN_CROP or bottom - top < _MIN_CROP:
        raise PageEditError(
            f"the crop box {left, top, right, bottom} is smaller than {_MIN_CROP}×{_MIN_CROP} "
            "pixels", _MIN_CROP, reason="crop_small")
    return img.crop((left, top, right, bottom))


def grayscale(img: Image.Image) -> Image.Image:
    if img.mode in ("1", "L"):
        raise PageEditError("the page is already in grayscale", reason="gray_already")
    return img.convert("L")


def otsu_threshold(gray: Image.Image) -> int:
    """The gray level that best separates ink from paper (Otsu's method)."""
    histogram = gray.histogram()[:256]
    total = sum(histogram)
    sum_all = sum(i * h for i, h in enumerate(histogram))
    best, threshold = -1.0, 128
    weight_b = sum_b = 0.0
    for level, count in enumerate(histogram):
        weight_b += count
        if weight_b == 0:
            continue
        weight_f = total - weight_b
        if weight_f == 0:
            break
        sum_b += level * count
        mean_b = sum_b / weight_b
        mean_f = (sum_all - sum_b) / weight_f
        between = weight_b * weight_f * (mean_b - mean_f) ** 2
        if between > best:
            best, threshold = between, level
    return threshold


def _profile_variance(ink: Image.Image, angle: float) -> float:
    turned = ink.rotate(angle, Image.Resampling.BILINEAR, fillcolor=0)
    rows = array.array("f", turned.resize((1, turned.height), Image.Resampling.BOX).tobytes())
    mean = sum(rows) / len(rows)
    return sum((v - mean) ** 2 for v in rows) / len(rows)


def estimate_skew(img: Image.Image) -> float:
    """The angle (degrees, counter-clockwise positive) the text lines are turned by.

    0.0 for a page without enough ink to tell (a blank page).
    """
    gray = img.convert("L")
    scale = min(1.0, _WORK_SIZE / max(gray.size))
    if scale < 1.0:
        gray = gray.resize((max(1, round(gray.width * scale)),
                            max(1, round(gray.height * scale))), Image.Resampling.BOX)
    threshold = otsu_threshold(gray)
    mask = gray.point(lambda v: 255 if v <= threshold else 0)
    ink_share = mask.histogram()[255] / (mask.width * mask.height)
    if ink_share < _MIN_INK_SHARE or ink_share > 0.5:
        return 0.0
    ink = mask.convert("F")
    best = max(range(-20, 21), key=lambda k: _profile_variance(ink, k / 2)) / 2
    for step, span in ((0.1, 5), (0.02, 5)):
        candidates = [best + k * step for k in range(-span, span + 1)]
        best = max(candidates, key=lambda a: _profile_variance(ink, a))
    return round(-best, 2)


def deskew(img: Image.Image, angle: float | None = None) -> tuple[Image.Image, float]:
    """The page turned back by its skew (estimated unless given), same size, white corners."""
    skew = estimate_skew(img) if angle is None else angle
    if abs(skew) > MAX_SKEW:
        raise PageEditError(f"a skew of {skew:.1f}° is beyond the ±{MAX_SKEW:.0f}° deskew "
                            "corrects; rotate the page first", f"{skew:.1f}",
                            f"{MAX_SKEW:.0f}", reason="skew")
    if abs(skew) < 0.01:
        return img, 0.0
    if img.mode == "1":
        turned = img.convert("L").rotate(-skew, Image.Resampling.BICUBIC, fillcolor=255)
        return turned.point(lambda v: 255 if v >= 128 else 0).convert("1"), skew
    return img.rotate(-skew, Image.Resampling.BICUBIC, fillcolor=WHITE[img.mode]), skew
