"""Pages of known text to read back: rendered with the bundled font, then skewed and soiled
like a real scan, and the character error rate of what was read."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from desktop.resources import font_path

__all__ = ["KAZAKH", "RUSSIAN", "ScanLike", "cer", "render_page"]

KAZAKH = (
    "Мәдени құндылықтарды уақытша әкетуге өтініш",
    "Өтініш беруші: Сәрсенбаева Әйгерім Нұрланқызы",
    "ЖСН 850412403215, жеке куәлік № 041234567",
    "Мекенжайы: Көкшетау қаласы, Абай көшесі, 17 үй",
    "Заттың атауы: күміс білезік, ХІХ ғасыр, қолдан соғылған",
    "Көрме өтетін ел: Түркия, Ыстамбұл қаласы, мұражай",
    "Әкету мерзімі: 2027 жылғы 1 наурыздан 30 маусымға дейін",
    "Құжаттың түпнұсқасы комиссияға ұсынылды, көшірмесі тіркелді",
    "Сараптама комиссиясының шешімі жазбаша түрде беріледі",
    "Қолы: Сәрсенбаева Ә. Н.   Күні: 2026 жылғы 7 желтоқсан",
)
"""An application form's lines, every Kazakh letter among them (ә ө ү ұ қ ғ ң һ і)."""

RUSSIAN = (
    "Заявление на временный вывоз культурных ценностей",
    "Заявитель: Ковалёва Екатерина Сергеевна",
    "ИИН 790305401184, удостоверение личности № 038765432",
    "Адрес: город Кокшетау, улица Горького, дом 42, квартира 5",
    "Наименование предмета: серебряный браслет, XIX век",
    "Страна проведения выставки: Германия, город Берлин",
    "Срок вывоза: с 1 марта по 30 июня 2027 года",
    "Подлинник документа представлен в комиссию, копия снята",
    "Решение экспертной комиссии выдаётся в письменном виде",
    "Подпись: Ковалёва Е. С.   Дата: 7 декабря 2026 года",
)


@dataclass(frozen=True)
class ScanLike:
    """How a rendered page is spoiled to look scanned."""

    skew_degrees: float = 1.2
    noise: float = 0.004
    """The share of pixels flipped to black or white (salt and pepper)."""
    seed: int = 1


def render_page(lines: tuple[str, ...] | list[str], *, dpi: int = 300,
                size_mm: tuple[float, float] = (210, 297), point: float = 12,
                spoil: ScanLike | None = ScanLike()) -> Image.Image:
    """*lines* typed in DejaVu Sans at *point* on a white page of *size_mm*, grayscale."""
    width, height = (round(mm / 25.4 * dpi) for mm in size_mm)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(font_path()), round(point / 72 * dpi))
    margin = round(20 / 25.4 * dpi)
    step = round(point * 2 / 72 * dpi)
    for number, line in enumerate(lines):
        draw.text((margin, margin + number * step), line, fill=0, font=font)
    page.info["dpi"] = (dpi, dpi)
    if spoil is None:
        return page
    page = page.rotate(spoil.skew_degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    rng = random.Random(spoil.seed)
    pixels = page.load()
    assert pixels is not None
    for _ in range(round(width * height * spoil.noise)):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 255))
    page.info["dpi"] = (dpi, dpi)
    return page


def _words(text: str) -> str:
    return " ".join(text.split())


def cer(expected: str, read: str) -> float:
    """Character error rate: edits (Levenshtein) over the expected length, spaces and line
    breaks counted as one space."""
    a, b = _words(expected), _words(read)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] / max(len(a), 1)
