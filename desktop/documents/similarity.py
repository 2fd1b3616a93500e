"""How alike two photos of an item look: an aid for the return check, never its verdict.

When exported valuables come back, a member compares the photos taken at the examination
with new photos of the returned item. :func:`compare` scores such a pair with perceptual
hashes (pHash). Each photo is taken in grayscale without the outer 5 % of each side (where
a turned or re-framed photo differs most), reduced to a 32×32 thumbnail whose histogram is
equalised (so re-lighting, brightness and contrast hardly matter), and a 2-D DCT-II of the
thumbnail is taken. Its top-left 8×8 block of low frequencies becomes the 64-bit hash, one
bit per coefficient, set when the coefficient is above the median of the 63 of them that
are not the DC term. The DC term (the mean brightness, which equalisation fixes anyway)
takes no part: its bit is always set, so the hash keeps pHash's usual 8×8 layout. Photos of
the same object differ in a few bits; unrelated photos in about half of them.

The returned item may be photographed turned or mirrored, so the new photo's hash is taken
in all eight orientations (turns of 0, 90, 180 and 270 degrees, each also mirrored) and the
closest one counts. The eight come from one DCT: mirroring the thumbnail changes the sign of
the odd frequencies across the mirror, transposing it swaps the two frequency axes. A turn
of a few degrees, a rescaled or slightly cropped photo and a JPEG re-encoding keep most bits.

The hash sees the whole picture squeezed to a square, and only its coarse layout of light
and dark: a photo framed very differently (the item small in one, filling the other), on
another background, or a partial view lowers the score although the item is the same, and
two different objects of a similar shape photographed alike can score as alike. That is why
the result only points the member to pairs worth a closer look; the member looks at the
photos side by side and decides.

Plain Python and Pillow: no numpy, no Qt. A comparison of two 24-megapixel JPEGs takes a
small fraction of a second, because libjpeg decodes them straight to grayscale at 1/8 scale.
"""

from __future__ import annotations

import io
import math
import statistics
from dataclasses import dataclass
from typing import cast

from PIL import Image, ImageOps

from desktop.documents.decode import pillow_guard
from desktop.documents.errors import UnreadablePhoto

__all__ = [
    "DIFFERS_BELOW",
    "HASH_BITS",
    "MAX_PIXELS",
    "METHOD",
    "Similarity",
    "compare",
    "hamming",
    "orientation_hashes",
    "photo_hash",
    "score_for",
]

HASH_BITS = 64
METHOD = "pHash 64-bit DCT, best of 8 orientations"
"""How the score is made, in words the interface shows next to it."""

DIFFERS_BELOW = 0.45
"""Below this score two photos differ far more than photos of the same object usually do.

The score is ``1 - distance / 32``: 1 for equal hashes, 0 at 32 differing bits, the level
of unrelated pictures. Both hashes have 32 bits set (the DC term's and the 31 coefficients
above the median), so distances are even and scores go in steps of 1/16: 0.45 lies between
16 bits (0.5, alike) and 18 bits (0.4375, differs).

Calibrated on the generated objects of ``tests/documents/objects.py`` (the test
``tests/documents/test_similarity.py`` checks a part of it). Objects 1 to 25, each
"photographed again" in 14 ways (the same file re-encoded; turned by 90°, 180°, 270° and
mirrored; rotated by 5° and -4° in the same frame; rescaled by 0.6 and 2.2; brightness ×1.3;
contrast ×0.7; darker with more contrast; cropped by 2–5 %; JPEG quality 40; turned, rotated
by 3°, brighter and smaller at once): distances 0 to 16, scores 1.0 to 0.5, all but one at
most 12 bits (0.625); the one at 16 was a 5° rotation. Objects 1 to 40, all 780 pairs of
different ones, in the closest of the 8 orientations: distances 12 to 34, median 26 (score
0.19); 3 pairs (0.4 %) were 16 bits apart or less (two round green objects at 12) and would
pass as alike, 13 more were 18 bits apart. The threshold sits just above the worst
re-photographed object: a pair flagged differs more than any re-photograph did.
"""

