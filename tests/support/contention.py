"""Desktops in separate processes writing to one database at once, as clerks do.

On SQLite one writer waits for another up to the busy timeout; on a busy machine a desk can
wait longer and is told "the database is busy, try again". The clerk then presses again:
:func:`pressing_again` does the same, a bounded number of times, so a test of numbering
under contention does not fail on the machine's load, yet still fails on anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desktop.storage.database import DatabaseUnavailable

__all__ = ["pressing_again"]

T = TypeVar("T")
ATTEMPTS = 20


def pressing_again(action: Callable[[], T]) -> T:
    """``action()``, done again while the database answers busy (at most twenty times)."""
    for _attempt in range(ATTEMPTS - 1):
        try:
            return action()
        except DatabaseUnavailable:
            continue
    return action()  # the last refusal reaches the test
