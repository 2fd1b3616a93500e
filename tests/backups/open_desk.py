"""A desktop left open on the database (another process): it registers two applications,
prints their numbers once they are acknowledged, and keeps its connection until a line
comes on its standard input.

``python -m tests.backups.open_desk URL``
"""

from __future__ import annotations

import sys

from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application, individual
from tests.support.staff import actor_for


def main(url: str) -> None:
    db = Database(url)
    clerk = actor_for(db, "clerk")
    service = RegistrationService(db)
    numbers = [service.register(clerk, application(individual(70 + i))).number
               for i in range(2)]
    sys.stdout.write(" ".join(numbers) + "\n")
    sys.stdout.flush()
    sys.stdin.readline()
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