MAX_PIXELS = 80_000_000
"""Largest photo accepted (width × height), checked on the header before decoding."""

_SIDE = 32
"""The thumbnail the DCT is taken of."""
_LOW = 8
"""The block of low frequencies kept: 0 to 7 in each direction."""
_MARGIN = 0.05
"""The share of each side left out before hashing."""
_DRAFT = (256, 256)
"""JPEGs decode at the smallest 1/2, 1/4 or 1/8 scale still at least this large."""
_FORMATS = ("JPEG", "PNG")  # JPEG covers MPO (camera JPEGs with previews)


def _cosine_table() -> tuple[tuple[float, ...], ...]:
    """``C[u][x] = cos(π (2x + 1) u / 2N)`` for u in 0..7, x in 0..N-1 (N = 32).

    The DCT-II's scale factors are left out: every kept coefficient has the same one, and a
    common factor moves neither the median nor which side of it a coefficient lies.
    """
    return tuple(
        tuple(math.cos(math.pi * (2 * x + 1) * u / (2 * _SIDE)) for x in range(_SIDE))
        for u in range(_LOW)
    )


_COS = _cosine_table()


@dataclass(frozen=True)
class Similarity:
    """How alike an original photo and a new photo of the returned item look."""

    score: float
    """0 to 1: 1 for the same picture, 0 when no more alike than unrelated pictures."""
    method: str
    """How the score was made (:data:`METHOD`), to show with it."""
    distance: int
    """Differing bits of the two 64-bit hashes, in the new photo's closest orientation."""
    differs: bool
    """The score is below :data:`DIFFERS_BELOW`: worth a closer look, not a verdict."""


