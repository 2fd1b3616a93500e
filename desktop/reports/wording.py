"""The fixed wording of the documents in Kazakh and Russian, and how values are written.

The Kazakh labels follow annex 5 of the regulation word for word; the Russian ones are the
counterpart a Russian version of the form uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["Wording", "decimal", "long_date", "short_date", "wording"]


@dataclass(frozen=True)
class Wording:
    commission: str
    conclusion_title: str
    refusal_title: str
    city: str
    """A format with ``{city}``."""
    corrects: str
    """A format with ``{number}`` and ``{date}``."""
    applicant: str
    applicant_data: str
    occupation: str
    purpose: str
    destination: str
    period: str
    period_from: str
    period_until: str
    submitted: str
    description: str
    citizenship: str
    id_document: str
    issued: str
    iin: str
    bin: str
    requisites: str
    originality: str
    maker: str
    created: str
    material: str
    dimensions: str
    weight: str
    condition: str
    remarks: str
    conclusion: str
    overall: str
    agreed: str
    not_agreed: str
    chair: str
    members: str
    attendance: str
    """A format with ``{present}``, ``{seated}`` and ``{absent}`` (the absent members)."""
    signature_caption: str
    seal: str
    page: str
    """A format with ``{page}`` and ``{pages}``."""
    application: str
    application_ref: str
    """A format with ``{number}`` and ``{date}``."""
    refusal_intro: str
    refusal_ground: str
    refusal_reasons: str
    annex_title: str
    annex_item: str
    """A format with ``{item}`` and ``{items}``: the item's place among all of them."""
    annex_note: str
    object_type: str
    title: str
    subject: str
    inscriptions: str
    features: str
    completeness: str
    hazards: str
    summary: str
    with_scale: str
    no_photo: str
    codes: dict[str, str]
    """Words for the codes of :mod:`desktop.reports.data` (originality, condition…)."""


