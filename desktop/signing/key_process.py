"""Opening a ``.p12`` and signing with it in a process of its own.

``cryptography`` opens a key file (the PKCS#12 key derivation and decryption, then the
RSA key's consistency check: 40–80 ms here) without releasing the interpreter lock, so a
worker thread that opens one stops the window's thread for as long, whatever it does. So
a ``.p12`` is never opened in the program's own process: one worker process (started with
*spawn*, as the verify pool's are) checks a key file for the sign dialog, and signs a
request's documents, opening the key once for all of them and forgetting it afterwards.

The process starts on first use, or ahead with :func:`warm_up` when the sign dialog opens
(loading pyHanko there takes a second or two of its own CPU while the signer types), and
stays for the program's life. A token (PKCS#11) or NCALayer signs in the calling thread:
neither holds the interpreter lock for long.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.signing.errors import SigningError

if TYPE_CHECKING:
    from desktop.signing.certificates import KeyVerdict
    from desktop.signing.keys import Pkcs12Key, SigningKey
    from desktop.signing.sign import SignatureRequest

__all__ = ["inspect_key_file_apart", "sign_documents", "warm_up"]

log = logging.getLogger(__name__)

T = TypeVar("T")

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _started(level: int) -> None:
    """In the worker: end with the program, log as it does, and load the signing code now."""
    from desktop.logs import configure_logging

    _end_with_the_program()
    configure_logging(level <= logging.INFO)
    import desktop.signing.sign  # noqa: F401 - pyHanko, before the first request


def _end_with_the_program() -> None:
    """A program killed (or crashed) leaves no signing process behind: the worker watches
    its parent and ends when it is gone (it would otherwise wait for requests for ever,
    and keep the program's output open)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        from multiprocessing.connection import wait

        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="end-with-the-program", daemon=True).start()


def _ready() -> None:
    """Nothing: the worker has started once this returns."""


def _inspect(path: Path, password: str | None) -> KeyVerdict:
    from desktop.signing.keyfiles import inspect_key_file

    return inspect_key_file(path, password)


def _sign(key: Pkcs12Key, documents: Sequence[tuple[bytes, SignatureRequest]]) -> list[bytes]:
    from desktop.signing.keys import open_key
    from desktop.signing.sign import sign_pdf

    opened = open_key(key)
    return [sign_pdf(pdf, opened, request) for pdf, request in documents]


def _worker() -> ProcessPoolExecutor:
    global _pool  # one worker for the program, started on first use
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                initializer=_started, initargs=(logging.getLogger().getEffectiveLevel(),))
        return _pool


def _forget(pool: ProcessPoolExecutor) -> None:
    """Drop a worker that has died; the next call starts another."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False)


def _run(fn: Callable[..., T], *args: Any) -> T:
    pool = _worker()
    try:
        return pool.submit(fn, *args).result()
    except BrokenProcessPool:
        _forget(pool)
        raise


def _call(fn: Callable[..., T], *args: Any) -> T:
    """*fn* run in the worker process; once more in a new one if the worker died (killed
    while idle, out of memory…)."""
    try:
        return _run(fn, *args)
    except BrokenProcessPool:
        log.warning("the signing process had ended: starting another")
    try:
        return _run(fn, *args)
    except BrokenProcessPool as exc:
        raise SigningError("the signing process ended before it answered",
                           reason="process_ended") from exc


def warm_up() -> None:
    """Start the worker process, if it is not running, without waiting for it."""
    pool = _worker()
    try:
        pool.submit(_ready)
    except BrokenProcessPool:  # found dead: the next call starts another
        _forget(pool)


def inspect_key_file_apart(path: Path, password: str | None) -> KeyVerdict:
    """:func:`desktop.signing.keyfiles.inspect_key_file`, run in the worker process."""
    return _call(_inspect, path, password)


def sign_documents(documents: Sequence[tuple[bytes, SignatureRequest]],
                   key: SigningKey) -> list[bytes]:
    """Each PDF signed as its request says, with one key; a ``.p12`` in the worker
    process (the key opened once), any other key in this thread."""
    from desktop.signing.keys import Pkcs12Key

    if isinstance(key, Pkcs12Key):
        return _call(_sign, key, list(documents))
    from desktop.signing.sign import sign_pdf

    return [sign_pdf(pdf, key, request) for pdf, request in documents]
