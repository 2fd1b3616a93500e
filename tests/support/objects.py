"""Generated photos of made-up museum objects, for the photo similarity and the return check.

Each seed makes a different object (a vase, a jug, a bowl or a coin: a lit silhouette with
bands of décor, on a wall over a table, with its shadow and some grain); the same seed
always makes the same photo.
"""

from __future__ import annotations

import random

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

SIZE = (900, 675)
Colour = tuple[int, int, int]


def _colour(rng: random.Random, low: int = 30, high: int = 230) -> Colour:
    return rng.randrange(low, high), rng.randrange(low, high), rng.randrange(low, high)


def _lit(size: tuple[int, int], colour: Colour, rng: random.Random) -> Image.Image:
    """A surface of *colour* lit from a random side: brighter to darker across it."""
    turned = Image.linear_gradient("L").resize((512, 512)).rotate(
        rng.uniform(0, 360), Image.Resampling.BILINEAR)
    light = turned.crop((80, 80, 432, 432)).resize(size)  # inside the turned square
    bright = Image.new("RGB", size, tuple(min(255, round(c * 1.35)) for c in colour))
    dark = Image.new("RGB", size, tuple(round(c * 0.45) for c in colour))
    return Image.composite(bright, dark, light)


def _decor(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Stripes, checks, dots or a zigzag in two colours, at a random angle."""
    width, height = size
    ground, ink = _colour(rng), _colour(rng)
    img = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(img)
    step = rng.randrange(14, 60)
    kind = rng.choice(("stripes", "checks", "dots", "zigzag"))
    for y in range(0, height, step * (1 if kind == "checks" else 2)):
        if kind == "stripes":
            draw.rectangle((0, y, width, y + step), fill=ink)
        elif kind == "checks":
            for x in range((y // step) % 2 * step, width, step * 2):
                draw.rectangle((x, y, x + step, y + step), fill=ink)
        elif kind == "dots":
            for x in range(0, width, step * 2):
                draw.ellipse((x, y, x + step, y + step), fill=ink)
        else:
            draw.line([(x, y + step * ((x // step) % 2)) for x in range(0, width + step, step)],
                      fill=ink, width=max(3, step // 3))
    return img.rotate(rng.choice((0, 30, 45, 90)), fillcolor=ground)


def _silhouette(size: tuple[int, int], rng: random.Random) -> tuple[Image.Image, str]:
    """The mask of a vase, a jug, a bowl or a coin, a little off-centre."""
    width, height = size
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    kind = rng.choice(("vase", "jug", "bowl", "coin"))
    cx, cy = width * rng.uniform(0.35, 0.65), height * rng.uniform(0.42, 0.58)
    s = min(size) * rng.uniform(0.36, 0.46)
    if kind in ("vase", "jug"):
        n = rng.randrange(4, 8)  # a turned profile: a radius at each of n heights
        ys = [cy - s + 2 * s * i / (n - 1) for i in range(n)]
        radii = [s * rng.uniform(0.12, 0.6) for _ in range(n)]
        draw.polygon([(cx + r, y) for r, y in zip(radii, ys, strict=True)]
                     + [(cx - r, y) for r, y in zip(radii[::-1], ys[::-1], strict=True)],
                     fill=255)
        if kind == "jug":  # a handle on one side
            x = cx + rng.choice((-1, 1)) * max(radii)
            draw.arc((x - s * 0.3, cy - s * 0.5, x + s * 0.3, cy + s * 0.2), 0, 360, fill=255,
                     width=max(6, round(s * 0.08)))
    elif kind == "bowl":
        draw.chord((cx - s * 1.1, cy - s * 0.9, cx + s * 1.1, cy + s * 0.7), 0, 180, fill=255)
        draw.ellipse((cx - s * 1.1, cy - s * 0.3, cx + s * 1.1, cy + s * 0.1), fill=255)
        draw.rectangle((cx - s * 0.3, cy + s * 0.65, cx + s * 0.3, cy + s * 0.8), fill=255)
    else:
        draw.ellipse((cx - s, cy - s, cx + s, cy + s), fill=255)
    return mask, kind


def object_photo(seed: int, size: tuple[int, int] = SIZE) -> Image.Image:
    """A photo of made-up object number *seed*: a lit silhouette with bands of décor, on a
    wall over a table, with its shadow and some grain."""
    rng = random.Random(seed)
    width, height = size
    horizon = Image.new("L", size, 0)
    ImageDraw.Draw(horizon).rectangle((0, round(height * rng.uniform(0.55, 0.8)), width,
                                       height), fill=255)
    wall, table = _lit(size, _colour(rng, 80, 230), rng), _lit(size, _colour(rng, 40, 200), rng)
    scene = Image.composite(table, wall, horizon)
    mask, kind = _silhouette(size, rng)
    body = _lit(size, _colour(rng), rng)
    bands = Image.new("L", size, 0)
    draw = ImageDraw.Draw(bands)
    for _ in range(rng.randrange(1, 4)):
        y = rng.uniform(0.2, 0.8) * height
        draw.rectangle((0, y, width, y + rng.uniform(0.04, 0.15) * height), fill=255)
    if kind == "coin":  # an emblem in the middle
        r = height * 0.2
        draw.ellipse((width / 2 - r, height / 2 - r, width / 2 + r, height / 2 + r), fill=255)
    surface = Image.composite(Image.blend(_decor(size, rng), body, 0.35), body, bands)
    scene = Image.composite(surface, scene, mask)
    shadow = ImageChops.offset(mask, rng.randrange(-40, 40), rng.randrange(10, 40))
    shadow = ImageChops.subtract(shadow.filter(ImageFilter.GaussianBlur(15)), mask)
    scene = Image.composite(ImageEnhance.Brightness(scene).enhance(0.55), scene, shadow)
    grain = Image.effect_noise(size, 40).convert("RGB")
    return Image.blend(scene, grain, 0.06).filter(ImageFilter.GaussianBlur(0.8))
