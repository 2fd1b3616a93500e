"""Small pieces of state the scenarios need, made through the services."""

from __future__ import annotations

import time
from datetime import date, timedelta

from desktop.domain.applications import ApplicantKind
from desktop.domain.drafts import ApplicantData, ApplicationData, ItemData
from desktop.domain.identity import make_iin
from desktop.services.actor import Actor
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database

_serial = [0]


def fresh_application(db: Database, clerk: Actor, items: int = 3) -> int:
    """A new application: its items are named apart (by the clock), so that no run, in
    this process or an earlier one on the same work folder, registers the same request."""
    _serial[0] += 1
    tag = f"{time.time_ns():x}"
    today = date.today()
    data = ApplicationData(
        applicant=ApplicantData(
            kind=ApplicantKind.INDIVIDUAL, iin_bin=make_iin(date(1980, 5, 17), "female",
                                                            9000 + _serial[0]),
            surname="Өтепова", given_name="Ұлжан", patronymic="Қуанышқызы"),
        items=[ItemData(f"Түскиіз №{i}-{tag}", 1) for i in range(1, items + 1)],
        purpose="Көрмеге қатысу", destination_country="FR", destination_place="Париж",
        received=today, export_from=today + timedelta(days=30),
        export_until=today + timedelta(days=90),
    )
    return RegistrationService(db).register(clerk, data).application_id