_KK = Wording(
    commission="Мәдени құндылықтарды уақытша әкету жөніндегі сараптама комиссиясы",
    conclusion_title="ҚОРЫТЫНДЫ",
    refusal_title="ДӘЛЕЛДІ БАС ТАРТУ",
    city="{city} қаласы",
    corrects="{date} № {number} қорытындының орнына",
    applicant="Өтініш беруші",
    applicant_data="Өтініш берушінің деректері",
    occupation="Өтініш берушінің қызметі",
    purpose="Әкетудің (уақытша әкетудің) мақсаты",
    destination="Елі және орналасқан жері",
    period="Уақытша әкету мерзімі",
    period_from="{date} бастап",
    period_until="{date} дейін",
    submitted="Сараптамаға ұсынылды",
    description="Заттың сипаттамасы",
    citizenship="азаматтығы",
    id_document="төлқұжат немесе жеке куәлік №",
    issued="берілген күні",
    iin="ЖСН",
    bin="БСН",
    requisites="деректемелері",
    originality="Түпнұсқа немесе көшірме",
    maker="Авторы (шебері)",
    created="Жасалған уақыты мен жері",
    material="Материалы және орындалу техникасы",
    dimensions="Өлшемі",
    weight="Салмағы",
    condition="Сақталуы",
    remarks="Ескертпелер",
    conclusion="Қорытынды",
    overall="Мәдени құндылықтарды уақытша әкету",
    agreed="КЕЛІСІЛДІ",
    not_agreed="КЕЛІСІЛМЕДІ",
    chair="Сараптама комиссиясының төрағасы",
    members="Комиссия мүшелері",
    attendance="Қатысқан комиссия мүшелері: {present} (барлығы {seated}). Қатыспағандар: "
               "{absent}.",
    signature_caption="(ЭЦҚ қолтаңбасы)",
    seal="М.О.",
    page="{page}-бет, барлығы {pages}",
    application="Өтініш",
    application_ref="{date} № {number}",
    refusal_intro=(
        "Сараптама комиссиясы мәдени құндылықтарды уақытша әкету құқығына куәлік беру "
        "туралы өтінішті қарап, куәлік беруден мына негіз бойынша бас тартады:"
    ),
    refusal_ground="Бас тарту негізі",
    refusal_reasons="Негіздемесі",
    annex_title="Сәйкестендіру қосымшасы",
    annex_item="{item}-зат, барлығы {items}",
    annex_note="Қосымша қорытындының ажырамас бөлігі болып табылады және онымен бірге "
               "электрондық цифрлық қолтаңбамен қол қойылған",
    object_type="Заттың түрі",
    title="Атауы",
    subject="Бейнеленгені (сюжеті)",
    inscriptions="Жазулар мен таңбалар",
    features="Ерекше белгілері",
    completeness="Толықтығы",
    hazards="Қауіпті қасиеттері",
    summary="Қысқаша сипаттамасы",
    with_scale="масштаб сызғышымен",
    no_photo="Фотосурет таңдалмаған",
    codes={
        "original": "түпнұсқа", "copy": "көшірме",
        "height": "биіктігі", "width": "ені", "depth": "тереңдігі", "length": "ұзындығы",
        "diameter": "диаметрі", "thickness": "қалыңдығы",
        "mm": "мм", "cm": "см", "m": "м", "g": "г", "kg": "кг",
        "good": "жақсы", "fair": "қанағаттанарлық", "poor": "нашар",
        "unacceptable": "апатты жағдайда",
        "complete": "толық жиынтықта", "incomplete": "толық жиынтықта емес",
        "fragmented": "фрагменттер түрінде",
        "has": "мәдени құндылығы бар", "has_not": "мәдени құндылығы жоқ",
        "recommended": "уақытша әкетуге ұсынылады",
        "not_recommended": "уақытша әкетуге ұсынылмайды",
        "overall": "жалпы көрінісі", "detail": "бөлшегі", "inscription": "жазуы",
        "mark": "таңбасы", "damage": "зақымы", "repair": "қалпына келтіру ізі",
        "ground.data_violations": "сұрау салуда қызмет алушының деректерінде жөнсіздіктер "
                                  "(бұзушылықтар) анықталды",
        "ground.signature_not_confirmed": "қызмет алушының электрондық цифрлық "
                                          "қолтаңбасының түпнұсқалығы расталмады",
        "ground.identity_not_found": "қызмет алушы туралы деректер жеке тұлғалардың "
                                     "(заңды тұлғалардың) мемлекеттік дерекқорында жоқ",
        "ground.documents_incomplete": "мемлекеттік қызметті көрсету үшін қажетті құжаттар "
                                       "толық ұсынылмады",
        "ground.not_fit_for_export": "мәдени құндылықтар уақытша әкету талаптарына сәйкес "
                                     "келмейді",
        "ground.other": "өзге негіз",
    },
)

