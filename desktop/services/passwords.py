"""Password hashing with argon2id (memory-hard), and what a new password must be.

A new password has at least :data:`MIN_LENGTH` characters and is not one of the common
passwords listed in ``resources/passwords/common.txt`` (case ignored): length is what slows
a guesser most, and the list stops the guesses every guesser tries first.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.resources import resources_dir

HASH_PARAMETERS = {"time_cost": 2, "memory_cost": 19 * 1024, "parallelism": 1}
"""argon2id with 19 MiB, two passes, one lane: the first of OWASP's equivalent settings
(Password Storage Cheat Sheet). The library's default (64 MiB, three passes, four lanes,
RFC 9106's second choice) took 0.6–0.8 s of every sign-in on a busy two-core desk computer;
these take about 0.1 s there. A hash made with other parameters is made again with these
at the next sign-in."""

_HASHER = PasswordHasher(time_cost=HASH_PARAMETERS["time_cost"],  # argon2id by default
                         memory_cost=HASH_PARAMETERS["memory_cost"],
                         parallelism=HASH_PARAMETERS["parallelism"])

MIN_LENGTH = 12


@cache
def _common() -> frozenset[str]:
    path = resources_dir() / "passwords" / "common.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines
                     if line.strip() and not line.startswith("#"))


def weakness(password: str) -> str | None:
    """Why *password* may not be chosen (``short_password``, ``common_password``), or
    None when it may."""
    if len(password) < MIN_LENGTH:
        return "short_password"
    if password.strip().casefold() in _common():
        return "common_password"
    return None


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("no account has this password: it only takes the time")


def spend_verification_time(password: str) -> None:
    """Verify *password* against a hash no account has, so that an unknown user name takes
    as long to refuse as a wrong password."""
    verify_password(_dummy_hash(), password)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)
