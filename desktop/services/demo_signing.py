"""Signing the demo's documents through the conclusion service, in worker processes.

Every document of the demo is signed for real, by the service the window uses, with the
demo keys; only that is slow, so it runs in processes started with *spawn* (a fork would
copy the database connections and threads of the generator). Each process opens the
database and each key once and signs one document at a time, its signers in their order;
documents sign in parallel, the database serialises what they store.

Jobs wait until :meth:`SigningPool.wait`: while the generator drafts it writes to the
database all the time, and a SQLite writer waiting for its turn behind it starves (tried:
the workers' writes timed out after fifteen seconds). So the generator drafts, then waits
while every core signs.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from desktop.models.user import User
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.signing import Pkcs12Key, open_key
from desktop.storage.database import Database

__all__ = ["SignJob", "SigningPool", "signing_moment"]

log = logging.getLogger(__name__)

_OFFICE_TIME = timezone(timedelta(hours=5))


@dataclass(frozen=True)
class SignJob:
    conclusion_id: int
    signers: tuple[str, ...]
    """User names, in signing order (the chairperson last)."""
    today: date
    """The day the last signature is given (the day of the decision)."""


class _Signer:
    """One process's database, service, staff and keys."""

    def __init__(self, url: str, folder: Path, passwords: Mapping[str, str]) -> None:
        self.db = Database(url, loading=True)
        self.service = ConclusionService(self.db)
        with self.db.read() as s:
            self.actors = {u.username: Actor.of(u) for u in s.execute(select(User)).scalars()}
        self.keys = {name: open_key(Pkcs12Key(folder / f"{name}.p12", password))
                     for name, password in passwords.items()}

    def sign(self, job: SignJob) -> int:
        for turn, name in enumerate(job.signers):
            self.service.sign(self.actors[name], job.conclusion_id, self.keys[name],
                              today=job.today, at=signing_moment(job.today, turn))
        return len(job.signers)


def signing_moment(day: date, turn: int) -> datetime:
    """When the *turn*-th signer signs on *day*: from 11:00 in the office (UTC+5), a
    quarter of an hour apart, as the document goes round the commission."""
    start = datetime.combine(day, time(11, 0), tzinfo=_OFFICE_TIME)
    return (start + timedelta(minutes=15 * turn)).astimezone(UTC)


_WORKER: _Signer | None = None


def _start(url: str, folder: Path, passwords: dict[str, str]) -> None:
    global _WORKER  # one signer per worker process, made once
    _WORKER = _Signer(url, folder, passwords)


def _sign(job: SignJob) -> int:
    assert _WORKER is not None, "the worker was not started"
    return _WORKER.sign(job)


class SigningPool:
    """Signs :class:`SignJob` s; with no workers, right away in this process."""

    def __init__(self, db: Database, folder: Path, passwords: Mapping[str, str],
                 workers: int) -> None:
        url = db.url.render_as_string(hide_password=False)
        self.signatures = 0
        self._queued: list[SignJob] = []
        self._local: _Signer | None = None
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            self._pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start, initargs=(url, folder, dict(passwords)))
        else:
            self._local = _Signer(url, folder, passwords)

    def submit(self, job: SignJob) -> None:
        """Sign when :meth:`wait` is called."""
        self._queued.append(job)

    def wait(self) -> None:
        """Sign every document submitted, and wait; the first failure is raised."""
        queued, self._queued = self._queued, []
        if self._pool is None:
            assert self._local is not None
            for job in queued:
                self.signatures += self._local.sign(job)
            return
        for future in [self._pool.submit(_sign, job) for job in queued]:
            self.signatures += future.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._local is not None:
            self._local.db.dispose()
            self._local = None
