"""Who took personal data out of the program, and what: an audit event for each disclosure.

Reading an application in the window is the work itself and is not recorded; taking data
out of the program is: a registry listing on the command line, an export file, a document
or a result package written to a file. Each leaves an event with who did it and what they
took, in the same journal as every change.
"""

from __future__ import annotations

from typing import Any

from desktop.services import audit
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = ["DISCLOSURES", "record_disclosure"]

DISCLOSURES = ("registry", "export", "document", "result")
"""What can be taken out: a listing of the registry, an export file (registry or
journal), a conclusion's or letter's PDF, the signed result package."""


def record_disclosure(db: Database, actor: Actor, what: str, details: dict[str, Any], *,
                      application_id: int | None = None) -> None:
    """Audit that *actor* took *what* (one of :data:`DISCLOSURES`) out, with *details*."""
    if what not in DISCLOSURES:
        raise ValueError(f"unknown disclosure {what!r}")
    with db.write() as s:
        audit.record(s, actor, f"disclosure.{what}", entity="application" if application_id
                     else None, entity_id=application_id, application_id=application_id,
                     after=details)