def _thumbnail(data: bytes, name: str) -> list[float]:
    """The photo as 32×32 equalised gray levels, row by row, upright as EXIF says."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"photo data must be bytes, not {type(data).__name__}")
    if not data:
        raise UnreadablePhoto(name, "the file is empty", reason="empty")
    with pillow_guard(name, UnreadablePhoto, "JPEG, PNG"), \
            Image.open(io.BytesIO(data), formats=_FORMATS) as img:
        if img.width * img.height > MAX_PIXELS:
            megapixels, limit = f"{img.width * img.height / 1e6:.0f}", MAX_PIXELS // 1_000_000
            raise UnreadablePhoto(
                name, f"the image is {img.width}×{img.height} pixels, more than the limit of "
                f"{limit} megapixels", img.width, img.height, megapixels, limit,
                reason="too_many_pixels")
        if img.format in ("JPEG", "MPO"):
            img.draft("L", _DRAFT)  # libjpeg skips colour and decodes at a reduced scale
        img.load()  # the whole image: a truncated file fails here
        small = ImageOps.exif_transpose(img)
        if small.mode in ("RGBA", "LA", "PA") or "transparency" in small.info:
            # A cut-out object on a transparent background: see it on white.
            rgba = small.convert("RGBA")
            white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            small = Image.alpha_composite(white, rgba)
        elif small.mode in ("I", "F") or small.mode.startswith("I;16"):
            # 16-bit gray levels would clip to white in "L": stretch their range over 8 bits.
            small = small.convert("I").convert("F")
            low, high = cast("tuple[float, float]", small.getextrema())  # one band
            scale = 255 / (high - low) if high > low else 0.0
            small = small.point(lambda v: v * scale - low * scale)
        width, height = small.size
        inner = (width * _MARGIN, height * _MARGIN, width * (1 - _MARGIN),
                 height * (1 - _MARGIN))
        # A box filter down to about 64 pixels, then Lanczos to the 32×32 thumbnail.
        gray = small.convert("L").resize((_SIDE, _SIDE), Image.Resampling.LANCZOS,
                                         box=inner, reducing_gap=2.0)
        thumb = ImageOps.equalize(gray)
    return [float(v) for v in thumb.tobytes()]


def _low_frequencies(pixels: list[float]) -> list[list[float]]:
    """``D[v][u]``: the DCT-II of the 32×32 thumbnail at vertical frequency v and horizontal
    frequency u, both 0..7, up to a common scale factor."""
    n = _SIDE
    rows = [pixels[y * n:(y + 1) * n] for y in range(n)]
    # Along each row first (32 rows × 8 frequencies), then down the columns of that:
    # 10,240 multiplications instead of the 65,536 of the direct double sum.
    along = [[sum(c * p for c, p in zip(cu, row, strict=True)) for cu in _COS] for row in rows]
    # Rounded, so that a flat picture's coefficients are zeros, not floating-point noise.
    return [[round(sum(cv[y] * along[y][u] for y in range(n)), 6) for u in range(_LOW)]
            for cv in _COS]


def _bits(block: list[list[float]]) -> int:
    """One bit per coefficient, row by row from the most significant: set when it is above
    the median of the 63 that are not the DC term. The DC term's bit, the first, is always
    set (the DC term is the largest coefficient of any picture that is not black)."""
    values = [v for row in block for v in row][1:]
    median = statistics.median(values)
    result = 1
    for value in values:
        result = (result << 1) | (value > median)
    return result


def _orientations(block: list[list[float]]) -> list[list[list[float]]]:
    """The coefficient block of the thumbnail in its 8 orientations, the identity first.

    Mirroring left-right multiplies the odd horizontal frequencies by -1 (``cos`` of the
    mirrored position is ``(-1)^u`` times the original), mirroring top-bottom the odd
    vertical ones, and transposing the thumbnail transposes the block; together they give
    all 8 symmetries of the square.
    """
    sign = [-1.0 if f % 2 else 1.0 for f in range(_LOW)]
    result = []
    for transpose in (False, True):
        base = [list(col) for col in zip(*block, strict=True)] if transpose else block
        for flip_x in (False, True):
            for flip_y in (False, True):
                result.append([
                    [value * (sign[u] if flip_x else 1.0) * (sign[v] if flip_y else 1.0)
                     for u, value in enumerate(row)]
                    for v, row in enumerate(base)
                ])
    return result


def photo_hash(data: bytes, *, name: str = "photo") -> int:
    """The 64-bit perceptual hash of a JPEG or PNG photo, as it is shown (EXIF upright).

    Raises :class:`UnreadablePhoto` (naming *name* and the reason) when *data* is not a
    readable JPEG or PNG image.
    """
    return _bits(_low_frequencies(_thumbnail(data, name)))


def orientation_hashes(data: bytes, *, name: str = "photo") -> tuple[int, ...]:
    """The photo's hash in its 8 orientations; the first is :func:`photo_hash`."""
    block = _low_frequencies(_thumbnail(data, name))
    return tuple(_bits(b) for b in _orientations(block))


def hamming(a: int, b: int) -> int:
    """How many of the 64 bits of two hashes differ."""
    return (a ^ b).bit_count()


def score_for(distance: int) -> float:
    """The score of two hashes *distance* bits apart: 1 when equal, 0 at half the bits.

    Unrelated pictures differ in about half the bits (32), so 0 means "no more alike than
    chance"; beyond that the score stays 0.
    """
    if not 0 <= distance <= HASH_BITS:
        raise ValueError(f"a distance of {distance} bits is outside 0..{HASH_BITS}")
    return max(0.0, 1.0 - distance / (HASH_BITS / 2))


def compare(original: bytes, new: bytes) -> Similarity:
    """How alike the examination's *original* photo and the *new* photo of the returned item
    look, the new one taken in its closest orientation.

    Raises :class:`UnreadablePhoto` naming which photo (``original`` or ``new``) is not a
    readable JPEG or PNG image, and why.
    """
    reference = photo_hash(original, name="original")
    candidates = orientation_hashes(new, name="new")
    distance = min(hamming(reference, h) for h in candidates)
    score = score_for(distance)
    return Similarity(score=score, method=METHOD, distance=distance,
                      differs=score < DIFFERS_BELOW)
