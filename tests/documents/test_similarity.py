"""The photo similarity aid of the return check, calibrated on generated objects.

Each seed makes a different made-up object (:mod:`tests.support.objects`).
"Re-photographing" it (turned, rescaled, re-lit, cropped, re-encoded) must keep it alike;
other objects must score below :data:`DIFFERS_BELOW`.
"""

from __future__ import annotations

import io
import itertools
import logging
from collections.abc import Callable

import pytest
from PIL import Image, ImageEnhance

from desktop.documents.errors import UnreadablePhoto
from desktop.documents.similarity import (
    DIFFERS_BELOW,
    METHOD,
    Similarity,
    compare,
    hamming,
    orientation_hashes,
    photo_hash,
    score_for,
)
from desktop.domain.errors import DomainError
from tests.documents.samples import jpeg_bytes, pdf_bytes, png_bomb_bytes, png_bytes
from tests.support.objects import SIZE, Colour, object_photo

log = logging.getLogger(__name__)

SAME_SEEDS = range(1, 9)
OTHER_SEEDS = range(1, 13)


def _mean(img: Image.Image) -> Colour:
    r, g, b = (round(sum(i * n for i, n in enumerate(band.histogram())) / band.width
                     / band.height) for band in img.split())
    return r, g, b


def _turned(img: Image.Image, degrees: float) -> Image.Image:
    """Turned by a few degrees in the same frame; the corners show the mean colour."""
    return img.rotate(degrees, Image.Resampling.BICUBIC, fillcolor=_mean(img))


def _cropped(img: Image.Image, left: float, top: float, right: float,
             bottom: float) -> Image.Image:
    w, h = img.size
    return img.crop((round(w * left), round(h * top), round(w * (1 - right)),
                     round(h * (1 - bottom))))


def _scaled(img: Image.Image, factor: float) -> Image.Image:
    return img.resize((round(img.width * factor), round(img.height * factor)),
                      Image.Resampling.LANCZOS)


def _recoded(img: Image.Image, quality: int) -> Image.Image:
    return Image.open(io.BytesIO(jpeg_bytes(img, quality=quality)))


RE_PHOTOGRAPHED: dict[str, Callable[[Image.Image], Image.Image]] = {
    "the same file": lambda img: img,
    "turned 90°": lambda img: img.transpose(Image.Transpose.ROTATE_90),
    "turned 180°": lambda img: img.transpose(Image.Transpose.ROTATE_180),
    "turned 270° and mirrored": lambda img: img.transpose(Image.Transpose.TRANSVERSE),
    "rotated 5°": lambda img: _turned(img, 5),
    "rotated -4°": lambda img: _turned(img, -4),
    "rescaled 0.6": lambda img: _scaled(img, 0.6),
    "rescaled 2.2": lambda img: _scaled(img, 2.2),
    "brightness ×1.3": lambda img: ImageEnhance.Brightness(img).enhance(1.3),
    "contrast ×0.7": lambda img: ImageEnhance.Contrast(img).enhance(0.7),
    "darker, more contrast": lambda img: ImageEnhance.Contrast(
        ImageEnhance.Brightness(img).enhance(0.75)).enhance(1.4),
    "cropped 2–5 %": lambda img: _cropped(img, 0.03, 0.02, 0.02, 0.03),
    "JPEG quality 40": lambda img: _recoded(img, 40),
    "turned 90°, rotated 3°, brighter, smaller": lambda img: _scaled(ImageEnhance.Brightness(
        _turned(img, 3).transpose(Image.Transpose.ROTATE_90)).enhance(1.2), 0.7),
}


@pytest.fixture(scope="module")
def originals() -> dict[int, Image.Image]:
    return {seed: object_photo(seed) for seed in set(SAME_SEEDS) | set(OTHER_SEEDS)}


# -- the same object ---------------------------------------------------------------------------

@pytest.mark.parametrize("change", RE_PHOTOGRAPHED)
def test_the_same_object_photographed_again_is_alike(
        originals: dict[int, Image.Image], change: str) -> None:
    results = {}
    for seed in SAME_SEEDS:
        photo = originals[seed]
        results[seed] = compare(jpeg_bytes(photo), jpeg_bytes(RE_PHOTOGRAPHED[change](photo),
                                                              quality=85))
    log.info("%s: distances %s", change, {s: r.distance for s, r in results.items()})
    alike = {seed: r for seed, r in results.items() if not r.differs}
    assert alike == results, f"{change}: taken for different objects: {results}"
    assert min(r.score for r in results.values()) >= DIFFERS_BELOW


def test_an_identical_photo_scores_one() -> None:
    data = png_bytes(object_photo(3))
    assert compare(data, data) == Similarity(score=1.0, method=METHOD, distance=0,
                                             differs=False)
    assert METHOD == "pHash 64-bit DCT, best of 8 orientations"


def test_the_hash_is_64_bits_half_of_them_set() -> None:
    value = photo_hash(png_bytes(object_photo(4)))
    assert value >> 63 == 1  # the DC term's place: always set
    assert value.bit_length() == 64
    assert value.bit_count() == 32  # 31 of the 63 others are above their median, and the DC


def _sixteen_bit(img: Image.Image) -> Image.Image:
    gray = img.convert("L").tobytes()
    return Image.frombytes("I;16", img.size, bytes(b for v in gray for b in (v, v)))


