"""Fill a demo database as Zhambyl's commission, for the screenshots of the preliminary stage.

    .venv/bin/python -m desktop --db URL demo-data --applications 0
    .venv/bin/python scripts/zhambyl_requests.py URL

Switches the commission to the Zhambyl region and registers a dozen requests received over
the last four weeks through the registration and workflow services, as the demo clerk and
member: six are in their preliminary examination (its deadline running, due soon or
passed), the others had it and are examined within the month counted from its day.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from desktop.domain.applications import ApplicantKind, Channel, PaperDocument
from desktop.domain.calendar import default_calendar
from desktop.domain.drafts import ApplicantData, ApplicationData, ItemData
from desktop.domain.identity import make_iin
from desktop.services import settings
from desktop.services.registration import RegistrationService
from desktop.services.users import UserService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database

PEOPLE = [
    ("Жұмабекова", "Гүлмира", "Асқарқызы", "female"), ("Садықов", "Ерлан", "Бауыржанұлы", "male"),
    ("Ким", "Виктория", "Олеговна", "female"), ("Оспанов", "Нұрлан", "Серікұлы", "male"),
    ("Тұрсынова", "Әйгерім", "Маратқызы", "female"), ("Волков", "Андрей", "Петрович", "male"),
    ("Бекова", "Дана", "Ерланқызы", "female"), ("Әлиев", "Тимур", "Нұрланұлы", "male"),
    ("Исаева", "Мадина", "Руслановна", "female"), ("Ермеков", "Санжар", "Қайратұлы", "male"),
    ("Ахметова", "Сәуле", "Болатқызы", "female"), ("Нұрланов", "Арман", "Ерікұлы", "male"),
]
ITEMS = ["Домбыра, XIX ғасыр", "Күміс білезік", "Киіз үй жабдығы", "Қобыз", "Тұскиіз",
         "Ер-тұрман", "Кескіндеме, кенеп, май бояу", "Сырмақ"]
REQUESTS = ((0, None), (1, None), (3, None), (5, None), (9, None), (13, None), (8, 3),
            (12, 4), (16, 5), (20, 4), (24, 3), (28, 5))
"""Days since each request was received, and the working day after receipt its preliminary
examination ended on (None: it has not yet)."""


def _request(i: int, received: date) -> ApplicationData:
    surname, given, patronymic, sex = PEOPLE[i % len(PEOPLE)]
    born = date(1960 + i * 3, 1 + i % 12, 1 + i * 2)
    start = received + timedelta(days=45)
    return ApplicationData(
        applicant=ApplicantData(
            kind=ApplicantKind.INDIVIDUAL, iin_bin=make_iin(born, sex, 100 + i),
            surname=surname, given_name=given, patronymic=patronymic, birth_date=born,
            citizenship="KZ", id_document_number=f"0{45678912 + i}",
            id_document_issued=date(2019, 5, 4), residence="Тараз қ., Төле би к-сі, 12",
            phones="+7 701 000 00 00", occupation="коллекционер"),
        items=[ItemData(ITEMS[(i + k) % len(ITEMS)], 1) for k in range(1 + i % 3)],
        purpose="Халықаралық көрмеге қатысу / Участие в международной выставке",
        destination_country="TR", destination_place="Стамбул, Мемлекеттік сурет мұражайы",
        received=received, channel=Channel.PAPER if i % 2 else Channel.PORTAL,
        export_from=start, export_until=start + timedelta(days=60),
        paper_documents=[PaperDocument.APPLICATION_FORM.value, PaperDocument.ID_COPY.value,
                         PaperDocument.ITEM_PHOTOS.value])


def main(url: str) -> None:
    db = Database(url)
    db.migrate()
    with db.write() as s:
        settings.set_region(s, "zhambyl")
    users = UserService(db)
    clerk = users.login("clerk", "Clerk-Demo-2026")
    member = users.login("member1", "Member-Demo-2026")
    today = date.today()
    registration, workflow = RegistrationService(db), WorkflowService(db)
    calendar = default_calendar()
    for i, (age, preliminary) in sorted(enumerate(REQUESTS), key=lambda e: -e[1][0]):
        received = today - timedelta(days=age)
        done = registration.register(clerk, _request(i, received))
        if preliminary is not None:
            workflow.advance(clerk, done.application_id, "complete_documents",
                             today=calendar.add_working_days(received, 1))
            workflow.advance(member, done.application_id, "start_examination",
                             today=calendar.add_working_days(received, preliminary))
    db.dispose()
    sys.stdout.write(f"{len(REQUESTS)} Zhambyl requests registered in {db.display_url}\n")


if __name__ == "__main__":
    main(sys.argv[1])
