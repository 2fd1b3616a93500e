"""The visible signature stamp: who signed (name, IIN, BIN) and when, in the document's
language, at Kazakhstan's time with its zone written out.

The text is set in the bundled DejaVu Sans through pyHanko's OpenType support (HarfBuzz
shaping, an embedded subset and a ToUnicode map), so the Kazakh letters both render and
extract from the PDF as text.

pyHanko 0.38 writes glyph widths in the font's own units, which is right only for fonts
of 1000 units per em; DejaVu has 2048, and its letters came out twice as far apart. So
the font is first cut down to the scripts a stamp needs and rescaled to 1000 units per
em (fontTools), once per process, in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from io import BytesIO
from pathlib import Path

from fontTools import subset, ttLib
from fontTools.ttLib.scaleUpem import scale_upem
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.layout import (
    AxisAlignment,
    BoxConstraints,
    InnerScaling,
    Margins,
    SimpleBoxLayoutRule,
)
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import TextStamp, TextStampStyle

from desktop.domain.kazakhstan_time import kazakhstan_time, utc_offset_label
from desktop.resources import font_path
from desktop.signing.certificates import SignerIdentity

__all__ = [
    "STAMP_HEADINGS",
    "STAMP_LANGS",
    "STAMP_SIZE",
    "default_font",
    "stamp_lang",
    "stamp_style",
    "stamp_text_params",
]

STAMP_SIZE = (220.0, 70.0)
"""Width and height (points) of a stamp box that the signing layer lays out itself."""


@dataclass(frozen=True)
class _Words:
    heading: str
    signed_by: str
    iin: str
    bin: str
    time: str


_WORDS = {
    "kk": _Words("Электрондық цифрлық қолтаңба", "Қол қойды", "ЖСН", "БСН", "Уақыты"),
    "ru": _Words("Электронная цифровая подпись", "Подписано", "ИИН", "БИН", "Время"),
}
STAMP_LANGS = tuple(_WORDS)
"""The languages a stamp speaks: those of the documents (the first is the default)."""
STAMP_HEADINGS = {lang: words.heading for lang, words in _WORDS.items()}

_ISO_TIME = "%Y-%m-%dT%H:%M:%S%z"
"""How pyHanko hands over the signing time (``ts``); the stamp writes it again in
Kazakhstan's time."""
_FONT_SIZE = 9
_UNITS_PER_EM = 1000
_STAMP_CHARACTERS = (
    *range(0x20, 0x7F),  # Basic Latin
    *range(0xA0, 0x250),  # Latin-1, Latin Extended A and B
    *range(0x370, 0x530),  # Greek, Cyrillic, Cyrillic Supplement (all Kazakh letters)
    *range(0x2000, 0x2070),  # general punctuation
    *range(0x20A0, 0x20C1),  # currency signs (₸)
    *range(0x2100, 0x2150),  # letterlike symbols (№)
)


def default_font() -> Path:
    """The bundled DejaVu Sans (it has every Kazakh Cyrillic letter)."""
    return font_path()


@cache
def _stamp_font_program(font: Path) -> bytes:
    """``font`` cut down to :data:`_STAMP_CHARACTERS`, at 1000 units per em, without
    OpenType layout tables: Kazakh and Russian letters are precomposed and need no
    shaping, and pyHanko would decompile the tables only to drop them when it embeds the
    font's subset in every signature (most of the time a signature took)."""
    options = subset.Options()
    options.layout_features = []
    options.drop_tables = [*options.drop_tables, "GPOS", "GSUB", "GDEF"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.drop_tables = [*options.drop_tables, "FFTM", "kern"]
    program = ttLib.TTFont(font)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_STAMP_CHARACTERS)
    subsetter.subset(program)
    if program["head"].unitsPerEm != _UNITS_PER_EM:
        scale_upem(program, _UNITS_PER_EM)
    out = BytesIO()
    program.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class _StampFont(FontEngineFactory):
    """A pyHanko font factory for :func:`_stamp_font_program`."""

    font: Path
    font_size: int = _FONT_SIZE
    lang: str = STAMP_LANGS[0]

    def create_font_engine(self, writer: BasePdfFileWriter,
                           obj_stream: object = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(writer, BytesIO(_stamp_font_program(self.font)),
                                self.font_size, bcp47_lang_code=self.lang,
                                obj_stream=obj_stream)


def stamp_lang(lang: str | None) -> str:
    """The stamp language for a document language such as ``ru`` or ``kk-KZ`` (the
    default, Kazakh, for any other)."""
    base = (lang or "").split("-")[0].lower()
    return base if base in _WORDS else STAMP_LANGS[0]


@dataclass(frozen=True)
class _KazakhstanTimeStyle(TextStampStyle):
    """A text stamp whose ``time`` is the signing time (``ts``) in Kazakhstan's time.

    pyHanko formats the signature's own time into ``ts`` in the machine's zone, so the
    stamp reads that moment back and writes it at the Kazakhstan offset, naming the zone:
    "12.03.2026 14:05:09 (UTC+5)".
    """

    def create_stamp(self, writer: BasePdfFileWriter, box: BoxConstraints,
                     text_params: dict[str, str]) -> TextStamp:
        moment = kazakhstan_time(datetime.strptime(text_params["ts"], _ISO_TIME))
        params = {**text_params,
                  "time": f"{moment:%d.%m.%Y %H:%M:%S} ({utc_offset_label(moment)})"}
        return super().create_stamp(writer, box, params)


@cache
def stamp_style(lang: str = STAMP_LANGS[0], font: Path | None = None) -> TextStampStyle:
    """The stamp style in *lang*: a thin frame, text shrunk to fit the field's box."""
    lang = stamp_lang(lang)
    words = _WORDS[lang]
    lines = (words.heading, f"{words.signed_by}: %(signer_name)s", f"{words.iin}: %(iin)s",
             f"%(bin_line)s{words.time}: %(time)s")
    return _KazakhstanTimeStyle(
        stamp_text="\n".join(lines),
        timestamp_format=_ISO_TIME,
        border_width=1,
        text_box_style=TextBoxStyle(
            # The engine's and the box's font sizes must agree, or lines drift sideways.
            font=_StampFont(font or default_font(), lang=lang),
            font_size=_FONT_SIZE,
            leading=_FONT_SIZE + 2,
        ),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN,
            y_align=AxisAlignment.ALIGN_MID,
            margins=Margins(left=6, right=6, top=4, bottom=4),
            inner_content_scaling=InnerScaling.SHRINK_TO_FIT,
        ),
    )


def stamp_text_params(display_name: str, identity: SignerIdentity,
                      lang: str = STAMP_LANGS[0]) -> dict[str, str]:
    """Values for the stamp template (pyHanko fills in ``ts``, the signing time)."""
    words = _WORDS[stamp_lang(lang)]
    return {
        "signer_name": display_name or identity.name,
        "iin": identity.iin or "—",
        "bin_line": f"{words.bin}: {identity.bin}\n" if identity.bin else "",
    }
