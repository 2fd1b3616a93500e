"""The audit key: the secret that seals every audit event, kept outside the database.

The key is 32 random bytes in ``audit.key`` in the desk's configuration folder, owner-only
(:mod:`desktop.private_files`). Whoever can change rows of the database but does not hold
this file cannot seal an event again after changing it, nor seal one they add. A desk
that has no key makes its own on its first event; an office whose desks share a database
copies one desk's file to the others (``docs/trust.md``), so that every desk can check
every seal. Each event names its key by a fingerprint, so a desk tells an event sealed
with another desk's key (which it cannot check) from a forged one.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME
from desktop.private_files import private_folder, write_private_file

__all__ = ["KEY_FILE", "SealKey", "config_folder", "load_key", "seal_key"]

log = logging.getLogger(__name__)

KEY_FILE = "audit.key"


def config_folder() -> Path:
    """The desk's own configuration folder (owner-only): the audit key, the heads seen."""
    return private_folder(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


@dataclass(frozen=True)
class SealKey:
    secret: bytes

    @property
    def fingerprint(self) -> str:
        """16 hex digits naming the key; they tell nothing of the key itself."""
        return hashlib.sha256(b"export-commission audit key\n" + self.secret).hexdigest()[:16]

    def seal(self, event_hash: str) -> str:
        return hmac.new(self.secret, event_hash.encode("ascii"), hashlib.sha256).hexdigest()

    def verifies(self, event_hash: str, seal: str) -> bool:
        return hmac.compare_digest(self.seal(event_hash), seal)


def load_key() -> SealKey | None:
    """The desk's key, or None when it has none yet (or an unreadable one, logged)."""
    path = config_folder() / KEY_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        return SealKey(bytes.fromhex(text)) if len(text) == 64 else None
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("the audit key %s cannot be read: %s", path.name, type(exc).__name__)
        return None


def seal_key() -> SealKey:
    """The desk's key, made on first use (the file is created owner-only, never replaced)."""
    key = load_key()
    if key is not None:
        return key
    path = config_folder() / KEY_FILE
    staged = path.with_name(f".{KEY_FILE}-{os.getpid()}-{secrets.token_hex(4)}")
    write_private_file(staged, secrets.token_hex(32).encode("ascii"))
    try:
        os.link(staged, path)  # never over a key another process made meanwhile
    except FileExistsError:
        pass
    finally:
        staged.unlink(missing_ok=True)
    key = load_key()
    if key is None:
        raise OSError(f"the audit key {path} cannot be read")
    log.info("a new audit key was made for this desk (%s)", key.fingerprint)
    return key
