"""Sample documents for the renderer tests: real-looking data with every Kazakh letter."""

from __future__ import annotations

import dataclasses
import io
import random
from datetime import UTC, date, datetime
from functools import partial

from PIL import Image, ImageDraw

from desktop.documents.encode import print_photo
from desktop.reports import (
    PRINT_DPI,
    AnnexPhoto,
    ApplicantData,
    CertificateData,
    ConclusionData,
    Correction,
    ItemData,
    ItemDescription,
    Measure,
    RefusalData,
    ReturnActData,
    ReturnedItem,
    Signatory,
    Weight,
    certificate_photo_pixels,
    print_pixels,
)

CREATED = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
"""The creation time the tests render with."""

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
"""The nine letters of the Kazakh alphabet that Russian lacks, upper and lower case."""

CHAIR = Signatory("Байжанов Нұрлан Серікұлы", "sig-chair")
MEMBERS = (
    Signatory("Ахметов Ерболат Қайратұлы", "sig-member-1"),
    Signatory("Өмірзақова Үміт Ғалымқызы", "sig-member-2"),
    Signatory("Петрова Анна Сергеевна", "sig-member-3"),
    Signatory("Һашимов Іңкәр Бекұлы", "sig-member-4"),
)

_NAMES = {
    "kk": ("Кілем «Жібек жолы»", "Домбыра, шебер Ықылас үлгісі", "Күміс білезік (жұп)",
           "Қобыз", "Сырмақ", "Түскиіз", "Шапан, зерлі", "Ер-тұрман", "Кебеже", "Асатаяқ"),
    "ru": ("Ковёр «Шёлковый путь»", "Домбра работы мастера Ықылас", "Серебряный браслет (пара)",
           "Кобыз", "Сырмак", "Тускииз", "Чапан с золотым шитьём", "Седло с убранством",
           "Сундук-кебеже", "Асатаяк"),
}
_TEXTS = {
    "kk": {
        "purpose": "Астана – Париж мәдениет күндері аясындағы «Ұлы дала мұрасы» көрмесі",
        "country": "Франция Республикасы",
        "place": "Париж қаласы, Кэ Бранли мұражайы",
        "citizenship": "Қазақстан Республикасы",
        "occupation": "Қолөнер шебері, «Өнер» қоғамдық бірлестігінің төрағасы",
        "maker": "белгісіз қазақ шебері",
        "dating": "XIX ғасырдың соңы",
        "place_of_creation": "Жетісу өңірі",
        "material": "жүн, табиғи бояулар",
        "technique": "қолмен тоқылған, түкті",
        "note": "шетінде 2 см жыртық, қалпына келтірілген",
        "remarks": "Тексеру жазбасы: " + KAZAKH_LETTERS,
        "overall": "Сақтандыру шарты жасалған жағдайда.",
    },
    "ru": {
        "purpose": "выставка «Наследие Великой степи» в рамках Дней культуры Астана – Париж",
        "country": "Французская Республика",
        "place": "г. Париж, музей на набережной Бранли",
        "citizenship": "Республика Казахстан",
        "occupation": "Мастер народных промыслов, председатель общественного объединения «Өнер»",
        "maker": "неизвестный казахский мастер",
        "dating": "конец XIX века",
        "place_of_creation": "Жетысу",
        "material": "шерсть, натуральные красители",
        "technique": "ручное ворсовое ткачество",
        "note": "по краю разрыв 2 см, реставрирован",
        "remarks": "Контрольная запись: " + KAZAKH_LETTERS,
        "overall": "При условии заключения договора страхования.",
    },
}
QUANTITIES = (1, 2, 21, 3, 11, 100, 5, 1, 1999, 4)


def applicant(lang: str = "kk") -> ApplicantData:
    return ApplicantData(
        name="Құнанбаева Әйгерім Ұлықбекқызы", kind="individual", iin_bin="791028302728",
        citizenship=_TEXTS[lang]["citizenship"], id_document_number="043512345",
        id_document_issued=date(2019, 5, 14), occupation=_TEXTS[lang]["occupation"])


def item(position: int, lang: str = "kk") -> ItemData:
    t = _TEXTS[lang]
    return ItemData(
        position=position, name=_NAMES[lang][position - 1], quantity=QUANTITIES[position - 1],
        description=ItemDescription(
            originality="original" if position % 3 else "copy",
            maker=t["maker"], dating=t["dating"], place_of_creation=t["place_of_creation"],
            material=t["material"], technique=t["technique"],
            measurements=(Measure("length", 210, "cm"), Measure("width", 140.5, "cm")),
            weight=Weight(12.5, "kg"), condition="good" if position % 2 else "fair",
            condition_note=t["note"], completeness="complete",
            cultural_value="has", recommendation="recommended" if position != 2 else
            "not_recommended",
            remarks=t["remarks"] if position == 1 else "",
        ))