def _encoded(img: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize(("form", "make"), [
    ("JPEG", lambda img: jpeg_bytes(img)),
    ("grayscale JPEG", lambda img: jpeg_bytes(img.convert("L"))),
    ("CMYK JPEG", lambda img: _encoded(img.convert("CMYK"), "JPEG")),
    ("palette PNG", lambda img: png_bytes(img.convert("P"))),
    ("PNG with alpha", lambda img: png_bytes(img.convert("RGBA"))),
    ("16-bit grayscale PNG", lambda img: png_bytes(_sixteen_bit(img))),
])
def test_every_form_of_the_same_picture_hashes_alike(
        form: str, make: Callable[[Image.Image], bytes]) -> None:
    photo = object_photo(5, (400, 300))
    assert hamming(photo_hash(png_bytes(photo)), photo_hash(make(photo))) <= 2, form


def test_the_exif_orientation_is_applied() -> None:
    """A camera stores the pixels as the sensor saw them and says how to turn them."""
    photo = object_photo(6)
    sideways = jpeg_bytes(photo.transpose(Image.Transpose.ROTATE_90), orientation=6)
    assert hamming(photo_hash(sideways), photo_hash(jpeg_bytes(photo))) <= 2


@pytest.mark.parametrize("turn", list(Image.Transpose), ids=lambda turn: turn.name.lower())
def test_the_eight_orientations_are_the_turned_photos_hashes(turn: Image.Transpose) -> None:
    """The orientations come from one DCT; they must match hashing the turned photo."""
    photo = object_photo(7, (400, 300))
    hashes = orientation_hashes(png_bytes(photo))
    assert hashes[0] == photo_hash(png_bytes(photo))
    assert len(set(hashes)) == 8
    turned = photo_hash(png_bytes(photo.transpose(turn)))
    assert min(hamming(turned, h) for h in hashes) <= 2


# -- different objects -----------------------------------------------------------------------

def test_different_objects_differ(originals: dict[int, Image.Image]) -> None:
    photos = {seed: jpeg_bytes(originals[seed]) for seed in OTHER_SEEDS}
    results = {(a, b): compare(photos[a], photos[b])
               for a, b in itertools.combinations(OTHER_SEEDS, 2)}
    log.info("different objects: distances %s", sorted(r.distance for r in results.values()))
    alike = {pair: r for pair, r in results.items() if not r.differs}
    assert alike == {}
    assert max(r.score for r in results.values()) < DIFFERS_BELOW
    # Far apart on the whole, not just below the threshold.
    scores = sorted(r.score for r in results.values())
    assert scores[len(scores) // 2] < DIFFERS_BELOW / 2


def test_a_blank_photo_differs_from_an_object() -> None:
    blank = png_bytes(Image.new("RGB", SIZE, (128, 128, 128)))
    assert compare(blank, png_bytes(Image.new("L", (40, 30), 0))).score == 1.0
    assert photo_hash(blank) == 1 << 63  # no coefficient above the median of zeros
    assert compare(blank, png_bytes(object_photo(8))).differs


def test_the_score_falls_with_the_distance() -> None:
    assert score_for(0) == 1.0
    assert score_for(16) > DIFFERS_BELOW > score_for(18)
    assert score_for(32) == 0.0 == score_for(64)
    with pytest.raises(ValueError, match="outside"):
        score_for(65)


# -- what is not a photo ----------------------------------------------------------------------

def _truncated_jpeg() -> bytes:
    data = jpeg_bytes(object_photo(2))
    return data[: len(data) // 2]


def _gif() -> bytes:
    out = io.BytesIO()
    object_photo(2).save(out, "GIF")
    return out.getvalue()


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "the file is empty"),
    (b"This is a letter, not a photo.\n", "not one of JPEG, PNG"),
    (pdf_bytes([Image.new("RGB", (200, 300), "white")]), "not one of JPEG, PNG"),
    (_gif(), "not one of JPEG, PNG"),
    (_truncated_jpeg(), "truncated"),
    (png_bomb_bytes(10_000, 9_000), "more than the limit of 80 megapixels"),
    (png_bomb_bytes(), "too large to decode safely"),
], ids=["empty", "text", "pdf", "gif", "truncated", "90-megapixels", "bomb"])
def test_what_is_not_a_readable_photo_is_refused(data: bytes, reason: str) -> None:
    good = jpeg_bytes(object_photo(1))
    with pytest.raises(UnreadablePhoto, match=reason) as caught:
        compare(data, good)
    assert isinstance(caught.value, DomainError)
    assert caught.value.code == "file"
    assert caught.value.photo == "original"
    assert str(caught.value).startswith("the original photo: ")
    with pytest.raises(UnreadablePhoto, match=reason) as caught:
        compare(good, data)
    assert str(caught.value).startswith("the new photo: ")
    with pytest.raises(UnreadablePhoto, match=reason):
        photo_hash(data)


def test_bytes_are_required() -> None:
    with pytest.raises(TypeError, match="bytes"):
        photo_hash("photo.jpg")  # type: ignore[arg-type]


# -- camera-sized photos ---------------------------------------------------------------------

def test_two_24_megapixel_jpegs_are_compared_at_a_reduced_decode() -> None:
    """Camera files are hashed from a reduced decode (their speed is in the benchmarks)."""
    size = (6000, 4000)
    grain = Image.effect_noise(size, 60).convert("RGB")  # a camera's detail: 7–9 MB files
    big = Image.blend(object_photo(9).resize(size, Image.Resampling.BILINEAR), grain, 0.15)
    original = jpeg_bytes(big, quality=92)
    new = jpeg_bytes(ImageEnhance.Brightness(big).enhance(1.1), quality=85)
    result = compare(original, new)
    assert not result.differs and result.score >= 0.75
