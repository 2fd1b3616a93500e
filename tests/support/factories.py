"""Valid application data for tests, built through the same dataclasses the form fills."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from desktop.domain.applications import ApplicantKind, Channel, PaperDocument
from desktop.domain.drafts import ApplicantData, ApplicationData, ItemData
from desktop.domain.identity import make_bin, make_iin


def individual(serial: int = 1, **overrides: object) -> ApplicantData:
    born = date(1979, 10, 28)
    data = ApplicantData(
        kind=ApplicantKind.INDIVIDUAL,
        iin_bin=make_iin(born, "male", serial),
        surname="Әлмұханұлы",
        given_name="Болат",
        patronymic="Серікұлы",
        birth_date=born,
        citizenship="KZ",
        id_document_number="045678912",
        id_document_issued=date(2020, 5, 4),
        residence="Көкшетау қ., Абай к-сі, 12",
        phones="+7 701 000 00 00",
        occupation="суретші",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def company(serial: int = 1) -> ApplicantData:
    return ApplicantData(
        kind=ApplicantKind.COMPANY,
        iin_bin=make_bin(2015, 3, "resident", "head_office", serial),
        company_name="ТОО «Шаңырақ Арт»",
        requisites="ИИК KZ123456789012345678",
        address="Астана қ., Қабанбай батыр даңғ., 5",
        phones="+7 717 200 00 00",
        occupation="галерея",
    )


_HALLS = itertools.count(1)
"""Each call is another request (a hall of its own): registering the same request twice is
refused, and that has its own tests."""


def application(
    applicant: ApplicantData | None = None,
    received: date | None = None,
    items: int = 2,
) -> ApplicationData:
    start = (received or date.today()) + timedelta(days=40)
    return ApplicationData(
        applicant=applicant or individual(),
        items=[ItemData(f"Домбыра №{i}", 1) for i in range(1, items + 1)],
        purpose="Халықаралық көрмеге қатысу",
        destination_country="FR",
        destination_place=f"Париж, Гимэ музейі, {next(_HALLS)}-зал",
        received=received or date.today(),
        channel=Channel.PAPER,
        export_from=start,
        export_until=start + timedelta(days=60),
        paper_documents=[PaperDocument.APPLICATION_FORM.value, PaperDocument.ID_COPY.value],
    )
