"""The kinds of object the demo's applicants take abroad, each as a commission would
describe it: its own materials, techniques, sizes and weight, and texts in Kazakh and
Russian.

Materials and techniques are codes of the controlled vocabulary; each tuple of
alternatives is a plausible make of that object, and sizes are ranges a real one falls in
(a silver bracelet is a few centimetres and tens of grams, a felt rug metres and kilograms).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.examination_rules import Dimension, LengthUnit, WeightUnit
from desktop.domain.languages import NO_TEXT, Bilingual

__all__ = ["OBJECTS", "DemoObject", "Size", "object_named"]

B = Bilingual
H, W, D, L, DIA = (Dimension.HEIGHT, Dimension.WIDTH, Dimension.DEPTH, Dimension.LENGTH,
                   Dimension.DIAMETER)
CM, MM = LengthUnit.CM, LengthUnit.MM
G, KG = WeightUnit.G, WeightUnit.KG


@dataclass(frozen=True)
class Size:
    dimension: Dimension
    low: float
    high: float
    unit: LengthUnit = CM


@dataclass(frozen=True)
class DemoObject:
    name: Bilingual
    """The item's name as an applicant writes it, in either language."""
    object_type: str
    makes: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    """Plausible (materials, techniques) of the object, as vocabulary codes."""
    sizes: tuple[Size, ...]
    weight: tuple[float, float, WeightUnit]
    description: Bilingual
    datings: tuple[tuple[Bilingual, int, int], ...]
    """(date or period as written, year from, year to)."""
    place: Bilingual
    subject: Bilingual = NO_TEXT
    """What is depicted, for an image or a figure (Object ID's "subject")."""
    maker_name: str = ""
    """The author's name when the object is signed work; else an unknown master."""


_UNKNOWN = B("белгісіз шебер", "неизвестный мастер")
_LATE_XIX = (B("XIX ғасырдың соңы", "конец XIX века"), 1870, 1899)
_EARLY_XX = (B("XX ғасырдың басы", "начало XX века"), 1900, 1920)
_MID_XX = (B("XX ғасырдың ортасы", "середина XX века"), 1940, 1965)