def conclusion(count: int = 3, lang: str = "kk", **changes: object) -> ConclusionData:
    """The sample conclusion with ``count`` items; ``changes`` replace fields."""
    t = _TEXTS[lang]
    values: dict[str, object] = {
        "number": "ҚР-2026-0007", "date": date(2026, 3, 12), "lang": lang,
        "executive_body": {"kk": "Жамбыл облысы әкімдігінің мәдениет басқармасы",
                           "ru": "Управление культуры акимата Жамбылской области"}[lang],
        "city": "Тараз", "applicant": applicant(lang), "purpose": t["purpose"],
        "destination_country": t["country"], "destination_place": t["place"],
        "export_from": date(2026, 4, 1), "export_until": date(2026, 9, 30),
        "items": tuple(item(i, lang) for i in range(1, count + 1)), "agreed": True,
        "chair": CHAIR, "members": MEMBERS, "remarks": t["overall"],
    }
    values.update(changes)
    return ConclusionData(**values)  # type: ignore[arg-type]


def corrected(lang: str = "kk") -> ConclusionData:
    return conclusion(1, lang, number="ҚР-2026-0011",
                      corrects=Correction("ҚР-2026-0007", date(2026, 3, 12)))


REASONS = {
    "kk": (
        "Өтінішке мәдени құндылықтардың фотосуреттері қоса берілмеген.",
        "Өтініш берушінің жеке куәлігінің мерзімі өтіп кеткен.",
        "Уақытша әкету мерзімі заңнамада белгіленген ең ұзақ мерзімнен асады; "
        "өтініш беруші оны қысқартудан бас тартты.",
    ),
    "ru": (
        "К заявлению не приложены фотографии культурных ценностей.",
        "Истёк срок действия удостоверения личности заявителя.",
        "Срок временного вывоза превышает предельный срок, установленный законодательством; "
        "заявитель отказался его сократить.",
    ),
}


APPEAL = {
    "kk": "Шағымдану тәртібі. Осы шешімге үш ай ішінде шағым жасауға болады. Бірыңғай байланыс "
          "орталығы: 1414.",
    "ru": "Порядок обжалования. Решение может быть обжаловано в течение трёх месяцев. Единый "
          "контакт-центр: 1414.",
}


def refusal(lang: str = "kk") -> RefusalData:
    return RefusalData(
        number="ҚР-Б-2026-0003", date=date(2026, 3, 20), lang=lang,
        executive_body={"kk": "Жамбыл облысы әкімдігінің мәдениет басқармасы",
                        "ru": "Управление культуры акимата Жамбылской области"}[lang],
        city="Тараз", applicant=applicant(lang), application_number="ZHB-2026-0012",
        application_date=date(2026, 3, 5), ground="documents_incomplete",
        reasons=REASONS[lang], appeal=APPEAL[lang], chair=CHAIR)


def return_act(lang: str = "kk") -> ReturnActData:
    """The act of a three-item export: one item matches, one differs, one was lost."""
    notes = {"kk": ("Мойны 7 см қысқа, ағаш талшығы басқа: басқа домбыра қайтарылған болуы "
                    "мүмкін.", "Париж полициясының 2026-09-28 № 4471 хаттамасы"),
             "ru": ("Гриф короче на 7 см, другой рисунок древесины: возможно, возвращена "
                    "другая домбра.", "Протокол полиции Парижа № 4471 от 28.09.2026")}[lang]
    back = date(2026, 10, 2)
    return ReturnActData(
        number="ҚР-2026-V0001", date=date(2026, 10, 5), lang=lang,
        executive_body={"kk": "Жамбыл облысы әкімдігінің мәдениет басқармасы",
                        "ru": "Управление культуры акимата Жамбылской области"}[lang],
        city="Тараз", applicant=applicant(lang), application_number="ZHB-2026-0012",
        application_date=date(2026, 3, 5), conclusion_number="ҚР-2026-0007",
        conclusion_date=date(2026, 3, 12), destination_country=_TEXTS[lang]["country"],
        destination_place=_TEXTS[lang]["place"], export_from=date(2026, 4, 1),
        export_until=date(2026, 9, 30),
        items=(
            ReturnedItem(1, item(1, lang).name, 1, "returned", back,
                         presented_by="Сейітов Арман", place="Тараз", result="matches"),
            ReturnedItem(2, item(2, lang).name, 1, "returned", back,
                         presented_by="Сейітов Арман", place="Тараз", result="differs",
                         differences=("measurements", "features"), check_note=notes[0]),
            ReturnedItem(3, item(3, lang).name, 1, "lost", date(2026, 9, 28), note=notes[1]),
        ),
        chair=CHAIR, members=MEMBERS[:1])


