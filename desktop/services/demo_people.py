"""Names, places and objects the demo data is drawn from (Kazakh and Russian)."""

from __future__ import annotations

from desktop.domain.languages import Bilingual
from desktop.services.demo_objects import OBJECTS
from desktop.services.wording import DocumentWording

KK_MALE = [
    ("Әлмұханұлы", "Болат", "Серікұлы"), ("Жұмабаев", "Ерлан", "Қайратұлы"),
    ("Нұрғалиев", "Дәурен", "Өмірзақұлы"), ("Сейітқали", "Айбек", "Ғабитұлы"),
    ("Құрманғалиев", "Нұрлан", "Әбілұлы"), ("Төлеубаев", "Қанат", "Үсенұлы"),
    ("Ілиясов", "Мұрат", "Һадиұлы"), ("Оспанов", "Асқар", "Ерғалиұлы"),
]
KK_FEMALE = [
    ("Қасымова", "Әйгерім", "Маратқызы"), ("Сәрсенбаева", "Гүлнұр", "Бекқызы"),
    ("Өтепова", "Ұлжан", "Қуанышқызы"), ("Есенова", "Жанар", "Төлегенқызы"),
    ("Мұқанова", "Динара", "Нұрлыбекқызы"), ("Әбенова", "Сәуле", "Ғалымқызы"),
]
RU_MALE = [
    ("Иванов", "Сергей", "Петрович"), ("Ким", "Виктор", "Алексеевич"),
    ("Шевченко", "Андрей", "Николаевич"), ("Фёдоров", "Михаил", "Юрьевич"),
]
RU_FEMALE = [
    ("Смирнова", "Елена", "Викторовна"), ("Пак", "Ирина", "Сергеевна"),
    ("Кузнецова", "Ольга", "Андреевна"), ("Волкова", "Наталья", "Игоревна"),
]
COMPANIES = [
    "«Ұлы Дала» мәдени қоры", "ТОО «Арт-Галерея Есиль»", "«Көкшетау» өлкетану қоғамы",
    "ТОО «Номад Антик»", "«Тараз мұрасы» қоғамдық бірлестігі", "АО «Казахская коллекция»",
    "ТОО «Шаңырақ Арт»", "Фонд «Наследие степи»",
]
_OCCUPATIONS = (
    Bilingual("суретші", "художник"), Bilingual("коллекционер", "коллекционер"),
    Bilingual("музей қызметкері", "сотрудник музея"), Bilingual("домбырашы", "домбрист"),
    Bilingual("мұғалім", "преподаватель"), Bilingual("реставратор", "реставратор"),
)
COMPANY_OCCUPATION = Bilingual("мәдени ұйым", "организация культуры")
"""What a company applicant does, worded for the documents."""
OCCUPATIONS = list(dict.fromkeys(text for w in _OCCUPATIONS for text in (w.kk, w.ru)))
"""Occupations as applicants write them: each in one language."""
RESIDENCES = [
    "Көкшетау қ., Абай к-сі, 12", "Астана қ., Қабанбай батыр даңғ., 5",
    "Тараз қ., Төле би к-сі, 40", "Щучинск г., ул. Ленина, 3", "Алматы қ., Әл-Фараби даңғ., 77",
]
ITEMS = [name for obj in OBJECTS for name in (obj.name.kk, obj.name.ru)]
"""Item names as applicants write them: each in one language (see :mod:`demo_objects`)."""
DESTINATIONS = [
    ("FR", "Paris, Musée Guimet"), ("DE", "Berlin, Ethnologisches Museum"),
    ("TR", "Ankara, Anadolu Medeniyetleri Müzesi"), ("RU", "Москва, ГМИИ им. А. С. Пушкина"),
    ("CN", "Beijing, National Museum of China"),
    ("IT", "Roma, Istituto Centrale per il Restauro"), ("GB", "London, British Museum"),
    ("KR", "Seoul, National Museum of Korea"), ("UZ", "Samarqand, Sharq taronalari"),
]
"""Where exports go: a city and an institution by their own names (proper names are
written once, as the place writes them)."""
_PURPOSES = (
    Bilingual("Халықаралық көрмеге қатысу", "Участие в международной выставке"),
    Bilingual("Қалпына келтіру (реставрация)", "Реставрация"),
    Bilingual("Гастрольдік сапарда концерттер беру", "Концерты в ходе гастрольной поездки"),
    Bilingual("Ғылыми зерттеу", "Научное исследование"),
)
PURPOSES = [text for w in _PURPOSES for text in (w.kk, w.ru)]
"""Purposes as applicants write them: each in one language."""
_WORDINGS = {text: w for w in (*_OCCUPATIONS, COMPANY_OCCUPATION, *_PURPOSES)
             for text in (w.kk, w.ru)}


def document_wording(purpose: str, occupation: str) -> DocumentWording:
    """How the commission words a demo application's purpose and occupation (as received,
    in one language) in both languages of its documents."""
    return DocumentWording(_WORDINGS[purpose], _WORDINGS[occupation])


STAFF = [
    ("admin", "Әкімшісі Жанат Ерланұлы", "admin", "Admin-Demo-2026"),
    ("clerk", "Серікова Айгүл Болатқызы", "clerk", "Clerk-Demo-2026"),
    ("member1", "Ахметов Ерболат Қанатұлы", "member", "Member-Demo-2026"),
    ("member2", "Петрова Анна Сергеевна", "member", "Member-Demo-2026"),
    ("chair", "Байжанов Нұрлан Мақсатұлы", "chair", "Chair-Demo-2026"),
    ("official", "Төлегенова Гүлнар Асқарқызы", "official", "Official-2026!"),
]

RETURN_PRESENTER = "Жақыпова Сәуле Маратқызы"
"""Who presents the items of a demo export on their return (the applicant's representative;
a name, written once)."""
