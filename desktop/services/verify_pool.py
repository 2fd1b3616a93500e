"""Verifying many signed documents, in worker processes when there are many.

Verification is pure computation on bytes, so it spreads over processes (started with
*spawn*: a forked copy of a process that holds database connections and threads is not
safe). Documents are read and handed out a few at a time, so a database of thousands of
signed documents never sits in memory at once.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from desktop.signing import verify_pdf
from desktop.signing.errors import SigningError

__all__ = ["DocumentJob", "verify_documents"]


@dataclass(frozen=True)
class DocumentJob:
    application: str
    number: str
    lang: str
    sha256: str
    signatures: int
    """How many signatures the document must carry (everyone recorded as having signed)."""


def problem_of(pdf: bytes, roots: Sequence[bytes], signatures: int) -> str | None:
    """Why the document does not verify, or ``None`` when every signature holds."""
    try:
        report = verify_pdf(pdf, roots)
    except SigningError as exc:
        return str(exc)
    bad = next((sig for sig in report.signatures if not sig.ok), None)
    if bad is not None:
        return f"the signature in {bad.field_name} fails: {bad.reason}"
    if len(report.signatures) != signatures:
        return f"it carries {len(report.signatures)} signatures, {signatures} recorded"
    return None


def _work(args: tuple[bytes, tuple[bytes, ...], int]) -> str | None:
    return problem_of(*args)


def verify_documents(jobs: Iterable[DocumentJob], roots: Sequence[bytes],
                     load: Callable[[DocumentJob], bytes | None], *,
                     workers: int = 1) -> Iterator[tuple[DocumentJob, str]]:
    """Each job whose document does not verify, with the reason (``load`` gives ``None``
    for a document it cannot read, which is left out: the blob check reports it)."""
    if workers <= 1:
        for job in jobs:
            pdf = load(job)
            problem = None if pdf is None else problem_of(pdf, roots, job.signatures)
            if problem is not None:
                yield job, problem
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        window: deque[tuple[DocumentJob, Future[str | None]]] = deque()
        for job in jobs:
            pdf = load(job)
            if pdf is None:
                continue
            window.append((job, pool.submit(_work, (pdf, tuple(roots), job.signatures))))
            if len(window) >= workers * 4:
                yield from _settled(window.popleft())
        while window:
            yield from _settled(window.popleft())


def _settled(entry: tuple[DocumentJob, Future[str | None]]) -> Iterator[tuple[DocumentJob,
                                                                            str]]:
    job, future = entry
    problem = future.result()
    if problem is not None:
        yield job, problem