_RU = Wording(
    commission="Экспертная комиссия по временному вывозу культурных ценностей",
    conclusion_title="ЗАКЛЮЧЕНИЕ",
    refusal_title="МОТИВИРОВАННЫЙ ОТКАЗ",
    city="г. {city}",
    corrects="взамен заключения № {number} от {date}",
    applicant="Заявитель",
    applicant_data="Данные заявителя",
    occupation="Род занятий заявителя",
    purpose="Цель вывоза (временного вывоза)",
    destination="Страна и место нахождения",
    period="Срок временного вывоза",
    period_from="с {date}",
    period_until="по {date}",
    submitted="На экспертизу представлено",
    description="Описание предмета",
    citizenship="гражданство",
    id_document="паспорт или удостоверение личности №",
    issued="дата выдачи",
    iin="ИИН",
    bin="БИН",
    requisites="реквизиты",
    originality="Подлинник или копия",
    maker="Автор (мастер)",
    created="Время и место создания",
    material="Материал и техника исполнения",
    dimensions="Размеры",
    weight="Вес",
    condition="Сохранность",
    remarks="Примечания",
    conclusion="Заключение",
    overall="Временный вывоз культурных ценностей",
    agreed="СОГЛАСОВАН",
    not_agreed="НЕ СОГЛАСОВАН",
    chair="Председатель экспертной комиссии",
    members="Члены комиссии",
    attendance="Участвовали члены комиссии: {present} из {seated}. Отсутствовали: {absent}.",
    signature_caption="(подпись ЭЦП)",
    seal="М.П.",
    page="Страница {page} из {pages}",
    application="Заявление",
    application_ref="№ {number} от {date}",
    refusal_intro=(
        "Рассмотрев заявление о выдаче свидетельства на право временного вывоза культурных "
        "ценностей, экспертная комиссия отказывает в выдаче свидетельства по следующему "
        "основанию:"
    ),
    refusal_ground="Основание отказа",
    refusal_reasons="Обоснование",
    annex_title="Идентификационное приложение",
    annex_item="Предмет {item} из {items}",
    annex_note="Приложение является неотъемлемой частью заключения и подписано вместе с ним "
               "электронной цифровой подписью",
    object_type="Вид предмета",
    title="Название",
    subject="Изображение (сюжет)",
    inscriptions="Надписи и маркировка",
    features="Отличительные признаки",
    completeness="Комплектность",
    hazards="Опасные свойства",
    summary="Краткое описание",
    with_scale="с масштабной линейкой",
    no_photo="Фотография не выбрана",
    codes={
        "original": "подлинник", "copy": "копия",
        "height": "высота", "width": "ширина", "depth": "глубина", "length": "длина",
        "diameter": "диаметр", "thickness": "толщина",
        "mm": "мм", "cm": "см", "m": "м", "g": "г", "kg": "кг",
        "good": "хорошая", "fair": "удовлетворительная", "poor": "плохая",
        "unacceptable": "аварийная",
        "complete": "комплектен", "incomplete": "некомплектен",
        "fragmented": "во фрагментах",
        "has": "имеет культурную ценность", "has_not": "не имеет культурной ценности",
        "recommended": "временный вывоз рекомендуется",
        "not_recommended": "временный вывоз не рекомендуется",
        "overall": "общий вид", "detail": "деталь", "inscription": "надпись",
        "mark": "клеймо, знак", "damage": "повреждение", "repair": "реставрация",
        "ground.data_violations": "в данных услугополучателя, указанных в запросе, выявлены "
                                  "нарушения (несоответствия)",
        "ground.signature_not_confirmed": "подлинность электронной цифровой подписи "
                                          "услугополучателя не подтверждена",
        "ground.identity_not_found": "сведения об услугополучателе отсутствуют в "
                                     "государственной базе данных физических (юридических) "
                                     "лиц",
        "ground.documents_incomplete": "документы, необходимые для оказания государственной "
                                       "услуги, представлены не в полном объёме",
        "ground.not_fit_for_export": "культурные ценности не соответствуют требованиям к "
                                     "временному вывозу",
        "ground.other": "иное основание",
    },
)

_WORDINGS = {"kk": _KK, "ru": _RU}

_KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
              "қыркүйек", "қазан", "қараша", "желтоқсан")
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")


def wording(lang: str) -> Wording:
    """The wording for ``lang`` ("kk" or "ru"; the data classes have checked it)."""
    return _WORDINGS[lang]


def long_date(day: date, lang: str) -> str:
    """The date under the title, as the form writes it: «12» наурыз 2026 ж."""
    if lang == "kk":
        return f"«{day.day:02d}» {_KK_MONTHS[day.month - 1]} {day.year} ж."
    return f"«{day.day:02d}» {_RU_MONTHS[day.month - 1]} {day.year} г."


def short_date(day: date) -> str:
    """A date in the text: 12.03.2026."""
    return day.strftime("%d.%m.%Y")


def decimal(value: float) -> str:
    """A measurement with a decimal comma and no trailing zeros: 30,5; 12."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