def camera_photo(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A JPEG like a camera's (12 MP by default): an object on a lit backdrop, with sensor
    noise, so it compresses like a photograph rather than like a drawing."""
    rng = random.Random(seed)
    width, height = size
    backdrop = Image.linear_gradient("L").resize(size).convert("RGB")
    backdrop = Image.blend(backdrop, Image.new("RGB", size, (150, 150, 140)), 0.6)
    draw = ImageDraw.Draw(backdrop)
    colour = tuple(rng.randrange(40, 220) for _ in range(3))
    box = (width * rng.uniform(0.2, 0.35), height * rng.uniform(0.15, 0.3),
           width * rng.uniform(0.65, 0.8), height * rng.uniform(0.7, 0.85))
    (draw.ellipse if seed % 2 else draw.rectangle)(box, fill=colour, outline=(20, 20, 20),
                                                   width=max(2, width // 300))
    for k in range(1, 6):
        inset = k * width // 60
        draw.rectangle((box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset),
                       outline=tuple(255 - c for c in colour), width=max(1, width // 600))
    # Grain a few pixels wide: texture that survives the downscaling for print, as the
    # weave of a carpet or the grain of wood does.
    grain = Image.effect_noise((width // 3, height // 3), 40).resize(size).convert("RGB")
    photo = Image.blend(backdrop, grain, 0.18)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=90)
    return out.getvalue()


def annex_photo(data: bytes, role: str = "overall", shows_scale: bool = False) -> AnnexPhoto:
    """``data`` prepared for the annex the way the conclusion service does it."""
    jpeg, width, height = print_photo(data, partial(print_pixels, role=role), PRINT_DPI)
    return AnnexPhoto(jpeg, width, height, role=role, shows_scale=shows_scale)


def photographed(count: int = 3, lang: str = "kk", *, size: tuple[int, int] = (1600, 1200),
                 without: tuple[int, ...] = ()) -> ConclusionData:
    """The sample conclusion whose items have an overall view (with a scale) and three
    detail photos each, except the positions in ``without``, which have none."""
    roles = ("detail", "inscription", "damage")
    items = tuple(
        item if item.position in without else dataclasses.replace(
            item,
            overall_photo=annex_photo(camera_photo(item.position * 10, size), shows_scale=True),
            detail_photos=tuple(annex_photo(camera_photo(item.position * 10 + k, size), role)
                                for k, role in enumerate(roles, start=1)))
        for item in conclusion(count, lang).items)
    return conclusion(count, lang, items=items)


def certificate(count: int = 3, lang: str = "kk", *, photos: bool = True,
                **changes: object) -> CertificateData:
    """The certificate issued on the sample conclusion: its items with their overall view
    (prepared the way the certificate service does it) unless ``photos`` is false."""
    t = _TEXTS[lang]
    items = tuple(
        dataclasses.replace(item, overall_photo=AnnexPhoto(*print_photo(
            camera_photo(item.position * 10, (1600, 1200)), certificate_photo_pixels,
            PRINT_DPI), shows_scale=True) if photos else None)
        for item in conclusion(count, lang).items)
    values: dict[str, object] = {
        "number": "ZHB-2026-C0004", "date": date(2026, 3, 16), "lang": lang,
        "executive_body": {"kk": "Жамбыл облысының әкімдігі",
                           "ru": "Акимат Жамбылской области"}[lang],
        "department": {"kk": "Жамбыл облысы әкімдігінің мәдениет басқармасы",
                       "ru": "Управление культуры акимата Жамбылской области"}[lang],
        "city": "Тараз", "applicant": applicant(lang),
        "holder_address": "Тараз қаласы, Төле би даңғылы, 42-үй, 17-пәтер",
        "purpose": t["purpose"], "destination_country": t["country"],
        "destination_place": t["place"], "export_from": date(2026, 4, 1),
        "return_by": date(2026, 9, 30), "items": items, "conclusion_number": "ҚР-2026-0007",
        "conclusion_date": date(2026, 3, 12),
        "issuer_body": {"kk": "Жамбыл облысы әкімдігінің мәдениет басқармасы",
                        "ru": "Управление культуры акимата Жамбылской области"}[lang],
        "issuer_position": {"kk": "Жамбыл облысы әкімдігі мәдениет басқармасының басшысы",
                            "ru": "Руководитель управления культуры акимата Жамбылской "
                                  "области"}[lang],
        "official": Signatory("Сейітқали Жанар Бекқызы", "official"),
    }
    values.update(changes)
    return CertificateData(**values)  # type: ignore[arg-type]