OBJECTS: tuple[DemoObject, ...] = (
    DemoObject(
        B("Домбыра", "Домбра"), "musical_instrument",
        ((("pine", "gut"), ("wood_carving", "pyrography")),
         (("mulberry", "gut", "bone"), ("wood_carving", "inlay"))),
        (Size(L, 92, 106), Size(W, 18, 24), Size(D, 10, 14)), (0.6, 1.1, KG),
        B("Шанағы бір бөлек ағаштан ойылған, қақпағы жұқа тақтай; мойнында он екі перне.",
          "Корпус выдолблен из цельного дерева, дека из тонкой доски; на грифе двенадцать "
          "ладов."),
        (_LATE_XIX, _EARLY_XX), B("Сарыарқа", "Сарыарка")),
    DemoObject(
        B("Қобыз", "Кобыз"), "musical_instrument",
        ((("wood", "horsehair", "leather"), ("wood_carving",)),),
        (Size(L, 62, 76), Size(W, 17, 22), Size(D, 11, 15)), (0.8, 1.4, KG),
        B("Шанағы ойып жасалған, төменгі жағы терімен қапталған; ішектері жылқы қылынан.",
          "Корпус выдолблен, нижняя часть обтянута кожей; струны из конского волоса."),
        (_LATE_XIX, _EARLY_XX), B("Сыр бойы", "Присырдарьинский край")),
    DemoObject(
        B("Күміс білезік", "Серебряный браслет"), "jewellery",
        ((("silver", "carnelian"), ("casting", "chasing", "stone_setting")),
         (("silver", "turquoise"), ("engraving", "niello", "stone_setting")),
         (("silver",), ("chasing", "gilding"))),
        (Size(DIA, 5.8, 7.2), Size(W, 1.8, 4.5)), (28, 110, G),
        B("Жалпақ білезік, беті бедерлі өсімдік өрнегімен безендірілген, ортасында тас "
          "орнатылған.", "Широкий браслет, поверхность украшена чеканным растительным "
          "орнаментом, в центре вставка из камня."),
        (_LATE_XIX, _EARLY_XX), B("Жетісу", "Жетысу")),
    DemoObject(
        B("Алаша кілем", "Ковёр алаша"), "carpet",
        ((("wool", "camel_wool", "natural_dyes"), ("hand_weaving",)),),
        (Size(L, 300, 480), Size(W, 150, 230)), (8, 18, KG),
        B("Енсіз жолақтардан құрастырылған, қызыл, қоңыр және сары түсті геометриялық "
          "өрнек.", "Сшит из узких полос, геометрический орнамент красного, коричневого и "
          "жёлтого цвета."),
        (_LATE_XIX, _EARLY_XX, _MID_XX), B("Ақмола облысы", "Акмолинская область")),
    DemoObject(
        B("Сырмақ", "Сырмак"), "felt_rug",
        ((("felt", "wool", "natural_dyes"), ("felting", "quilting", "applique")),),
        (Size(L, 250, 400), Size(W, 150, 220)), (6, 14, KG),
        B("Ақ және қара киізден ойылған өрнек қабаттастырылып, жүн жіппен сырылған.",
          "Узор вырезан из белого и чёрного войлока, наложен и простёган шерстяной нитью."),
        (_EARLY_XX, _MID_XX), B("Арқа өңірі", "Центральный Казахстан")),
    DemoObject(
        B("Тұскиіз", "Тускииз"), "wall_hanging",
        ((("velvet", "silk", "cotton"), ("embroidery", "applique")),
         (("broadcloth", "silk", "gold_thread"), ("embroidery", "gold_embroidery"))),
        (Size(W, 150, 240), Size(H, 100, 170)), (1.5, 4, KG),
        B("Ортасында гүл өрнегі, жиектері кестеленген, астары мақта матадан.",
          "В центре цветочный узор, края вышиты, подкладка из хлопчатобумажной ткани."),
        (_LATE_XIX, _EARLY_XX), B("Жетісу", "Жетысу")),
    DemoObject(
        B("Шапан", "Чапан"), "costume",
        ((("velvet", "silk", "gold_thread"), ("sewing", "gold_embroidery")),
         (("broadcloth", "cotton"), ("sewing", "quilting"))),
        (Size(L, 110, 140), Size(W, 150, 180)), (1.2, 2.6, KG),
        B("Ұзын етекті, жағасы мен жеңінің ұшы зерлі жіппен кестеленген.",
          "Длиннополый, ворот и края рукавов вышиты золотой нитью."),
        (_LATE_XIX, _EARLY_XX), B("Ақмола облысы", "Акмолинская область")),
    DemoObject(
        B("Сәукеле", "Саукеле"), "headdress",
        ((("felt", "velvet", "silver", "coral", "carnelian", "owl_feathers"),
          ("sewing", "embroidery", "chasing", "stone_setting")),),
        (Size(H, 60, 75), Size(DIA, 18, 22)), (1.2, 2.8, KG),
        B("Конус пішінді, күміс қаптырмалармен, маржан моншақтармен безендірілген, "
          "төбесінде үкі қауырсыны.", "Конусообразный, украшен серебряными накладками и "
          "коралловыми бусами, на вершине перья филина."),
        (_LATE_XIX,), B("Сыр бойы", "Присырдарьинский край")),
    DemoObject(
        B("Ер-тұрман", "Седло с убранством"), "saddlery",
        ((("wood", "leather", "silver", "bone"),
          ("wood_carving", "chasing", "inlay", "leather_embossing")),),
        (Size(L, 42, 55), Size(W, 30, 38), Size(H, 25, 34)), (3, 6.5, KG),
        B("Ағаш қасы сүйекпен көмкерілген, күміс қаптырмалары бедерленген, былғары "
          "қанаты өрнекті.", "Деревянная основа окаймлена костью, серебряные накладки "
          "чеканные, кожаные крылья с тиснением."),
        (_LATE_XIX, _EARLY_XX), B("Ақмола облысы", "Акмолинская область")),
    DemoObject(
        B("«Көктем» картинасы", "Картина «Весна»"), "painting",
        ((("canvas", "oil_paint"), ("oil_painting",)),),
        (Size(H, 50, 90), Size(W, 60, 110)), (1.5, 5, KG),
        B("Кенепке майлы бояумен салынған пейзаж, ағаш рамада; оң жақ төменгі бұрышта "
          "авторының қолтаңбасы.", "Пейзаж маслом на холсте, в деревянной раме; в правом "
          "нижнем углу подпись автора."),
        (_MID_XX,), B("Алматы", "Алматы"), maker_name="Есенов Қ. Ә.",
        subject=B("Алатау бөктеріндегі көктемгі жайлау",
                  "весеннее пастбище в предгорьях Алатау")),
    DemoObject(
        B("«Қазан Құдай Анасы» иконасы", "Икона «Казанская Божия Матерь»"), "icon",
        ((("wood", "gesso", "tempera", "gold"), ("tempera_painting", "gilding")),),
        (Size(H, 26, 36), Size(W, 22, 30), Size(D, 2, 3)), (0.9, 2, KG),
        B("Ағаш тақтайға левкас бойынша темперамен жазылған, фоны алтындалған.",
          "Темпера по левкасу на деревянной доске, фон золочёный."),
        (_LATE_XIX,), B("Ресей", "Россия"),
        subject=B("Құдай Анасы мен Сәби Иса", "Богоматерь с Младенцем")),
    DemoObject(
        B("Тула самауыры", "Тульский самовар"), "household_object",
        ((("brass", "copper"), ("forging", "casting")),),
        (Size(H, 40, 55), Size(DIA, 24, 30)), (4, 8, KG),
        B("Құмыра пішінді, тұтқалары мен шүмегі құйма, қақпағында шеберхана таңбасы.",
          "Вазообразной формы, ручки и кран литые, на крышке клеймо мастерской."),
        ((B("1890-жылдар", "1890-е годы"), 1890, 1899),), B("Тула қаласы", "г. Тула")),
    DemoObject(
        B("«Бүркітші» мүсіні", "Скульптура «Беркутчи»"), "sculpture",
        ((("bronze", "stone"), ("casting",)),),
        (Size(H, 35, 60), Size(W, 20, 35), Size(D, 15, 28)), (6, 22, KG),
        B("Қоладан құйылған, тас тұғырда; тұғырында авторының аты-жөні мен жылы.",
          "Отлита из бронзы, на каменном постаменте; на постаменте имя автора и год."),
        (_MID_XX,), B("Алматы", "Алматы"), maker_name="Бекенов Т. С.",
        subject=B("қолында бүркіті бар аңшы", "охотник с беркутом на руке")),
)


def object_named(name: str) -> DemoObject | None:
    """The demo object an item's name (in either language) belongs to."""
    return next((obj for obj in OBJECTS if name in (obj.name.kk, obj.name.ru)), None)
