"""Generated stand-ins for scans and photos, so demo applications have pages to look at."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from desktop.domain.documents import PageKind
from desktop.resources import font_path

THUMBNAIL_SIZE = (240, 240)


@dataclass(frozen=True)
class DemoImage:
    kind: PageKind
    data: bytes
    thumbnail: bytes
    width: int
    height: int
    dpi: int


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(bold)), size)


def _encode(img: Image.Image, dpi: int) -> tuple[bytes, bytes]:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, dpi=(dpi, dpi))
    thumb = img.copy()
    thumb.thumbnail(THUMBNAIL_SIZE)
    tout = io.BytesIO()
    thumb.save(tout, "JPEG", quality=80)
    return out.getvalue(), tout.getvalue()


def _form_page(title: str, lines: list[str]) -> Image.Image:
    img = Image.new("RGB", (1240, 1754), (250, 249, 244))  # A4 at 150 dpi
    d = ImageDraw.Draw(img)
    d.text((620, 140), title, font=_font(44, bold=True), fill=(20, 20, 20), anchor="mm")
    y = 260
    for line in lines:
        d.text((110, y), line, font=_font(28), fill=(30, 30, 30))
        d.line((110, y + 42, 1130, y + 42), fill=(160, 160, 160), width=2)
        y += 78
    d.text((110, 1560), "Қолы / Подпись: ____________", font=_font(28), fill=(30, 30, 30))
    return img


def _id_card() -> Image.Image:
    img = Image.new("RGB", (1011, 638), (214, 232, 244))  # ID-1 card at 300 dpi
    d = ImageDraw.Draw(img)
    d.rectangle((40, 120, 300, 460), fill=(170, 185, 200))
    d.text((340, 60), "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", font=_font(34, bold=True), fill=(10, 40, 90))
    d.text((340, 110), "ЖЕКЕ КУӘЛІК / УДОСТОВЕРЕНИЕ ЛИЧНОСТИ", font=_font(22), fill=(10, 40, 90))
    for i, label in enumerate(("ТЕГІ / ФАМИЛИЯ", "АТЫ / ИМЯ", "ЖСН / ИИН")):
        d.text((340, 190 + i * 90), label, font=_font(22), fill=(60, 60, 60))
        d.line((340, 250 + i * 90, 960, 250 + i * 90), fill=(120, 120, 120), width=2)
    return img


def _object_photo(seed: int) -> Image.Image:
    """A coloured 'object' on a grey backdrop with a scale bar, like a museum photo."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1600, 1200), (200, 200, 196))
    d = ImageDraw.Draw(img)
    colour = tuple(rng.randrange(40, 220) for _ in range(3))
    shape = seed % 3
    if shape == 0:  # a vessel
        d.ellipse((560, 380, 1040, 980), fill=colour, outline=(30, 30, 30), width=6)
        d.rectangle((720, 220, 880, 420), fill=colour, outline=(30, 30, 30), width=6)
    elif shape == 1:  # a carpet
        d.rectangle((300, 200, 1300, 1000), fill=colour, outline=(30, 30, 30), width=6)
        for k in range(6):
            inset = 60 + k * 60
            d.rectangle((300 + inset, 200 + inset, 1300 - inset, 1000 - inset),
                        outline=(240, 230, 200), width=8)
    else:  # a string instrument
        d.ellipse((500, 520, 900, 980), fill=colour, outline=(30, 30, 30), width=6)
        d.rectangle((860, 700, 1450, 760), fill=(120, 80, 40), outline=(30, 30, 30), width=4)
    for cm in range(11):  # a 10 cm scale bar
        x = 100 + cm * 40
        d.line((x, 1100, x, 1080 if cm % 5 else 1065), fill=(0, 0, 0), width=3)
    d.line((100, 1100, 500, 1100), fill=(0, 0, 0), width=4)
    d.text((100, 1110), "0        5        10 см", font=_font(24), fill=(0, 0, 0))
    return img


@cache
def demo_images() -> tuple[DemoImage, ...]:
    """A small pool of distinct pages; demo applications share them (stored once)."""
    pages: list[tuple[PageKind, Image.Image, int]] = [
        (PageKind.FORM, _form_page("ӨТІНІШ", [
            "Тегі, аты, әкесінің аты: ____________________",
            "Туған күні: ______________  Азаматтығы: _____",
            "Жеке куәлік №: ____________ берілген күні: ___",
            "Тұрғылықты жері: ____________________________",
            "Мақсаты: көрмеге қатысу ______________________",
            "Елі мен орны: _______________________________",
        ]), 150),
        (PageKind.FORM, _form_page("ЗАЯВЛЕНИЕ", [
            "Фамилия, имя, отчество: ______________________",
            "Дата рождения: ____________ Гражданство: _____",
            "Удостоверение №: __________ дата выдачи: _____",
            "Место жительства: ___________________________",
            "Цель вывоза: участие в выставке ______________",
            "Страна и место: _____________________________",
        ]), 150),
        (PageKind.ID, _id_card(), 300),
    ]
    pages += [(PageKind.PHOTO, _object_photo(seed), 150) for seed in range(6)]
    result = []
    for kind, img, dpi in pages:
        data, thumb = _encode(img, dpi)
        result.append(DemoImage(kind, data, thumb, img.width, img.height, dpi))
    return tuple(result)
