"""Valid request packages (as Python objects) for the tests to start from and spoil."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.domain.identity import make_bin, make_iin

BORN = date(1979, 10, 28)


def individual_package(serial: int = 1) -> dict[str, Any]:
    start = date.today() + timedelta(days=30)
    return {
        "format": "export-commission/request-package",
        "version": 1,
        "received": date.today().isoformat(),
        "applicant": {
            "kind": "individual",
            "iin_bin": make_iin(BORN, "male", serial),
            "surname": "Әлмұханұлы",
            "given_name": "Болат",
            "patronymic": "Серікұлы",
            "birth_date": BORN.isoformat(),
            "citizenship": "KZ",
            "id_document_number": "045678912",
            "id_document_issued": "2020-05-04",
            "residence": "Көкшетау қ., Абай к-сі, 12",
            "phones": "+7 701 000 00 00",
            "occupation": "суретші",
        },
        "items": [
            {"name": "Домбыра, XIX ғ.", "quantity": 1},
            {"name": "Күміс білезік", "quantity": 2},
        ],
        "purpose": "Халықаралық көрмеге қатысу",
        "destination_country": "FR",
        "destination_place": "Париж, Гимэ музейі",
        "export_from": start.isoformat(),
        "export_until": (start + timedelta(days=60)).isoformat(),
        "paper_documents": ["application_form", "id_copy"],
    }


def company_package(serial: int = 1) -> dict[str, Any]:
    package = individual_package()
    package["applicant"] = {
        "kind": "company",
        "iin_bin": make_bin(2015, 3, "resident", "head_office", serial),
        "company_name": "ТОО «Шаңырақ Арт»",
        "requisites": "ИИК KZ123456789012345678, БИК HSBKKZKX",
        "address": "Астана қ., Қабанбай батыр даңғ., 5",
        "phones": "+7 717 200 00 00",
        "occupation": "галерея",
    }
    package["items"] = [{"name": "Кілем «Алтын Орда»"}]
    package["destination_country"] = "TR"
    package["destination_place"] = "Стамбұл"
    del package["received"]
    return package


def write(path: Path, package: object) -> Path:
    path.write_text(json.dumps(package, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
