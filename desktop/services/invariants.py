"""Every invariant the application relies on, checked over the whole database.

The services keep these rules one change at a time; this check looks at everything at
once, so a database restored from a backup, repaired by hand or filled by a generator can
be trusted again (or shown where it cannot). Each broken rule is a :class:`Breach` naming
the application, with a code the interface words (``check.<rule>`` in the message
catalogue) and an English sentence for logs.

What is checked:

- every decided application has its result: an issued conclusion that agrees with the
  status, a refusal letter, for a closed export the returns, their check and the signed
  return act; every issued document is signed by everyone it names and verifies against
  the trust store; conclusions being drafted or signed match the status;
- every application at or past "examined" has complete agreed records for its items;
- every blob is referenced and hashes to its name, and nothing refers to a missing one;
- the audit chain is whole;
- registration and document numbers have no gaps and no number beyond its counter;
- deadlines are those the calendar gives (or the last audited change), decided ones dated;
- each application reached its status through allowed steps, as the audit trail shows.

The applications are checked a chunk at a time and the numbers series by series, as they
stream from the database (:mod:`desktop.services.invariant_rules`,
:mod:`desktop.services.invariant_numbers`): the check's cost grows as the data does, and
memory holds a chunk of applications, never all of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.models.audit import Counter
from desktop.models.document import Blob
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.calendar import current as calendar_in_force
from desktop.services.invariant_numbers import check_numbering
from desktop.services.invariant_rules import Found, check_applications, referenced_blobs
from desktop.services.trust import TrustStore
from desktop.services.verify_pool import DocumentJob, verify_documents
from desktop.storage.blobs import DatabaseBlobStore, sha256_hex
from desktop.storage.database import Database

__all__ = ["Breach", "CheckReport", "InvariantService"]

log = logging.getLogger(__name__)

Progress = Callable[[str], None]

_PARTS = ("results", "records", "blobs", "audit", "numbers", "steps", "deadlines")
"""The parts of the check, in the order the report lists what each found."""


@dataclass(frozen=True)
class Breach:
    rule: str
    """The rule's code; ``check.<rule>`` in the message catalogue words it."""
    application: str | None
    """The number of the application it concerns, if any."""
    message: str
    """English, for logs and ``--json``."""
    values: tuple[str, ...] = ()
    """What the catalogue's ``%1``, ``%2``… stand for."""


@dataclass(frozen=True)
class CheckReport:
    breaches: tuple[Breach, ...]
    checked: dict[str, int] = field(default_factory=dict)
    """How many things each part looked at (applications, documents, blobs, events…)."""

    @property
    def ok(self) -> bool:
        return not self.breaches

    def lines(self, words: Callable[[str, tuple[str, ...]], str | None]) -> list[str]:
        """Each breach as its application's number and a sentence: the one ``words`` gives
        for ``check.<rule>`` and the values, else the English message."""
        return [f"{b.application or '—':<16} "
                f"{words(f'check.{b.rule}', b.values) or b.message}" for b in self.breaches]


class InvariantService:
    def __init__(self, db: Database, calendar: WorkingCalendar | None = None) -> None:
        self.db = db
        self.calendar = calendar
        """None: the calendar in force in the database (with its amendments)."""

    def check(self, actor: Actor, *, workers: int = 1,
              progress: Progress | None = None) -> CheckReport:
        """Check every invariant; ``workers`` processes verify the signed documents."""
        actor.require(Action.READ_AUDIT)
        say = progress or (lambda _part: None)
        parts: dict[str, list[Found]] = {part: [] for part in _PARTS}
        checked: dict[str, int] = {}
        with self.db.read() as s:
            say("applications")
            apps = check_applications(s, self.calendar or calendar_in_force(s), parts)
            documents = apps.documents
            checked["applications"] = apps.applications
            checked["examined"] = apps.examined
            say("blobs")
            checked["blobs"] = self._blobs(s, parts["blobs"])
            say("audit")
            chain = audit.verify_database(s)
            checked["events"] = chain.checked
            if not chain.ok:
                parts["audit"].append(
                    Found("audit_chain", None, f"the audit chain is broken at event "
                          f"{chain.broken_at}: {chain.reason}",
                          (str(chain.broken_at), chain.reason or "")))
            say("numbers")
            counters = {name: value for name, value in s.execute(select(Counter.name,
                                                                       Counter.value))}
            check_numbering(s, counters, parts["numbers"])
        found = [f for part in _PARTS for f in parts[part]]
        say("signatures")
        checked["documents"] = len(documents)
        roots = TrustStore(self.db).roots()
        blobs = DatabaseBlobStore()
        with self.db.read() as s:
            def load(job: DocumentJob) -> bytes | None:
                try:
                    return blobs.get(s, job.sha256)
                except DomainError:  # missing or damaged: the blob check reports it
                    return None
                finally:
                    s.expunge_all()

            for job, problem in verify_documents(documents, roots, load, workers=workers):
                found.append(Found("document_invalid", job.application,
                                   f"{job.number} ({job.lang}) does not verify: {problem}",
                                   (job.number, job.lang, problem)))
        breaches = tuple(Breach(f.rule, f.application, f.message, f.values) for f in found)
        log.info("check: %d breaches over %s", len(breaches), checked)
        return CheckReport(breaches, checked)

    @staticmethod
    def _blobs(s: Session, found: list[Found]) -> int:
        """Each blob hashes to its name, is referenced, and every reference has its blob."""
        references = referenced_blobs(s)
        names = set(s.execute(select(Blob.sha256)).scalars())
        for name, owner in sorted(references.items()):
            if name not in names:
                found.append(Found("blob_missing", owner,
                                   f"the stored file {name} it refers to is missing", (name,)))
        for name in sorted(names - references.keys()):
            found.append(Found("blob_unreferenced", None,
                               f"the stored file {name} is referenced by nothing", (name,)))
        checked = 0
        for name, data, size in _blob_rows(s):
            checked += 1
            if sha256_hex(data) != name or len(data) != size:
                found.append(Found("blob_corrupt", None,
                                   f"the stored file {name} does not match its hash", (name,)))
        return checked


def _blob_rows(s: Session) -> Iterable[tuple[str, bytes, int]]:
    """Every blob, a few at a time (a database of scans does not fit in memory)."""
    last = ""
    while True:
        rows = s.execute(select(Blob.sha256, Blob.data, Blob.size).where(Blob.sha256 > last)
                         .order_by(Blob.sha256).limit(200)).all()
        if not rows:
            return
        for name, data, size in rows:
            yield name, bytes(data), size
        last = rows[-1][0]
        s.expunge_all()

